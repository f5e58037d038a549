#include "analytics/service_levels.h"

#include "analytics/customer_scores.h"

#include <algorithm>

namespace rapport::analytics {

std::vector<double> belowPercentiles(const std::vector<double>& values) {
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    std::vector<double> percentiles;
    percentiles.reserve(values.size());
    const auto n = static_cast<double>(values.size());
    for (const double value : values) {
        const auto below = std::lower_bound(sorted.begin(), sorted.end(), value) - sorted.begin();
        percentiles.push_back(100.0 * static_cast<double>(below) / n);
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

    std::vector<core::LevelFacts> facts(analysis.profiles.size());
    // Each customer's facts by the profile's position, not in a hash map by id (a million nodes took about 90 MB).
    const auto& profiles = analysis.profiles;
    const auto position = [&](core::CustomerId id) -> core::LevelFacts* {
        const auto* profile = findProfile(analysis, id);
        return profile != nullptr ? &facts[static_cast<std::size_t>(profile - profiles.data())] : nullptr;
    };
    const auto groups = fourGroupsByProfile(analysis);
    AssessmentCursor churn(analysis);
    for (std::size_t i = 0; i < profiles.size(); ++i) {
        facts[i].stage = profiles[i].stage;
        facts[i].fourGroup = groups[i];
        if (const auto* assessment = churn.find(profiles[i].id)) {
            facts[i].churnStatus = assessment->status;
        }
    }
    for (const auto& ranked : analysis.ranking.ranked) {
        if (auto* customer = position(ranked.id)) {
            customer->abcClass = ranked.abcClass;
        }
    }
    std::vector<double> values;
    values.reserve(analysis.byCustomer.size());
    for (const auto& [id, prediction] : analysis.byCustomer) {
        values.push_back(prediction.clv);
    }
    const auto percentiles = belowPercentiles(values);
    for (std::size_t i = 0; i < analysis.byCustomer.size(); ++i) {
        if (auto* customer = position(analysis.byCustomer[i].first)) {
            customer->valuePercentile = percentiles[i];
        }
    }

    std::vector<storage::ServiceLevelAssignment> assignments;
    assignments.reserve(analysis.profiles.size());
    for (std::size_t i = 0; i < profiles.size(); ++i) {
        storage::ServiceLevelAssignment assignment{profiles[i].id, std::nullopt};
        for (const auto* level : byRank) {
            if (core::meets(level->rule, facts[i])) {
                assignment.levelId = level->id;
                break;
            }
        }
        assignments.push_back(assignment);
    }
    return assignments;
}

} // namespace rapport::analytics
