#include "analytics/lifetime_value.h"

#include "analytics/bgnbd.h"
#include "analytics/pareto_nbd.h"
#include "analytics/patterns.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <thread>

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
        fit.standardErrors = {f.standardErrors.r, f.standardErrors.alpha, f.standardErrors.s,
                              f.standardErrors.beta};
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
    auto spend = std::async(std::launch::async, [&summaries] { return fitGammaGamma(summaries); });
    result.purchases = fitPurchaseModel(options.model, summaries);
    result.spend = spend.get();
    if (!result.purchases.quality.converged) {
        result.problem = "purchase model (" + std::string(toString(options.model)) +
                         "): " + result.purchases.quality.message;
        return result;
    }
    if (!result.spend.quality.converged) {
        result.problem = "spend model (Gamma-Gamma): " + result.spend.quality.message;
        return result;
    }

    const double unitsPerMonth = (365.2425 / 12.0) / daysPerUnit(options.unit);
    const int horizon = std::max(0, options.horizonMonths);
    std::vector<double> discount(static_cast<std::size_t>(horizon) + 1);
    for (int i = 1; i <= horizon; ++i) {
        discount[static_cast<std::size_t>(i)] = std::pow(1.0 + options.monthlyDiscount, -i);
    }
    result.values.resize(summaries.size());
    const auto predictRange = [&](std::size_t begin, std::size_t end) {
        for (std::size_t k = begin; k < end; ++k) {
            const auto& s = summaries[k];
            PredictedValue v;
            v.probabilityAlive = probabilityAlive(result.purchases, s.frequency, s.recency, s.T);
            v.expectedSpend = gammaGammaExpectedAverageSpend(result.spend.parameters, s.frequency, s.monetary);
            double previous = 0;
            for (int i = 1; i <= horizon; ++i) {
                const double cumulative =
                    conditionalExpectedPurchases(result.purchases, i * unitsPerMonth, s.frequency, s.recency, s.T);
                v.clv += v.expectedSpend * (cumulative - previous) * discount[static_cast<std::size_t>(i)];
                previous = cumulative;
            }
            v.expectedPurchases = previous;
            result.values[k] = v;
        }
    };
    const unsigned threads =
        std::max(1u, std::min(options.threads != 0 ? options.threads : std::thread::hardware_concurrency(),
                              static_cast<unsigned>(summaries.size() / 10'000 + 1)));
    std::vector<std::thread> workers;
    const std::size_t chunk = (summaries.size() + threads - 1) / threads;
    for (unsigned t = 1; t < threads; ++t) {
        workers.emplace_back(predictRange, std::min(summaries.size(), t * chunk),
                             std::min(summaries.size(), (t + 1) * chunk));
    }
    predictRange(0, std::min(summaries.size(), chunk));
    for (auto& worker : workers) {
        worker.join();
    }
    return result;
}

} // namespace rapport::analytics
