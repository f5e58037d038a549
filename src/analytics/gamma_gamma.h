#pragma once

#include "analytics/customer_summary.h"
#include "analytics/maximum_likelihood.h"

#include <string>
#include <vector>

namespace rapport::analytics {

/**
 * Gamma-Gamma spend model (Fader, Hardie and Lee 2005, "RFM and CLV"): a customer's purchase amounts are
 * Gamma(p, ν) around a customer-level ν ~ Gamma(q, γ). Fitted on repeat buyers (x > 0) and their mean
 * repeat-purchase amount; it assumes spend does not depend on purchase frequency.
 */
struct GammaGammaParameters {
    double p = 0;
    double q = 0;
    double gamma = 0;
};

struct GammaGammaFit {
    GammaGammaParameters parameters;
    GammaGammaParameters standardErrors;
    FitQuality quality;
    std::size_t customers = 0; // repeat buyers with a positive mean amount
};

/** Fits on the summaries' repeat buyers; refuses (converged false, message set) below two of them. */
GammaGammaFit fitGammaGamma(const std::vector<CustomerSummary>& summaries);

/**
 * E[mean amount | x, m]; for x = 0 the population mean p γ / (q - 1). NaN where it does not exist: a fitted
 * q <= 1 (a spend distribution without a mean) and p x + q - 1 <= 0, e.g. every one-time buyer.
 */
double gammaGammaExpectedAverageSpend(const GammaGammaParameters& parameters, double x, double monetary);

} // namespace rapport::analytics
