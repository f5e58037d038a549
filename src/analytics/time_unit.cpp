#include "analytics/time_unit.h"

namespace rapport::analytics {

double daysPerUnit(TimeUnit unit) {
    switch (unit) {
    case TimeUnit::Day:
        return 1.0;
    case TimeUnit::Week:
        return 7.0;
    case TimeUnit::Month:
        return 365.2425 / 12.0;
    }
    return 1.0;
}

std::optional<TimeUnit> parseTimeUnit(std::string_view text) {
    if (text == "day") {
        return TimeUnit::Day;
    }
    if (text == "week") {
        return TimeUnit::Week;
    }
    if (text == "month") {
        return TimeUnit::Month;
    }
    return std::nullopt;
}

std::string_view toString(TimeUnit unit) {
    switch (unit) {
    case TimeUnit::Day:
        return "day";
    case TimeUnit::Week:
        return "week";
    case TimeUnit::Month:
        return "month";
    }
    return "day";
}

} // namespace rapport::analytics
