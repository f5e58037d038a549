// The control group and the measurement of a campaign: the draw is reproducible from its seed and holds back the
// share asked within every stratum; the intervals match published examples and, over many simulated campaigns,
// cover the true lift about 95 % of the time, and a campaign without effect is called so about as often.
#include "analytics/campaign_measurement.h"
#include "analytics/control_group.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <random>

namespace rapport::analytics {
namespace {

std::vector<CampaignCandidate> candidates(int count, int strata) {
    std::vector<CampaignCandidate> result;
    for (int i = 0; i < count; ++i) {
        result.push_back({1000 + 7 * i, strata > 0 ? i % strata : 0});
    }
    return result;
}

std::vector<core::CustomerId> controlIds(const std::vector<core::CampaignMember>& members) {
    std::vector<core::CustomerId> ids;
    for (const auto& m : members) {
        if (m.control) {
            ids.push_back(m.customerId);
        }
    }
    return ids;
}

TEST(ControlGroup, TheSameSeedDrawsTheSameGroupWhateverTheOrderOfTheList) {
    auto list = candidates(5000, 4);
    const auto first = drawControlGroup(list, 20, 42);
    std::mt19937 shuffle(7);
    std::shuffle(list.begin(), list.end(), shuffle);
    const auto again = drawControlGroup(list, 20, 42);
    EXPECT_EQ(first, again);
    const auto other = drawControlGroup(list, 20, 43);
    EXPECT_NE(controlIds(first), controlIds(other));
}

TEST(ControlGroup, AFixedSeedGivesAFixedGroup) {
    // Written out once from this implementation: SplitMix64 and the draw are specified here, not by a library, so
    // any platform or compiler must draw exactly these. A change of the algorithm breaks old campaigns' records.
    SplitMix64 random(0);
    EXPECT_EQ(random.next(), 0xE220A8397B1DCDAFULL); // the reference output of SplitMix64 seeded with 0
    EXPECT_EQ(random.next(), 0x6E789E6AA1B965F4ULL);
    const auto members = drawControlGroup(candidates(10, 0), 30, 2026);
    EXPECT_EQ(controlIds(members).size(), 3U);
    EXPECT_EQ(controlIds(members), controlIds(drawControlGroup(candidates(10, 0), 30, 2026)));
}

TEST(ControlGroup, HoldsBackTheShareWithinEveryStratum) {
    auto list = candidates(1000, 0);
    for (auto& c : list) {
        c.stratum = c.id % 3 == 0 ? 1 : (c.id % 5 == 0 ? 2 : 3); // unequal strata
    }
    const auto members = drawControlGroup(list, 25, 99);
    std::map<int, std::pair<int, int>> perStratum; // stratum -> (members, controls)
    for (const auto& m : members) {
        ++perStratum[m.stratum].first;
        perStratum[m.stratum].second += m.control ? 1 : 0;
    }
    ASSERT_EQ(perStratum.size(), 3U);
    for (const auto& [stratum, counts] : perStratum) {
        EXPECT_EQ(counts.second, (counts.first * 25 + 50) / 100) << "stratum " << stratum;
    }
    EXPECT_EQ(members.size(), 1000U);
    EXPECT_TRUE(std::is_sorted(members.begin(), members.end(),
                               [](const auto& a, const auto& b) { return a.customerId < b.customerId; }));
}

TEST(ControlGroup, EveryCustomerIsEquallyLikelyToBeHeldBack) {
    // 10 candidates, 20 %: over 20,000 seeds each is held back 4,000 times give or take binomial noise (sd ~57).
    std::map<core::CustomerId, int> held;
    for (std::uint64_t seed = 1; seed <= 20'000; ++seed) {
        for (const auto id : controlIds(drawControlGroup(candidates(10, 0), 20, seed))) {
            ++held[id];
        }
    }
    ASSERT_EQ(held.size(), 10U);
    for (const auto& [id, times] : held) {
        EXPECT_NEAR(times, 4000, 250) << "customer " << id;
    }
}

TEST(CampaignMeasurement, ProportionDifferenceMatchesNewcombesExample) {
    // Newcombe (1998), Statistics in Medicine 17:873-890, table II: 56/70 - 48/80 by method 10 (score limits).
    const auto d = proportionDifference(56, 70, 48, 80, 0.95);
    EXPECT_NEAR(d.value, 0.2, 1e-12);
    EXPECT_NEAR(d.low, 0.0524, 5e-5);
    EXPECT_NEAR(d.high, 0.3339, 5e-5);
    // The same table's 0/10 - 0/20 (nothing happened in either group): an interval around zero, not a point.
    const auto none = proportionDifference(0, 10, 0, 20, 0.95);
    EXPECT_NEAR(none.low, -0.1611, 5e-5);
    EXPECT_NEAR(none.high, 0.2775, 5e-5);
}

TEST(CampaignMeasurement, WelchIntervalFromTheTextbookFormula) {
    // Two groups: means 10 and 8, sds 4 and 2, n 30 and 20. se = sqrt(16/30 + 4/20) = 0.85635, Welch df =
    // 0.73333^2 / ((0.53333^2)/29 + (0.2^2)/19) = 45.0; t(0.975, 45.0) = 2.01410.
    const auto d = welchDifference(10, 4, 30, 8, 2, 20, 0.95);
    EXPECT_NEAR(d.value, 2.0, 1e-12);
    EXPECT_NEAR(d.high - d.value, 2.01410 * 0.856349, 2e-4);
    EXPECT_NEAR(d.value - d.low, d.high - d.value, 1e-9);
}

/** A simulated campaign: response probabilities and a skewed spend (log-normal) for those who respond. */
std::vector<CampaignMemberOutcome> simulate(std::mt19937_64& random, int customers, double controlResponse,
                                            double treatedResponse, std::uint64_t drawSeed) {
    const auto members = drawControlGroup(candidates(customers, 2), 20, drawSeed);
    std::lognormal_distribution<double> spend(std::log(8000.0), 1.0); // minor units: a median of 80.00, long tail
    std::vector<CampaignMemberOutcome> outcomes;
    for (const auto& m : members) {
        std::bernoulli_distribution responds(m.control ? controlResponse : treatedResponse);
        CampaignMemberOutcome o;
        o.customerId = m.customerId;
        o.control = m.control;
        if (responds(random)) {
            o.purchases = 1;
            o.revenueMinor = static_cast<std::int64_t>(spend(random));
            o.marginMinor = o.revenueMinor / 4;
        }
        outcomes.push_back(o);
    }
    return outcomes;
}

TEST(CampaignMeasurement, The95PercentIntervalsCoverTheTrueLiftAbout95PercentOfTheTime) {
    constexpr int kCampaigns = 1000;
    constexpr double kControl = 0.10;
    constexpr double kTreated = 0.14;
    // The true revenue lift per customer: (0.14 - 0.10) x the log-normal's mean, exp(mu + sigma^2 / 2).
    const double meanSpend = std::exp(std::log(8000.0) + 0.5);
    const double trueRevenueLift = (kTreated - kControl) * meanSpend;
    std::mt19937_64 random(20261130);
    int responseCovered = 0;
    int revenueCovered = 0;
    int calledPositive = 0;
    for (int i = 0; i < kCampaigns; ++i) {
        const auto outcomes = simulate(random, 3000, kControl, kTreated, 1000 + static_cast<std::uint64_t>(i));
        const auto m = measureCampaign(outcomes, core::Money::fromMinor(100));
        ASSERT_EQ(m.control.customers, 600); // 20 % of each stratum of 1,500
        responseCovered += m.responseLift.low <= kTreated - kControl && kTreated - kControl <= m.responseLift.high;
        revenueCovered += m.revenueLift.low <= trueRevenueLift && trueRevenueLift <= m.revenueLift.high;
        calledPositive += m.response == Verdict::Positive;
    }
    // Binomial noise on 1,000 campaigns: sd 0.7 points around 95 %; 93-97 % is about three sd either side.
    EXPECT_GE(responseCovered, 930) << responseCovered;
    EXPECT_LE(responseCovered, 970) << responseCovered;
    EXPECT_GE(revenueCovered, 930) << revenueCovered;
    EXPECT_LE(revenueCovered, 970) << revenueCovered;
    EXPECT_GT(calledPositive, 500) << "a 4-point lift on 2,400 against 600 should mostly be seen";
}

TEST(CampaignMeasurement, ACampaignWithoutEffectIsCalledSoAbout95PercentOfTheTime) {
    constexpr int kCampaigns = 1000;
    std::mt19937_64 random(7);
    int noEffect = 0;
    int revenueNoEffect = 0;
    for (int i = 0; i < kCampaigns; ++i) {
        const auto m = measureCampaign(simulate(random, 3000, 0.12, 0.12, 5000 + static_cast<std::uint64_t>(i)),
                                       core::Money::fromMinor(0));
        noEffect += m.response == Verdict::NoMeasurableEffect;
        revenueNoEffect += m.revenue == Verdict::NoMeasurableEffect;
    }
    EXPECT_GE(noEffect, 930) << noEffect;
    EXPECT_LE(noEffect, 970) << noEffect;
    EXPECT_GE(revenueNoEffect, 930) << revenueNoEffect;
    EXPECT_LE(revenueNoEffect, 970) << revenueNoEffect;
}

TEST(CampaignMeasurement, IncrementalFiguresScaleTheLiftByTheTreatedAndSubtractTheCost) {
    std::vector<CampaignMemberOutcome> outcomes;
    for (int i = 0; i < 100; ++i) {
        const bool control = i % 4 == 0;                                      // 25 control, 75 treated
        const bool bought = control ? i % 20 == 0 : i % 4 == 1 || i % 4 == 2; // control 5 of 25, treated 50 of 75
        outcomes.push_back({i + 1, control, 0, bought ? 1 : 0, bought ? 10'000 : 0, bought ? 3'000 : 0});
    }
    const auto m = measureCampaign(outcomes, core::Money::fromMinor(250));
    EXPECT_EQ(m.treated.customers, 75);
    EXPECT_EQ(m.control.customers, 25);
    EXPECT_EQ(m.treated.responders, 50);
    EXPECT_EQ(m.control.responders, 5);
    EXPECT_NEAR(m.responseLift.value, 50.0 / 75 - 5.0 / 25, 1e-12);
    EXPECT_NEAR(m.revenueLift.value, 10'000.0 * (50.0 / 75 - 5.0 / 25), 1e-6);
    EXPECT_NEAR(m.incrementalRevenue.value, m.revenueLift.value * 75, 1e-6);
    EXPECT_NEAR(m.incrementalRevenue.low, m.revenueLift.low * 75, 1e-6);
    EXPECT_EQ(m.costMinor, 250 * 75);
    EXPECT_NEAR(m.netMargin.value, m.marginLift.value * 75 - 250 * 75, 1e-6);
    EXPECT_EQ(m.response, Verdict::Positive);
}

TEST(CampaignMeasurement, TooFewInAGroupIsSaidNotGuessed) {
    const std::vector<CampaignMemberOutcome> outcomes{{1, false, 0, 1, 100, 10}, {2, true, 0, 0, 0, 0}};
    const auto m = measureCampaign(outcomes, core::Money::fromMinor(0));
    EXPECT_EQ(m.response, Verdict::TooFewCustomers);
    EXPECT_EQ(m.revenue, Verdict::TooFewCustomers);
}

TEST(CampaignMeasurement, OnHeavyTailedSpendTheRevenueIntervalCoversLessThanItsNominal95Percent) {
    // A base like the demo's: 30 % organisations spending about ten times a household, with a long tail. Welch's
    // interval of revenue per customer is known to undercover on such data at these group sizes; this measures by
    // how much (about 91 % here) so that the methodology can say it, and fails if a change makes it worse.
    std::mt19937_64 random(11);
    int covered = 0;
    constexpr int kCampaigns = 1000;
    for (int i = 0; i < kCampaigns; ++i) {
        const auto members = drawControlGroup(candidates(2500, 0), 20, 9000 + static_cast<std::uint64_t>(i));
        std::vector<CampaignMemberOutcome> outcomes;
        std::lognormal_distribution<double> person(std::log(8000.0), 1.0);
        std::lognormal_distribution<double> organisation(std::log(90000.0), 1.2);
        std::bernoulli_distribution isOrganisation(0.3);
        std::bernoulli_distribution responds(0.25);
        for (const auto& m : members) {
            CampaignMemberOutcome o;
            o.customerId = m.customerId;
            o.control = m.control;
            if (responds(random)) {
                o.purchases = 1;
                o.revenueMinor =
                    static_cast<std::int64_t>(isOrganisation(random) ? organisation(random) : person(random));
            }
            outcomes.push_back(o);
        }
        const auto m = measureCampaign(outcomes, core::Money::fromMinor(0));
        covered += m.revenueLift.low <= 0 && 0 <= m.revenueLift.high;
    }
    RecordProperty("revenue_interval_coverage_per_mille", covered);
    EXPECT_GE(covered, 880) << covered << " of " << kCampaigns;
    EXPECT_LE(covered, 950) << covered << " of " << kCampaigns << ": better than expected; update the methodology";
}

} // namespace
} // namespace rapport::analytics
