#include "app/attention.h"

#include "analytics/base_scans.h"
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

analytics::AttentionFinder startAttentionAlerts(storage::Repository& repository, const analytics::AttentionRules& rules,
                                                core::Date today, int limit) {
    auto watched = withLevelIntervals(repository, rules);
    if (limit > 0) {
        watched.keepBest = static_cast<std::size_t>(limit);
    }
    return analytics::AttentionFinder(std::move(watched), today);
}

AttentionAlerts attentionAlerts(storage::Repository& repository, const analytics::AttentionRules& rules,
                                core::Date today, int limit, const std::function<bool()>& keepGoing) {
    auto finder = startAttentionAlerts(repository, rules, today, limit);
    analytics::ReadingStop stop(keepGoing);
    analytics::addStoredScores(repository, finder, stop);
    analytics::scanBaseInto(repository, stop, finder);
    stop.throwIfStopped();
    AttentionAlerts result;
    result.alerts = finder.finish();
    result.total = finder.total();
    return result;
}

analytics::ComplaintReport complaintHandling(storage::Repository& repository, core::Date today) {
    return analytics::complaintHandling(repository, today);
}

} // namespace rapport::app
