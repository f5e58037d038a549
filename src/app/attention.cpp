#include "app/attention.h"

#include "app/service_levels.h"

namespace rapport::app {

analytics::AttentionRules withLevelIntervals(storage::Repository& repository, const analytics::AttentionRules& rules) {
    auto watched = rules;
    if (!watched.contactIntervalFor) {
        auto intervals = contactIntervalsByLevel(repository);
        if (!intervals.empty()) {
            watched.contactIntervalFor = [intervals = std::move(intervals),
                                          fallback = rules.contactIntervalDays](const storage::CustomerScore& score) {
                if (const auto it = intervals.find(score.id); it != intervals.end()) {
                    return it->second;
                }
                return analytics::isValuable(score) ? fallback : 0;
            };
        }
    }
    return watched;
}

std::vector<analytics::AttentionAlert> needsAttention(storage::Repository& repository,
                                                      const analytics::AttentionRules& rules, core::Date today,
                                                      int limit, const std::function<bool()>& keepGoing) {
    auto alerts = analytics::findAttention(repository, withLevelIntervals(repository, rules), today, keepGoing);
    if (limit > 0 && alerts.size() > static_cast<std::size_t>(limit)) {
        alerts.resize(static_cast<std::size_t>(limit));
    }
    return alerts;
}

analytics::ComplaintReport complaintHandling(storage::Repository& repository, core::Date today) {
    return analytics::complaintHandling(repository, today);
}

} // namespace rapport::app
