#include "analytics/gamma_gamma.h"

#include "analytics/maximum_likelihood.h"

#include <boost/math/special_functions/digamma.hpp>
#include <cmath>

namespace rapport::analytics {

namespace {

struct RepeatBuyer {
    double x;
    double m;
};

} // namespace

GammaGammaFit fitGammaGamma(const std::vector<CustomerSummary>& summaries) {
    GammaGammaFit fit;
    std::vector<RepeatBuyer> buyers;
    for (const auto& s : summaries) {
        if (s.frequency > 0 && s.monetary > 0) {
            buyers.push_back({s.frequency, s.monetary});
        }
    }
    fit.customers = buyers.size();
    if (buyers.size() < 2) {
        fit.quality.message = "the data cannot support a Gamma-Gamma fit: " + std::to_string(buyers.size()) +
                              " repeat buyers with a positive amount (at least two are needed)";
        return fit;
    }
    using boost::math::digamma;
    const LogLikelihood logLikelihood = [&buyers](const std::vector<double>& v, std::vector<double>* gradient) {
        const double p = v[0];
        const double q = v[1];
        const double g = v[2];
        double total = 0;
        double dp = 0;
        double dq = 0;
        double dg = 0;
        const double digammaQ = gradient ? digamma(q) : 0.0;
        for (const auto& [x, m] : buyers) {
            const double px = p * x;
            total += std::lgamma(px + q) - std::lgamma(px) - std::lgamma(q) + q * std::log(g) + (px - 1) * std::log(m) +
                     px * std::log(x) - (px + q) * std::log(x * m + g);
            if (gradient != nullptr) {
                const double digammaPxQ = digamma(px + q);
                dp += x * (digammaPxQ - digamma(px) + std::log(m) + std::log(x) - std::log(x * m + g));
                dq += digammaPxQ - digammaQ + std::log(g) - std::log(x * m + g);
                dg += q / g - (px + q) / (x * m + g);
            }
        }
        if (gradient != nullptr) {
            *gradient = {dp, dq, dg};
        }
        return total;
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
    // the more purchases there are.
    return p * (gamma + x * monetary) / (p * x + q - 1);
}

} // namespace rapport::analytics
