#pragma once

#include "reports/report_context.h"

namespace rapport::reports {

/**
 * The profitability report: the Pareto curve against 80/20, and the ranking of every buyer with the lines of
 * the seed's table 7.3 (average sale, purchases and sales per year, profit from sales, costs, profitability,
 * value per month and over the expected lifetime), the predicted value and the ABC decision.
 */
Report profitabilityReport(const analytics::BaseAnalysis& analysis, const ReportContext& context);

} // namespace rapport::reports
