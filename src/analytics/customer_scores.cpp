#include "analytics/customer_scores.h"

#include <cmath>
#include <unordered_map>

namespace rapport::analytics {

std::vector<storage::CustomerScore> customerScores(const BaseAnalysis& analysis) {
    std::unordered_map<core::CustomerId, int> group;
    for (int g = 1; g <= 4; ++g) {
        for (const auto id : analysis.fourGroups.groups[static_cast<std::size_t>(g)].members) {
            group[id] = g;
        }
    }
    std::unordered_map<core::CustomerId, ChurnStatus> churn;
    churn.reserve(analysis.churn.assessments.size());
    for (const auto& assessment : analysis.churn.assessments) {
        churn[assessment.id] = assessment.status;
    }

    std::vector<storage::CustomerScore> scores;
    scores.reserve(analysis.profiles.size());
    for (const auto& profile : analysis.profiles) {
        storage::CustomerScore score;
        score.id = profile.id;
        score.stage = profile.stage;
        if (const auto it = group.find(profile.id); it != group.end()) {
            score.fourGroup = it->second;
        }
        if (const auto it = churn.find(profile.id); it != churn.end()) {
            score.churnStatus = it->second;
        }
        if (const auto* prediction = findPrediction(analysis.byCustomer, profile.id)) {
            score.probabilityAlive = prediction->probabilityAlive;
            score.predictedValue = core::Money::fromMinor(std::llround(prediction->clv * 100.0));
        }
        scores.push_back(score);
    }
    return scores;
}

} // namespace rapport::analytics
