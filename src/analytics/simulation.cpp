#include "analytics/simulation.h"

#include <cmath>
#include <random>
#include <stdexcept>

namespace rapport::analytics {

void simulatePurchases(const SimulationSpec& spec,
                       const std::function<void(std::int64_t, std::int32_t, std::int64_t)>& sink) {
    for (const double parameter : spec.parameters) {
        if (!(parameter > 0)) {
            throw std::invalid_argument("simulation: every model parameter must be positive");
        }
    }
    for (const double parameter : spec.spend) {
        if (!(parameter > 0)) {
            throw std::invalid_argument("simulation: every spend parameter must be positive");
        }
    }
    std::mt19937_64 random(spec.seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const auto [r, alpha, third, fourth] = spec.parameters;
    const auto [p, q, gamma] = spec.spend;
    std::gamma_distribution<double> rate(r, 1.0 / alpha);
    std::gamma_distribution<double> spendScale(q, 1.0 / gamma); // ν: the customer's rate of the amount Gamma
    const double unitDays = daysPerUnit(spec.unit);
    const auto beta = [&](double shapeA, double shapeB) {
        const double u = std::gamma_distribution<double>(shapeA, 1.0)(random);
        const double v = std::gamma_distribution<double>(shapeB, 1.0)(random);
        return u / (u + v);
    };
    for (std::int64_t customer = 0; customer < spec.customers; ++customer) {
        const double first = spec.cohortFirstDay + uniform(random) * spec.cohortDays;
        const double lambda = rate(random);
        const double nu = spendScale(random);
        std::gamma_distribution<double> amount(p, 1.0 / nu);
        const auto emit = [&](double dayValue) {
            const double dollars = amount(random);
            sink(customer, static_cast<std::int32_t>(std::floor(dayValue)), std::llround(dollars * 100.0));
        };
        emit(first);
        double dropDay = INFINITY;
        double dropProbability = 0;
        if (spec.model == PurchaseModel::ParetoNbd) {
            const double mu = std::gamma_distribution<double>(third, 1.0 / fourth)(random);
            dropDay = first + std::exponential_distribution<double>(mu)(random) * unitDays;
        } else {
            dropProbability = beta(third, fourth);
        }
        std::exponential_distribution<double> gap(lambda);
        double day = first;
        while (true) {
            day += gap(random) * unitDays;
            if (day >= spec.observationEndDay + 1 || day >= dropDay) {
                break;
            }
            emit(day);
            if (spec.model == PurchaseModel::BgNbd && uniform(random) < dropProbability) {
                break; // BG/NBD customers drop out only right after a repeat purchase
            }
        }
    }
}

} // namespace rapport::analytics
