#pragma once

#include "core/date.h"
#include "storage/queries.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace rapport::analytics {

/**
 * One customer's purchase days, read from their episodes in date order, as the model summaries count them: a day
 * with a purchase is a purchase day unless its returns cancel it. The attention list's "purchase overdue" and the
 * win-back list's "lapsed" both judge a customer by these days, so both read them here.
 */
class PurchaseDays {
public:
    /** Adds one episode; all but purchases and returns are ignored. Episodes come in date order. */
    void add(const storage::EpisodeFact& episode);
    /** Closes the day being read: call after the customer's last episode, before asking. */
    void close();
    [[nodiscard]] const std::vector<std::int32_t>& days() const { return m_days; }
    [[nodiscard]] std::optional<core::Date> first() const;
    [[nodiscard]] std::optional<core::Date> last() const;

private:
    std::vector<std::int32_t> m_days;
    std::optional<core::Date> m_day; // the day whose purchases and returns are being added up
    bool m_dayPurchase = false, m_dayReturn = false;
    std::int64_t m_dayNetMinor = 0;
};

/**
 * A customer's usual interval: the median gap between their purchase days, once they have at least
 * `minimumPurchaseDays` of them (never fewer than two); empty before that.
 */
std::optional<double> usualIntervalDays(std::span<const std::int32_t> purchaseDays, int minimumPurchaseDays);

/** The median of some day counts (the mean of the middle two for an even count); empty for none. */
std::optional<double> medianDays(std::vector<std::int32_t> values);

} // namespace rapport::analytics
