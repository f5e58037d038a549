#pragma once

#include "analytics/attention.h"
#include "analytics/complaint_handling.h"
#include "storage/repository.h"

#include <cstddef>
#include <functional>
#include <vector>

namespace rapport::app {

/** The first alerts of the needs-attention list, and how many there are in all. */
struct AttentionAlerts {
    std::vector<analytics::AttentionAlert> alerts;
    std::size_t total = 0;
};

/**
 * The "needs attention" list both front ends show: customers not contacted for longer than their interval, whose
 * purchase is overdue by their own rhythm, whose decision maker left, or whose complaint waits for an answer; the
 * highest value at stake first, at most `limit` rows (0: all), with the count of all. Only those rows are held while
 * the whole base is read once: not on a UI thread. `keepGoing`, asked after every batch read, stops a list nobody
 * waits for any more (AnalysisCancelled).
 */
AttentionAlerts attentionAlerts(storage::Repository& repository, const analytics::AttentionRules& rules,
                                core::Date today, int limit = 0, const std::function<bool()>& keepGoing = {});

/**
 * The finder attentionAlerts reads into, for a read of the base shared with another finder (app::dueWork): the
 * service levels' intervals applied, and only the first `limit` alerts kept (0: all).
 */
analytics::AttentionFinder startAttentionAlerts(storage::Repository& repository, const analytics::AttentionRules& rules,
                                                core::Date today, int limit);

/**
 * The rules as attentionAlerts applies them: a customer who holds a service level is watched by their level's
 * contact interval, the others as `rules` say (unless `rules` already bring their own intervals).
 */
analytics::AttentionRules withLevelIntervals(storage::Repository& repository, const analytics::AttentionRules& rules);

/** How complaints were handled up to `today`: time to answer, share answered, satisfaction after, by owner and month.
 */
analytics::ComplaintReport complaintHandling(storage::Repository& repository, core::Date today);

} // namespace rapport::app
