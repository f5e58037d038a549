#include "analytics/patterns.h"

#include <algorithm>
#include <tuple>

namespace rapport::analytics {

std::vector<RfmPattern> collapsePatterns(const std::vector<CustomerSummary>& summaries) {
    std::vector<RfmPattern> all;
    all.reserve(summaries.size());
    for (const auto& s : summaries) {
        all.push_back({s.frequency, s.recency, s.T, 1.0});
    }
    const auto key = [](const RfmPattern& p) { return std::tie(p.x, p.tx, p.T); };
    std::sort(all.begin(), all.end(), [&](const RfmPattern& a, const RfmPattern& b) { return key(a) < key(b); });
    std::vector<RfmPattern> distinct;
    for (const auto& p : all) {
        if (!distinct.empty() && key(distinct.back()) == key(p)) {
            distinct.back().weight += 1.0;
        } else {
            distinct.push_back(p);
        }
    }
    return distinct;
}

} // namespace rapport::analytics
