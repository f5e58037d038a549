#pragma once

#include "reports/report_context.h"

namespace rapport::reports {

/**
 * The churn report: customers by status, the churn rate and value lost over the last year, the reasons
 * recorded beside the seed's benchmark shares, and the lost, lapsed and at-risk customers by value at stake.
 */
Report churnReport(const analytics::BaseAnalysis& analysis, const ReportContext& context);

} // namespace rapport::reports
