#include "app/due_work.h"

#include "analytics/base_scans.h"

namespace rapport::app {

DueWork dueWork(storage::Repository& repository, const analytics::AttentionRules& attentionRules,
                const analytics::WinBackRules& winBackRules, core::Date today, const WinBackCostInput& costs, int limit,
                const std::function<bool()>& keepGoing) {
    auto rules = withLevelIntervals(repository, attentionRules);
    if (limit > 0) {
        rules.keepBest = static_cast<std::size_t>(limit);
    }
    analytics::AttentionFinder attention(std::move(rules), today);
    auto winBack = startWinBackList(repository, winBackRules, today);
    analytics::ReadingStop stop(keepGoing);
    analytics::addStoredScores(repository, attention, stop);
    analytics::scanBaseInto(repository, stop, attention, winBack);
    stop.throwIfStopped();

    DueWork work;
    work.attention = attention.finish();
    work.attentionTotal = attention.total();
    work.winBack = finishWinBackList(repository, winBack, winBackRules, today, costs, limit);
    return work;
}

} // namespace rapport::app
