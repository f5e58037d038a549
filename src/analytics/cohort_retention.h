#pragma once

#include "core/date.h"
#include "storage/repository.h"

#include <cstdint>
#include <vector>

namespace rapport::analytics {

/**
 * Retention by acquisition cohort: customers grouped by the calendar year of their first purchase, and for
 * each later year the share of the cohort that bought in it. The seed's point that keeping customers pays
 * more than winning them is read here: a healthy base keeps its cohorts buying year after year.
 */
struct Cohort {
    int year = 0;
    std::int64_t customers = 0;
    /** retained[k]: share of the cohort that bought in year + k + 1; only years up to the observation end. */
    std::vector<double> retained;
};

struct CohortRetention {
    std::vector<Cohort> cohorts; // oldest first, at most `years` of them
};

/**
 * One pass over the purchase stream up to `until` (returns ignored). Keeps one 64-bit year mask per customer,
 * so a million customers take about 40 MB. Cohorts older than `years` before `until` are left out.
 */
CohortRetention computeCohortRetention(storage::Repository& repository, core::Date until, int years = 8);

} // namespace rapport::analytics
