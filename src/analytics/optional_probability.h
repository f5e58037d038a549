#pragma once

#include <cmath>
#include <limits>
#include <optional>

namespace rapport::analytics {

/**
 * A probability or none in the eight bytes of a double, where std::optional<double> takes sixteen: none is NaN,
 * which no probability is. A churn report keeps one for every buyer (a million at a million customers). It reads
 * like std::optional<double>; a NaN given to it (a model that failed for one customer) counts as none, so it is
 * never shown or compared as a number.
 */
class OptionalProbability {
public:
    constexpr OptionalProbability() = default;
    constexpr OptionalProbability(std::nullopt_t) {} // NOLINT(google-explicit-constructor): reads like std::optional
    constexpr OptionalProbability(double value)      // NOLINT(google-explicit-constructor)
        : m_value(value) {}
    constexpr OptionalProbability(const std::optional<double>& value) // NOLINT(google-explicit-constructor)
        : m_value(value.value_or(kNone)) {}

    [[nodiscard]] bool has_value() const { return !std::isnan(m_value); }
    explicit operator bool() const { return has_value(); }
    /** The probability; only when there is one (as with std::optional). */
    [[nodiscard]] constexpr double operator*() const { return m_value; }
    [[nodiscard]] double value_or(double fallback) const { return has_value() ? m_value : fallback; }
    [[nodiscard]] std::optional<double> optional() const { return has_value() ? std::optional(m_value) : std::nullopt; }

    friend bool operator==(const OptionalProbability& a, const OptionalProbability& b) {
        return a.has_value() == b.has_value() && (!a.has_value() || a.m_value == b.m_value);
    }
    friend bool operator==(const OptionalProbability& a, std::nullopt_t) { return !a.has_value(); }

private:
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
    double m_value = kNone;
};

static_assert(sizeof(OptionalProbability) == sizeof(double));

} // namespace rapport::analytics
