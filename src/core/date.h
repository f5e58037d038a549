#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rapport::core {

/**
 * A calendar date without time zone, stored as days since 1970-01-01.
 *
 * Integer days keep storage compact and make intervals plain subtraction; ISO 8601 text (YYYY-MM-DD)
 * is only for people and files.
 */
class Date {
public:
    constexpr Date() = default;

    static constexpr Date fromDays(std::int32_t days) { return Date(days); }
    /** Throws std::invalid_argument when the day does not exist (2023-02-29). */
    static Date fromYmd(int year, unsigned month, unsigned day);
    /** Strict YYYY-MM-DD; nullopt for anything else, including impossible days. */
    static std::optional<Date> parseIso(std::string_view text);
    /** Today in UTC. */
    static Date today();

    [[nodiscard]] constexpr std::int32_t days() const { return m_days; }
    [[nodiscard]] std::string toIso() const;
    [[nodiscard]] int year() const;
    [[nodiscard]] unsigned month() const;
    [[nodiscard]] unsigned day() const;

    [[nodiscard]] constexpr Date addDays(std::int32_t n) const { return Date(m_days + n); }
    /** Same day of month n months later, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29). */
    [[nodiscard]] Date addMonths(int n) const;
    [[nodiscard]] constexpr std::int32_t daysUntil(Date later) const { return later.m_days - m_days; }

    constexpr auto operator<=>(const Date&) const = default;

private:
    constexpr explicit Date(std::int32_t days)
        : m_days(days) {}
    std::int32_t m_days = 0;
};

} // namespace rapport::core
