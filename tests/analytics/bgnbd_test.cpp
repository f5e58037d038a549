#include "analytics/bgnbd.h"
#include "analytics/cdnow.h"
#include "analytics/hypergeometric.h"
#include "analytics/model_fit_check.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace rapport;
using analytics::BgNbdParameters;

namespace {

// The reference estimates for CDNOW listed with the data set (Fader, Hardie and Lee 2005).
constexpr BgNbdParameters kCdnow{0.2426, 4.4137, 0.7930, 2.4259};

void expectRelative(double actual, double expected, double tolerance, const char* name) {
    EXPECT_LE(std::abs(actual - expected) / expected, tolerance)
        << name << " = " << actual << ", expected " << expected;
}

} // namespace

TEST(BgNbd, ReproducesThePublishedCdnowFit) {
    const auto summaries = test::cdnowSummaries();
    if (!summaries) {
        GTEST_SKIP() << "../shared/datasets/cdnow is not present";
    }
    const auto patterns = analytics::collapsePatterns(*summaries);
    EXPECT_LT(patterns.size(), summaries->size() / 2) << "patterns should collapse";
    const auto fit = analytics::fitBgNbd(patterns);
    ASSERT_TRUE(fit.quality.converged) << fit.quality.message;
    expectRelative(fit.parameters.r, kCdnow.r, 1e-3, "r");
    expectRelative(fit.parameters.alpha, kCdnow.alpha, 1e-3, "alpha");
    expectRelative(fit.parameters.a, kCdnow.a, 1e-3, "a");
    expectRelative(fit.parameters.b, kCdnow.b, 1e-3, "b");
    EXPECT_NEAR(fit.quality.logLikelihood, -9582.43, 0.01);
    EXPECT_DOUBLE_EQ(fit.customers, 2357);
    for (const double se :
         {fit.standardErrors.r, fit.standardErrors.alpha, fit.standardErrors.a, fit.standardErrors.b}) {
        EXPECT_TRUE(std::isfinite(se) && se > 0) << se;
    }
    EXPECT_LT(fit.standardErrors.r, fit.parameters.r); // r is well determined on 2,357 customers
}

TEST(BgNbd, PerCustomerValuesMatchTheReference) {
    // From the data set's README, at the reference parameters, in weeks.
    EXPECT_NEAR(analytics::bgnbdConditionalExpectedPurchases(kCdnow, 39, 2, 30.43, 38.86), 1.226, 1e-3);
    EXPECT_NEAR(analytics::bgnbdConditionalExpectedPurchases(kCdnow, 52, 26, 30.857, 31), 25.757, 1e-3 * 25.757);
    EXPECT_NEAR(analytics::bgnbdProbabilityAlive(kCdnow, 26, 30.857, 31), 0.9689, 1e-3);
    EXPECT_NEAR(analytics::bgnbdConditionalExpectedPurchases(kCdnow, 52, 0, 0, 0), 1.444, 1e-3 * 1.444);
    EXPECT_DOUBLE_EQ(analytics::bgnbdProbabilityAlive(kCdnow, 0, 0, 10), 1.0);
}

TEST(BgNbd, HugeFrequenciesStayFinite) {
    // The trap reported against other implementations: 0.0, not NaN.
    EXPECT_EQ(analytics::bgnbdProbabilityAlive(kCdnow, 1000, 10, 100), 0.0);
    EXPECT_TRUE(std::isfinite(analytics::bgnbdLogLikelihood(kCdnow, 1000, 10, 100)));
    EXPECT_TRUE(std::isfinite(analytics::bgnbdLogLikelihood(kCdnow, 5000, 99.9, 100)));
    EXPECT_EQ(analytics::bgnbdConditionalExpectedPurchases(kCdnow, 52, 1000, 10, 100), 0.0);
    // A customer who bought 5,000 times up to the end keeps buying at about that rate (50 a unit).
    const double expected = analytics::bgnbdConditionalExpectedPurchases(kCdnow, 52, 5000, 100, 100);
    EXPECT_TRUE(std::isfinite(expected));
    EXPECT_GT(expected, 0.5 * 52 * 50);
    EXPECT_LT(expected, 52 * 50);
}

TEST(BgNbd, AnalyticGradientMatchesFiniteDifferences) {
    const std::vector<analytics::RfmPattern> patterns{{0, 0, 30, 5}, {1, 10, 30, 2}, {4, 25.5, 38, 1}, {12, 30, 31, 1}};
    const BgNbdParameters p{0.5, 6.0, 1.2, 3.0};
    std::array<double, 4> gradient{};
    analytics::bgnbdTotalLogLikelihood(p, patterns, &gradient);
    const double h = 1e-6;
    for (std::size_t i = 0; i < 4; ++i) {
        std::array<double, 4> logs{std::log(p.r), std::log(p.alpha), std::log(p.a), std::log(p.b)};
        auto at = [&](double delta) {
            auto shifted = logs;
            shifted[i] += delta;
            return analytics::bgnbdTotalLogLikelihood(
                {std::exp(shifted[0]), std::exp(shifted[1]), std::exp(shifted[2]), std::exp(shifted[3])}, patterns,
                nullptr);
        };
        const double numeric = (at(h) - at(-h)) / (2 * h);
        EXPECT_NEAR(gradient[i], numeric, 1e-5 * std::max(1.0, std::abs(numeric))) << "parameter " << i;
    }
}

TEST(BgNbd, RefusesDataThatCannotSupportAFit) {
    EXPECT_FALSE(analytics::fitBgNbd({}).quality.converged);
    const auto nobodyRepeats = analytics::fitBgNbd({{0, 0, 30, 100}, {0, 0, 12, 50}});
    EXPECT_FALSE(nobodyRepeats.quality.converged);
    EXPECT_NE(nobodyRepeats.quality.message.find("0 with a repeat purchase"), std::string::npos)
        << nobodyRepeats.quality.message;
    const auto one = analytics::fitBgNbd({{3, 10, 20, 1}});
    EXPECT_FALSE(one.quality.converged);
    EXPECT_NE(one.quality.message.find("cannot support"), std::string::npos);
}

TEST(BgNbdPurchaseDistribution, SumsToOneAndItsMeanIsTheModelsExpectation) {
    // CDNOW's published estimates (weeks); the mean of P(X(t) = x) must equal E[X(t)] in closed form:
    // (a+b-1)/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b; a+b-1; t/(alpha+t))] (Fader, Hardie and Lee 2005, eq. 7).
    const analytics::BgNbdParameters p{0.2426, 4.4136, 0.7929, 2.4259};
    for (const double t : {1.0, 39.0, 78.0}) {
        double total = 0;
        double mean = 0;
        for (int x = 0; x < 1000; ++x) {
            const double probability = analytics::bgnbdProbabilityOfPurchases(p, t, x);
            ASSERT_GE(probability, 0.0) << x;
            total += probability;
            mean += x * probability;
        }
        const double z = t / (p.alpha + t);
        const double expected =
            (p.a + p.b - 1) / (p.a - 1) *
            (1 - std::pow(p.alpha / (p.alpha + t), p.r) * analytics::hypergeometric2F1(p.r, p.b, p.a + p.b - 1, z));
        EXPECT_NEAR(total, 1.0, 1e-6) << t;
        EXPECT_NEAR(mean, expected, 1e-3 * expected) << t;
    }
    EXPECT_NEAR(analytics::bgnbdProbabilityOfPurchases(p, 0.0, 0), 1.0, 1e-12); // no time, no purchases
}
