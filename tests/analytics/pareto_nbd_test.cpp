#include "analytics/cdnow.h"
#include "analytics/pareto_nbd.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace rapport;
using analytics::ParetoNbdParameters;

namespace {

// The reference estimates for CDNOW listed with the data set.
constexpr ParetoNbdParameters kCdnow{0.5533, 10.5776, 0.6062, 11.668};

void expectRelative(double actual, double expected, double tolerance, const char* name) {
    EXPECT_LE(std::abs(actual - expected) / expected, tolerance)
        << name << " = " << actual << ", expected " << expected;
}

} // namespace

TEST(ParetoNbd, ReproducesThePublishedCdnowFit) {
    const auto summaries = test::cdnowSummaries();
    if (!summaries) {
        GTEST_SKIP() << "../shared/datasets/cdnow is not present";
    }
    const auto fit = analytics::fitParetoNbd(analytics::collapsePatterns(*summaries));
    ASSERT_TRUE(fit.quality.converged) << fit.quality.message;
    expectRelative(fit.parameters.r, kCdnow.r, 1e-3, "r");
    expectRelative(fit.parameters.alpha, kCdnow.alpha, 1e-3, "alpha");
    expectRelative(fit.parameters.s, kCdnow.s, 1e-3, "s");
    expectRelative(fit.parameters.beta, kCdnow.beta, 1e-3, "beta");
    EXPECT_NEAR(fit.quality.logLikelihood, -9594.98, 0.01);
    for (const double se :
         {fit.standardErrors.r, fit.standardErrors.alpha, fit.standardErrors.s, fit.standardErrors.beta}) {
        EXPECT_TRUE(std::isfinite(se) && se > 0) << se;
    }
}

TEST(ParetoNbd, PerCustomerValuesMatchTheReference) {
    EXPECT_NEAR(analytics::paretoNbdConditionalExpectedPurchases(kCdnow, 52, 26, 30.857, 31), 25.456, 1e-3 * 25.456);
    EXPECT_NEAR(analytics::paretoNbdProbabilityAlive(kCdnow, 26, 30.857, 31), 0.9979, 1e-3);
    EXPECT_NEAR(analytics::paretoNbdConditionalExpectedPurchases(kCdnow, 52, 0, 0, 0), 1.473, 1e-3 * 1.473);
    // Nobody can be known to have left without time passing.
    EXPECT_DOUBLE_EQ(analytics::paretoNbdProbabilityAlive(kCdnow, 0, 0, 0), 1.0);
}

TEST(ParetoNbd, LikelihoodAgreesWithNumericalIntegration) {
    // The closed form against the definition: L = Γ(r+x) α^r β^s / Γ(r) * [ (α+T)^-(r+x) (β+T)^-s
    //   + s ∫_{t_x}^{T} (α+τ)^-(r+x) (β+τ)^-(s+1) dτ ], the integral by Simpson's rule; both branches.
    for (const ParetoNbdParameters p : {ParetoNbdParameters{0.55, 10.6, 0.61, 11.7}, {0.8, 12.0, 1.4, 3.0}}) {
        for (const auto& [x, tx, T] : {std::array{0.0, 0.0, 38.0}, {3.0, 20.0, 38.0}, {12.0, 5.0, 30.0}}) {
            const int n = 20'000;
            const double h = (T - tx) / n;
            double integral = 0;
            for (int i = 0; i <= n; ++i) {
                const double tau = tx + i * h;
                const double f = std::pow(p.alpha + tau, -(p.r + x)) * std::pow(p.beta + tau, -(p.s + 1));
                integral += f * (i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2));
            }
            integral *= h / 3;
            const double expected =
                std::lgamma(p.r + x) - std::lgamma(p.r) + p.r * std::log(p.alpha) + p.s * std::log(p.beta) +
                std::log(std::pow(p.alpha + T, -(p.r + x)) * std::pow(p.beta + T, -p.s) + p.s * integral);
            EXPECT_NEAR(analytics::paretoNbdLogLikelihood(p, x, tx, T), expected, 1e-8)
                << "x=" << x << " t_x=" << tx << " T=" << T << " alpha=" << p.alpha;
        }
    }
}

TEST(ParetoNbd, HugeFrequenciesStayFinite) {
    for (const double x : {1000.0, 5000.0, 100'000.0}) {
        EXPECT_TRUE(std::isfinite(analytics::paretoNbdLogLikelihood(kCdnow, x, 10, 100))) << x;
        EXPECT_TRUE(std::isfinite(analytics::paretoNbdLogLikelihood(kCdnow, x, 99.9, 100))) << x;
        EXPECT_TRUE(std::isfinite(analytics::paretoNbdLogLikelihood({0.8, 3.0, 1.4, 12.0}, x, 10, 100))) << x;
    }
    EXPECT_EQ(analytics::paretoNbdProbabilityAlive(kCdnow, 1000, 10, 100), 0.0);
    EXPECT_EQ(analytics::paretoNbdConditionalExpectedPurchases(kCdnow, 52, 1000, 10, 100), 0.0);
    EXPECT_NEAR(analytics::paretoNbdProbabilityAlive(kCdnow, 1000, 100, 100), 1.0, 1e-9);
}

TEST(ParetoNbd, AnalyticGradientMatchesFiniteDifferences) {
    const std::vector<analytics::RfmPattern> patterns{{0, 0, 30, 5}, {1, 10, 30, 2}, {4, 25.5, 38, 1}, {12, 30, 31, 1}};
    for (const ParetoNbdParameters p : {ParetoNbdParameters{0.5, 6.0, 1.2, 3.0}, {0.5, 3.0, 1.2, 6.0}}) {
        std::array<double, 4> gradient{};
        analytics::paretoNbdTotalLogLikelihood(p, patterns, &gradient);
        const double h = 1e-6;
        for (std::size_t i = 0; i < 4; ++i) {
            std::array<double, 4> logs{std::log(p.r), std::log(p.alpha), std::log(p.s), std::log(p.beta)};
            auto at = [&](double delta) {
                auto shifted = logs;
                shifted[i] += delta;
                return analytics::paretoNbdTotalLogLikelihood(
                    {std::exp(shifted[0]), std::exp(shifted[1]), std::exp(shifted[2]), std::exp(shifted[3])}, patterns,
                    nullptr);
            };
            const double numeric = (at(h) - at(-h)) / (2 * h);
            EXPECT_NEAR(gradient[i], numeric, 1e-5 * std::max(1.0, std::abs(numeric)))
                << "parameter " << i << " alpha " << p.alpha;
        }
    }
}

TEST(ParetoNbd, RefusesDataWithoutRepeatBuyers) {
    const auto fit = analytics::fitParetoNbd({{0, 0, 30, 50}, {0, 0, 20, 10}});
    EXPECT_FALSE(fit.quality.converged);
    EXPECT_NE(fit.quality.message.find("cannot support"), std::string::npos) << fit.quality.message;
}
