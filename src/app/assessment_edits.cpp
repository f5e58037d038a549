#include "app/assessment_edits.h"

#include <algorithm>

namespace rapport::app {

Edit addAssessment(core::Assessment assessment) {
    assessment.id = 0;
    core::validate(assessment);
    Edit edit;
    edit.add(std::move(assessment));
    return edit;
}

Edit changeAssessment(core::Assessment before, core::Assessment after) {
    after.id = before.id;
    core::validate(after);
    Edit edit;
    edit.replace(std::move(before), std::move(after));
    return edit;
}

Edit removeAssessment(core::Assessment assessment) {
    Edit edit;
    edit.remove(std::move(assessment));
    return edit;
}

std::vector<core::Assessment> latestAssessments(std::span<const core::Assessment> history) {
    std::vector<core::Assessment> latest;
    for (const auto& assessment : history) {
        const bool seen = std::any_of(latest.begin(), latest.end(),
                                      [&](const auto& a) { return a.component == assessment.component; });
        if (!seen) {
            latest.push_back(assessment);
        }
    }
    return latest;
}

} // namespace rapport::app
