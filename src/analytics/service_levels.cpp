#include "analytics/service_levels.h"

#include "analytics/customer_scores.h"

#include <algorithm>

namespace rapport::analytics {

double percentileBelow(std::span<const double> sorted, double value) {
    const auto below = std::lower_bound(sorted.begin(), sorted.end(), value) - sorted.begin();
    return 100.0 * static_cast<double>(below) / static_cast<double>(sorted.size());
}

std::vector<double> belowPercentiles(const std::vector<double>& values) {
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    std::vector<double> percentiles;
    percentiles.reserve(values.size());
    for (const double value : values) {
        percentiles.push_back(percentileBelow(sorted, value));
    }
    return percentiles;
}

std::vector<storage::ServiceLevelAssignment> assignServiceLevels(const BaseAnalysis& analysis,
                                                                 std::span<const core::ServiceLevel> levels) {
    std::vector<const core::ServiceLevel*> byRank;
    byRank.reserve(levels.size());
    for (const auto& level : levels) {
        byRank.push_back(&level);
    }
    std::stable_sort(byRank.begin(), byRank.end(), [](const auto* a, const auto* b) { return a->rank < b->rank; });

    // Each customer's facts are put together as their level is chosen, not kept for everyone first (40 bytes a
    // customer, with the percentiles' copies 71 MB at a million: the app's largest moment before the store). What
    // must be gathered from other orders is kept by the profile's position: the ABC class and the four group.
    const auto& profiles = analysis.profiles;
    const auto abcClass = [&] {
        ByProfilePosition classes(analysis);
        for (const auto& ranked : analysis.ranking.ranked) {
            classes.add(ranked.id, static_cast<std::uint8_t>(ranked.abcClass));
        }
        return classes.place();
    }();
    const auto groups = fourGroupsByProfile(analysis);
    // A predicted value's percentile is among all of this run's predicted values.
    std::vector<double> sortedValues;
    sortedValues.reserve(analysis.byCustomer.size());
    for (const auto& [id, prediction] : analysis.byCustomer) {
        sortedValues.push_back(prediction.clv);
    }
    std::sort(sortedValues.begin(), sortedValues.end());
    AssessmentCursor churn(analysis);

    std::vector<storage::ServiceLevelAssignment> assignments;
    assignments.reserve(profiles.size());
    for (std::size_t i = 0; i < profiles.size(); ++i) {
        core::LevelFacts facts;
        facts.abcClass = static_cast<char>(abcClass[i]);
        facts.fourGroup = groups[i];
        facts.stage = profiles[i].stage;
        if (const auto* assessment = churn.find(profiles[i].id)) {
            facts.churnStatus = assessment->status;
        }
        if (const auto* prediction = findPrediction(analysis.byCustomer, profiles[i].id)) {
            facts.valuePercentile = percentileBelow(sortedValues, prediction->clv);
        }
        storage::ServiceLevelAssignment assignment{profiles[i].id, std::nullopt};
        for (const auto* level : byRank) {
            if (core::meets(level->rule, facts)) {
                assignment.levelId = level->id;
                break;
            }
        }
        assignments.push_back(assignment);
    }
    return assignments;
}

} // namespace rapport::analytics
