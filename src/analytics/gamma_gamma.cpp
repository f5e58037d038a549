#include "analytics/gamma_gamma.h"

#include "analytics/log_gamma.h"
#include "analytics/maximum_likelihood.h"
#include "analytics/parallel_sum.h"

#include <algorithm>
#include <boost/math/special_functions/digamma.hpp>
#include <cmath>
#include <limits>

namespace rapport::analytics {

namespace {

struct RepeatBuyer {
    double x;
    double m;
    double logX; // fixed during the fit: computed once, not per evaluation
    double logM;
};

/** The special functions of one x at (p, q): buyers are sorted by x, so these run once per distinct x. */
struct FrequencyTerms {
    double x = -1;
    double logGammas = 0; // lnΓ(px+q) - lnΓ(px)
    double digammaPxQ = 0;
    double digammaPx = 0;

    void update(double p, double q, double newX, bool withGradient) {
        if (newX == x) {
            return;
        }
        x = newX;
        logGammas = logGamma(p * x + q) - logGamma(p * x);
        if (withGradient) {
            digammaPxQ = boost::math::digamma(p * x + q);
            digammaPx = boost::math::digamma(p * x);
        }
    }
};

} // namespace

GammaGammaFit fitGammaGamma(const std::vector<CustomerSummary>& summaries) {
    GammaGammaFit fit;
    std::vector<RepeatBuyer> buyers;
    // Counted first: growing by doubling would hold two copies at once (a million customers, 30 MB and more).
    buyers.reserve(static_cast<std::size_t>(std::count_if(
        summaries.begin(), summaries.end(), [](const auto& s) { return s.frequency > 0 && s.monetary > 0; })));
    for (const auto& s : summaries) {
        if (s.frequency > 0 && s.monetary > 0) {
            buyers.push_back({s.frequency, s.monetary, std::log(s.frequency), std::log(s.monetary)});
        }
    }
    std::sort(buyers.begin(), buyers.end(), [](const RepeatBuyer& a, const RepeatBuyer& b) { return a.x < b.x; });
    fit.customers = buyers.size();
    if (buyers.size() < 2) {
        fit.quality.message = "the data cannot support a Gamma-Gamma fit: " + std::to_string(buyers.size()) +
                              " repeat buyers with a positive amount (at least two are needed)";
        return fit;
    }
    const LogLikelihood logLikelihood = [&buyers](const std::vector<double>& v, std::vector<double>* gradient) {
        const double p = v[0];
        const double q = v[1];
        const double g = v[2];
        const bool withGradient = gradient != nullptr;
        const double logG = std::log(g);
        const double lgammaQ = logGamma(q);
        const double digammaQ = withGradient ? boost::math::digamma(q) : 0.0;
        const auto sum = sumInParallel<LikelihoodSum<3>>(buyers.size(), [&](std::size_t begin, std::size_t end) {
            LikelihoodSum<3> part;
            FrequencyTerms f;
            for (std::size_t k = begin; k < end; ++k) {
                const auto& [x, m, logX, logM] = buyers[k];
                f.update(p, q, x, withGradient);
                const double px = p * x;
                const double logXmG = std::log(x * m + g);
                part.value += f.logGammas - lgammaQ + q * logG + (px - 1) * logM + px * logX - (px + q) * logXmG;
                if (withGradient) {
                    part.gradient[0] += x * (f.digammaPxQ - f.digammaPx + logM + logX - logXmG);
                    part.gradient[1] += f.digammaPxQ - digammaQ + logG - logXmG;
                    part.gradient[2] += q / g - (px + q) / (x * m + g);
                }
            }
            return part;
        });
        if (gradient != nullptr) {
            *gradient = {sum.gradient[0], sum.gradient[1], sum.gradient[2]};
        }
        return sum.value;
    };
    const auto mle = maximiseLogLikelihood(logLikelihood, {1.0, 1.0, 1.0}, static_cast<double>(buyers.size()));
    fit.parameters = {mle.parameters[0], mle.parameters[1], mle.parameters[2]};
    fit.standardErrors = {mle.standardErrors[0], mle.standardErrors[1], mle.standardErrors[2]};
    fit.quality = mle.quality;
    return fit;
}

double gammaGammaExpectedAverageSpend(const GammaGammaParameters& parameters, double x, double monetary) {
    const auto [p, q, gamma] = parameters;
    // A weighted mean of the population mean p γ / (q - 1) and the customer's own mean, more of the latter
    // the more purchases there are. With q <= 1 the fitted spend distribution has no mean: for a customer
    // with too few purchases to outweigh that there is no expected spend (NaN), never a negative one.
    const double denominator = p * x + q - 1;
    if (denominator <= 0) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    return p * (gamma + x * monetary) / denominator;
}

} // namespace rapport::analytics
