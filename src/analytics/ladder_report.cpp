#include "analytics/ladder_report.h"

#include <algorithm>
#include <cstdint>

namespace rapport::analytics {

core::LadderStage stageOn(const CustomerProfile& profile, core::Date day) {
    auto stage = core::LadderStage::Prospect;
    for (std::size_t rung = 1; rung < core::kLadderStages; ++rung) {
        if (profile.reachedOn[rung] && *profile.reachedOn[rung] <= day) {
            stage = static_cast<core::LadderStage>(rung);
        }
    }
    return stage;
}

LadderReport computeLadder(const std::vector<CustomerProfile>& profiles, const Window& window) {
    LadderReport report;
    report.window = window;
    // Whole days in four bytes, not eight: a million customers climb about a million steps between them.
    std::array<std::vector<std::int32_t>, core::kLadderStages - 1> climbDays;
    for (const auto& p : profiles) {
        ++report.customersPerStage[static_cast<std::size_t>(p.stage)];
        report.setByHand += p.stageSetByHand ? 1 : 0;
        const auto before = static_cast<std::size_t>(stageOn(p, window.from));
        const auto after = static_cast<std::size_t>(stageOn(p, window.to));
        ++report.atStageWhenWindowOpened[before];
        report.climbedDuringWindow[before] += after > before ? 1 : 0;
        for (std::size_t step = 1; step + 1 < core::kLadderStages; ++step) {
            if (p.reachedOn[step] && p.reachedOn[step + 1]) {
                climbDays[step].push_back(p.reachedOn[step]->daysUntil(*p.reachedOn[step + 1]));
            }
        }
    }
    for (std::size_t step = 1; step + 1 < core::kLadderStages; ++step) {
        auto& days = climbDays[step];
        report.climbsMeasured[step] = static_cast<std::int64_t>(days.size());
        if (days.empty()) {
            continue;
        }
        std::sort(days.begin(), days.end());
        const std::size_t n = days.size();
        report.medianDaysToNextStage[step] =
            n % 2 == 1 ? static_cast<double>(days[n / 2]) : (static_cast<double>(days[n / 2 - 1]) + days[n / 2]) / 2;
    }
    return report;
}

} // namespace rapport::analytics
