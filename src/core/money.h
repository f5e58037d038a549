#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rapport::core {

/**
 * An amount of money in minor units (cents) of the database's single currency.
 *
 * Integers, never floating point, so that sums over millions of purchases are exact.
 */
class Money {
public:
    constexpr Money() = default;
    static constexpr Money fromMinor(std::int64_t minor) { return Money(minor); }
    /** Decimal text with '.' and at most two decimals: "12", "-3.5", "1234.56". nullopt otherwise. */
    static std::optional<Money> parseDecimal(std::string_view text);

    [[nodiscard]] constexpr std::int64_t minor() const { return m_minor; }
    /** Decimal text with exactly two decimals: "1234.50", "-0.05". */
    [[nodiscard]] std::string toDecimal() const;
    [[nodiscard]] double toDouble() const { return static_cast<double>(m_minor) / 100.0; }

    constexpr Money operator+(Money other) const { return Money(m_minor + other.m_minor); }
    constexpr Money operator-(Money other) const { return Money(m_minor - other.m_minor); }
    constexpr Money operator-() const { return Money(-m_minor); }
    constexpr Money& operator+=(Money other) {
        m_minor += other.m_minor;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(std::int64_t minor)
        : m_minor(minor) {}
    std::int64_t m_minor = 0;
};

} // namespace rapport::core
