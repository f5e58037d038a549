#pragma once

#include "analytics/cohort_retention.h"
#include "reports/report_context.h"

namespace rapport::reports {

/**
 * The loyalty report: where customers stand on the relationship ladder and how they climb, retention by
 * acquisition cohort, the four groups and their movement, the key customers' share of sales over time, and
 * the top customers by value.
 */
Report loyaltyReport(const analytics::BaseAnalysis& analysis, const analytics::CohortRetention& cohorts,
                     const ReportContext& context);

} // namespace rapport::reports
