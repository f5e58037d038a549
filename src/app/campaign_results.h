#pragma once

#include "analytics/campaign_breakdown.h"
#include "app/campaigns.h"
#include "reports/report.h"
#include "reports/report_context.h"

namespace rapport::app {

/**
 * The report of a campaign measured on `today` (app::measureCampaign), in the context's language: the one home of
 * `rapport-cli campaign report` and the Campaigns page's "Export report…". Throws RefusedError for a draft and
 * storage::NotFoundError when there is no such campaign.
 */
reports::Report campaignReport(storage::Repository& repository, core::CampaignId id, core::Date today,
                               const reports::ReportContext& context);

/** The report of a campaign already measured. */
reports::Report campaignReport(const CampaignResult& result, const reports::ReportContext& context);

/** A campaign measured on `today` and broken down by one dimension (analytics::measureCampaignByDimension). */
struct CampaignResultByDimension {
    CampaignResult whole;
    analytics::CampaignBreakdown parts;
};

/**
 * Measures a launched campaign on `today` for the whole and for each value of `dimension`; reads the whole base once
 * for the values, so not on a UI thread. Throws as measureCampaign.
 */
CampaignResultByDimension measureCampaignByDimension(storage::Repository& repository, core::CampaignId id,
                                                     analytics::Dimension dimension, core::Date today);

} // namespace rapport::app
