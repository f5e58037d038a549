#include "cli/output_values.h"

#include <iomanip>
#include <sstream>

namespace rapport::cli {

std::string fixedDecimals(double value, int decimals) {
    std::ostringstream text;
    text << std::fixed << std::setprecision(decimals) << value;
    return text.str();
}

nlohmann::json jsonDateOrNull(const std::optional<core::Date>& date) {
    return date ? nlohmann::json(date->toIso()) : nlohmann::json(nullptr);
}

nlohmann::json jsonNumberOrNull(const std::optional<double>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

} // namespace rapport::cli
