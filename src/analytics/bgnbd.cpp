#include "analytics/bgnbd.h"

#include <algorithm>
#include <boost/math/special_functions/digamma.hpp>
#include <cmath>
#include <limits>
#include <nlopt.hpp>

namespace rapport::analytics {

namespace {

using boost::math::digamma;

double logSumExp(double u, double v) {
    const double m = std::max(u, v);
    if (m == -std::numeric_limits<double>::infinity()) {
        return m;
    }
    return m + std::log(std::exp(u - m) + std::exp(v - m));
}

BgNbdParameters fromLogs(const std::vector<double>& logs) {
    return {std::exp(logs[0]), std::exp(logs[1]), std::exp(logs[2]), std::exp(logs[3])};
}

/** One pattern's log-likelihood and its gradient with respect to (r, alpha, a, b). */
double termWithGradient(const BgNbdParameters& p, double x, double tx, double T, std::array<double, 4>* gradient) {
    const auto [r, alpha, a, b] = p;
    const double A1 = std::lgamma(r + x) - std::lgamma(r) + r * std::log(alpha);
    const double A2 = std::lgamma(a + b) + std::lgamma(b + x) - std::lgamma(b) - std::lgamma(a + b + x);
    const double A3 = -(r + x) * std::log(alpha + T);
    const double A4 = x > 0 ? std::log(a) - std::log(b + x - 1) - (r + x) * std::log(alpha + tx)
                            : -std::numeric_limits<double>::infinity();
    const double L = logSumExp(A3, A4);
    if (gradient != nullptr) {
        // The log-sum-exp's derivative weighs the two terms by their shares.
        const double w3 = std::exp(A3 - L);
        const double w4 = x > 0 ? std::exp(A4 - L) : 0.0;
        const double dAlphaT = -(r + x) / (alpha + T);
        const double dAlphaTx = x > 0 ? -(r + x) / (alpha + tx) : 0.0;
        (*gradient)[0] = digamma(r + x) - digamma(r) + std::log(alpha) + w3 * -std::log(alpha + T) +
                         (x > 0 ? w4 * -std::log(alpha + tx) : 0.0);
        (*gradient)[1] = r / alpha + w3 * dAlphaT + w4 * dAlphaTx;
        (*gradient)[2] = digamma(a + b) - digamma(a + b + x) + (x > 0 ? w4 / a : 0.0);
        (*gradient)[3] =
            digamma(a + b) + digamma(b + x) - digamma(b) - digamma(a + b + x) + (x > 0 ? w4 * -1.0 / (b + x - 1) : 0.0);
    }
    return A1 + A2 + L;
}

struct Problem {
    const std::vector<RfmPattern>* patterns;
    double customers;
    int evaluations = 0;
};

/** NLopt's objective: the negative mean log-likelihood over log-parameters (the mean keeps it well scaled). */
double objective(const std::vector<double>& logs, std::vector<double>& gradient, void* data) {
    auto& problem = *static_cast<Problem*>(data);
    ++problem.evaluations;
    std::array<double, 4> g{};
    const double ll = bgnbdTotalLogLikelihood(fromLogs(logs), *problem.patterns, gradient.empty() ? nullptr : &g);
    if (!gradient.empty()) {
        for (std::size_t i = 0; i < 4; ++i) {
            gradient[i] = -g[i] / problem.customers;
        }
    }
    return std::isfinite(ll) ? -ll / problem.customers : std::numeric_limits<double>::max();
}

/** Gauss's 2F1(a, b; c; z) for 0 <= z < 1 by its series, summed until the terms stop mattering. */
double hypergeometric2F1(double a, double b, double c, double z) {
    double term = 1.0;
    double sum = 1.0;
    for (int k = 0; k < 100'000; ++k) {
        term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
        sum += term;
        if (std::abs(term) < 1e-15 * std::abs(sum)) {
            break;
        }
    }
    return sum;
}

/** Inverts a symmetric 4x4 matrix by Gauss-Jordan; false when it is singular. */
bool invert4(std::array<std::array<double, 4>, 4> m, std::array<std::array<double, 4>, 4>& inverse) {
    for (std::size_t i = 0; i < 4; ++i) {
        for (std::size_t j = 0; j < 4; ++j) {
            inverse[i][j] = i == j ? 1.0 : 0.0;
        }
    }
    for (std::size_t col = 0; col < 4; ++col) {
        std::size_t pivot = col;
        for (std::size_t row = col + 1; row < 4; ++row) {
            if (std::abs(m[row][col]) > std::abs(m[pivot][col])) {
                pivot = row;
            }
        }
        if (std::abs(m[pivot][col]) < 1e-300) {
            return false;
        }
        std::swap(m[pivot], m[col]);
        std::swap(inverse[pivot], inverse[col]);
        const double scale = m[col][col];
        for (std::size_t j = 0; j < 4; ++j) {
            m[col][j] /= scale;
            inverse[col][j] /= scale;
        }
        for (std::size_t row = 0; row < 4; ++row) {
            if (row != col) {
                const double factor = m[row][col];
                for (std::size_t j = 0; j < 4; ++j) {
                    m[row][j] -= factor * m[col][j];
                    inverse[row][j] -= factor * inverse[col][j];
                }
            }
        }
    }
    return true;
}

} // namespace

double bgnbdLogLikelihood(const BgNbdParameters& p, double x, double tx, double T) {
    return termWithGradient(p, x, tx, T, nullptr);
}

double bgnbdTotalLogLikelihood(const BgNbdParameters& p, const std::vector<RfmPattern>& patterns,
                               std::array<double, 4>* gradientInLogs) {
    double total = 0;
    std::array<double, 4> sum{};
    std::array<double, 4> g{};
    for (const auto& pattern : patterns) {
        total += pattern.weight * termWithGradient(p, pattern.x, pattern.tx, pattern.T, gradientInLogs ? &g : nullptr);
        if (gradientInLogs != nullptr) {
            for (std::size_t i = 0; i < 4; ++i) {
                sum[i] += pattern.weight * g[i];
            }
        }
    }
    if (gradientInLogs != nullptr) {
        // d/d(log p) = p * d/dp
        const std::array<double, 4> values{p.r, p.alpha, p.a, p.b};
        for (std::size_t i = 0; i < 4; ++i) {
            (*gradientInLogs)[i] = sum[i] * values[i];
        }
    }
    return total;
}

BgNbdFit fitBgNbd(const std::vector<RfmPattern>& patterns) {
    BgNbdFit fit;
    fit.patterns = patterns.size();
    double repeaters = 0;
    for (const auto& p : patterns) {
        fit.customers += p.weight;
        repeaters += p.x > 0 ? p.weight : 0.0;
    }
    if (fit.customers < 2 || repeaters < 1) {
        fit.message = "the data cannot support a BG/NBD fit: " + std::to_string(static_cast<long long>(fit.customers)) +
                      " customers, " + std::to_string(static_cast<long long>(repeaters)) +
                      " with a repeat purchase (at least one repeat buyer among two or more customers is needed)";
        return fit;
    }
    Problem problem{&patterns, fit.customers};
    nlopt::opt optimiser(nlopt::LD_LBFGS, 4);
    optimiser.set_min_objective(objective, &problem);
    optimiser.set_lower_bounds(std::vector<double>(4, -30.0)); // keeps exp() of the parameters finite
    optimiser.set_upper_bounds(std::vector<double>(4, 30.0));
    optimiser.set_ftol_rel(1e-15);
    optimiser.set_xtol_rel(1e-12);
    optimiser.set_maxeval(5000);
    std::vector<double> logs(4, 0.0); // start at r = alpha = a = b = 1
    double minimum = 0;
    try {
        optimiser.optimize(logs, minimum);
    } catch (const nlopt::roundoff_limited&) {
        // Precision ran out near the optimum; the gradient below says whether it is one.
    } catch (const std::exception& error) {
        fit.message = std::string("the optimiser stopped: ") + error.what();
    }
    fit.evaluations = problem.evaluations;
    fit.parameters = fromLogs(logs);
    std::array<double, 4> gradient{};
    fit.logLikelihood = bgnbdTotalLogLikelihood(fit.parameters, patterns, &gradient);
    double norm = 0;
    for (double g : gradient) {
        norm += g * g;
    }
    fit.gradientNorm = std::sqrt(norm);
    // Converged when the gradient of the mean log-likelihood vanishes to working precision.
    fit.converged = std::isfinite(fit.logLikelihood) && fit.gradientNorm / fit.customers < 1e-6;
    if (!fit.converged && fit.message.empty()) {
        fit.message = "no optimum found: the gradient norm is " + std::to_string(fit.gradientNorm);
    }

    // Standard errors: the Hessian in log-parameters by central differences of the analytic gradient,
    // inverted, then carried to the parameters by the delta method (SE(p) = p * SE(log p)).
    std::array<std::array<double, 4>, 4> hessian{};
    const double h = 1e-5;
    for (std::size_t j = 0; j < 4; ++j) {
        auto up = logs;
        auto down = logs;
        up[j] += h;
        down[j] -= h;
        std::array<double, 4> gUp{};
        std::array<double, 4> gDown{};
        bgnbdTotalLogLikelihood(fromLogs(up), patterns, &gUp);
        bgnbdTotalLogLikelihood(fromLogs(down), patterns, &gDown);
        for (std::size_t i = 0; i < 4; ++i) {
            hessian[i][j] = -(gUp[i] - gDown[i]) / (2 * h); // of the negative log-likelihood
        }
    }
    for (std::size_t i = 0; i < 4; ++i) {
        for (std::size_t j = i + 1; j < 4; ++j) {
            hessian[i][j] = hessian[j][i] = 0.5 * (hessian[i][j] + hessian[j][i]);
        }
    }
    std::array<std::array<double, 4>, 4> covariance{};
    if (invert4(hessian, covariance)) {
        const std::array<double, 4> values{fit.parameters.r, fit.parameters.alpha, fit.parameters.a, fit.parameters.b};
        std::array<double, 4> se{};
        for (std::size_t i = 0; i < 4; ++i) {
            se[i] = covariance[i][i] > 0 ? values[i] * std::sqrt(covariance[i][i])
                                         : std::numeric_limits<double>::quiet_NaN();
        }
        fit.standardErrors = {se[0], se[1], se[2], se[3]};
    }
    return fit;
}

double bgnbdProbabilityAlive(const BgNbdParameters& p, double x, double tx, double T) {
    if (x <= 0) {
        return 1.0;
    }
    // log of a/(b+x-1) * ((alpha+T)/(alpha+t_x))^(r+x); exp() of a large value is +inf, and 1/(1+inf) is 0.
    const double logOdds =
        std::log(p.a) - std::log(p.b + x - 1) + (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + tx));
    return logOdds > 700 ? 0.0 : 1.0 / (1.0 + std::exp(logOdds));
}

double bgnbdConditionalExpectedPurchases(const BgNbdParameters& p, double t, double x, double tx, double T) {
    const auto [r, alpha, a, b] = p;
    const double z = t / (alpha + T + t);
    const double scale = std::exp((r + x) * (std::log(alpha + T) - std::log(alpha + T + t)));
    const double numerator =
        (a + b + x - 1) / (a - 1) * (1.0 - scale * hypergeometric2F1(r + x, b + x, a + b + x - 1, z));
    if (x <= 0) {
        return numerator;
    }
    const double logOdds = std::log(a) - std::log(b + x - 1) + (r + x) * (std::log(alpha + T) - std::log(alpha + tx));
    return logOdds > 700 ? 0.0 : numerator / (1.0 + std::exp(logOdds));
}

} // namespace rapport::analytics
