#include "app/campaign_results.h"

#include "reports/campaign_report.h"

namespace rapport::app {

reports::Report campaignReport(storage::Repository& repository, core::CampaignId id, core::Date today,
                               const reports::ReportContext& context) {
    return campaignReport(measureCampaign(repository, id, today), context);
}

reports::Report campaignReport(const CampaignResult& result, const reports::ReportContext& context) {
    return reports::campaignReport(result.campaign, {result.from, result.to, result.windowOpen, result.started},
                                   result.measurement, context);
}

CampaignResultByDimension measureCampaignByDimension(storage::Repository& repository, core::CampaignId id,
                                                     analytics::Dimension dimension, core::Date today) {
    CampaignResultByDimension result{measureCampaign(repository, id, today), {}};
    const auto& whole = result.whole;
    const auto outcomes = repository.campaignOutcomes(id, whole.from, whole.to);
    result.parts =
        analytics::measureCampaignByDimension(repository, outcomes, dimension, whole.campaign.costPerContact, today);
    return result;
}

} // namespace rapport::app
