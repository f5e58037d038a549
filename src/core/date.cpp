#include "core/date.h"

#include <chrono>
#include <stdexcept>

namespace rapport::core {

namespace {

namespace chr = std::chrono;

chr::year_month_day toYmd(std::int32_t days) {
    return chr::year_month_day{chr::sys_days{chr::days{days}}};
}

bool parseDigits(std::string_view text, int& value) {
    value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
        value = value * 10 + (c - '0');
    }
    return !text.empty();
}

} // namespace

Date Date::fromYmd(int y, unsigned m, unsigned d) {
    const chr::year_month_day ymd{chr::year{y}, chr::month{m}, chr::day{d}};
    if (!ymd.ok() || y < 1 || y > 9999) {
        throw std::invalid_argument("no such date: " + std::to_string(y) + "-" + std::to_string(m) + "-" +
                                    std::to_string(d));
    }
    return Date(static_cast<std::int32_t>(chr::sys_days{ymd}.time_since_epoch().count()));
}

std::optional<Date> Date::parseIso(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    int y = 0;
    int m = 0;
    int d = 0;
    if (!parseDigits(text.substr(0, 4), y) || !parseDigits(text.substr(5, 2), m) ||
        !parseDigits(text.substr(8, 2), d)) {
        return std::nullopt;
    }
    const chr::year_month_day ymd{chr::year{y}, chr::month{static_cast<unsigned>(m)},
                                  chr::day{static_cast<unsigned>(d)}};
    if (!ymd.ok() || y < 1) {
        return std::nullopt;
    }
    return Date(static_cast<std::int32_t>(chr::sys_days{ymd}.time_since_epoch().count()));
}

Date Date::today() {
    const auto now = chr::floor<chr::days>(chr::system_clock::now());
    return Date(static_cast<std::int32_t>(now.time_since_epoch().count()));
}

std::string Date::toIso() const {
    const auto ymd = toYmd(m_days);
    char buffer[16];
    const int y = static_cast<int>(ymd.year());
    const unsigned m = static_cast<unsigned>(ymd.month());
    const unsigned d = static_cast<unsigned>(ymd.day());
    buffer[0] = static_cast<char>('0' + (y / 1000) % 10);
    buffer[1] = static_cast<char>('0' + (y / 100) % 10);
    buffer[2] = static_cast<char>('0' + (y / 10) % 10);
    buffer[3] = static_cast<char>('0' + y % 10);
    buffer[4] = '-';
    buffer[5] = static_cast<char>('0' + m / 10);
    buffer[6] = static_cast<char>('0' + m % 10);
    buffer[7] = '-';
    buffer[8] = static_cast<char>('0' + d / 10);
    buffer[9] = static_cast<char>('0' + d % 10);
    return std::string(buffer, 10);
}

int Date::year() const {
    return static_cast<int>(toYmd(m_days).year());
}
unsigned Date::month() const {
    return static_cast<unsigned>(toYmd(m_days).month());
}
unsigned Date::day() const {
    return static_cast<unsigned>(toYmd(m_days).day());
}

Date Date::addMonths(int n) const {
    const auto ymd = toYmd(m_days);
    auto shifted = chr::year_month_day{ymd.year(), ymd.month(), chr::day{1}} + chr::months{n};
    const auto last = chr::year_month_day_last{shifted.year(), chr::month_day_last{shifted.month()}};
    const auto dayOfMonth = std::min(ymd.day(), last.day());
    const chr::year_month_day result{shifted.year(), shifted.month(), dayOfMonth};
    return Date(static_cast<std::int32_t>(chr::sys_days{result}.time_since_epoch().count()));
}

} // namespace rapport::core
