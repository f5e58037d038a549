#include "analytics/cdnow.h"
#include "analytics/gamma_gamma.h"

#include <cmath>
#include <gtest/gtest.h>
#include <string>

using namespace rapport;

TEST(GammaGamma, ReproducesThePublishedCdnowFitAndExpectedSpend) {
    auto purchases = test::cdnowPurchases();
    if (!purchases) {
        GTEST_SKIP() << "../shared/datasets/cdnow is not present";
    }
    const auto summaries = purchases->finish();
    const auto fit = analytics::fitGammaGamma(summaries);
    ASSERT_TRUE(fit.quality.converged) << fit.quality.message;
    EXPECT_EQ(fit.customers, 946u);
    EXPECT_LE(std::abs(fit.parameters.p - 6.2488) / 6.2488, 1e-3) << fit.parameters.p;
    EXPECT_LE(std::abs(fit.parameters.q - 3.7446) / 3.7446, 1e-3) << fit.parameters.q;
    EXPECT_LE(std::abs(fit.parameters.gamma - 15.4477) / 15.4477, 1e-3) << fit.parameters.gamma;
    EXPECT_NEAR(fit.quality.logLikelihood, -4055.92, 0.01);
    EXPECT_TRUE(std::isfinite(fit.standardErrors.p) && fit.standardErrors.p > 0);

    // The first ten customers of the summary, at the reference parameters (x = 0 gives the population mean).
    const analytics::GammaGammaParameters reference{6.2488, 3.7446, 15.4477};
    const double expected[] = {24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17};
    for (int i = 0; i < 10; ++i) {
        const auto& s = summaries[static_cast<std::size_t>(i)];
        const std::string customer(purchases->key(s));
        ASSERT_EQ(customer, std::to_string(i + 1));
        EXPECT_NEAR(analytics::gammaGammaExpectedAverageSpend(reference, s.frequency, s.monetary), expected[i], 0.01)
            << "customer " << customer;
    }
}

TEST(GammaGamma, RefusesWithoutRepeatBuyers) {
    analytics::CustomerSummary once;
    once.frequency = 0;
    const auto fit = analytics::fitGammaGamma({once, once, once});
    EXPECT_FALSE(fit.quality.converged);
    EXPECT_NE(fit.quality.message.find("0 repeat buyers"), std::string::npos) << fit.quality.message;
}

TEST(GammaGamma, NoExpectedSpendWhereTheModelHasNoMean) {
    // q <= 1: the fitted spend distribution has no mean, so a one-time buyer has no model expectation.
    const analytics::GammaGammaParameters heavyTailed{5.88, 0.84, 9.74};
    EXPECT_TRUE(std::isnan(analytics::gammaGammaExpectedAverageSpend(heavyTailed, 0, 0)));
    EXPECT_GT(analytics::gammaGammaExpectedAverageSpend(heavyTailed, 1, 80), 0);
    const analytics::GammaGammaParameters withMean{6.25, 3.74, 15.44};
    EXPECT_NEAR(analytics::gammaGammaExpectedAverageSpend(withMean, 0, 0), 6.25 * 15.44 / 2.74, 1e-9);
}
