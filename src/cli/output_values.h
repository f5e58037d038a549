#pragma once

#include "core/date.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace rapport::cli {

/** `value` with exactly `decimals` digits after the point, as the text tables print figures. */
std::string fixedDecimals(double value, int decimals);

/** The date as ISO text, or JSON's null when there is none: the subcommands' `--json` never invent a date. */
nlohmann::json jsonDateOrNull(const std::optional<core::Date>& date);

/** The number, or JSON's null when there is none. */
nlohmann::json jsonNumberOrNull(const std::optional<double>& value);

} // namespace rapport::cli
