#pragma once

#include "analytics/churn_report.h"
#include "analytics/customer_profile.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace rapport::analytics {

/** What customers are ranked by. Profit is margin minus the relationship costs entered for them. */
enum class RankMeasure { Profit, Revenue, Historical, Predicted };
std::optional<RankMeasure> parseRankMeasure(std::string_view text); // profit, revenue, historical, predicted
std::string_view toString(RankMeasure measure);

/**
 * Whether any purchase of these customers carries a margin. Without one, profit is only the relationship costs
 * (every customer ranks at or below 0), so profit cannot rank anybody and revenue must stand in.
 */
bool marginsRecorded(const std::vector<CustomerProfile>& profiles);

/** The measure a ranking uses and why: the one place both front ends learn whether profit could be used. */
struct RankBasis {
    RankMeasure measure = RankMeasure::Profit;
    bool marginsRecorded = true;
    bool fellBackToRevenue = false;         // profit was the default, but without margins revenue ranks instead
    bool profitAskedWithoutMargins = false; // profit was asked for by name: the caller should refuse
};

/**
 * The default (no `asked`) is profit where margins are recorded, else revenue with fellBackToRevenue set. A
 * measure asked for is used as asked; profit asked for without margins is flagged, not silently replaced.
 */
RankBasis chooseRankBasis(std::optional<RankMeasure> asked, bool marginsRecorded);

/** One English sentence saying what the ranking is based on and, without margins, why (for the CLI and reports). */
std::string rankBasisNote(const RankBasis& basis);

/** The seed's three decisions, from the ABC class: hold on with all force (A), watch closely (B), let go (C). */
enum class Decision : std::uint8_t { HoldOn, Watch, LetGo };
std::string_view toString(Decision decision); // "hold_on", "watch", "let_go"

/** Quintile scores, 1 to 5. Bytes, not ints, and the segment named when asked: the ranking holds every buyer. */
struct RfmScore {
    std::int8_t recency = 0; // 5 = bought most recently
    std::int8_t frequency = 0;
    std::int8_t monetary = 0;
    [[nodiscard]] std::string_view segment() const; // rfmSegment of the three
};

/** 32 bytes: the ranking holds every buyer, a million at a million customers. */
struct RankedCustomer {
    core::CustomerId id = 0;
    double value = 0; // major units
    double cumulativeShare = 0;
    char abcClass = 'C';
    Decision decision = Decision::LetGo;
    RfmScore rfm;
};

struct ParetoPoint {
    double customerShare = 0;
    double valueShare = 0;
};

struct RankingReport {
    RankMeasure measure = RankMeasure::Profit;
    RankBasis basis;                    // basis.measure == measure
    std::vector<RankedCustomer> ranked; // highest value first; only buyers
    std::vector<ParetoPoint> curve;     // at every 5 % of customers
    double top20RevenueShare = 0;       // benchmark: 80 %
    double top10ProfitShare = 0;        // benchmark: 90 %; meaningless (0) without margins: see basis
    double top10RevenueShare = 0;       // what stands in for it without margins
    std::array<std::int64_t, 3> customersPerClass{};
    /**
     * Key customers (class A by this measure): their share of each trend quarter's revenue, oldest first. Quarters
     * before the first purchase of any customer analysed are left out (they have no data, not a share of 0 %);
     * quartersBeforeData says how many of the trend's quarters that was.
     */
    std::vector<std::string> quarters;
    int quartersBeforeData = 0;
    std::vector<double> keyCustomerShareByQuarter;
    std::int64_t keyCustomers = 0;
};

/**
 * RFM quintiles of values where equal values always share a bin: a value's bin is 1 + floor(5 * (number of
 * smaller values) / n), so ties never straddle a border.
 */
std::vector<std::int8_t> quintileScores(const std::vector<double>& values); // bytes: three run side by side
std::string_view rfmSegment(int r, int f, int m);

/**
 * profiles: in id order, as buildProfiles makes them (the trend's quarters are paired with them in one walk).
 * predicted: each customer's CLV where a model could be fitted (used for RankMeasure::Predicted). trend: the
 * customers' revenue in the trend's quarters (from buildProfiles); only the buyers among `profiles` count in it.
 */
RankingReport computeRanking(const std::vector<CustomerProfile>& profiles, const TrendRevenue& trend,
                             RankMeasure measure, core::Date until, int trendQuarters,
                             const PredictionsById& predicted);

} // namespace rapport::analytics
