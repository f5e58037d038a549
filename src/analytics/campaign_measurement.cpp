#include "analytics/campaign_measurement.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>

namespace rapport::analytics {

namespace {

double ratio(double numerator, std::int64_t denominator) {
    return denominator > 0 ? numerator / static_cast<double>(denominator) : 0.0;
}

double twoSidedNormalQuantile(double confidence) {
    return boost::math::quantile(boost::math::normal_distribution<>(), 0.5 + confidence / 2.0);
}

/** Wilson's score interval for x successes in n trials. */
std::pair<double, double> wilson(std::int64_t x, std::int64_t n, double z) {
    const double nn = static_cast<double>(n);
    const double p = static_cast<double>(x) / nn;
    const double z2 = z * z;
    const double centre = (p + z2 / (2 * nn)) / (1 + z2 / nn);
    const double half = z / (1 + z2 / nn) * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
    return {centre - half, centre + half};
}

/** Running sums for a mean and a sample standard deviation (Welford's update: no cancellation on large sums). */
struct Moments {
    std::int64_t n = 0;
    double mean = 0;
    double m2 = 0;
    void add(double x) {
        ++n;
        const double delta = x - mean;
        mean += delta / static_cast<double>(n);
        m2 += delta * (x - mean);
    }
    [[nodiscard]] double stdDev() const { return n > 1 ? std::sqrt(m2 / static_cast<double>(n - 1)) : 0.0; }
};

Estimate scaled(const Estimate& e, double factor, double shift = 0) {
    return {e.value * factor + shift, e.low * factor + shift, e.high * factor + shift};
}

} // namespace

double GroupOutcome::responseRate() const {
    return ratio(static_cast<double>(responders), customers);
}
double GroupOutcome::revenuePerCustomer() const {
    return ratio(static_cast<double>(revenueMinor), customers);
}
double GroupOutcome::marginPerCustomer() const {
    return ratio(static_cast<double>(marginMinor), customers);
}

Verdict verdictOf(const Estimate& estimate) {
    if (estimate.spansZero()) {
        return Verdict::NoMeasurableEffect;
    }
    return estimate.low > 0 ? Verdict::Positive : Verdict::Negative;
}

Estimate proportionDifference(std::int64_t x1, std::int64_t n1, std::int64_t x2, std::int64_t n2, double confidence) {
    const double z = twoSidedNormalQuantile(confidence);
    const double p1 = static_cast<double>(x1) / static_cast<double>(n1);
    const double p2 = static_cast<double>(x2) / static_cast<double>(n2);
    const auto [l1, u1] = wilson(x1, n1, z);
    const auto [l2, u2] = wilson(x2, n2, z);
    const double d = p1 - p2;
    return {d, d - std::sqrt((p1 - l1) * (p1 - l1) + (u2 - p2) * (u2 - p2)),
            d + std::sqrt((u1 - p1) * (u1 - p1) + (p2 - l2) * (p2 - l2))};
}

Estimate welchDifference(double mean1, double sd1, std::int64_t n1, double mean2, double sd2, std::int64_t n2,
                         double confidence) {
    const double d = mean1 - mean2;
    const double v1 = sd1 * sd1 / static_cast<double>(n1);
    const double v2 = sd2 * sd2 / static_cast<double>(n2);
    const double se = std::sqrt(v1 + v2);
    if (se == 0) {
        return {d, d, d}; // every customer of both groups spent the same: nothing varies, nothing to estimate
    }
    // Welch-Satterthwaite degrees of freedom.
    const double df =
        (v1 + v2) * (v1 + v2) / (v1 * v1 / static_cast<double>(n1 - 1) + v2 * v2 / static_cast<double>(n2 - 1));
    const double t = boost::math::quantile(boost::math::students_t_distribution<>(df), 0.5 + confidence / 2.0);
    return {d, d - t * se, d + t * se};
}

CampaignMeasurement measureCampaign(std::span<const CampaignMemberOutcome> outcomes, core::Money costPerContact,
                                    double confidence) {
    CampaignMeasurement m;
    m.confidence = confidence;
    Moments revenue[2];
    Moments margin[2];
    for (const auto& o : outcomes) {
        auto& group = o.control ? m.control : m.treated;
        const int g = o.control ? 1 : 0;
        ++group.customers;
        group.responders += o.purchases > 0 ? 1 : 0;
        group.purchases += o.purchases;
        group.revenueMinor += o.revenueMinor;
        group.marginMinor += o.marginMinor;
        revenue[g].add(static_cast<double>(o.revenueMinor));
        margin[g].add(static_cast<double>(o.marginMinor));
    }
    m.treated.revenueStdDev = revenue[0].stdDev();
    m.control.revenueStdDev = revenue[1].stdDev();
    m.treated.marginStdDev = margin[0].stdDev();
    m.control.marginStdDev = margin[1].stdDev();
    m.costMinor = costPerContact.minor() * m.treated.customers;
    if (m.treated.customers < 2 || m.control.customers < 2) {
        return m;
    }
    m.responseLift = proportionDifference(m.treated.responders, m.treated.customers, m.control.responders,
                                          m.control.customers, confidence);
    m.revenueLift = welchDifference(revenue[0].mean, revenue[0].stdDev(), revenue[0].n, revenue[1].mean,
                                    revenue[1].stdDev(), revenue[1].n, confidence);
    m.marginLift = welchDifference(margin[0].mean, margin[0].stdDev(), margin[0].n, margin[1].mean, margin[1].stdDev(),
                                   margin[1].n, confidence);
    const auto treated = static_cast<double>(m.treated.customers);
    m.incrementalRevenue = scaled(m.revenueLift, treated);
    m.incrementalMargin = scaled(m.marginLift, treated);
    m.netMargin = scaled(m.marginLift, treated, -static_cast<double>(m.costMinor));
    m.response = verdictOf(m.responseLift);
    m.revenue = verdictOf(m.revenueLift);
    m.pays = verdictOf(m.netMargin);
    return m;
}

} // namespace rapport::analytics
