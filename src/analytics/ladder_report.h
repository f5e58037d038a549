#pragma once

#include "analytics/customer_profile.h"

#include <array>
#include <optional>
#include <vector>

namespace rapport::analytics {

/** How the base stands on the relationship ladder and how it moves up (docs/methodology.md). */
struct LadderReport {
    std::array<std::int64_t, core::kLadderStages> customersPerStage{}; // current stage, overrides included
    std::int64_t setByHand = 0;
    Window window;
    /** Of those at stage s (by the rules) when the window opened, how many stood higher when it closed. */
    std::array<std::int64_t, core::kLadderStages> atStageWhenWindowOpened{};
    std::array<std::int64_t, core::kLadderStages> climbedDuringWindow{};
    /** Median days from reaching stage s to reaching s+1, among those who did; empty where nobody did. */
    std::array<std::optional<double>, core::kLadderStages - 1> medianDaysToNextStage{};
    std::array<std::int64_t, core::kLadderStages - 1> climbsMeasured{};
};

/** The stage the rules gave a customer on a day, replayed from the dates each rung was reached. */
core::LadderStage stageOn(const CustomerProfile& profile, core::Date day);

LadderReport computeLadder(const std::vector<CustomerProfile>& profiles, const Window& window);

} // namespace rapport::analytics
