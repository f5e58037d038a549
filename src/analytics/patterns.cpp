#include "analytics/patterns.h"

#include <algorithm>
#include <tuple>

namespace rapport::analytics {

std::vector<RfmPattern> collapsePatterns(const std::vector<CustomerSummary>& summaries) {
    // Sorted as bare (x, t_x, T), without a weight: a million customers take 24 MB here instead of 32.
    struct Key {
        double x, tx, T;
    };
    std::vector<Key> all;
    all.reserve(summaries.size());
    for (const auto& s : summaries) {
        all.push_back({s.frequency, s.recency, s.T});
    }
    const auto tied = [](const Key& k) { return std::tie(k.x, k.tx, k.T); };
    std::sort(all.begin(), all.end(), [&](const Key& a, const Key& b) { return tied(a) < tied(b); });
    // Counted first, so the result takes exactly its size beside `all`, never twice it while growing.
    std::size_t count = 0;
    for (std::size_t i = 0; i < all.size(); ++i) {
        count += i == 0 || tied(all[i - 1]) != tied(all[i]) ? 1 : 0;
    }
    std::vector<RfmPattern> distinct;
    distinct.reserve(count);
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (i > 0 && tied(all[i - 1]) == tied(all[i])) {
            distinct.back().weight += 1.0;
        } else {
            distinct.push_back({all[i].x, all[i].tx, all[i].T, 1.0});
        }
    }
    return distinct;
}

} // namespace rapport::analytics
