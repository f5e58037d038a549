#pragma once

#include <optional>
#include <string_view>

namespace rapport::analytics {

/** The unit of recency and T in customer summaries and models. */
enum class TimeUnit { Day, Week, Month };

/** Days per unit: 1, 7, and an average Gregorian month (365.2425 / 12 = 30.436875). */
double daysPerUnit(TimeUnit unit);
std::optional<TimeUnit> parseTimeUnit(std::string_view text); // "day", "week", "month"
std::string_view toString(TimeUnit unit);

} // namespace rapport::analytics
