#pragma once

#include "analytics/maximum_likelihood.h"
#include "analytics/patterns.h"

#include <array>
#include <memory>
#include <vector>

namespace rapport::analytics {

/**
 * Pareto/NBD parameters (Schmittlein, Morrison and Colombo 1987): purchase rate ~ Gamma(r, alpha), dropout
 * rate ~ Gamma(s, beta), dropout at any time rather than only after a purchase.
 */
struct ParetoNbdParameters {
    double r = 0;
    double alpha = 0;
    double s = 0;
    double beta = 0;
};

struct ParetoNbdFit {
    ParetoNbdParameters parameters;
    ParetoNbdParameters standardErrors;
    FitQuality quality;
    std::size_t patterns = 0;
    double customers = 0;
};

/**
 * One customer's log-likelihood, kept in log space throughout: the integral over the dropout time is written
 * with 2F1(1, b; c; z), whose terms never grow, so a frequency in the thousands is as safe as one of 2.
 */
double paretoNbdLogLikelihood(const ParetoNbdParameters& p, double x, double tx, double T);

/** Sum over weighted patterns and its gradient with respect to (log r, log alpha, log s, log beta). */
double paretoNbdTotalLogLikelihood(const ParetoNbdParameters& p, const std::vector<RfmPattern>& patterns,
                                   std::array<double, 4>* gradientInLogs);

/** Maximum likelihood as for BG/NBD; refuses when the data cannot support a fit. */
ParetoNbdFit fitParetoNbd(const std::vector<RfmPattern>& patterns);

double paretoNbdProbabilityAlive(const ParetoNbdParameters& p, double x, double tx, double T);

class ParetoNbdPatternCache;

/**
 * P(alive) for many customers under one set of parameters, the same values as paretoNbdProbabilityAlive: asked in
 * order of x, it computes the terms of each x and the integral from each t_x and T once, so a million customers
 * with a few hundred thousand patterns cost a few tens of thousands of series. One per thread: it is not shared.
 */
class ParetoNbdAliveProbabilities {
public:
    explicit ParetoNbdAliveProbabilities(const ParetoNbdParameters& p);
    ~ParetoNbdAliveProbabilities();
    ParetoNbdAliveProbabilities(const ParetoNbdAliveProbabilities&) = delete;
    ParetoNbdAliveProbabilities& operator=(const ParetoNbdAliveProbabilities&) = delete;

    double operator()(double x, double tx, double T);

private:
    std::unique_ptr<ParetoNbdPatternCache> m_cache;
};

/** Expected purchases in the next t units for a customer with history (x, t_x, T). */
double paretoNbdConditionalExpectedPurchases(const ParetoNbdParameters& p, double t, double x, double tx, double T);

/** The same for a customer known to be alive at T: the conditional expectation is this times P(alive). */
double paretoNbdExpectedPurchasesIfAlive(const ParetoNbdParameters& p, double t, double x, double T);

} // namespace rapport::analytics
