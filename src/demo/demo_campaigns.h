#pragma once

#include "core/date.h"
#include "storage/repository.h"

#include <cstdint>

namespace rapport::demo {

/**
 * What the demo's past campaigns were built to show: the loyalty offer raised purchases by a known amount, the
 * newsletter invitation did nothing. Tests measure them and check the intervals against these truths.
 */
struct DemoCampaignTruth {
    /** Each treated customer of the loyalty offer bought once more in its window with this probability... */
    static constexpr double kExtraPurchaseChance = 0.25;
    /** ...for this amount (minor units), so the true revenue lift per treated customer is their product. */
    static constexpr std::int64_t kExtraPurchaseMinor = 30'000;
    static constexpr double trueRevenueLiftMinor() {
        return kExtraPurchaseChance * static_cast<double>(kExtraPurchaseMinor);
    }
};

/**
 * Adds two past campaigns to a demo base, in one transaction: a loyalty reward launched 120 days before `end` at the
 * customers who consent to marketing and are not recorded as lost (at most 20,000, the first by id), whose treated
 * customers each buy once more in its 30-day window with DemoCampaignTruth's chance and amount; and a newsletter
 * invitation launched 75 days before `end` at the same kind of list, with no effect at all. Both hold back 20 % as
 * control, drawn from recorded seeds derived from `seed`, and log an offer episode for every treated customer. Nothing
 * when nobody consents.
 */
struct DemoCampaignsAdded {
    int campaigns = 0;
    std::int64_t episodes = 0; // offer episodes and the loyalty offer's extra purchases
    std::int64_t purchases = 0;
};
DemoCampaignsAdded addDemoCampaigns(storage::Repository& repository, std::uint64_t seed, core::Date end);

} // namespace rapport::demo
