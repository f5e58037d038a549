#include "app/winback.h"

#include "analytics/base_scans.h"

namespace rapport::app {

analytics::WinBackFinder startWinBackList(storage::Repository& repository, const analytics::WinBackRules& rules,
                                          core::Date today, int limit) {
    auto kept = rules;
    if (limit > 0) {
        kept.keepBest = static_cast<std::size_t>(limit);
    }
    analytics::WinBackFinder finder(kept, today);
    // Churn records are one per lost customer, read whole; the base streams.
    finder.addChurnRecords(repository.churnRecords(std::nullopt));
    return finder;
}

WinBackList finishWinBackList(storage::Repository& repository, analytics::WinBackFinder& finder,
                              const analytics::WinBackRules& rules, core::Date today, const WinBackCostInput& costs,
                              int limit) {
    WinBackList list;
    list.today = today;
    list.rules = rules;
    list.rows = finder.finish();
    list.total = finder.total();
    const auto campaigns = repository.campaigns();
    list.summary = finder.summary(analytics::winBackCosts(campaigns, costs.perAttempt, costs.keepPerCustomerYear));
    if (limit > 0 && list.rows.size() > static_cast<std::size_t>(limit)) {
        list.rows.resize(static_cast<std::size_t>(limit));
    }
    return list;
}

WinBackList winBackList(storage::Repository& repository, const analytics::WinBackRules& rules, core::Date today,
                        const WinBackCostInput& costs, int limit, const std::function<bool()>& keepGoing) {
    auto finder = startWinBackList(repository, rules, today, limit);
    analytics::ReadingStop stop(keepGoing);
    analytics::scanBaseInto(repository, stop, finder);
    stop.throwIfStopped();
    return finishWinBackList(repository, finder, rules, today, costs, limit);
}

} // namespace rapport::app
