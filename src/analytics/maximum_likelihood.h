#pragma once

#include "analytics/patterns.h"

#include <array>
#include <functional>
#include <string>
#include <vector>

namespace rapport::analytics {

/**
 * A model's total log-likelihood at positive parameters; when gradient is given, also fills the derivative
 * with respect to each parameter (not its logarithm).
 */
using LogLikelihood = std::function<double(const std::vector<double>& parameters, std::vector<double>* gradient)>;

/**
 * The optimiser keeps every log-parameter within [-kLogParameterBound, kLogParameterBound] so that exp() stays
 * finite; a parameter that ends there was stopped by the bound, not by the data (see assessFits).
 */
inline constexpr double kLogParameterBound = 30.0;

/** How a fit went and how far to trust it; every model's fit reports this. */
struct FitQuality {
    double logLikelihood = 0;
    double gradientNorm = 0; // of the log-likelihood with respect to the log-parameters, at the optimum
    bool converged = false;  // judged by the gradient norm, not by the optimiser's flag
    int evaluations = 0;
    std::string message; // why the fit cannot be trusted, when it cannot
};

struct MaximumLikelihoodFit {
    std::vector<double> parameters;
    std::vector<double> standardErrors; // NaN where the Hessian does not give one
    FitQuality quality;
};

/**
 * Maximises a log-likelihood over the logarithms of its parameters (so they stay positive) with NLopt's
 * L-BFGS and the analytic gradient, starting from `start`. Convergence is judged by the gradient norm of the
 * mean log-likelihood (below 1e-6), not by the optimiser's flag, which reports failure when precision runs
 * out at a true optimum. Standard errors come from the inverse Hessian in log-parameters (central differences
 * of the analytic gradient), carried to the parameters by the delta method.
 */
MaximumLikelihoodFit maximiseLogLikelihood(const LogLikelihood& logLikelihood, std::vector<double> start,
                                           double observations);

/** A purchase model's total log-likelihood over patterns, with its gradient in the log-parameters. */
using PatternLogLikelihood =
    std::function<double(const std::array<double, 4>& parameters, std::array<double, 4>* gradientInLogs)>;

struct PatternFit {
    std::array<double, 4> parameters{};
    std::array<double, 4> standardErrors{};
    FitQuality quality;
    double customers = 0;
};

/**
 * Fits a four-parameter purchase model (BG/NBD, Pareto/NBD) on weighted patterns from (1, 1, 1, 1). Refuses,
 * with a message naming `model`, when the data cannot support a fit: fewer than two customers or nobody
 * with a repeat purchase.
 */
PatternFit fitOnPatterns(std::string_view model, const std::vector<RfmPattern>& patterns,
                         const PatternLogLikelihood& logLikelihood);

/** A pattern fit in a model's own result type (BgNbdFit, ParetoNbdFit: four named parameters each). */
template <typename ModelFit> ModelFit toModelFit(const PatternFit& pattern, std::size_t patterns) {
    const auto& v = pattern.parameters;
    const auto& e = pattern.standardErrors;
    ModelFit fit;
    fit.parameters = {v[0], v[1], v[2], v[3]};
    fit.standardErrors = {e[0], e[1], e[2], e[3]};
    fit.quality = pattern.quality;
    fit.patterns = patterns;
    fit.customers = pattern.customers;
    return fit;
}

} // namespace rapport::analytics
