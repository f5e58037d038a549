#include "analytics/pareto_nbd.h"

#include "analytics/hypergeometric.h"
#include "analytics/log_gamma.h"
#include "analytics/parallel_sum.h"

#include <boost/math/special_functions/digamma.hpp>
#include <cassert>
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

/** log I(t) with its gradient, for one x. */
struct Tail {
    double value = 0;
    Gradient gradient{};
};

} // namespace

/**
 * What one thread keeps while it goes through patterns under one set of parameters: the terms of the parameters
 * alone, those of x alone, and the tails of each t for the current x. Patterns come sorted by x, and within one x
 * t_x and T take a few hundred distinct values (days) however many customers there are, so the log-gamma and
 * digamma calls run once per x and each tail once per (x, t), not once or twice per pattern.
 */
class ParetoNbdPatternCache {
public:
    ParetoNbdPatternCache(const ParetoNbdParameters& p, bool withGradient)
        : logAlpha(std::log(p.alpha))
        , logBeta(std::log(p.beta))
        , logS(std::log(p.s))
        , m_p(p)
        , m_withGradient(withGradient)
        , m_logGammaR(logGamma(p.r))
        , m_digammaR(withGradient ? boost::math::digamma(p.r) : 0.0) {}
    // A copy's remembered tails would point into the original's map.
    ParetoNbdPatternCache(const ParetoNbdPatternCache&) = delete;
    ParetoNbdPatternCache& operator=(const ParetoNbdPatternCache&) = delete;

    /** Moves to frequency x: its terms, and a fresh set of tails (they depend on x). */
    void setX(double x) {
        if (x == m_x) {
            return;
        }
        m_x = x;
        m_tails.clear();
        m_recency = {};
        m_end = {};
        const auto [r, alpha, s, beta] = m_p;
        logGammaRatio = logGamma(r + x) - m_logGammaR;
        logRSX = std::log(r + s + x);
        digammaRatio = m_withGradient ? boost::math::digamma(r + x) - m_digammaR : 0.0;
    }

    /**
     * log I(t_x) and log I(T) for the current x. Each keeps the last one aside: patterns sorted by (x, t_x, T), as
     * the fit has them, repeat t_x from one to the next, and customers sorted by (x, T, t_x), as the predictions
     * take them, repeat T.
     */
    const Tail& tailAtRecency(double tx) { return tail(tx, m_recency); }
    const Tail& tailAtEnd(double T) { return tail(T, m_end); }

    [[nodiscard]] const ParetoNbdParameters& parameters() const { return m_p; }
    [[nodiscard]] double x() const { return m_x; }
    [[nodiscard]] bool withGradient() const { return m_withGradient; }

    // Of the parameters alone.
    const double logAlpha;
    const double logBeta;
    const double logS;
    // Of the current x (setX).
    double logGammaRatio = 0; // lnΓ(r+x) - lnΓ(r)
    double logRSX = 0;        // ln(r+s+x)
    double digammaRatio = 0;  // ψ(r+x) - ψ(r), with the gradient only

private:
    struct LastTail {
        double t = 0;
        const Tail* tail = nullptr; // into m_tails; dropped with it in setX
    };

    const Tail& tail(double t, LastTail& last) {
        if (last.tail != nullptr && t == last.t) {
            return *last.tail;
        }
        auto [it, inserted] = m_tails.try_emplace(t);
        if (inserted) {
            it->second.value = logTail(m_p, m_x, t, it->second.gradient);
        }
        last = {t, &it->second};
        return it->second;
    }

    ParetoNbdParameters m_p;
    bool m_withGradient;
    double m_logGammaR;
    double m_digammaR;
    double m_x = -1;
    std::unordered_map<double, Tail> m_tails; // nodes: a reference stays valid while others are added
    LastTail m_recency;
    LastTail m_end;
};

namespace {

Parts parts(double tx, double T, ParetoNbdPatternCache& cache) {
    const auto [r, alpha, s, beta] = cache.parameters();
    const double x = cache.x();
    Parts out{};
    out.aliveAtT = -(r + x) * std::log(alpha + T) - s * std::log(beta + T);
    if (cache.withGradient()) {
        out.gAlive = {-std::log(alpha + T), -(r + x) / (alpha + T), -std::log(beta + T), -s / (beta + T)};
    }
    const auto& tailTx = cache.tailAtRecency(tx);
    const auto& tailT = cache.tailAtEnd(T);
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
    out.diedBefore = cache.logS - cache.logRSX + logA0;
    if (cache.withGradient()) {
        for (std::size_t i = 0; i < 4; ++i) {
            out.gDied[i] = (gTx[i] - share * gT[i]) / (1 - share);
        }
        out.gDied[0] -= 1 / (r + s + x);
        out.gDied[2] += 1 / s - 1 / (r + s + x);
    }
    return out;
}

double termWithGradient(double x, double tx, double T, Gradient* gradient, ParetoNbdPatternCache& cache) {
    assert(gradient == nullptr || cache.withGradient()); // else the tails hold no gradients
    cache.setX(x);
    const auto [r, alpha, s, beta] = cache.parameters();
    const auto part = parts(tx, T, cache);
    const double m = std::max(part.aliveAtT, part.diedBefore);
    const double wAlive = std::exp(part.aliveAtT - m);
    const double wDied = std::exp(part.diedBefore - m);
    const double logSum = m + std::log(wAlive + wDied);
    if (gradient != nullptr) {
        const Gradient common{cache.digammaRatio + cache.logAlpha, r / alpha, cache.logBeta, s / beta};
        for (std::size_t i = 0; i < 4; ++i) {
            (*gradient)[i] = common[i] + (wAlive * part.gAlive[i] + wDied * part.gDied[i]) / (wAlive + wDied);
        }
    }
    return cache.logGammaRatio + r * cache.logAlpha + s * cache.logBeta + logSum;
}

double probabilityAlive(double x, double tx, double T, ParetoNbdPatternCache& cache) {
    cache.setX(x);
    const auto part = parts(tx, T, cache);
    const double logOdds = part.diedBefore - part.aliveAtT; // P(died) / P(alive)
    return logOdds > 700 ? 0.0 : 1.0 / (1.0 + std::exp(logOdds));
}

} // namespace

double paretoNbdLogLikelihood(const ParetoNbdParameters& p, double x, double tx, double T) {
    ParetoNbdPatternCache cache(p, false);
    return termWithGradient(x, tx, T, nullptr, cache);
}

double paretoNbdTotalLogLikelihood(const ParetoNbdParameters& p, const std::vector<RfmPattern>& patterns,
                                   std::array<double, 4>* gradientInLogs) {
    const bool withGradient = gradientInLogs != nullptr;
    return sumOverPatterns(patterns, {p.r, p.alpha, p.s, p.beta}, gradientInLogs, [&p, withGradient] {
        return [cache = ParetoNbdPatternCache(p, withGradient)](const RfmPattern& pattern, Gradient* g) mutable {
            return termWithGradient(pattern.x, pattern.tx, pattern.T, g, cache);
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
    ParetoNbdPatternCache cache(p, false);
    return probabilityAlive(x, tx, T, cache);
}

ParetoNbdAliveProbabilities::ParetoNbdAliveProbabilities(const ParetoNbdParameters& p)
    : m_cache(std::make_unique<ParetoNbdPatternCache>(p, false)) {
}

ParetoNbdAliveProbabilities::~ParetoNbdAliveProbabilities() = default;

double ParetoNbdAliveProbabilities::operator()(double x, double tx, double T) {
    return probabilityAlive(x, tx, T, *m_cache);
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
