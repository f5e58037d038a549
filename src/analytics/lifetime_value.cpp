#include "analytics/lifetime_value.h"

#include "analytics/bgnbd.h"
#include "analytics/pareto_nbd.h"
#include "analytics/patterns.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <future>
#include <numeric>
#include <optional>
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

double expectedPurchasesIfAlive(const PurchaseModelFit& fit, double t, double x, double T) {
    const auto& p = fit.parameters;
    return fit.model == PurchaseModel::BgNbd ? bgnbdExpectedPurchasesIfAlive({p[0], p[1], p[2], p[3]}, t, x, T)
                                             : paretoNbdExpectedPurchasesIfAlive({p[0], p[1], p[2], p[3]}, t, x, T);
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
    // A customer's expected purchases are P(alive | x, t_x, T) times what one alive at T would make, which
    // depends on x and T alone. Customers are taken in order of (x, T, t_x): the horizon's series run once per
    // (x, T) (a million customers have a few thousand), P(alive) once per pattern (a few hundred thousand), and
    // only the spend per customer.
    struct Keyed {
        double x, T, tx;
        std::uint32_t index;
    };
    std::vector<Keyed> keyed(summaries.size());
    for (std::uint32_t i = 0; i < keyed.size(); ++i) {
        keyed[i] = {summaries[i].frequency, summaries[i].T, summaries[i].recency, i};
    }
    const auto tied = [](const Keyed& k) { return std::tie(k.x, k.T, k.tx); };
    std::sort(keyed.begin(), keyed.end(), [&](const Keyed& a, const Keyed& b) { return tied(a) < tied(b); });
    std::vector<std::uint32_t> order(keyed.size());
    for (std::size_t i = 0; i < keyed.size(); ++i) {
        order[i] = keyed[i].index;
    }
    // Freed before the values take their memory (a million customers hold 32 MB here); `= {}` would keep it.
    keyed = std::vector<Keyed>();
    const auto curveKey = [&summaries](std::uint32_t i) {
        const auto& s = summaries[i];
        return std::tie(s.frequency, s.T);
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
    const auto& q = result.purchases.parameters;
    const auto predictRange = [&](std::size_t begin, std::size_t end) {
        // Pareto/NBD's P(alive) shares its series between customers of one x: one calculator per thread.
        std::optional<ParetoNbdAliveProbabilities> paretoAlive;
        if (result.purchases.model == PurchaseModel::ParetoNbd) {
            paretoAlive.emplace(ParetoNbdParameters{q[0], q[1], q[2], q[3]});
        }
        std::size_t k = begin;
        while (k < end) {
            const auto& first = summaries[order[k]];
            const double x = first.frequency;
            const double T = first.T;
            // For one alive at T: the purchases by the horizon, and their sum discounted month by month (CLV
            // per unit of spend).
            double ifAlive = 0;
            double discountedIfAlive = 0;
            for (int i = 1; i <= horizon; ++i) {
                const double cumulative = expectedPurchasesIfAlive(result.purchases, i * unitsPerMonth, x, T);
                discountedIfAlive += (cumulative - ifAlive) * discount[static_cast<std::size_t>(i)];
                ifAlive = cumulative;
            }
            // Each group takes at least one customer, so a NaN in a summary (never equal to itself) cannot stop
            // the walk.
            const auto curve = curveKey(order[k]);
            std::size_t curveEnd = k + 1;
            while (curveEnd < end && curveKey(order[curveEnd]) == curve) {
                ++curveEnd;
            }
            while (k < curveEnd) {
                const double tx = summaries[order[k]].recency;
                const double alive =
                    paretoAlive ? (*paretoAlive)(x, tx, T) : probabilityAlive(result.purchases, x, tx, T);
                std::size_t patternEnd = k + 1;
                while (patternEnd < curveEnd && summaries[order[patternEnd]].recency == tx) {
                    ++patternEnd;
                }
                for (; k < patternEnd; ++k) {
                    const auto& c = summaries[order[k]];
                    PredictedValue v;
                    v.probabilityAlive = alive;
                    v.expectedPurchases = alive * ifAlive;
                    v.expectedSpend =
                        result.spendFromObservedMeans
                            ? (c.frequency > 0 ? c.monetary : fallbackSpend)
                            : gammaGammaExpectedAverageSpend(result.spend.parameters, c.frequency, c.monetary);
                    if (!std::isfinite(v.expectedSpend)) {
                        // No model mean (q <= 1): the repeat buyers' observed mean spend per purchase day stands in.
                        v.expectedSpend = fallbackSpend;
                    }
                    v.clv = v.expectedSpend * alive * discountedIfAlive;
                    result.values[order[k]] = v;
                }
            }
        }
    };
    // Ranges that split where (x, T) changes, so no horizon is computed twice.
    const unsigned threads =
        std::max(1u, std::min(options.threads != 0 ? options.threads : std::thread::hardware_concurrency(),
                              static_cast<unsigned>(summaries.size() / 10'000 + 1)));
    std::vector<std::size_t> bounds{0};
    for (unsigned t = 1; t < threads; ++t) {
        std::size_t b = std::max(bounds.back(), summaries.size() * t / threads);
        while (b > 0 && b < order.size() && curveKey(order[b]) == curveKey(order[b - 1])) {
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
