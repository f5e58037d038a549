#pragma once

#include "core/date.h"
#include "storage/repository.h"

#include <cstdint>
#include <functional>

namespace rapport::demo {

struct DemoOptions {
    std::int64_t customers = 5000;
    std::uint64_t seed = 1;
    /** The last day of the simulated history; with the seed it fixes the whole result. */
    core::Date end = core::Date::today();
    int years = 3;
    int partnerships = 36;
    /**
     * Number of the first simulated customer. Appending to a base that has demo customers starts after them
     * (the CLI and the app pass the highest customer id), so new customers differ from the old ones and their
     * external references (DEMO-<number>) stay unique.
     */
    std::int64_t firstIndex = 0;
};

struct DemoResult {
    std::int64_t customers = 0;
    std::int64_t contactPersons = 0;
    std::int64_t episodes = 0;
    std::int64_t purchases = 0;
    std::int64_t churnRecords = 0;
    std::int64_t costEntries = 0;
    std::int64_t tasks = 0;
    std::int64_t partnerships = 0;
    std::int64_t campaigns = 0;
};

/** Called now and then with how many customers are done; returning false cancels (nothing is written). */
using DemoProgress = std::function<bool(std::int64_t done, std::int64_t total)>;

/**
 * Fills the repository with a realistic relationship-marketing business through the bulk path, in one
 * transaction; then, when the base has no campaigns yet, two past campaigns with a known effect and none
 * (addDemoCampaigns). Throws storage::CancelledError when progress returns false.
 */
DemoResult generateDemoData(storage::Repository& repository, const DemoOptions& options,
                            const DemoProgress& progress = {});

} // namespace rapport::demo
