#include "core/money.h"

#include <limits>

namespace rapport::core {

std::optional<Money> Money::parseDecimal(std::string_view text) {
    bool negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    const auto dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
    if (whole.empty() || fraction.size() > 2 || (dot != std::string_view::npos && fraction.empty())) {
        return std::nullopt;
    }
    constexpr std::int64_t limit = std::numeric_limits<std::int64_t>::max() / 100 - 1;
    std::int64_t units = 0;
    for (char c : whole) {
        if (c < '0' || c > '9' || units > (limit - 9) / 10) {
            return std::nullopt;
        }
        units = units * 10 + (c - '0');
    }
    std::int64_t cents = 0;
    for (std::size_t i = 0; i < 2; ++i) {
        const char c = i < fraction.size() ? fraction[i] : '0';
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        cents = cents * 10 + (c - '0');
    }
    const std::int64_t minor = units * 100 + cents;
    return Money(negative ? -minor : minor);
}

std::string Money::toDecimal() const {
    const bool negative = m_minor < 0;
    // Work in unsigned so that the most negative value does not overflow on negation.
    const std::uint64_t magnitude =
        negative ? static_cast<std::uint64_t>(-(m_minor + 1)) + 1 : static_cast<std::uint64_t>(m_minor);
    std::string result = std::to_string(magnitude / 100);
    const auto cents = magnitude % 100;
    result += '.';
    result += static_cast<char>('0' + cents / 10);
    result += static_cast<char>('0' + cents % 10);
    return negative ? "-" + result : result;
}

} // namespace rapport::core
