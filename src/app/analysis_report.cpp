#include "app/analysis_report.h"

#include "analytics/cohort_retention.h"
#include "reports/churn.h"
#include "reports/customer_profile_report.h"
#include "reports/loyalty.h"
#include "reports/profitability.h"

#include <stdexcept>

namespace rapport::app {

reports::Report analysisReport(storage::Repository& repository, const analytics::BaseAnalysis& analysis,
                               AnalysisReportKind kind, core::CustomerId customer,
                               const reports::ReportContext& context) {
    switch (kind) {
    case AnalysisReportKind::Loyalty:
        return reports::loyaltyReport(analysis, analytics::computeCohortRetention(repository, analysis.until), context);
    case AnalysisReportKind::Profitability:
        return reports::profitabilityReport(analysis, context);
    case AnalysisReportKind::Churn:
        return reports::churnReport(analysis, context);
    case AnalysisReportKind::CustomerProfile:
        return reports::customerProfileReport(repository, analysis, customer, context);
    }
    throw std::invalid_argument("unknown report kind");
}

} // namespace rapport::app
