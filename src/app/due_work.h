#pragma once

#include "app/attention.h"
#include "app/winback.h"

#include <functional>

namespace rapport::app {

/** The two whole-base lists of what is due, as the dashboard shows them side by side. */
struct DueWork {
    AttentionAlerts attention; // the highest value at stake first; at most `limit`, with the count of all
    WinBackList winBack;
};

/**
 * attentionAlerts and winBackList from one read of the base: each reads every episode (13 M at a million customers),
 * and the dashboard wants both after every change. The same rows as the two calls give. `limit` applies to each list
 * (0: all); `keepGoing`, asked after every batch read, stops a load nobody waits for any more
 * (analytics::AnalysisCancelled). Not on a UI thread.
 */
DueWork dueWork(storage::Repository& repository, const analytics::AttentionRules& attentionRules,
                const analytics::WinBackRules& winBackRules, core::Date today, const WinBackCostInput& costs = {},
                int limit = 0, const std::function<bool()>& keepGoing = {});

} // namespace rapport::app
