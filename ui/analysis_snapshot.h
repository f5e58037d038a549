#pragma once

#include "analytics/base_analysis.h"
#include "analytics/model_fit_check.h"

#include <QString>

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace rapport::ui {

/** The customers behind one part of a chart: the first rows by the value the list shows, and how many in all. */
struct CustomersBehind {
    std::vector<std::pair<core::CustomerId, double>> top; // highest value first, at most kBehindRows
    std::size_t total = 0;
};

/** A dot of the four-group chart: the customers who bought equally often for the same amount in the window. */
struct GroupDot {
    double frequencyPerMonth = 0;
    double costPerPurchase = 0;
    std::size_t first = 0; // the dot's customers: GroupDots::customers[first, first + shown)
    std::size_t shown = 0;
    std::size_t total = 0;
};

/** One group's dots, their customers in one block (thousands of small vectors would pin scattered heap pages). */
struct GroupDots {
    std::vector<GroupDot> dots;
    std::vector<std::pair<core::CustomerId, double>> customers; // by revenue in the window within each dot

    /** The customers behind the dot at (x, y); none when no dot is there. */
    [[nodiscard]] CustomersBehind at(double frequencyPerMonth, double costPerPurchase) const;
};

/**
 * What the customer card shows of one customer beside the scores stored with them: when each rung was reached
 * and why the churn status. 64 bytes a customer, where a profile with its churn assessment takes about 272.
 */
struct CardFacts {
    static constexpr std::int32_t kNever = std::numeric_limits<std::int32_t>::min();
    core::CustomerId id = 0;
    std::array<std::int32_t, core::kLadderStages - 1> reachedOnDays{}; // rungs 1..5 (a prospect has none); kNever
    double valueAtStake = 0;
    // Doubles, as computeChurn decided with: the card's wording tests them against the rules' thresholds again.
    double usualIntervalDays = 0;
    double probabilityAlive = -1; // below 0: none
    std::int32_t daysSinceLastPurchase = 0;
    std::uint16_t reason = 0; // ChurnAssessment::reason: a number in analysis.churn's reason codes
    std::uint8_t status = 0;  // a core::ChurnStatus
    bool stageSetByHand = false;

    [[nodiscard]] std::optional<core::Date> reachedOn(std::size_t stage) const {
        const auto days = stage > 0 && stage < core::kLadderStages ? reachedOnDays[stage - 1] : kNever;
        return days == kNever ? std::nullopt : std::optional(core::Date::fromDays(days));
    }
};

/**
 * One finished analysis run, shared read-only by every page: what the dashboard, the charts, their lists of
 * customers and the card show, and no more. At a million customers the run's profiles, predictions and churn
 * assessments take about a gigabyte; this keeps the reports' aggregates, the first rows of every list a chart
 * can open, and a few facts per customer for the card. The Reports page makes its reports from an analysis of
 * its own, on a worker.
 */
struct AnalysisSnapshot {
    static constexpr std::size_t kBehindRows = 1000;
    static constexpr std::size_t kAtRiskRows = 1000;
    static constexpr std::size_t kDotsPerGroup = 1500;

    /** The aggregates; its per-customer vectors are emptied and churn.atRisk keeps its first kAtRiskRows. */
    analytics::BaseAnalysis analysis;
    analytics::BaseAnalysisOptions options;
    std::vector<analytics::RepeatPurchaseBin> fitCheck; // BG/NBD only; empty otherwise
    double seconds = 0;
    std::size_t customers = 0; // analysed
    std::size_t atRisk = 0;    // all of them; analysis.churn.atRisk holds the first

    CustomersBehind ranked;                                  // the ranking, best first
    std::array<CustomersBehind, 5> fourGroups;               // 1..4, by revenue in the window
    std::array<GroupDots, 5> groupDots;                      // 1..4: every n-th member's dot
    std::array<CustomersBehind, core::kLadderStages> stages; // by revenue
    CustomersBehind lost;                                    // by value at stake
    std::unordered_map<std::string, CustomersBehind> lostByReason;
    /** The predicted-value bins' lower edges (the first -infinity when a value is negative); empty without a model. */
    std::vector<double> valueEdges;
    std::vector<std::int64_t> valueCounts;   // customers per bin
    std::vector<CustomersBehind> valueBins;  // by predicted value
    std::vector<CustomersBehind> repeatBins; // fitCheck's bins, by revenue

    std::vector<CardFacts> cards; // in id order
    /** The names of everyone the lists above hold, in id order, their text in one block (see GroupDots). */
    std::vector<std::tuple<core::CustomerId, std::uint32_t, std::uint32_t>> nameIndex; // id, offset, length
    std::string nameText;

    [[nodiscard]] const CardFacts* card(core::CustomerId id) const;
    /** The card's facts in the form the churn wording takes, with analysis.churn (its reason codes). */
    [[nodiscard]] analytics::ChurnAssessment assessment(const CardFacts& facts) const;
    [[nodiscard]] QString name(core::CustomerId id) const;
};

/**
 * Builds the snapshot from a finished run, on the worker: one pass over the profiles and assessments for the
 * lists and the card, then the run's per-customer vectors are freed.
 */
AnalysisSnapshot makeAnalysisSnapshot(analytics::BaseAnalysis&& analysis, const analytics::BaseAnalysisOptions& options,
                                      std::vector<analytics::RepeatPurchaseBin> fitCheck);

} // namespace rapport::ui
