#include "app/due_work.h"

#include "analytics/base_scans.h"

namespace rapport::app {

DueWork dueWork(storage::Repository& repository, const analytics::AttentionRules& attentionRules,
                const analytics::WinBackRules& winBackRules, core::Date today, const WinBackCostInput& costs, int limit,
                const std::function<bool()>& keepGoing) {
    auto attention = startAttentionAlerts(repository, attentionRules, today, limit);
    auto winBack = startWinBackList(repository, winBackRules, today, limit);
    analytics::ReadingStop stop(keepGoing);
    analytics::addStoredScores(repository, attention, stop);
    analytics::scanBaseInto(repository, stop, attention, winBack);
    stop.throwIfStopped();

    DueWork work;
    work.attention.alerts = attention.finish();
    work.attention.total = attention.total();
    work.winBack = finishWinBackList(repository, winBack, winBackRules, today, costs, limit);
    return work;
}

} // namespace rapport::app
