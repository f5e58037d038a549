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
    // Counted first, so the result takes exactly its size beside `all`, never twice it while growing.
    std::size_t count = 0;
    for (std::size_t i = 0; i < all.size(); ++i) {
        count += i == 0 || key(all[i - 1]) != key(all[i]) ? 1 : 0;
    }
    std::vector<RfmPattern> distinct;
    distinct.reserve(count);
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
