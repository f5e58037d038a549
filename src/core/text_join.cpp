#include "core/text_join.h"

namespace rapport::core {

std::string joined(const std::vector<std::string>& values, std::string_view separator) {
    std::string text;
    for (const auto& value : values) {
        if (!text.empty()) {
            text += separator;
        }
        text += value;
    }
    return text;
}

std::string joined(const std::vector<ContactPoint>& points, std::string_view separator) {
    std::string text;
    for (const auto& point : points) {
        if (!text.empty()) {
            text += separator;
        }
        text += point.value;
    }
    return text;
}

} // namespace rapport::core
