#include "analytics/cdnow.h"
#include "analytics/fit_assessment.h"
#include "analytics/lifetime_value.h"
#include "analytics/pareto_nbd.h"
#include "analytics/simulation.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace rapport;
using analytics::LifetimeValueOptions;
using analytics::PurchaseModel;
using analytics::SummaryBuilder;
using analytics::TimeUnit;

namespace {

std::vector<analytics::CustomerSummary> simulate(const analytics::SimulationSpec& spec) {
    SummaryBuilder builder({spec.unit, core::Date::fromDays(spec.observationEndDay)});
    analytics::simulatePurchases(spec, [&](std::int64_t customer, std::int32_t day, std::int64_t amount) {
        builder.add(std::to_string(customer), core::Date::fromDays(day), amount);
    });
    return builder.finish();
}

/** Each estimate within four standard errors of the truth, and the standard error itself small. */
void expectRecovered(const std::array<double, 4>& estimate, const std::array<double, 4>& se,
                     const std::array<double, 4>& truth, PurchaseModel model) {
    const auto names = analytics::parameterNames(model);
    for (std::size_t i = 0; i < 4; ++i) {
        ASSERT_TRUE(std::isfinite(se[i])) << names[i];
        EXPECT_LT(std::abs(estimate[i] - truth[i]), 4 * se[i])
            << names[i] << " = " << estimate[i] << " ± " << se[i] << ", true " << truth[i];
        EXPECT_LT(se[i], 0.25 * truth[i]) << names[i] << ": the data should pin it down";
    }
}

} // namespace

TEST(ParameterRecovery, BgNbdFromSimulatedPurchases) {
    analytics::SimulationSpec spec;
    spec.model = PurchaseModel::BgNbd;
    spec.parameters = {0.25, 4.0, 0.8, 2.5};
    spec.customers = 40'000;
    spec.cohortDays = 84;
    spec.observationEndDay = 364;
    spec.seed = 7;
    const auto fit = analytics::fitPurchaseModel(PurchaseModel::BgNbd, simulate(spec));
    ASSERT_TRUE(fit.quality.converged) << fit.quality.message;
    expectRecovered(fit.parameters, fit.standardErrors, spec.parameters, PurchaseModel::BgNbd);
}

TEST(ParameterRecovery, ParetoNbdFromSimulatedPurchases) {
    analytics::SimulationSpec spec;
    spec.model = PurchaseModel::ParetoNbd;
    spec.parameters = {0.55, 10.0, 0.6, 12.0};
    spec.customers = 40'000;
    spec.cohortDays = 84;
    spec.observationEndDay = 546;
    spec.seed = 11;
    const auto fit = analytics::fitPurchaseModel(PurchaseModel::ParetoNbd, simulate(spec));
    ASSERT_TRUE(fit.quality.converged) << fit.quality.message;
    expectRecovered(fit.parameters, fit.standardErrors, spec.parameters, PurchaseModel::ParetoNbd);
}

TEST(ParameterRecovery, GammaGammaFromSimulatedSpend) {
    analytics::SimulationSpec spec;
    spec.parameters = {2.0, 4.0, 0.5, 2.0}; // many repeat purchases
    spec.spend = {6.0, 4.0, 15.0};
    spec.customers = 20'000;
    spec.seed = 3;
    const auto fit = analytics::fitGammaGamma(simulate(spec));
    ASSERT_TRUE(fit.quality.converged) << fit.quality.message;
    const std::array<double, 3> estimate{fit.parameters.p, fit.parameters.q, fit.parameters.gamma};
    const std::array<double, 3> se{fit.standardErrors.p, fit.standardErrors.q, fit.standardErrors.gamma};
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_LT(std::abs(estimate[i] - spec.spend[i]), 4 * se[i])
            << i << ": " << estimate[i] << " ± " << se[i] << ", true " << spec.spend[i];
    }
}

TEST(LifetimeValue, ClvIsTheDiscountedSumOfMonthlyIncrements) {
    const auto summaries = test::cdnowSummaries();
    if (!summaries) {
        GTEST_SKIP() << "../shared/datasets/cdnow is not present";
    }
    for (const auto model : {PurchaseModel::BgNbd, PurchaseModel::ParetoNbd}) {
        LifetimeValueOptions undiscounted{model, TimeUnit::Week, 12, 0.0, 0};
        const auto plain = analytics::predictLifetimeValues(*summaries, undiscounted);
        ASSERT_TRUE(plain.problem.empty()) << plain.problem;
        ASSERT_EQ(plain.values.size(), summaries->size());
        LifetimeValueOptions discounted{model, TimeUnit::Week, 12, 0.01, 1};
        const auto withDiscount = analytics::predictLifetimeValues(*summaries, discounted);
        const double weeksPerYear = 365.2425 / 7;
        for (std::size_t i = 0; i < summaries->size(); i += 97) {
            const auto& s = (*summaries)[i];
            const auto& v = plain.values[i];
            // Without discounting the increments add up to the expectation over the whole year.
            const double year =
                analytics::conditionalExpectedPurchases(plain.purchases, weeksPerYear, s.frequency, s.recency, s.T);
            EXPECT_NEAR(v.expectedPurchases, year, 1e-9 * std::max(1.0, year));
            EXPECT_NEAR(v.clv, v.expectedSpend * year, 1e-6 * std::max(1.0, v.clv));
            // With 1 % a month the value lies between the year's value discounted by 12 months and by 1.
            const double d = withDiscount.values[i].clv;
            EXPECT_LE(d, v.clv / 1.01 + 1e-9);
            EXPECT_GE(d, v.clv / std::pow(1.01, 12) - 1e-9);
            EXPECT_GT(v.probabilityAlive, 0);
            EXPECT_LE(v.probabilityAlive, 1);
        }
    }
}

TEST(LifetimeValue, TheSecondThreadGivesTheSameValues) {
    analytics::SimulationSpec spec;
    spec.customers = 30'000;
    const auto summaries = simulate(spec);
    for (const auto model : {PurchaseModel::BgNbd, PurchaseModel::ParetoNbd}) {
        const auto one = analytics::predictLifetimeValues(summaries, {model, TimeUnit::Week, 12, 0.01, 1});
        const auto two = analytics::predictLifetimeValues(summaries, {model, TimeUnit::Week, 12, 0.01, 2});
        ASSERT_TRUE(one.problem.empty()) << one.problem;
        ASSERT_EQ(one.values.size(), two.values.size());
        for (std::size_t i = 0; i < one.values.size(); ++i) {
            ASSERT_EQ(one.values[i].clv, two.values[i].clv) << i;
        }
    }
}

TEST(LifetimeValue, SharedSeriesGiveEachCustomerTheTextbookValues) {
    // The predictions compute the horizon once per (x, T) and P(alive) once per pattern; each customer must
    // still get what the model's formulas give for that customer alone, month by month discounted.
    analytics::SimulationSpec spec;
    spec.customers = 20'000;
    spec.cohortDays = 200;
    spec.observationEndDay = 500;
    spec.seed = 5;
    const auto summaries = simulate(spec);
    constexpr int kMonths = 6;
    constexpr double kDiscount = 0.01;
    const double unitsPerMonth = (365.2425 / 12.0) / 7.0;
    for (const auto model : {PurchaseModel::BgNbd, PurchaseModel::ParetoNbd}) {
        const auto result = analytics::predictLifetimeValues(summaries, {model, TimeUnit::Week, kMonths, kDiscount, 2});
        ASSERT_TRUE(result.problem.empty()) << result.problem;
        std::size_t repeatBuyers = 0;
        for (std::size_t i = 0; i < summaries.size(); ++i) {
            const auto& s = summaries[i];
            const auto& v = result.values[i];
            repeatBuyers += s.frequency > 0 ? 1 : 0;
            const double alive = analytics::probabilityAlive(result.purchases, s.frequency, s.recency, s.T);
            double previous = 0;
            double discounted = 0;
            for (int month = 1; month <= kMonths; ++month) {
                const double cumulative = analytics::conditionalExpectedPurchases(
                    result.purchases, month * unitsPerMonth, s.frequency, s.recency, s.T);
                discounted += (cumulative - previous) / std::pow(1 + kDiscount, month);
                previous = cumulative;
            }
            ASSERT_NEAR(v.probabilityAlive, alive, 1e-12) << i;
            ASSERT_NEAR(v.expectedPurchases, previous, 1e-12 * std::max(1.0, previous)) << i;
            ASSERT_NEAR(v.clv, v.expectedSpend * discounted, 1e-9 * std::max(1.0, v.clv)) << i;
        }
        EXPECT_GT(repeatBuyers, summaries.size() / 10) << "the data has patterns with x > 0";
    }
}

TEST(ParetoNbd, AliveProbabilitiesForManyCustomersEqualEachAlone) {
    // The calculator keeps the integrals of one x; customers asked out of order of x must not get another x's.
    const analytics::ParetoNbdParameters p{0.55, 10.0, 0.6, 12.0};
    analytics::ParetoNbdAliveProbabilities alive(p);
    const std::vector<std::array<double, 3>> customers{{2, 10, 30}, {2, 10, 40}, {5, 10, 40}, {5, 20, 40},
                                                       {2, 20, 40}, {0, 0, 40},  {2, 10, 30}, {5, 39, 40}};
    for (const auto& [x, tx, T] : customers) {
        EXPECT_DOUBLE_EQ(alive(x, tx, T), analytics::paretoNbdProbabilityAlive(p, x, tx, T))
            << x << ", " << tx << ", " << T;
    }
    EXPECT_NE(alive(5, 10, 40), alive(2, 10, 40)) << "x matters";
}

TEST(LifetimeValue, SaysWhyWhenTheDataCannotSupportAFit) {
    SummaryBuilder oneCustomer({TimeUnit::Week, std::nullopt});
    oneCustomer.add("only", core::Date::fromDays(100), 1000);
    oneCustomer.add("only", core::Date::fromDays(120), 1000);
    const auto single = analytics::predictLifetimeValues(oneCustomer.finish(), {});
    EXPECT_TRUE(single.values.empty());
    EXPECT_NE(single.problem.find("cannot support"), std::string::npos) << single.problem;

    SummaryBuilder nobodyRepeats({TimeUnit::Week, core::Date::fromDays(400)});
    for (int i = 0; i < 50; ++i) {
        nobodyRepeats.add("c" + std::to_string(i), core::Date::fromDays(100 + i), 1000);
    }
    const auto none = analytics::predictLifetimeValues(nobodyRepeats.finish(), {});
    EXPECT_TRUE(none.values.empty());
    EXPECT_NE(none.problem.find("purchase model"), std::string::npos) << none.problem;
}

TEST(LifetimeValue, WhenOnlyTheSpendModelFailsTheObservedMeansStandInAndPurchasesStand) {
    // Purchases as BG/NBD makes them, but every purchase line costs exactly 25.00: spend barely varies between
    // customers, so Gamma-Gamma's q and gamma run off to infinity (the UK shop's case).
    analytics::SimulationSpec spec;
    spec.model = PurchaseModel::BgNbd;
    spec.parameters = {0.25, 4.0, 0.8, 2.5};
    spec.customers = 3'000;
    spec.cohortDays = 84;
    spec.observationEndDay = 364;
    spec.seed = 11;
    SummaryBuilder builder({spec.unit, core::Date::fromDays(spec.observationEndDay)});
    analytics::simulatePurchases(spec, [&](std::int64_t customer, std::int32_t day, std::int64_t) {
        builder.add(std::to_string(customer), core::Date::fromDays(day), 2500);
    });
    const auto summaries = builder.finish();
    const auto result = analytics::predictLifetimeValues(summaries, {});
    ASSERT_TRUE(result.purchases.quality.converged) << result.purchases.quality.message;
    ASSERT_FALSE(result.spend.quality.converged) << "constant spend should defeat Gamma-Gamma";
    EXPECT_TRUE(result.problem.empty()) << result.problem;
    EXPECT_TRUE(result.spendFromObservedMeans);
    ASSERT_EQ(result.values.size(), summaries.size());
    double weighted = 0;
    double repeats = 0;
    for (const auto& s : summaries) {
        weighted += s.frequency * s.monetary;
        repeats += s.frequency;
    }
    ASSERT_GT(repeats, 0);
    for (std::size_t i = 0; i < summaries.size(); ++i) {
        const auto& s = summaries[i];
        // A repeat buyer's own mean spend per repeat purchase day; the repeat buyers' mean for the others.
        EXPECT_DOUBLE_EQ(result.values[i].expectedSpend, s.frequency > 0 ? s.monetary : weighted / repeats)
            << s.customer;
        EXPECT_GT(result.values[i].probabilityAlive, 0.0);
        EXPECT_GT(result.values[i].clv, 0.0);
    }
    const auto assessment = analytics::assessFits(result, 0.5);
    EXPECT_TRUE(assessment.spendModelWeak);
    const auto lines = assessment.describe();
    ASSERT_FALSE(lines.empty());
    EXPECT_NE(lines[0].find("own average spend per purchase stands in"), std::string::npos) << lines[0];
}
