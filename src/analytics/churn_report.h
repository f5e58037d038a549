#pragma once

#include "analytics/customer_profile.h"
#include "analytics/lifetime_value.h"
#include "analytics/optional_probability.h"
#include "core/churn.h"
#include "core/optional_date.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rapport::analytics {

using core::ChurnStatus;
std::string_view toString(ChurnStatus status); // "active", "at_risk", "lapsed", "lost"

/**
 * When a buyer counts as at risk, lapsed or lost (docs/methodology.md). A customer's usual interval is the
 * mean gap between their purchase days; one-time buyers get the median of everyone's usual interval.
 */
struct ChurnRules {
    double atRiskProbabilityAlive = 0.5; // P(alive) below this: at risk
    double atRiskIntervals = 1.5;        // or this many usual intervals since the last purchase
    double lapsedIntervals = 3.0;        // this many: lapsed
    int minimumDays = 30;                // nobody is at risk sooner than this after a purchase
};

/** The model's view of one customer, where a model could be fitted. */
struct Prediction {
    double probabilityAlive = 1;
    double clv = 0;
};

/**
 * The models' predictions by customer, in id order. A sorted vector: 24 bytes a customer, where a hash map's node,
 * bucket and allocation took about 40.
 */
using PredictionsById = std::vector<std::pair<core::CustomerId, Prediction>>;
/** The customer's prediction, or null when the models made none for them. */
const Prediction* findPrediction(const PredictionsById& predictions, core::CustomerId id);

/**
 * One buyer's churn status and the figures it was decided by. A report holds one for every buyer (a million at a
 * million customers), so it is kept to 48 bytes: the reason is a number in the report's codes (see
 * ChurnReport::reasonCode), the date and the probability take no flag of their own.
 */
struct ChurnAssessment {
    core::CustomerId id = 0;
    double usualIntervalDays = 0;
    double valueAtStake = 0; // predicted value over the horizon, or the yearly revenue without a model
    OptionalProbability probabilityAlive;
    std::int32_t daysSinceLastPurchase = 0;
    core::OptionalDate churnedOn; // lost customers: when the churn record says they left
    /** Lost customers: 1 + the index of the recorded reason's code in ChurnReport::reasonCodes; 0: none. */
    std::uint32_t reason = 0;
    ChurnStatus status = ChurnStatus::Active;
};

static_assert(sizeof(ChurnAssessment) <= 48, "a report keeps one for every buyer");

struct ReasonShare {
    core::ChurnReason reason;
    std::int64_t customers = 0;
    double share = 0;
    double valueLost = 0; // yearly revenue of those customers, major units
};

struct ChurnReport {
    core::Date until;
    ChurnRules rules; // the rules it was computed with
    std::array<std::int64_t, 4> customersPerStatus{};
    double medianIntervalDays = 0;
    std::vector<ChurnAssessment> atRisk; // highest value at stake first
    std::vector<ReasonShare> reasons;    // the catalogue, most frequent first
    /** Lost: recorded as lost (with a reason) within the last year; the rate is of the buyers a year ago. */
    std::int64_t lostInLastYear = 0;
    std::int64_t buyersAYearAgo = 0;
    double churnRateLastYear = 0;
    double valueLostLastYear = 0;
    /**
     * Lapsed by the rule (no purchase for lapsedIntervals usual intervals) and not recorded as lost: buyers of a
     * year ago who crossed that line within the last year. Nobody has to record them, so a base without churn
     * records shows its churn here, not in lostInLastYear.
     */
    std::int64_t lapsedInLastYear = 0;
    double lapsedRateLastYear = 0;            // of the buyers a year ago
    double valueLapsedLastYear = 0;           // their yearly revenue
    std::vector<ChurnAssessment> assessments; // every buyer, in the order of the profiles
    /** The reason code of every customer's latest churn record, sorted, each once (an assessment names one). */
    std::vector<std::string> reasonCodes;

    /** The code of the reason recorded for a lost customer (a code of the catalogue); empty when none. */
    [[nodiscard]] std::string_view reasonCode(const ChurnAssessment& assessment) const;
};

/**
 * Why the assessment's status, in English words for the command line ("no purchase for 212 days, usual 40"); empty
 * for an active customer. Made when shown, not kept in every buyer's assessment: at a million customers those
 * strings took about 40 MB. The app and the reports word it in the user's language from the same fields.
 */
std::string churnWhy(const ChurnAssessment& assessment, const ChurnReport& report);

/** What "lost" means, in one English sentence for the command line and the reports. */
std::string lostDefinition();
/** What "lapsed" means under these rules, in one English sentence. */
std::string lapsedDefinition(const ChurnRules& rules);

/** A customer's revenue per year of relationship (at least one year), major units. */
double yearlyRevenue(const CustomerProfile& profile, core::Date until);

/** A customer's latest churn record, as much of it as the churn report reads. */
struct LatestLoss {
    core::CustomerId customer = 0;
    core::Date churnedOn;
    std::uint32_t reason = 0; // 1 + its place in LatestLosses::reasonCodes
    bool wonBack = false;
};

/**
 * Each customer's latest churn record up to the analysis's end, in 24 bytes instead of a whole record with its
 * texts: read before the reports, the records (27 MB at the demo base's 132,000) need not wait beside them. A
 * sorted vector, not a hash map: 3 MB instead of 13 MB there, found by binary search.
 */
struct LatestLosses {
    std::vector<LatestLoss> byCustomer; // in customer id order, one each
    /** The reason code of every customer's latest record, sorted, each once (a LatestLoss names one). */
    std::vector<std::string> reasonCodes;

    /** The customer's latest loss; nullptr when they have no record up to the end. */
    [[nodiscard]] const LatestLoss* find(core::CustomerId customer) const;
};

LatestLosses latestLosses(const std::vector<core::ChurnRecord>& records, core::Date until);

ChurnReport computeChurn(const std::vector<CustomerProfile>& profiles, const LatestLosses& losses,
                         const std::vector<core::ChurnReason>& catalogue, const PredictionsById& predictions,
                         core::Date until, const ChurnRules& rules = {});

} // namespace rapport::analytics
