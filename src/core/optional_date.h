#pragma once

#include "core/date.h"

#include <cstdint>
#include <limits>
#include <optional>

namespace rapport::core {

/**
 * A date or none in the four bytes of a Date, where std::optional<Date> takes eight: none is the smallest day, which
 * no calendar date reaches. The analysis keeps ten of them in every customer's profile (a million at a million
 * customers). It reads like std::optional<Date>, and compares equal to one with the same date, or none to none.
 */
class OptionalDate {
public:
    constexpr OptionalDate() = default;
    constexpr OptionalDate(std::nullopt_t) {} // NOLINT(google-explicit-constructor): reads like std::optional
    constexpr OptionalDate(Date date)         // NOLINT(google-explicit-constructor)
        : m_date(date) {}
    constexpr OptionalDate(const std::optional<Date>& date) // NOLINT(google-explicit-constructor)
        : m_date(date.value_or(kNone)) {}

    [[nodiscard]] constexpr bool has_value() const { return m_date != kNone; }
    constexpr explicit operator bool() const { return has_value(); }
    /** The date; only when there is one (as with std::optional). */
    [[nodiscard]] constexpr const Date& operator*() const { return m_date; }
    [[nodiscard]] constexpr const Date* operator->() const { return &m_date; }
    [[nodiscard]] constexpr Date value_or(Date fallback) const { return has_value() ? m_date : fallback; }
    [[nodiscard]] constexpr std::optional<Date> optional() const {
        return has_value() ? std::optional(m_date) : std::nullopt;
    }
    constexpr operator std::optional<Date>() const { return optional(); } // NOLINT(google-explicit-constructor)

    friend constexpr bool operator==(const OptionalDate& a, const OptionalDate& b) { return a.m_date == b.m_date; }
    // Exact matches, so that neither side has to choose between converting to this and to std::optional.
    friend constexpr bool operator==(const OptionalDate& a, Date b) { return a.m_date == b; }
    friend constexpr bool operator==(const OptionalDate& a, const std::optional<Date>& b) {
        return a == OptionalDate(b);
    }
    friend constexpr bool operator==(const OptionalDate& a, std::nullopt_t) { return !a.has_value(); }

private:
    static constexpr Date kNone = Date::fromDays(std::numeric_limits<std::int32_t>::min());
    Date m_date = kNone;
};

static_assert(sizeof(OptionalDate) == sizeof(Date));

} // namespace rapport::core
