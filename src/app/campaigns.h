#pragma once

#include "analytics/campaign_measurement.h"
#include "core/campaign.h"
#include "storage/repository.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rapport::app {

/**
 * Stores a new draft campaign after validation. A campaign without a seed (0) gets a fresh one now, so that the
 * draw at its launch can be repeated from what is recorded.
 */
core::CampaignId createCampaign(storage::Repository& repository, core::Campaign campaign);
/** A fresh seed for a campaign an undoable edit will store (the app's way to createCampaign). */
std::uint64_t createCampaignSeed();

/** Who a launch took and left out, and the two groups it drew. */
struct CampaignLaunch {
    std::int64_t selected = 0;          // the filter's customers
    std::int64_t withoutConsent = 0;    // left out: no marketing consent in force
    std::int64_t recentlyContacted = 0; // left out: an episode in the campaign's exclusion days before the launch
    std::int64_t treated = 0;
    std::int64_t control = 0;
};

/** The stratum of a candidate under a stratification: a small number per four-group, ladder stage or churn status. */
int stratumOf(const storage::CampaignCandidateRow& candidate, core::Stratification stratification);

/**
 * Launches a draft campaign on `launchDay` at the customers `filter` selects: keeps those whose latest marketing
 * consent says yes, leaves out those contacted in the campaign's exclusion days, draws the control group with the
 * campaign's seed and share within its strata (analytics::drawControlGroup), stores both groups and logs an offer
 * episode (the campaign's channel, owner `by`) for every treated customer, all in one transaction. `description`
 * is the filter in the user's words, recorded with the campaign. Throws RefusedError when the campaign is launched
 * already or nobody is left to target, storage::NotFoundError when there is no such campaign.
 */
CampaignLaunch launchCampaign(storage::Repository& repository, core::CampaignId id,
                              const storage::CustomerFilter& filter, core::Date launchDay,
                              const std::string& description, const std::string& by);

/** A campaign measured on a day: its window so far and what the groups did in it. */
struct CampaignResult {
    core::Campaign campaign;
    core::Date from; // the day after the launch
    core::Date to;   // the window's last day, or `today` while the window is open
    bool windowOpen = false;
    /** False on the launch day and before: no day of the window has passed, so there is nothing to measure yet. */
    bool started = true;
    analytics::CampaignMeasurement measurement;
};

/**
 * Measures a launched campaign on `today`: purchases of both groups from the day after the launch to the end of the
 * response window (or to today, while it runs). Throws RefusedError for a draft, NotFoundError for no campaign.
 */
CampaignResult measureCampaign(storage::Repository& repository, core::CampaignId id, core::Date today);

/** The treated customers to contact for a launched campaign, with consent still in force (a mail merge's rows). */
std::vector<storage::CampaignContact> campaignContactList(storage::Repository& repository, core::CampaignId id);

/**
 * Writes the contact list (customer id, name, owner, e-mail, phone) to `path`: XLSX when it ends in .xlsx, else CSV
 * (RFC 4180, formulas neutralised). Nothing appears at `path` unless the whole file is written. Returns the rows.
 */
std::int64_t writeCampaignContacts(storage::Repository& repository, core::CampaignId id, const std::string& path);

} // namespace rapport::app
