#include "analytics/service_levels.h"

#include <algorithm>
#include <unordered_map>

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

    std::unordered_map<core::CustomerId, core::LevelFacts> facts;
    facts.reserve(analysis.profiles.size());
    for (const auto& profile : analysis.profiles) {
        facts[profile.id].stage = profile.stage;
    }
    for (const auto& ranked : analysis.ranking.ranked) {
        if (const auto it = facts.find(ranked.id); it != facts.end()) {
            it->second.abcClass = ranked.abcClass;
        }
    }
    for (int g = 1; g <= 4; ++g) {
        for (const auto id : analysis.fourGroups.groups[static_cast<std::size_t>(g)].members) {
            if (const auto it = facts.find(id); it != facts.end()) {
                it->second.fourGroup = g;
            }
        }
    }
    for (const auto& assessment : analysis.churn.assessments) {
        if (const auto it = facts.find(assessment.id); it != facts.end()) {
            it->second.churnStatus = assessment.status;
        }
    }
    std::vector<core::CustomerId> valued;
    std::vector<double> values;
    valued.reserve(analysis.byCustomer.size());
    values.reserve(analysis.byCustomer.size());
    for (const auto& [id, prediction] : analysis.byCustomer) {
        valued.push_back(id);
        values.push_back(prediction.clv);
    }
    const auto percentiles = belowPercentiles(values);
    for (std::size_t i = 0; i < valued.size(); ++i) {
        if (const auto it = facts.find(valued[i]); it != facts.end()) {
            it->second.valuePercentile = percentiles[i];
        }
    }

    std::vector<storage::ServiceLevelAssignment> assignments;
    assignments.reserve(analysis.profiles.size());
    for (const auto& profile : analysis.profiles) {
        const auto& customerFacts = facts.at(profile.id);
        storage::ServiceLevelAssignment assignment{profile.id, std::nullopt};
        for (const auto* level : byRank) {
            if (core::meets(level->rule, customerFacts)) {
                assignment.levelId = level->id;
                break;
            }
        }
        assignments.push_back(assignment);
    }
    return assignments;
}

} // namespace rapport::analytics
