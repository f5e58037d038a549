#include "analytics/maximum_likelihood.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <nlopt.hpp>

namespace rapport::analytics {

namespace {

struct Problem {
    const LogLikelihood* logLikelihood;
    double observations;
    int evaluations = 0;
};

std::vector<double> exponentials(const std::vector<double>& logs) {
    std::vector<double> values(logs.size());
    for (std::size_t i = 0; i < logs.size(); ++i) {
        values[i] = std::exp(logs[i]);
    }
    return values;
}

/** The log-likelihood and its gradient with respect to the log-parameters (d/d log p = p d/dp). */
double inLogs(const LogLikelihood& logLikelihood, const std::vector<double>& logs, std::vector<double>* gradient) {
    const auto values = exponentials(logs);
    const double ll = logLikelihood(values, gradient);
    if (gradient != nullptr) {
        for (std::size_t i = 0; i < values.size(); ++i) {
            (*gradient)[i] *= values[i];
        }
    }
    return ll;
}

/** NLopt minimises: the negative mean log-likelihood, whose scale does not grow with the data. */
double objective(const std::vector<double>& logs, std::vector<double>& gradient, void* data) {
    auto& problem = *static_cast<Problem*>(data);
    ++problem.evaluations;
    std::vector<double> g(logs.size());
    const double ll = inLogs(*problem.logLikelihood, logs, gradient.empty() ? nullptr : &g);
    if (!gradient.empty()) {
        for (std::size_t i = 0; i < logs.size(); ++i) {
            gradient[i] = -g[i] / problem.observations;
        }
    }
    return std::isfinite(ll) ? -ll / problem.observations : std::numeric_limits<double>::max();
}

/** Gauss-Jordan inversion with partial pivoting; false when the matrix is singular. */
bool invert(std::vector<std::vector<double>> m, std::vector<std::vector<double>>& inverse) {
    const std::size_t n = m.size();
    inverse.assign(n, std::vector<double>(n, 0.0));
    for (std::size_t i = 0; i < n; ++i) {
        inverse[i][i] = 1.0;
    }
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t row = col + 1; row < n; ++row) {
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
        for (std::size_t j = 0; j < n; ++j) {
            m[col][j] /= scale;
            inverse[col][j] /= scale;
        }
        for (std::size_t row = 0; row < n; ++row) {
            if (row != col) {
                const double factor = m[row][col];
                for (std::size_t j = 0; j < n; ++j) {
                    m[row][j] -= factor * m[col][j];
                    inverse[row][j] -= factor * inverse[col][j];
                }
            }
        }
    }
    return true;
}

} // namespace

MaximumLikelihoodFit maximiseLogLikelihood(const LogLikelihood& logLikelihood, std::vector<double> start,
                                           double observations) {
    const std::size_t n = start.size();
    MaximumLikelihoodFit fit;
    std::vector<double> logs(n);
    for (std::size_t i = 0; i < n; ++i) {
        logs[i] = std::log(start[i]);
    }
    Problem problem{&logLikelihood, observations};
    nlopt::opt optimiser(nlopt::LD_LBFGS, static_cast<unsigned>(n));
    optimiser.set_min_objective(objective, &problem);
    optimiser.set_lower_bounds(std::vector<double>(n, -kLogParameterBound)); // keeps exp() of the parameters finite
    optimiser.set_upper_bounds(std::vector<double>(n, kLogParameterBound));
    optimiser.set_ftol_rel(1e-15);
    optimiser.set_xtol_rel(1e-12);
    optimiser.set_maxeval(5000);
    double minimum = 0;
    try {
        optimiser.optimize(logs, minimum);
    } catch (const nlopt::roundoff_limited&) {
        // Precision ran out near the optimum; the gradient below says whether it is one.
    } catch (const std::exception& error) {
        fit.quality.message = std::string("the optimiser stopped: ") + error.what();
    }
    fit.quality.evaluations = problem.evaluations;
    fit.parameters = exponentials(logs);
    std::vector<double> gradient(n);
    fit.quality.logLikelihood = inLogs(logLikelihood, logs, &gradient);
    double norm = 0;
    for (double g : gradient) {
        norm += g * g;
    }
    fit.quality.gradientNorm = std::sqrt(norm);
    fit.quality.converged = std::isfinite(fit.quality.logLikelihood) && fit.quality.gradientNorm / observations < 1e-6;
    if (!fit.quality.converged && fit.quality.message.empty()) {
        fit.quality.message = "no optimum found: the gradient norm is " + std::to_string(fit.quality.gradientNorm);
    }

    std::vector<std::vector<double>> hessian(n, std::vector<double>(n, 0.0));
    const double h = 1e-5;
    for (std::size_t j = 0; j < n; ++j) {
        auto up = logs;
        auto down = logs;
        up[j] += h;
        down[j] -= h;
        std::vector<double> gUp(n);
        std::vector<double> gDown(n);
        inLogs(logLikelihood, up, &gUp);
        inLogs(logLikelihood, down, &gDown);
        for (std::size_t i = 0; i < n; ++i) {
            hessian[i][j] = -(gUp[i] - gDown[i]) / (2 * h); // of the negative log-likelihood
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            hessian[i][j] = hessian[j][i] = 0.5 * (hessian[i][j] + hessian[j][i]);
        }
    }
    fit.standardErrors.assign(n, std::numeric_limits<double>::quiet_NaN());
    std::vector<std::vector<double>> covariance;
    if (invert(hessian, covariance)) {
        for (std::size_t i = 0; i < n; ++i) {
            if (covariance[i][i] > 0) {
                fit.standardErrors[i] = fit.parameters[i] * std::sqrt(covariance[i][i]);
            }
        }
    }
    return fit;
}

PatternFit fitOnPatterns(std::string_view model, const std::vector<RfmPattern>& patterns,
                         const PatternLogLikelihood& logLikelihood) {
    PatternFit fit;
    double repeaters = 0;
    for (const auto& p : patterns) {
        fit.customers += p.weight;
        repeaters += p.x > 0 ? p.weight : 0.0;
    }
    if (fit.customers < 2 || repeaters < 1) {
        fit.quality.message = "the data cannot support a " + std::string(model) +
                              " fit: " + std::to_string(static_cast<long long>(fit.customers)) + " customers, " +
                              std::to_string(static_cast<long long>(repeaters)) +
                              " with a repeat purchase (at least one repeat buyer among two or more customers is "
                              "needed)";
        return fit;
    }
    const LogLikelihood inParameters = [&logLikelihood](const std::vector<double>& v, std::vector<double>* gradient) {
        std::array<double, 4> g{};
        const double ll = logLikelihood({v[0], v[1], v[2], v[3]}, gradient ? &g : nullptr);
        if (gradient != nullptr) {
            // The model gives d/d(log p); maximiseLogLikelihood wants d/dp.
            for (std::size_t i = 0; i < 4; ++i) {
                (*gradient)[i] = g[i] / v[i];
            }
        }
        return ll;
    };
    const auto mle = maximiseLogLikelihood(inParameters, {1.0, 1.0, 1.0, 1.0}, fit.customers);
    std::copy_n(mle.parameters.begin(), 4, fit.parameters.begin());
    std::copy_n(mle.standardErrors.begin(), 4, fit.standardErrors.begin());
    fit.quality = mle.quality;
    return fit;
}

} // namespace rapport::analytics
