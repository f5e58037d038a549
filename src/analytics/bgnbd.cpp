#include "analytics/bgnbd.h"

#include "analytics/hypergeometric.h"
#include "analytics/log_gamma.h"
#include "analytics/maximum_likelihood.h"
#include "analytics/parallel_sum.h"

#include <algorithm>
#include <boost/math/special_functions/digamma.hpp>
#include <cmath>
#include <limits>

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

/**
 * The parts of a pattern's log-likelihood that depend on the parameters and x alone. Patterns come sorted by
 * x and x takes few values, so the log-gamma and digamma calls run once per distinct x, not per pattern.
 */
struct FrequencyTerms {
    double x = -1;
    double logGammas = 0; // lnΓ(r+x) - lnΓ(r) + lnΓ(a+b) + lnΓ(b+x) - lnΓ(b) - lnΓ(a+b+x)
    double logBX1 = 0;    // ln(b+x-1), for x > 0
    double dR = 0;        // ψ(r+x) - ψ(r)
    double dA = 0;        // ψ(a+b) - ψ(a+b+x)
    double dB = 0;        // ψ(a+b) + ψ(b+x) - ψ(b) - ψ(a+b+x)

    void update(const BgNbdParameters& p, double newX, bool withGradient) {
        if (newX == x) {
            return;
        }
        x = newX;
        const auto [r, alpha, a, b] = p;
        logGammas =
            logGamma(r + x) - logGamma(r) + logGamma(a + b) + logGamma(b + x) - logGamma(b) - logGamma(a + b + x);
        logBX1 = x > 0 ? std::log(b + x - 1) : 0.0;
        if (withGradient) {
            dR = digamma(r + x) - digamma(r);
            dA = digamma(a + b) - digamma(a + b + x);
            dB = digamma(a + b) + digamma(b + x) - digamma(b) - digamma(a + b + x);
        }
    }
};

/** One pattern's log-likelihood and its gradient with respect to (r, alpha, a, b). */
double termWithGradient(const BgNbdParameters& p, const FrequencyTerms& f, double tx, double T,
                        std::array<double, 4>* gradient) {
    const auto [r, alpha, a, b] = p;
    const double x = f.x;
    const double logAlpha = std::log(alpha);
    const double logAlphaT = std::log(alpha + T);
    const double logAlphaTx = x > 0 ? std::log(alpha + tx) : 0.0;
    const double A3 = -(r + x) * logAlphaT;
    const double A4 = x > 0 ? std::log(a) - f.logBX1 - (r + x) * logAlphaTx : -std::numeric_limits<double>::infinity();
    const double L = logSumExp(A3, A4);
    if (gradient != nullptr) {
        // The log-sum-exp's derivative weighs the two terms by their shares.
        const double w3 = std::exp(A3 - L);
        const double w4 = x > 0 ? std::exp(A4 - L) : 0.0;
        const double dAlphaT = -(r + x) / (alpha + T);
        const double dAlphaTx = x > 0 ? -(r + x) / (alpha + tx) : 0.0;
        (*gradient)[0] = f.dR + logAlpha - w3 * logAlphaT - w4 * logAlphaTx;
        (*gradient)[1] = r / alpha + w3 * dAlphaT + w4 * dAlphaTx;
        (*gradient)[2] = f.dA + (x > 0 ? w4 / a : 0.0);
        (*gradient)[3] = f.dB - (x > 0 ? w4 / (b + x - 1) : 0.0);
    }
    return f.logGammas + r * logAlpha + L;
}

} // namespace

double bgnbdLogLikelihood(const BgNbdParameters& p, double x, double tx, double T) {
    FrequencyTerms f;
    f.update(p, x, false);
    return termWithGradient(p, f, tx, T, nullptr);
}

double bgnbdTotalLogLikelihood(const BgNbdParameters& p, const std::vector<RfmPattern>& patterns,
                               std::array<double, 4>* gradientInLogs) {
    const bool withGradient = gradientInLogs != nullptr;
    return sumOverPatterns(patterns, {p.r, p.alpha, p.a, p.b}, gradientInLogs, [&] {
        return [&p, withGradient, f = FrequencyTerms{}](const RfmPattern& pattern, std::array<double, 4>* g) mutable {
            f.update(p, pattern.x, withGradient);
            return termWithGradient(p, f, pattern.tx, pattern.T, g);
        };
    });
}

BgNbdFit fitBgNbd(const std::vector<RfmPattern>& patterns) {
    const auto pattern = fitOnPatterns("BG/NBD", patterns, [&patterns](const auto& v, auto* gradientInLogs) {
        return bgnbdTotalLogLikelihood({v[0], v[1], v[2], v[3]}, patterns, gradientInLogs);
    });
    return toModelFit<BgNbdFit>(pattern, patterns.size());
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

double bgnbdExpectedPurchasesIfAlive(const BgNbdParameters& p, double t, double x, double T) {
    const auto [r, alpha, a, b] = p;
    const double z = t / (alpha + T + t);
    // The textbook form (1-z)^(r+x) 2F1(r+x, b+x; a+b+x-1; z) has x in two series arguments, and its terms
    // overflow for x in the thousands. Euler's transformation gives the same value as
    // (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z), whose terms shrink from the start.
    const double scaled =
        std::exp((a - 1) * std::log1p(-z)) * hypergeometric2F1(a + b - 1 - r, a - 1, a + b + x - 1, z);
    return (a + b + x - 1) / (a - 1) * (1.0 - scaled);
}

double bgnbdConditionalExpectedPurchases(const BgNbdParameters& p, double t, double x, double tx, double T) {
    return bgnbdExpectedPurchasesIfAlive(p, t, x, T) * bgnbdProbabilityAlive(p, x, tx, T);
}

} // namespace rapport::analytics
