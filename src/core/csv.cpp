#include "core/csv.h"

#include <charconv>
#include <cmath>

namespace rapport::core {

std::string csvText(std::string_view text) {
    std::string field;
    if (!text.empty() &&
        (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t' || text[0] == '\r')) {
        field += '\'';
    }
    field += text;
    if (field.find_first_of(",\"\r\n") == std::string::npos) {
        return field;
    }
    std::string quoted = "\"";
    for (const char c : field) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    quoted += '"';
    return quoted;
}

std::string csvNumber(double value) {
    if (!std::isfinite(value)) {
        return {}; // an empty cell rather than "nan", which spreadsheets read as text
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return {buffer, result.ptr};
}

} // namespace rapport::core
