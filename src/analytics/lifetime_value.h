#pragma once

#include "analytics/customer_summary.h"
#include "analytics/gamma_gamma.h"
#include "analytics/maximum_likelihood.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::analytics {

/** Which model predicts purchases and P(alive). */
enum class PurchaseModel { BgNbd, ParetoNbd };

std::optional<PurchaseModel> parsePurchaseModel(std::string_view text); // "bgnbd", "pnbd"
std::string_view toString(PurchaseModel model);
/** The parameters' usual names: r, alpha, a, b (BG/NBD) or r, alpha, s, beta (Pareto/NBD). */
std::array<std::string_view, 4> parameterNames(PurchaseModel model);

struct LifetimeValueOptions {
    PurchaseModel model = PurchaseModel::BgNbd;
    TimeUnit unit = TimeUnit::Week; // the unit the summaries were built in
    int horizonMonths = 12;
    double monthlyDiscount = 0.01;
    unsigned threads = 0; // 0: one per core
};

/** A purchase model fitted to the summaries; parameters in the order of parameterNames(). */
struct PurchaseModelFit {
    PurchaseModel model = PurchaseModel::BgNbd;
    std::array<double, 4> parameters{};
    std::array<double, 4> standardErrors{};
    FitQuality quality;
    std::size_t patterns = 0;
};

/** One customer's prediction over the horizon; spend in major units. */
struct PredictedValue {
    double probabilityAlive = 0;
    double expectedPurchases = 0; // repeat purchases within the horizon
    double expectedSpend = 0;     // per purchase (Gamma-Gamma)
    double clv = 0;               // discounted
};

struct LifetimeValueResult {
    PurchaseModelFit purchases;
    GammaGammaFit spend;
    /**
     * In the order of the summaries; empty when a fit failed. analyseBase copies them into BaseAnalysis::byCustomer
     * and empties this: whether a fit failed is in `problem`.
     */
    std::vector<PredictedValue> values;
    /** Empty when the purchase model converged; otherwise why there are no predictions. */
    std::string problem;
    /**
     * The spend model could not be fitted (spend per purchase that barely varies between customers pushes it
     * to infinity): each repeat buyer's own mean spend per purchase day stands in, and the repeat buyers'
     * weighted mean for one-time buyers. P(alive) and expected purchases do not depend on it.
     */
    bool spendFromObservedMeans = false;
    double purchaseFitSeconds = 0; // where the time went, for --verbose and benchmarks
    double spendFitSeconds = 0;
    double predictionSeconds = 0;
};

/**
 * Fits the purchase model and the spend model (at the same time, on two threads) and predicts each
 * customer's value: CLV = sum over months i = 1..H of E(spend) * (E(purchases by month i) - E(by month i-1))
 * / (1 + d)^i. Months are average Gregorian months converted to the summaries' unit. When the purchase model
 * cannot be fitted, `problem` says why and no values are given: a nonsense number is worse than none. When only
 * the spend model cannot, the observed mean spends stand in and `spendFromObservedMeans` says so.
 */
LifetimeValueResult predictLifetimeValues(const std::vector<CustomerSummary>& summaries,
                                          const LifetimeValueOptions& options);

/** Expected purchases in the next t units under a fitted model. */
double conditionalExpectedPurchases(const PurchaseModelFit& fit, double t, double x, double tx, double T);
double probabilityAlive(const PurchaseModelFit& fit, double x, double tx, double T);
/** The same for a customer known to be alive at T; conditionalExpectedPurchases is this times P(alive). */
double expectedPurchasesIfAlive(const PurchaseModelFit& fit, double t, double x, double T);

/** Fits one purchase model on the summaries' distinct patterns. */
PurchaseModelFit fitPurchaseModel(PurchaseModel model, const std::vector<CustomerSummary>& summaries);

} // namespace rapport::analytics
