#pragma once

#include "analytics/maximum_likelihood.h"
#include "analytics/patterns.h"

#include <array>
#include <string>
#include <vector>

namespace rapport::analytics {

/** BG/NBD parameters (Fader, Hardie and Lee 2005): purchase rate ~ Gamma(r, alpha), dropout ~ Beta(a, b). */
struct BgNbdParameters {
    double r = 0;
    double alpha = 0;
    double a = 0;
    double b = 0;
};

/** A maximum-likelihood fit and how far to trust it. */
struct BgNbdFit {
    BgNbdParameters parameters;
    BgNbdParameters standardErrors; // from the inverse Hessian of the log-likelihood (delta method)
    FitQuality quality;
    std::size_t patterns = 0;
    double customers = 0;
};

/**
 * The log-likelihood of one customer with x repeat purchases, the last at t_x, observed for T, computed
 * in log space (log-sum-exp of the two terms) so that large x neither overflows nor underflows.
 */
double bgnbdLogLikelihood(const BgNbdParameters& p, double x, double tx, double T);

/** Sum over weighted patterns and its gradient with respect to (log r, log alpha, log a, log b). */
double bgnbdTotalLogLikelihood(const BgNbdParameters& p, const std::vector<RfmPattern>& patterns,
                               std::array<double, 4>* gradientInLogs);

/**
 * Fits by maximum likelihood over log-parameters with L-BFGS and the analytic gradient. Refuses (converged
 * false, message set) when the data cannot support a fit: fewer than 2 customers or nobody repeating.
 */
BgNbdFit fitBgNbd(const std::vector<RfmPattern>& patterns);

/** P(alive | x, t_x, T); exactly 1 for x = 0 (nobody can have dropped out without a repeat purchase). */
double bgnbdProbabilityAlive(const BgNbdParameters& p, double x, double tx, double T);

/** Expected repeat purchases in the next t units for a customer with history (x, t_x, T). */
double bgnbdConditionalExpectedPurchases(const BgNbdParameters& p, double t, double x, double tx, double T);

/**
 * The same for a customer known to be alive at T: the conditional expectation is this times P(alive). It does not
 * depend on t_x, so customers who share x and T share it.
 */
double bgnbdExpectedPurchasesIfAlive(const BgNbdParameters& p, double t, double x, double T);

} // namespace rapport::analytics
