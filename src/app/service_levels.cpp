#include "app/service_levels.h"

#include <algorithm>

namespace rapport::app {

Edit addSuggestedServiceLevels(storage::Repository& repository) {
    const auto existing = repository.serviceLevels();
    Edit edit;
    for (auto suggested : core::suggestedServiceLevels()) {
        const bool taken = std::any_of(existing.begin(), existing.end(),
                                       [&](const auto& summary) { return summary.level.name == suggested.name; });
        if (!taken) {
            edit.add(std::move(suggested));
        }
    }
    return edit;
}

std::unordered_map<core::CustomerId, int> contactIntervalsByLevel(storage::Repository& repository) {
    std::unordered_map<core::ServiceLevelId, int> intervalOf;
    for (const auto& [level, customers] : repository.serviceLevels()) {
        intervalOf[level.id] = level.contactIntervalDays;
    }
    std::unordered_map<core::CustomerId, int> intervals;
    if (intervalOf.empty()) {
        return intervals;
    }
    repository.scanServiceLevelAssignments([&](std::span<const storage::ServiceLevelAssignment> batch) {
        for (const auto& assignment : batch) {
            if (const auto it = intervalOf.find(*assignment.levelId); it != intervalOf.end()) {
                intervals[assignment.customerId] = it->second;
            }
        }
        return true;
    });
    return intervals;
}

} // namespace rapport::app
