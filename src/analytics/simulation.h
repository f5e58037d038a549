#pragma once

#include "analytics/lifetime_value.h"

#include <cstdint>
#include <functional>

namespace rapport::analytics {

/**
 * Draws purchase histories from a known model, to check that fits recover its parameters and to make large
 * inputs for benchmarks. Each customer makes a first purchase on a day spread evenly over the cohort window,
 * then repeat purchases at exponential intervals (rate ~ Gamma(r, alpha) per `unit`) until dropping out
 * (BG/NBD: after each purchase with p ~ Beta(a, b); Pareto/NBD: at an exponential time with rate ~ Gamma(s,
 * beta)). Amounts follow Gamma-Gamma (p, q, gamma) in major units. Deterministic for a seed.
 */
struct SimulationSpec {
    PurchaseModel model = PurchaseModel::BgNbd;
    std::array<double, 4> parameters{0.25, 4.0, 0.8, 2.5}; // as parameterNames(model) orders them, per `unit`
    std::array<double, 3> spend{6.0, 4.0, 15.0};
    TimeUnit unit = TimeUnit::Week;
    std::int64_t customers = 1000;
    std::int32_t cohortFirstDay = 0;
    std::int32_t cohortDays = 84;
    std::int32_t observationEndDay = 273;
    std::uint64_t seed = 1;
};

/** Calls `sink(customer index, day, amount in minor units)` for every purchase up to the observation end.
 * Throws std::invalid_argument when a parameter is not positive. */
void simulatePurchases(
    const SimulationSpec& spec,
    const std::function<void(std::int64_t customer, std::int32_t day, std::int64_t amountMinor)>& sink);

} // namespace rapport::analytics
