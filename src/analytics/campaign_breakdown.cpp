#include "analytics/campaign_breakdown.h"

#include "storage/repository.h"

#include <algorithm>
#include <map>

namespace rapport::analytics {

CampaignBreakdown measureCampaignByDimension(storage::Repository& repository,
                                             std::span<const CampaignMemberOutcome> outcomes, Dimension dimension,
                                             core::Money costPerContact, core::Date today, double confidence) {
    std::map<std::string, std::vector<CampaignMemberOutcome>> byValue;
    std::size_t next = 0; // both come by customer id: walk the members along the scan
    repository.scanCustomerKnowledge(
        [&](std::span<const storage::CustomerKnowledge> batch) {
            for (const auto& customer : batch) {
                while (next < outcomes.size() && outcomes[next].customerId < customer.id) {
                    byValue[std::string()].push_back(outcomes[next++]); // no longer in the base
                }
                while (next < outcomes.size() && outcomes[next].customerId == customer.id) {
                    byValue[dimensionValue(dimension, customer)].push_back(outcomes[next++]);
                }
            }
            return next < outcomes.size(); // the rest of the base holds no member
        },
        today, storage::ArchiveFilter::All);
    for (; next < outcomes.size(); ++next) {
        byValue[std::string()].push_back(outcomes[next]);
    }
    CampaignBreakdown breakdown;
    breakdown.dimension = dimension;
    for (const auto& [value, members] : byValue) {
        breakdown.rows.push_back({value, measureCampaign(members, costPerContact, confidence)});
    }
    std::stable_sort(breakdown.rows.begin(), breakdown.rows.end(),
                     [](const CampaignDimensionRow& a, const CampaignDimensionRow& b) {
                         return a.measurement.treated.customers + a.measurement.control.customers >
                                b.measurement.treated.customers + b.measurement.control.customers;
                     });
    return breakdown;
}

} // namespace rapport::analytics
