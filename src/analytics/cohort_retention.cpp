#include "analytics/cohort_retention.h"

#include <algorithm>
#include <bit>
#include <unordered_map>

namespace rapport::analytics {

CohortRetention computeCohortRetention(storage::Repository& repository, core::Date until, int years) {
    years = std::clamp(years, 1, 60);
    const int lastYear = until.year();
    const int firstTracked = lastYear - 63; // bit 0 of the mask; earlier purchases count as that year
    std::unordered_map<core::CustomerId, std::uint64_t> yearsBought;
    repository.scanPurchases([&](std::span<const storage::PurchaseRecord> batch) {
        for (const auto& purchase : batch) {
            if (purchase.isReturn || purchase.date > until) {
                continue;
            }
            const int bit = std::max(purchase.date.year() - firstTracked, 0);
            yearsBought[purchase.customerId] |= std::uint64_t{1} << bit;
        }
        return true;
    });

    const int firstCohort = lastYear - years + 1;
    std::vector<Cohort> cohorts(static_cast<std::size_t>(years));
    std::vector<std::vector<std::int64_t>> buyers(cohorts.size());
    for (std::size_t i = 0; i < cohorts.size(); ++i) {
        cohorts[i].year = firstCohort + static_cast<int>(i);
        buyers[i].assign(static_cast<std::size_t>(lastYear - cohorts[i].year), 0);
    }
    for (const auto& [customer, mask] : yearsBought) {
        const int first = firstTracked + std::countr_zero(mask);
        if (first < firstCohort) {
            continue;
        }
        const auto index = static_cast<std::size_t>(first - firstCohort);
        ++cohorts[index].customers;
        for (std::size_t k = 0; k < buyers[index].size(); ++k) {
            const int bit = first - firstTracked + static_cast<int>(k) + 1;
            if ((mask >> bit) & 1U) {
                ++buyers[index][k];
            }
        }
    }
    CohortRetention result;
    for (std::size_t i = 0; i < cohorts.size(); ++i) {
        if (cohorts[i].customers == 0) {
            continue;
        }
        for (const auto count : buyers[i]) {
            cohorts[i].retained.push_back(static_cast<double>(count) / static_cast<double>(cohorts[i].customers));
        }
        result.cohorts.push_back(std::move(cohorts[i]));
    }
    return result;
}

} // namespace rapport::analytics
