#pragma once

#include "analytics/campaign_measurement.h"
#include "analytics/dimension_breakdown.h"

#include <span>
#include <string>
#include <vector>

namespace rapport::analytics {

/** A campaign's members who share one value of a dimension, measured as a campaign of their own. */
struct CampaignDimensionRow {
    std::string value; // empty: not recorded (a channel as its stored code)
    CampaignMeasurement measurement;
};

struct CampaignBreakdown {
    Dimension dimension = Dimension::Segment;
    std::vector<CampaignDimensionRow> rows; // most members first; ties by value
};

/**
 * A campaign's results by segment, region, owner or acquisition channel: each member counts under their value as
 * the customer record holds it now, and each value's treated and control members are measured like a whole
 * campaign (measureCampaign: Newcombe's interval of the response lift, Welch's of the spend). The control group was
 * drawn at random regardless of these values, so each part is a fair comparison of its own; with many values, one
 * interval in twenty misses by chance. `outcomes` come in customer id order (Repository::campaignOutcomes); the
 * values are read in one pass over the base (Repository::scanCustomerKnowledge, archived customers included).
 */
CampaignBreakdown measureCampaignByDimension(storage::Repository& repository,
                                             std::span<const CampaignMemberOutcome> outcomes, Dimension dimension,
                                             core::Money costPerContact, core::Date today, double confidence = 0.95);

} // namespace rapport::analytics
