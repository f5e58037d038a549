#include "app/due_work.h"

#include "analytics/base_scans.h"

namespace rapport::app {

DueWork dueWork(storage::Repository& repository, const analytics::AttentionRules& attentionRules,
                const analytics::WinBackRules& winBackRules, core::Date today, const WinBackCostInput& costs, int limit,
                const std::function<bool()>& keepGoing) {
    analytics::AttentionFinder attention(withLevelIntervals(repository, attentionRules), today);
    auto winBack = startWinBackList(repository, winBackRules, today);
    analytics::ReadingStop stop(keepGoing);
    analytics::addStoredScores(repository, attention, stop);
    analytics::scanBaseInto(repository, stop, attention, winBack);
    stop.throwIfStopped();

    DueWork work;
    work.attention = attention.finish();
    work.attentionTotal = work.attention.size();
    if (limit > 0 && work.attention.size() > static_cast<std::size_t>(limit)) {
        work.attention.resize(static_cast<std::size_t>(limit));
    }
    work.winBack = finishWinBackList(repository, winBack, winBackRules, today, costs, limit);
    return work;
}

} // namespace rapport::app
