#pragma once

#include "analytics/winback.h"
#include "storage/repository.h"

#include <functional>
#include <optional>
#include <vector>

namespace rapport::app {

/** What the user gives for the costs; a figure left out comes from the launched campaigns or stays missing. */
struct WinBackCostInput {
    std::optional<double> perAttempt;          // major units
    std::optional<double> keepPerCustomerYear; // major units
};

/** The win-back list and its by-reason summary, as both front ends show them. */
struct WinBackList {
    core::Date today;
    analytics::WinBackRules rules;
    std::vector<analytics::WinBackRow> rows; // the highest value at stake first; at most `limit` of them
    std::size_t total = 0;                   // rows before the limit
    analytics::WinBackSummary summary;       // of every row, not only those kept
};

/**
 * The customers lost (a churn record) or lapsed (purchases stopped) within the window, by value at stake, with the
 * recorded or suspected reason, the win-back attempts and outcomes, and the win-back rate and cost by reason. Reads
 * the churn records, the campaigns and the base once (on a team database only what row-level security shows):
 * not on a UI thread. `limit` 0 keeps every row. `keepGoing`, asked after every batch read, stops a list nobody
 * waits for any more (analytics::AnalysisCancelled).
 */
WinBackList winBackList(storage::Repository& repository, const analytics::WinBackRules& rules, core::Date today,
                        const WinBackCostInput& costs = {}, int limit = 0, const std::function<bool()>& keepGoing = {});

/**
 * winBackList in two halves, for a read of the base shared with another finder (app::dueWork). With a `limit` the
 * finder keeps only that many rows whole (the count and the summary still cover all).
 */
analytics::WinBackFinder startWinBackList(storage::Repository& repository, const analytics::WinBackRules& rules,
                                          core::Date today, int limit = 0);
WinBackList finishWinBackList(storage::Repository& repository, analytics::WinBackFinder& finder,
                              const analytics::WinBackRules& rules, core::Date today, const WinBackCostInput& costs,
                              int limit);

} // namespace rapport::app
