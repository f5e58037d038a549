#pragma once

#include "analytics/customer_profile.h"

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace rapport::analytics {

/** What customers are ranked by. Profit is margin minus the relationship costs entered for them. */
enum class RankMeasure { Profit, Revenue, Historical, Predicted };
std::optional<RankMeasure> parseRankMeasure(std::string_view text); // profit, revenue, historical, predicted
std::string_view toString(RankMeasure measure);

/** The seed's three decisions, from the ABC class: hold on with all force (A), watch closely (B), let go (C). */
enum class Decision { HoldOn, Watch, LetGo };
std::string_view toString(Decision decision); // "hold_on", "watch", "let_go"

struct RfmScore {
    int recency = 0; // 5 = bought most recently
    int frequency = 0;
    int monetary = 0;
    std::string_view segment;
};

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
    std::vector<RankedCustomer> ranked; // highest value first; only buyers
    std::vector<ParetoPoint> curve;     // at every 5 % of customers
    double top20RevenueShare = 0;       // benchmark: 80 %
    double top10ProfitShare = 0;        // benchmark: 90 %
    std::array<std::int64_t, 3> customersPerClass{};
    /** Key customers (class A by this measure): their share of each trend quarter's revenue, oldest first. */
    std::vector<std::string> quarters;
    std::vector<double> keyCustomerShareByQuarter;
    std::int64_t keyCustomers = 0;
};

/**
 * RFM quintiles of values where equal values always share a bin: a value's bin is 1 + floor(5 * (number of
 * smaller values) / n), so ties never straddle a border.
 */
std::vector<int> quintileScores(const std::vector<double>& values);
std::string_view rfmSegment(int r, int f, int m);

/** predicted: each customer's CLV where a model could be fitted (used for RankMeasure::Predicted). */
RankingReport computeRanking(const std::vector<CustomerProfile>& profiles, RankMeasure measure, core::Date until,
                             int trendQuarters, const std::unordered_map<core::CustomerId, double>& predicted);

} // namespace rapport::analytics
