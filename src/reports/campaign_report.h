#pragma once

#include "analytics/campaign_measurement.h"
#include "core/campaign.h"
#include "reports/report_context.h"

#include <string>

namespace rapport::reports {

/** The days a campaign was measured over: from the day after its launch to the window's end or the day measured. */
struct CampaignWindow {
    core::Date from;
    core::Date to;
    bool open = false;   // the window runs on: later purchases may still count
    bool started = true; // false on the launch day: nothing to measure yet
};

/** A verdict in plain words: "no measurable effect (the interval spans zero)", "a measurable rise" ... */
std::string campaignVerdictText(analytics::Verdict verdict);

/**
 * One launched campaign as a report: its definition (goal, offer, channel, launch, window, control share, seed,
 * stratification, cost per contact) in the facts, the two groups' sizes and figures, the lifts with their 95 %
 * intervals, the incremental revenue and margin against the cost, the verdicts in words, and the method.
 */
Report campaignReport(const core::Campaign& campaign, const CampaignWindow& window,
                      const analytics::CampaignMeasurement& measurement, const ReportContext& context);

} // namespace rapport::reports
