#include "analytics/pareto_nbd.h"

#include "analytics/hypergeometric.h"
#include "analytics/log_gamma.h"
#include "analytics/parallel_sum.h"

#include <boost/math/special_functions/digamma.hpp>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace rapport::analytics {

namespace {

using Gradient = std::array<double, 4>; // by (r, alpha, s, beta)

/**
 * log I(t), where I(t) / (r+s+x) is the integral from t to infinity of (alpha+τ)^-(r+x) (beta+τ)^-(s+1) dτ,
 * and its gradient. Of the two forms of the closed solution, the one whose 2F1 argument lies in [0, 1) is
 * used, after Euler's transformation so that x enters the series only through c.
 */
double logTail(const ParetoNbdParameters& p, double x, double t, Gradient& g) {
    const auto [r, alpha, s, beta] = p;
    const double logAlphaT = std::log(alpha + t);
    const double logBetaT = std::log(beta + t);
    const double c = r + s + x + 1;
    if (alpha >= beta) {
        // (alpha+t)^-(r+x) (beta+t)^-s 2F1(1, r+x; c; (alpha-beta)/(alpha+t))
        const double z = (alpha - beta) / (alpha + t);
        const auto f = logHypergeometricOne(r + x, c, z);
        g = {-logAlphaT + f.dB + f.dC, -(r + x) / (alpha + t) + f.dZ * (beta + t) / ((alpha + t) * (alpha + t)),
             -logBetaT + f.dC, -s / (beta + t) - f.dZ / (alpha + t)};
        return -(r + x) * logAlphaT - s * logBetaT + f.value;
    }
    // (alpha+t)^(1-r-x) (beta+t)^-(s+1) 2F1(1, s+1; c; (beta-alpha)/(beta+t))
    const double z = (beta - alpha) / (beta + t);
    const auto f = logHypergeometricOne(s + 1, c, z);
    g = {-logAlphaT + f.dC, (1 - r - x) / (alpha + t) - f.dZ / (beta + t), -logBetaT + f.dB + f.dC,
         -(s + 1) / (beta + t) + f.dZ * (alpha + t) / ((beta + t) * (beta + t))};
    return (1 - r - x) * logAlphaT - (s + 1) * logBetaT + f.value;
}

/**
 * The two parts of the likelihood after the common factor: B1 for "alive at T", B2 for "died between t_x and
 * T"; both logs, B2 = -inf when t_x = T. Gradients by (r, alpha, s, beta).
 */
struct Parts {
    double aliveAtT;
    double diedBefore;
    Gradient gAlive;
    Gradient gDied;
};

/** log I(t) with its gradient, for one x; remembers the values of t it has seen (see TailCache). */
struct Tail {
    double value = 0;
    Gradient gradient{};
};

/**
 * Within one x the tails depend only on t, and t_x and T take a few hundred distinct values (days) however
 * many customers there are, so each is computed once per (x, t) instead of twice per pattern.
 */
class TailCache {
public:
    const Tail& get(const ParetoNbdParameters& p, double x, double t) {
        if (x != m_x) {
            m_tails.clear();
            m_x = x;
        }
        auto [it, inserted] = m_tails.try_emplace(t);
        if (inserted) {
            it->second.value = logTail(p, x, t, it->second.gradient);
        }
        return it->second;
    }

private:
    double m_x = -1;
    std::unordered_map<double, Tail> m_tails;
};

Parts parts(const ParetoNbdParameters& p, double x, double tx, double T, bool withGradient, TailCache& cache) {
    const auto [r, alpha, s, beta] = p;
    Parts out{};
    out.aliveAtT = -(r + x) * std::log(alpha + T) - s * std::log(beta + T);
    if (withGradient) {
        out.gAlive = {-std::log(alpha + T), -(r + x) / (alpha + T), -std::log(beta + T), -s / (beta + T)};
    }
    const auto& tailTx = cache.get(p, x, tx);
    const auto& tailT = cache.get(p, x, T);
    const double logTx = tailTx.value;
    const double logT = tailT.value;
    const auto& gTx = tailTx.gradient;
    const auto& gT = tailT.gradient;
    const double difference = logT - logTx; // <= 0: the tail from T is part of the tail from t_x
    if (!(difference < 0)) {
        out.diedBefore = -std::numeric_limits<double>::infinity();
        return out;
    }
    const double share = std::exp(difference);
    const double logA0 = logTx + std::log1p(-share);
    out.diedBefore = std::log(s) - std::log(r + s + x) + logA0;
    if (withGradient) {
        for (std::size_t i = 0; i < 4; ++i) {
            out.gDied[i] = (gTx[i] - share * gT[i]) / (1 - share);
        }
        out.gDied[0] -= 1 / (r + s + x);
        out.gDied[2] += 1 / s - 1 / (r + s + x);
    }
    return out;
}

double termWithGradient(const ParetoNbdParameters& p, double x, double tx, double T, Gradient* gradient,
                        TailCache& cache) {
    const auto [r, alpha, s, beta] = p;
    const auto part = parts(p, x, tx, T, gradient != nullptr, cache);
    const double m = std::max(part.aliveAtT, part.diedBefore);
    const double wAlive = std::exp(part.aliveAtT - m);
    const double wDied = std::exp(part.diedBefore - m);
    const double logSum = m + std::log(wAlive + wDied);
    if (gradient != nullptr) {
        using boost::math::digamma;
        const Gradient common{digamma(r + x) - digamma(r) + std::log(alpha), r / alpha, std::log(beta), s / beta};
        for (std::size_t i = 0; i < 4; ++i) {
            (*gradient)[i] = common[i] + (wAlive * part.gAlive[i] + wDied * part.gDied[i]) / (wAlive + wDied);
        }
    }
    return logGamma(r + x) - logGamma(r) + r * std::log(alpha) + s * std::log(beta) + logSum;
}

} // namespace

double paretoNbdLogLikelihood(const ParetoNbdParameters& p, double x, double tx, double T) {
    TailCache cache;
    return termWithGradient(p, x, tx, T, nullptr, cache);
}

double paretoNbdTotalLogLikelihood(const ParetoNbdParameters& p, const std::vector<RfmPattern>& patterns,
                                   std::array<double, 4>* gradientInLogs) {
    return sumOverPatterns(patterns, {p.r, p.alpha, p.s, p.beta}, gradientInLogs, [&p] {
        return [&p, cache = TailCache{}](const RfmPattern& pattern, Gradient* g) mutable {
            return termWithGradient(p, pattern.x, pattern.tx, pattern.T, g, cache);
        };
    });
}

ParetoNbdFit fitParetoNbd(const std::vector<RfmPattern>& patterns) {
    const auto pattern = fitOnPatterns("Pareto/NBD", patterns, [&patterns](const auto& v, auto* gradientInLogs) {
        return paretoNbdTotalLogLikelihood({v[0], v[1], v[2], v[3]}, patterns, gradientInLogs);
    });
    return toModelFit<ParetoNbdFit>(pattern, patterns.size());
}

double paretoNbdProbabilityAlive(const ParetoNbdParameters& p, double x, double tx, double T) {
    TailCache cache;
    const auto part = parts(p, x, tx, T, false, cache);
    const double logOdds = part.diedBefore - part.aliveAtT; // P(died) / P(alive)
    return logOdds > 700 ? 0.0 : 1.0 / (1.0 + std::exp(logOdds));
}

double paretoNbdExpectedPurchasesIfAlive(const ParetoNbdParameters& p, double t, double x, double T) {
    const auto [r, alpha, s, beta] = p;
    // (r+x)(beta+T) / ((alpha+T)(s-1)) * (1 - ((beta+T)/(beta+T+t))^(s-1)); the bracket over (s-1) is written
    // with expm1 so that s = 1 gives its limit, log((beta+T+t)/(beta+T)).
    const double logRatio = std::log(beta + T) - std::log(beta + T + t);
    const double bracket = std::abs(s - 1) < 1e-12 ? -logRatio : -std::expm1((s - 1) * logRatio) / (s - 1);
    return (r + x) * (beta + T) / (alpha + T) * bracket;
}

double paretoNbdConditionalExpectedPurchases(const ParetoNbdParameters& p, double t, double x, double tx, double T) {
    return paretoNbdExpectedPurchasesIfAlive(p, t, x, T) * paretoNbdProbabilityAlive(p, x, tx, T);
}

} // namespace rapport::analytics
