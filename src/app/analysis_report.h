#pragma once

#include "analytics/base_analysis.h"
#include "reports/report.h"
#include "reports/report_context.h"
#include "storage/repository.h"

namespace rapport::app {

/** The reports drawn from the whole-base analysis. */
enum class AnalysisReportKind { Loyalty, Profitability, Churn, CustomerProfile };

/**
 * Makes one report from a finished analysis, as `rapport-cli report` and the app's Reports page both do. The
 * loyalty report adds the cohorts' retention, which reads the purchases once more; the customer profile reads
 * that customer's records (`customer`; throws reports::NoSuchCustomer).
 */
reports::Report analysisReport(storage::Repository& repository, const analytics::BaseAnalysis& analysis,
                               AnalysisReportKind kind, core::CustomerId customer,
                               const reports::ReportContext& context);

} // namespace rapport::app
