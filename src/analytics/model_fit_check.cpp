#include "analytics/model_fit_check.h"

#include "analytics/log_gamma.h"

#include <algorithm>
#include <cmath>

namespace rapport::analytics {

namespace {

double logBeta(double x, double y) {
    return logGamma(x) + logGamma(y) - logGamma(x + y);
}

constexpr double kDaysPerMonth = 365.2425 / 12.0;

} // namespace

double bgnbdProbabilityOfPurchases(const BgNbdParameters& p, double t, int x) {
    if (x < 0) {
        return 0;
    }
    const double logStay = p.r * std::log(p.alpha / (p.alpha + t)); // log (alpha/(alpha+t))^r
    const double logRate = t > 0 ? std::log(t / (p.alpha + t)) : -INFINITY;
    const double logBetaAB = logBeta(p.a, p.b);
    // The NBD term for j purchases: Gamma(r+j) / (Gamma(r) j!) (alpha/(alpha+t))^r (t/(alpha+t))^j.
    const auto logNbd = [&](int j) {
        const double power = j == 0 ? 0.0 : j * logRate;
        return logGamma(p.r + j) - logGamma(p.r) - logGamma(j + 1.0) + logStay + power;
    };
    double probability = std::exp(logBeta(p.a, p.b + x) - logBetaAB + logNbd(x));
    if (x > 0) {
        double below = 0;
        for (int j = 0; j < x; ++j) {
            below += std::exp(logNbd(j));
        }
        probability += std::exp(logBeta(p.a + 1, p.b + x - 1) - logBetaAB) * std::max(0.0, 1.0 - below);
    }
    return probability;
}

std::vector<RepeatPurchaseBin> repeatPurchaseCheck(const std::vector<CustomerProfile>& profiles,
                                                   const BgNbdParameters& p, core::Date until, int bins) {
    bins = std::max(bins, 2);
    std::vector<RepeatPurchaseBin> result(static_cast<std::size_t>(bins));
    for (int x = 0; x < bins; ++x) {
        result[static_cast<std::size_t>(x)].repeatPurchases = x;
    }
    // Customers with the same time since their first purchase share the model's distribution: group by day.
    std::vector<std::int64_t> customersByAge;
    for (const auto& profile : profiles) {
        if (!profile.firstPurchase || profile.purchaseDays < 1 || *profile.firstPurchase > until) {
            continue;
        }
        const auto x = std::min(profile.purchaseDays - 1, bins - 1);
        ++result[static_cast<std::size_t>(x)].actual;
        const auto age = static_cast<std::size_t>(profile.firstPurchase->daysUntil(until));
        if (customersByAge.size() <= age) {
            customersByAge.resize(age + 1, 0);
        }
        ++customersByAge[age];
    }
    for (std::size_t age = 0; age < customersByAge.size(); ++age) {
        if (customersByAge[age] == 0) {
            continue;
        }
        const double t = static_cast<double>(age) / kDaysPerMonth;
        double below = 0;
        for (int x = 0; x + 1 < bins; ++x) {
            const double probability = bgnbdProbabilityOfPurchases(p, t, x);
            result[static_cast<std::size_t>(x)].expected += probability * static_cast<double>(customersByAge[age]);
            below += probability;
        }
        result.back().expected += std::max(0.0, 1.0 - below) * static_cast<double>(customersByAge[age]);
    }
    return result;
}

} // namespace rapport::analytics
