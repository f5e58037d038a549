#include "analytics/lifetime_value.h"

#include "analytics/bgnbd.h"
#include "analytics/pareto_nbd.h"
#include "analytics/patterns.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <future>
#include <numeric>
#include <thread>
#include <tuple>

namespace rapport::analytics {

std::optional<PurchaseModel> parsePurchaseModel(std::string_view text) {
    if (text == "bgnbd") {
        return PurchaseModel::BgNbd;
    }
    if (text == "pnbd") {
        return PurchaseModel::ParetoNbd;
    }
    return std::nullopt;
}

std::string_view toString(PurchaseModel model) {
    return model == PurchaseModel::BgNbd ? "bgnbd" : "pnbd";
}

std::array<std::string_view, 4> parameterNames(PurchaseModel model) {
    if (model == PurchaseModel::BgNbd) {
        return {"r", "alpha", "a", "b"};
    }
    return {"r", "alpha", "s", "beta"};
}

PurchaseModelFit fitPurchaseModel(PurchaseModel model, const std::vector<CustomerSummary>& summaries) {
    const auto patterns = collapsePatterns(summaries);
    PurchaseModelFit fit;
    fit.model = model;
    fit.patterns = patterns.size();
    if (model == PurchaseModel::BgNbd) {
        const auto f = fitBgNbd(patterns);
        fit.parameters = {f.parameters.r, f.parameters.alpha, f.parameters.a, f.parameters.b};
        fit.standardErrors = {f.standardErrors.r, f.standardErrors.alpha, f.standardErrors.a, f.standardErrors.b};
        fit.quality = f.quality;
    } else {
        const auto f = fitParetoNbd(patterns);
        fit.parameters = {f.parameters.r, f.parameters.alpha, f.parameters.s, f.parameters.beta};
        fit.standardErrors = {f.standardErrors.r, f.standardErrors.alpha, f.standardErrors.s, f.standardErrors.beta};
        fit.quality = f.quality;
    }
    return fit;
}

double conditionalExpectedPurchases(const PurchaseModelFit& fit, double t, double x, double tx, double T) {
    const auto& p = fit.parameters;
    return fit.model == PurchaseModel::BgNbd
               ? bgnbdConditionalExpectedPurchases({p[0], p[1], p[2], p[3]}, t, x, tx, T)
               : paretoNbdConditionalExpectedPurchases({p[0], p[1], p[2], p[3]}, t, x, tx, T);
}

double probabilityAlive(const PurchaseModelFit& fit, double x, double tx, double T) {
    const auto& p = fit.parameters;
    return fit.model == PurchaseModel::BgNbd ? bgnbdProbabilityAlive({p[0], p[1], p[2], p[3]}, x, tx, T)
                                             : paretoNbdProbabilityAlive({p[0], p[1], p[2], p[3]}, x, tx, T);
}

LifetimeValueResult predictLifetimeValues(const std::vector<CustomerSummary>& summaries,
                                          const LifetimeValueOptions& options) {
    LifetimeValueResult result;
    // The two fits are independent: run the spend model beside the purchase model.
    const auto secondsSince = [](std::chrono::steady_clock::time_point start) {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    const auto start = std::chrono::steady_clock::now();
    auto spend = std::async(std::launch::async, [&] {
        auto fit = fitGammaGamma(summaries);
        result.spendFitSeconds = secondsSince(start);
        return fit;
    });
    result.purchases = fitPurchaseModel(options.model, summaries);
    result.purchaseFitSeconds = secondsSince(start);
    result.spend = spend.get();
    if (!result.purchases.quality.converged) {
        result.problem =
            "purchase model (" + std::string(toString(options.model)) + "): " + result.purchases.quality.message;
        return result;
    }
    result.spendFromObservedMeans = !result.spend.quality.converged;

    const auto predictionStart = std::chrono::steady_clock::now();
    const double unitsPerMonth = (365.2425 / 12.0) / daysPerUnit(options.unit);
    const int horizon = std::max(0, options.horizonMonths);
    std::vector<double> discount(static_cast<std::size_t>(horizon) + 1);
    for (int i = 1; i <= horizon; ++i) {
        discount[static_cast<std::size_t>(i)] = std::pow(1.0 + options.monthlyDiscount, -i);
    }
    // Customers with the same (x, t_x, T) share P(alive) and the expected purchases: compute those once per
    // pattern (a million customers have a few hundred thousand), then only the spend per customer.
    struct Keyed {
        double x, tx, T;
        std::uint32_t index;
    };
    std::vector<Keyed> keyed(summaries.size());
    for (std::uint32_t i = 0; i < keyed.size(); ++i) {
        keyed[i] = {summaries[i].frequency, summaries[i].recency, summaries[i].T, i};
    }
    const auto tied = [](const Keyed& k) { return std::tie(k.x, k.tx, k.T); };
    std::sort(keyed.begin(), keyed.end(), [&](const Keyed& a, const Keyed& b) { return tied(a) < tied(b); });
    std::vector<std::uint32_t> order(keyed.size());
    for (std::size_t i = 0; i < keyed.size(); ++i) {
        order[i] = keyed[i].index;
    }
    // Freed before the values take their memory (a million customers hold 32 MB here); `= {}` would keep it.
    keyed = std::vector<Keyed>();
    const auto key = [&summaries](std::uint32_t i) {
        const auto& s = summaries[i];
        return std::tie(s.frequency, s.recency, s.T);
    };
    result.values.resize(summaries.size());
    // What a customer without a model mean spend is expected to spend per purchase day: the repeat buyers'
    // observed mean, weighted by their repeat purchases (see docs/methodology.md).
    double weightedSpend = 0;
    double repeatPurchases = 0;
    for (const auto& s : summaries) {
        weightedSpend += s.frequency * s.monetary;
        repeatPurchases += s.frequency;
    }
    const double fallbackSpend = repeatPurchases > 0 ? weightedSpend / repeatPurchases : 0.0;
    const auto predictRange = [&](std::size_t begin, std::size_t end) {
        std::size_t k = begin;
        while (k < end) {
            const auto& s = summaries[order[k]];
            const double alive = probabilityAlive(result.purchases, s.frequency, s.recency, s.T);
            double previous = 0;
            double discountedPurchases = 0; // sum of discounted monthly increments: CLV per unit of spend
            for (int i = 1; i <= horizon; ++i) {
                // Pareto/NBD's expectation is P(alive) times a closed form: do not compute P(alive) twelve times.
                const double t = i * unitsPerMonth;
                const auto& q = result.purchases.parameters;
                const double cumulative =
                    result.purchases.model == PurchaseModel::ParetoNbd
                        ? alive * paretoNbdExpectedPurchasesIfAlive({q[0], q[1], q[2], q[3]}, t, s.frequency, s.T)
                        : conditionalExpectedPurchases(result.purchases, t, s.frequency, s.recency, s.T);
                discountedPurchases += (cumulative - previous) * discount[static_cast<std::size_t>(i)];
                previous = cumulative;
            }
            const auto pattern = key(order[k]);
            for (; k < end && key(order[k]) == pattern; ++k) {
                const auto& c = summaries[order[k]];
                PredictedValue v;
                v.probabilityAlive = alive;
                v.expectedPurchases = previous;
                v.expectedSpend =
                    result.spendFromObservedMeans
                        ? (c.frequency > 0 ? c.monetary : fallbackSpend)
                        : gammaGammaExpectedAverageSpend(result.spend.parameters, c.frequency, c.monetary);
                if (!std::isfinite(v.expectedSpend)) {
                    // No model mean (q <= 1): the repeat buyers' observed mean spend per purchase day stands in.
                    v.expectedSpend = fallbackSpend;
                }
                v.clv = v.expectedSpend * discountedPurchases;
                result.values[order[k]] = v;
            }
        }
    };
    // Two ranges that split at a pattern boundary, so no pattern is computed twice.
    const unsigned threads =
        std::max(1u, std::min(options.threads != 0 ? options.threads : std::thread::hardware_concurrency(),
                              static_cast<unsigned>(summaries.size() / 10'000 + 1)));
    std::vector<std::size_t> bounds{0};
    for (unsigned t = 1; t < threads; ++t) {
        std::size_t b = std::max(bounds.back(), summaries.size() * t / threads);
        while (b > 0 && b < order.size() && key(order[b]) == key(order[b - 1])) {
            ++b;
        }
        bounds.push_back(b);
    }
    bounds.push_back(summaries.size());
    std::vector<std::thread> workers;
    for (std::size_t t = 1; t + 1 < bounds.size(); ++t) {
        workers.emplace_back(predictRange, bounds[t], bounds[t + 1]);
    }
    predictRange(bounds[0], bounds[1]);
    for (auto& worker : workers) {
        worker.join();
    }
    result.predictionSeconds = secondsSince(predictionStart);
    return result;
}

} // namespace rapport::analytics
