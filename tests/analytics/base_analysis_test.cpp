// Hand-checked small cases for the four groups, the ladder, churn, the ranking and table 7.3, on a real
// SQLite file.
#include "analytics/base_analysis.h"
#include "analytics/customer_scores.h"
#include "analytics/relationship_metrics.h"
#include "storage/fixtures.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <thread>
#include <tuple>

using namespace rapport;
using namespace rapport::test;
using analytics::ChurnStatus;
using core::Date;
using core::EpisodeKind;
using core::LadderStage;

namespace {

class BaseAnalysisTest : public RepositoryTest {
protected:
    core::CustomerId customer(const std::string& name) { return repo().addCustomer(makeCustomer(name)); }
    void buy(core::CustomerId id, const std::string& day, std::int64_t cents, std::int64_t margin = 0) {
        repo().addEpisode(makePurchase(id, day, cents, margin));
    }
    void contact(core::CustomerId id, const std::string& day, EpisodeKind kind, std::optional<int> rating = {}) {
        auto e = makeContact(id, day, kind);
        e.satisfaction = rating;
        repo().addEpisode(e);
    }
    analytics::BaseAnalysis analyse(analytics::BaseAnalysisOptions options = {}) {
        options.until = options.until.value_or(*Date::parseIso("2025-12-31"));
        return analytics::analyseBase(repo(), options);
    }
    static const analytics::CustomerProfile& profile(const analytics::BaseAnalysis& a, core::CustomerId id) {
        for (const auto& p : a.profiles) {
            if (p.id == id) {
                return p;
            }
        }
        throw std::out_of_range("no profile");
    }
};

} // namespace

TEST_F(BaseAnalysisTest, FourGroupsSplitAtTheMediansAndTrackMovement) {
    // Window 2025. Per purchase and per month: big-often 100.00 x 12, small-often 10.00 x 12,
    // big-rare 100.00 x 1, small-rare 10.00 x 1. Medians: cost (10+10+100+100)/2 = 55, frequency 0.54.
    const auto bigOften = customer("big often");
    const auto smallOften = customer("small often");
    const auto bigRare = customer("big rare");
    const auto smallRare = customer("small rare");
    for (int month = 1; month <= 12; ++month) {
        const auto day = "2025-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "-15";
        buy(bigOften, day, 10'000, 3'000);
        buy(smallOften, day, 1'000, 300);
    }
    buy(bigRare, "2025-06-01", 10'000, 3'000);
    buy(smallRare, "2025-06-01", 1'000, 300);
    buy(smallRare, "2024-03-01", 10'000); // the year before: big and rare then
    const auto a = analyse();
    const auto& r = a.fourGroups;
    EXPECT_DOUBLE_EQ(r.costThreshold, 55.0);
    EXPECT_NEAR(r.frequencyThreshold, (1.0 + 12.0) / 2 / 12, 1e-12);
    EXPECT_EQ(r.groups[1].members, std::vector<core::CustomerId>{bigOften});
    EXPECT_EQ(r.groups[2].members, std::vector<core::CustomerId>{smallOften});
    EXPECT_EQ(r.groups[3].members, std::vector<core::CustomerId>{bigRare});
    EXPECT_EQ(r.groups[4].members, std::vector<core::CustomerId>{smallRare});
    EXPECT_DOUBLE_EQ(r.groups[1].customerShare, 0.25);
    EXPECT_NEAR(r.groups[1].revenueShare, 120'000.0 / (120'000 + 12'000 + 10'000 + 1'000), 1e-12);
    EXPECT_EQ(r.movement[3][4], 1); // small rare was big and rare in 2024
    EXPECT_EQ(r.movement[0][1], 1);

    analytics::BaseAnalysisOptions set;
    set.fourGroups.costThreshold = 5.0; // everybody is "high cost" now
    set.fourGroups.frequencyThreshold = 0.5;
    const auto b = analyse(set);
    EXPECT_FALSE(b.fourGroups.thresholdsAreMedians);
    EXPECT_EQ(b.fourGroups.groups[1].customers, 2);
    EXPECT_EQ(b.fourGroups.groups[3].customers, 2);
}

TEST_F(BaseAnalysisTest, StoredScoresMatchTheAnalysisAndFilterLikeItsReports) {
    const auto often = customer("often");
    const auto once = customer("once");
    const auto never = customer("never");
    for (int month = 1; month <= 12; ++month) {
        buy(often, "2025-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "-10", 5'000);
    }
    buy(once, "2025-02-01", 20'000);
    contact(never, "2025-03-01", EpisodeKind::Inquiry);
    const auto a = analyse();
    const auto scores = analytics::customerScores(a);
    ASSERT_EQ(scores.size(), a.profiles.size());
    // Made a batch at a time for the store: the same scores, in the same order, two at a time.
    const auto batches = analytics::customerScoreBatches(a, 2);
    EXPECT_EQ(batches.count, scores.size());
    std::size_t made = 0;
    for (auto batch = batches.next(); !batch.empty(); batch = batches.next()) {
        ASSERT_LE(batch.size(), 2U);
        for (const auto& score : batch) {
            ASSERT_LT(made, scores.size());
            const auto& whole = scores[made++];
            EXPECT_EQ(score.id, whole.id);
            EXPECT_EQ(score.stage, whole.stage);
            EXPECT_EQ(score.fourGroup, whole.fourGroup);
            EXPECT_EQ(score.churnStatus, whole.churnStatus);
            EXPECT_EQ(score.probabilityAlive, whole.probabilityAlive);
            EXPECT_EQ(score.predictedValue, whole.predictedValue);
        }
    }
    EXPECT_EQ(made, scores.size());
    EXPECT_TRUE(batches.next().empty()); // and stays done
    // Stored as the app stores them: batches, written as they are made. The rows below must match the analysis.
    repo().inOneTransaction([&] { repo().storeScoresAndLevels(analytics::customerScoreBatches(a, 2), {}, a.until); });

    for (const auto id : {often, once, never}) {
        const auto row = repo().customerRow(id);
        ASSERT_TRUE(row && row->stage);
        EXPECT_EQ(*row->stage, profile(a, id).stage);
    }
    EXPECT_EQ(repo().customerRow(never)->fourGroup, 0);
    EXPECT_FALSE(repo().customerRow(never)->churnStatus); // not a buyer
    for (int group = 1; group <= 4; ++group) {
        storage::CustomerFilter filter;
        filter.fourGroup = group;
        EXPECT_EQ(repo().customerCount(filter), a.fourGroups.groups[static_cast<std::size_t>(group)].customers)
            << group;
    }
    for (std::size_t status = 0; status < 4; ++status) {
        storage::CustomerFilter filter;
        filter.churnStatus = static_cast<ChurnStatus>(status);
        EXPECT_EQ(repo().customerCount(filter), a.churn.customersPerStatus[status]) << status;
    }
}

TEST_F(BaseAnalysisTest, TheLadderFollowsTheRulesAndAnOverrideWins) {
    const auto prospect = customer("never met");
    const auto once = customer("bought once");
    const auto client = customer("buys again");
    const auto supporter = customer("happy client");
    const auto advocate = customer("recommends us");
    const auto partner = customer("designs with us");
    const auto unhappy = customer("happy but complaint open");
    buy(once, "2025-01-10", 1000);
    for (auto id : {client, supporter, advocate, partner, unhappy}) {
        buy(id, "2025-01-10", 1000);
        buy(id, "2025-03-10", 1000);
    }
    contact(supporter, "2025-04-01", EpisodeKind::Feedback, 2);
    contact(advocate, "2025-05-01", EpisodeKind::Referral);
    contact(partner, "2025-06-01", EpisodeKind::CoCreation);
    contact(unhappy, "2025-04-01", EpisodeKind::Feedback, 2);
    auto complaint = makeContact(unhappy, "2025-05-01", EpisodeKind::Complaint);
    complaint.followUpOn = Date::fromYmd(2025, 5, 8);
    repo().addEpisode(complaint);

    auto a = analyse();
    EXPECT_EQ(profile(a, prospect).stage, LadderStage::Prospect);
    EXPECT_EQ(profile(a, once).stage, LadderStage::Customer);
    EXPECT_EQ(profile(a, client).stage, LadderStage::Client);
    EXPECT_EQ(profile(a, supporter).stage, LadderStage::Supporter);
    EXPECT_EQ(profile(a, advocate).stage, LadderStage::Advocate);
    EXPECT_EQ(profile(a, partner).stage, LadderStage::Partner);
    EXPECT_EQ(profile(a, unhappy).stage, LadderStage::Client) << "an open complaint keeps a client from supporter";
    // History: the client rung was reached on the second purchase day, 59 days after the first.
    EXPECT_EQ(profile(a, client).reachedOn[2], Date::fromYmd(2025, 3, 10));
    EXPECT_EQ(a.ladder.medianDaysToNextStage[1], 59.0);
    EXPECT_EQ(a.ladder.customersPerStage[static_cast<std::size_t>(LadderStage::Client)], 2);

    repo().setLadderOverride({client, LadderStage::Partner, "framework agreement", Date::fromYmd(2025, 7, 1), "anna"});
    a = analyse();
    EXPECT_EQ(profile(a, client).stage, LadderStage::Partner);
    EXPECT_TRUE(profile(a, client).stageSetByHand);
    EXPECT_EQ(a.ladder.setByHand, 1);

    analytics::BaseAnalysisOptions stricter;
    stricter.ladder.clientPurchaseDays = 3;
    a = analyse(stricter);
    EXPECT_EQ(profile(a, supporter).stage, LadderStage::Customer);
}

TEST_F(BaseAnalysisTest, ALivePartnershipMakesAClientAPartnerFromItsStartButNotAProspectOrAnEndedOne) {
    const auto early = customer("client before the partnership");
    const auto late = customer("client after the partnership began");
    const auto prospect = customer("partner never met as a customer");
    const auto ended = customer("client whose partnership ended");
    const auto other = customer("client among many in the scan");
    for (auto id : {early, ended, other}) {
        buy(id, "2025-01-10", 1000);
        buy(id, "2025-02-10", 1000);
    }
    buy(late, "2025-06-10", 1000);
    buy(late, "2025-08-10", 1000);
    const auto link = [&](core::CustomerId id, Date since, std::optional<Date> endedOn) {
        core::Partnership partnership;
        partnership.partnerName = "Partnership " + std::to_string(id);
        partnership.partnerCustomerId = id;
        partnership.direction = core::PartnerDirection::Supplier;
        partnership.stageHistory = {{core::PartnershipStage::Formation, since, ""}};
        partnership.startedOn = since;
        partnership.endedOn = endedOn;
        repo().addPartnership(partnership);
    };
    link(early, Date::fromYmd(2025, 4, 1), std::nullopt);
    link(late, Date::fromYmd(2025, 4, 1), std::nullopt);
    link(prospect, Date::fromYmd(2025, 4, 1), std::nullopt);
    link(ended, Date::fromYmd(2025, 3, 1), Date::fromYmd(2025, 5, 1));

    const auto a = analyse();
    const auto partnerOn = [&](core::CustomerId id) {
        return profile(a, id).reachedOn[static_cast<std::size_t>(LadderStage::Partner)];
    };
    // A partner from the later of the partnership's start and the day the rung below was reached.
    EXPECT_EQ(profile(a, early).stage, LadderStage::Partner);
    EXPECT_EQ(partnerOn(early), Date::fromYmd(2025, 4, 1));
    EXPECT_EQ(profile(a, late).stage, LadderStage::Partner);
    EXPECT_EQ(partnerOn(late), Date::fromYmd(2025, 8, 10));
    EXPECT_TRUE(profile(a, late).partnershipLink);
    // Without a purchase nobody climbs the ladder, partnership or not; an ended partnership links nobody.
    EXPECT_EQ(profile(a, prospect).stage, LadderStage::Prospect);
    EXPECT_TRUE(profile(a, prospect).partnershipLink);
    EXPECT_EQ(partnerOn(prospect), std::nullopt);
    EXPECT_EQ(profile(a, ended).stage, LadderStage::Client);
    EXPECT_FALSE(profile(a, ended).partnershipLink);
    EXPECT_EQ(profile(a, other).stage, LadderStage::Client);
    EXPECT_FALSE(profile(a, other).partnershipLink);
}

TEST_F(BaseAnalysisTest, ChurnStatusFromTheCustomersOwnRhythmAndRecords) {
    // Usual interval 30 days. Until 2025-12-31: last purchase 20 days ago is active, 60 days at risk
    // (over 1.5 x 30), 120 days lapsed (over 3 x 30); a churn record after the last purchase is lost.
    const auto active = customer("active");
    const auto atRisk = customer("at risk");
    const auto lapsed = customer("lapsed");
    const auto lost = customer("lost");
    const auto lostMoved = customer("lost, moved away");
    const auto wonBack = customer("won back");
    const auto schedule = [&](core::CustomerId id, Date last) {
        for (int k = 3; k >= 0; --k) {
            buy(id, last.addDays(-30 * k).toIso(), 5000);
        }
    };
    const auto end = Date::fromYmd(2025, 12, 31);
    schedule(active, end.addDays(-20));
    schedule(atRisk, end.addDays(-60));
    schedule(lapsed, end.addDays(-120));
    schedule(lost, end.addDays(-20));
    schedule(lostMoved, end.addDays(-20));
    schedule(wonBack, end.addDays(-20));
    repo().addChurnRecord({0, lost, end.addDays(-10), "lower_prices", "", 0, core::WinBackOutcome::None});
    repo().addChurnRecord({0, lostMoved, end.addDays(-12), "moved", "", 0, core::WinBackOutcome::None});
    repo().addChurnRecord({0, wonBack, end.addDays(-10), "lower_prices", "", 1, core::WinBackOutcome::WonBack});
    // Only a customer's latest record up to the analysis's end counts: an older one with another reason, and one
    // after the end, change nothing.
    repo().addChurnRecord({0, lostMoved, end.addDays(-15), "lower_prices", "", 0, core::WinBackOutcome::None});
    repo().addChurnRecord({0, active, end.addDays(5), "moved", "", 0, core::WinBackOutcome::None});
    analytics::BaseAnalysisOptions noModel;
    noModel.churn.atRiskProbabilityAlive = 0; // judge by intervals only here
    const auto a = analyse(noModel);
    std::map<core::CustomerId, ChurnStatus> status;
    std::map<core::CustomerId, std::string> reason;
    std::map<core::CustomerId, std::optional<Date>> churnedOn;
    for (const auto& s : a.churn.assessments) {
        status[s.id] = s.status;
        reason[s.id] = std::string(a.churn.reasonCode(s));
        churnedOn[s.id] = s.churnedOn;
    }
    // Each lost customer names their own reason and day; the others none (the won-back one's record is undone).
    EXPECT_EQ(reason[lost], "lower_prices");
    EXPECT_EQ(churnedOn[lost], end.addDays(-10));
    EXPECT_EQ(reason[lostMoved], "moved");
    EXPECT_EQ(churnedOn[lostMoved], end.addDays(-12));
    for (const auto id : {active, atRisk, lapsed, wonBack}) {
        EXPECT_EQ(reason[id], "");
        EXPECT_EQ(churnedOn[id], std::nullopt);
    }
    EXPECT_EQ(status[lostMoved], ChurnStatus::Lost);
    EXPECT_EQ(status[active], ChurnStatus::Active);
    EXPECT_EQ(status[atRisk], ChurnStatus::AtRisk);
    EXPECT_EQ(status[lapsed], ChurnStatus::Lapsed);
    EXPECT_EQ(status[lost], ChurnStatus::Lost);
    EXPECT_EQ(status[wonBack], ChurnStatus::Active);
    ASSERT_EQ(a.churn.atRisk.size(), 1u);
    EXPECT_EQ(a.churn.atRisk[0].id, atRisk);
    const auto prices = std::find_if(a.churn.reasons.begin(), a.churn.reasons.end(),
                                     [](const auto& r) { return r.reason.code == "lower_prices"; });
    ASSERT_NE(prices, a.churn.reasons.end());
    EXPECT_EQ(prices->customers, 1);
    EXPECT_DOUBLE_EQ(prices->share, 0.5);
    EXPECT_TRUE(prices->reason.benchmarkLowPercent.has_value());
}

TEST_F(BaseAnalysisTest, RankingParetoAbcAndTable73) {
    // Ten customers: one brings 910.00, nine bring 10.00 each: the top 10 % bring 91 % of revenue.
    const auto whale = customer("whale");
    buy(whale, "2025-02-01", 91'000, 30'000);
    repo().setRelationshipCost({whale, 2025, core::CostLine::Delivery, core::Money::fromMinor(10'000)});
    for (int i = 0; i < 9; ++i) {
        buy(customer("small " + std::to_string(i)), "2025-02-01", 1'000, 500);
    }
    const auto a = analyse();
    const auto& r = a.ranking;
    ASSERT_EQ(r.ranked.size(), 10u);
    EXPECT_EQ(r.ranked[0].id, whale);
    EXPECT_DOUBLE_EQ(r.ranked[0].value, 200.0); // margin 300.00 minus 100.00 of costs
    EXPECT_EQ(r.ranked[0].abcClass, 'A');
    EXPECT_EQ(r.ranked[0].decision, analytics::Decision::HoldOn);
    EXPECT_NEAR(r.top20RevenueShare, (910.0 + 10.0) / 1000.0, 1e-12);
    EXPECT_NEAR(r.top10ProfitShare, 200.0 / (200.0 + 45.0), 1e-12);
    EXPECT_NEAR(r.curve.back().valueShare, 1.0, 1e-12);

    const auto v = analytics::historicalValue(profile(a, whale), a.until, 12, 0.0);
    EXPECT_DOUBLE_EQ(v.averageSale, 910.0);
    EXPECT_DOUBLE_EQ(v.purchasesPerYear, 1.0); // under a year of relationship counts as one year
    EXPECT_DOUBLE_EQ(v.profitabilityPerYear, 200.0);
    EXPECT_NEAR(v.lifetimeValue, 200.0, 1e-9); // 12 months undiscounted = one year's value
    EXPECT_NEAR(analytics::discountedMonths(12, 0.01), (1 - std::pow(1.01, -12)) / 0.01, 1e-12);
}

TEST(Rfm, EqualValuesShareABin) {
    EXPECT_EQ(analytics::quintileScores({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}),
              (std::vector<std::int8_t>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5}));
    EXPECT_EQ(analytics::quintileScores({1, 1, 1, 1, 1, 1, 1, 1, 9, 9}),
              (std::vector<std::int8_t>{1, 1, 1, 1, 1, 1, 1, 1, 5, 5}));
    EXPECT_EQ(analytics::rfmSegment(5, 5, 5), "champions");
    EXPECT_EQ(analytics::rfmSegment(1, 1, 1), "hibernating");
}

TEST(Rfm, EachValuesBinCountsTheSmallerValuesWhateverTheirOrder) {
    // Small cases: -0.0 and 0.0 are one value; fewer than five values skip bins.
    EXPECT_EQ(analytics::quintileScores({0.0, -0.0, 1, 2, 3}), (std::vector<std::int8_t>{1, 1, 3, 4, 5}));
    EXPECT_EQ(analytics::quintileScores({2, 1}), (std::vector<std::int8_t>{3, 1}));
    EXPECT_EQ(analytics::quintileScores({7}), (std::vector<std::int8_t>{1}));
    EXPECT_TRUE(analytics::quintileScores({}).empty());
    // Values in no order, with runs of ties across the bins' borders and negatives: each bin is checked against
    // the definition, 1 + floor(5 * (number of smaller values) / n), counted one by one.
    std::vector<double> values;
    for (int i = 0; i < 2'003; ++i) {
        values.push_back(static_cast<double>((i * 7'919) % 613 - 200) / 4.0);
    }
    const auto scores = analytics::quintileScores(values);
    ASSERT_EQ(scores.size(), values.size());
    const double n = static_cast<double>(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto smaller = std::count_if(values.begin(), values.end(), [&](double v) { return v < values[i]; });
        const int expected = 1 + static_cast<int>(std::floor(5.0 * static_cast<double>(smaller) / n));
        if (scores[i] != expected) {
            ADD_FAILURE() << "value " << values[i] << " at " << i << ": bin " << int{scores[i]} << ", expected "
                          << expected;
            break;
        }
    }
}

TEST(BaseAnalysis, AnEmptyBaseGivesEmptyReportsAndSaysWhyThereAreNoPredictions) {
    TempDir dir;
    auto repository = storage::openRepository(dir.file("empty.sqlite"));
    const auto a = analytics::analyseBase(*repository, {});
    EXPECT_TRUE(a.profiles.empty());
    EXPECT_FALSE(a.predictions.problem.empty());
    EXPECT_EQ(a.ranking.ranked.size(), 0u);
    EXPECT_EQ(a.fourGroups.buyers, 0);
}

TEST_F(BaseAnalysisTest, RelationshipMetricsPerYearAndEpisode) {
    const auto id = customer("metrics");
    buy(id, "2024-03-01", 10'000, 4'000);
    buy(id, "2025-03-01", 20'000, 5'000);
    repo().addEpisode([&] {
        auto e = makePurchase(id, "2025-04-01", -5'000, -1'000); // a return
        e.kind = EpisodeKind::Return;
        return e;
    }());
    repo().setRelationshipCost({id, 2025, core::CostLine::SalesManagerPay, core::Money::fromMinor(1'500)});
    auto answered = makeContact(id, "2025-05-01", EpisodeKind::Complaint);
    answered.satisfaction = -1;
    answered.critical = true;
    answered.followUpOn = Date::fromYmd(2025, 5, 4);
    answered.followUpDone = true;
    repo().addEpisode(answered);
    auto open = answered;
    open.occurredOn = Date::fromYmd(2025, 6, 1);
    open.followUpOn = Date::fromYmd(2025, 6, 4);
    open.followUpDone = false;
    open.critical = false;
    open.satisfaction = 2;
    repo().addEpisode(open);
    contact(id, "2026-01-05", EpisodeKind::Call); // after the observation end: left out

    const auto m = analytics::relationshipMetrics(repo(), id, Date::fromYmd(2025, 12, 31));
    ASSERT_EQ(m.years.size(), 2u);
    EXPECT_EQ(m.years[0].year, 2024);
    EXPECT_EQ(m.years[0].profitabilityMinor(), 4'000);
    EXPECT_EQ(m.years[1].purchases, 1);
    EXPECT_EQ(m.years[1].revenueMinor, 15'000);
    EXPECT_EQ(m.years[1].profitabilityMinor(), 5'000 - 1'000 - 1'500);
    EXPECT_EQ(m.complaints, 2);
    EXPECT_EQ(m.complaintsAnswered, 1);
    EXPECT_EQ(m.critical, 1);
    EXPECT_EQ(m.meanSatisfaction, 0.5);
    EXPECT_EQ(m.count(EpisodeKind::Call), 0);
    EXPECT_EQ(m.firstEpisode, Date::fromYmd(2024, 3, 1));
    EXPECT_NEAR(m.longevityMonths, Date::fromYmd(2024, 3, 1).daysUntil(Date::fromYmd(2025, 12, 31)) / 30.436875, 1e-9);
}

TEST_F(BaseAnalysisTest, ProgressHearsEveryPhaseInOrderAndCanCancel) {
    const auto id = customer("buyer");
    buy(id, "2025-01-01", 1'000);
    buy(id, "2025-03-01", 1'000);
    std::vector<analytics::AnalysisPhase> started;
    analytics::BaseAnalysisOptions options;
    options.progress = [&](analytics::AnalysisPhase phase, std::int64_t rows) {
        if (rows == 0) {
            started.push_back(phase);
        }
        return true;
    };
    analyse(options);
    using analytics::AnalysisPhase;
    EXPECT_EQ(started, (std::vector{AnalysisPhase::Purchases, AnalysisPhase::Models, AnalysisPhase::Profiles,
                                    AnalysisPhase::Reports}));

    for (const auto stopAt : {AnalysisPhase::Purchases, AnalysisPhase::Profiles}) {
        options.progress = [stopAt](AnalysisPhase phase, std::int64_t rows) { return !(phase == stopAt && rows > 0); };
        EXPECT_THROW(analyse(options), analytics::AnalysisCancelled);
    }
}

namespace {

/** What the reports of two analyses must agree on, as comparable values. */
void expectSameAnalysis(const analytics::BaseAnalysis& a, const analytics::BaseAnalysis& b) {
    EXPECT_EQ(a.until, b.until);
    EXPECT_EQ(a.current.from, b.current.from);
    EXPECT_EQ(a.previous.to, b.previous.to);
    ASSERT_EQ(a.profiles.size(), b.profiles.size());
    for (std::size_t i = 0; i < a.profiles.size(); ++i) {
        const auto& x = a.profiles[i];
        const auto& y = b.profiles[i];
        EXPECT_EQ(x.id, y.id);
        EXPECT_EQ(x.purchaseDays, y.purchaseDays) << x.id;
        EXPECT_EQ(x.current.purchases, y.current.purchases) << x.id;
        EXPECT_EQ(x.current.revenueMinor, y.current.revenueMinor) << x.id;
        EXPECT_EQ(x.firstEpisode, y.firstEpisode) << x.id;
    }
    ASSERT_EQ(a.byCustomer.size(), b.byCustomer.size());
    for (std::size_t i = 0; i < a.byCustomer.size(); ++i) {
        EXPECT_EQ(a.byCustomer[i].first, b.byCustomer[i].first);
        // The same numbers, NaN where a fit on a base this small gave none.
        const auto same = [](double x, double y) { return (std::isnan(x) && std::isnan(y)) || x == y; };
        EXPECT_TRUE(same(a.byCustomer[i].second.probabilityAlive, b.byCustomer[i].second.probabilityAlive)) << i;
        EXPECT_TRUE(same(a.byCustomer[i].second.clv, b.byCustomer[i].second.clv)) << i;
    }
    EXPECT_EQ(a.predictions.problem, b.predictions.problem);
    for (std::size_t g = 0; g < a.fourGroups.groups.size(); ++g) {
        EXPECT_EQ(a.fourGroups.groups[g].members, b.fourGroups.groups[g].members) << "group " << g;
    }
    EXPECT_EQ(a.activeCustomers, b.activeCustomers);
    EXPECT_EQ(a.revenueInWindowMinor, b.revenueInWindowMinor);
    EXPECT_EQ(a.churn.customersPerStatus, b.churn.customersPerStatus);
    EXPECT_EQ(a.ranking.ranked.size(), b.ranking.ranked.size());
    EXPECT_EQ(a.ranking.customersPerClass, b.ranking.customersPerClass);
}

} // namespace

TEST_F(BaseAnalysisTest, PurchasesReadOnASecondConnectionGiveTheSameAnalysisEvenWhenTheNewestPurchaseMisleads) {
    // Eight buyers with a rhythm each, and contacts after the last purchase (the newest episodes are no purchases).
    std::vector<core::CustomerId> buyers;
    for (int c = 0; c < 8; ++c) {
        buyers.push_back(customer("buyer " + std::to_string(c)));
        for (int month = 1 + c % 3; month <= 12 - c; month += 1 + c % 4) {
            buy(buyers.back(),
                "2025-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "-1" + std::to_string(c),
                1'000 + 250 * c, 100 * c);
        }
        contact(buyers.back(), "2025-12-20", EpisodeKind::Call, 1);
    }
    const auto analyseWith = [&](bool secondConnection, int& opened, int& profileReads) {
        analytics::BaseAnalysisOptions options; // no `until`: the purchases decide it
        options.progress = [&](analytics::AnalysisPhase phase, std::int64_t rows) {
            profileReads += phase == analytics::AnalysisPhase::Profiles && rows == 0 ? 1 : 0;
            return true;
        };
        if (secondConnection) {
            options.openPurchaseReader = [&] {
                ++opened;
                return storage::openRepository(location());
            };
        }
        return analytics::analyseBase(repo(), options);
    };
    const auto check = [&](const char* situation, int profileReadsBeside) {
        SCOPED_TRACE(situation);
        int opened = 0;
        int readsAlone = 0;
        int readsBeside = 0;
        const auto alone = analyseWith(false, opened, readsAlone);
        const auto beside = analyseWith(true, opened, readsBeside);
        EXPECT_EQ(opened, 1);
        EXPECT_EQ(readsAlone, 1);
        EXPECT_EQ(readsBeside, profileReadsBeside) << "read again only when the guess was wrong";
        expectSameAnalysis(alone, beside);
        return alone.until;
    };
    EXPECT_EQ(repo().recentPurchaseDay(), Date::fromYmd(2025, 12, 10));
    EXPECT_EQ(check("the newest purchase is the guess", 1), Date::fromYmd(2025, 12, 10));

    // A purchase its return cancels in full is no purchase day, and no guess either.
    auto invoice = makePurchase(buyers[0], "2025-12-28", 5'000);
    invoice.id = repo().addEpisode(invoice);
    auto cancellation = makePurchase(buyers[0], "2025-12-29", -5'000);
    cancellation.kind = EpisodeKind::Return;
    cancellation.cancels = invoice.id;
    repo().addEpisode(cancellation);
    EXPECT_EQ(repo().recentPurchaseDay(), Date::fromYmd(2025, 12, 10));
    EXPECT_EQ(check("the newest purchase is cancelled", 1), Date::fromYmd(2025, 12, 10));
    // In part it stays a purchase day.
    auto partly = makePurchase(buyers[2], "2025-12-21", 4'000);
    partly.id = repo().addEpisode(partly);
    auto oneItemBack = makePurchase(buyers[2], "2025-12-22", -1'000);
    oneItemBack.kind = EpisodeKind::Return;
    oneItemBack.cancels = partly.id;
    repo().addEpisode(oneItemBack);
    EXPECT_EQ(repo().recentPurchaseDay(), Date::fromYmd(2025, 12, 21));
    EXPECT_EQ(check("the newest purchase is cancelled in part", 1), Date::fromYmd(2025, 12, 21));

    // An archived customer's purchases are left out of the analysis and of the guess.
    auto gone = makeCustomer("archived");
    gone.archivedOn = Date::fromYmd(2025, 12, 31);
    const auto goneId = repo().addCustomer(gone);
    buy(goneId, "2025-12-30", 9'000);
    EXPECT_EQ(repo().recentPurchaseDay(), Date::fromYmd(2025, 12, 21));
    EXPECT_EQ(check("the newest purchase is an archived customer's", 1), Date::fromYmd(2025, 12, 21));

    // A return on the purchase's own day that names no purchase nets the day to nothing: the guess is wrong, and
    // the profiles are read again for the day the purchases end.
    buy(buyers[3], "2025-12-27", 3'000);
    auto sameDay = makePurchase(buyers[3], "2025-12-27", -3'000);
    sameDay.kind = EpisodeKind::Return;
    repo().addEpisode(sameDay);
    EXPECT_EQ(repo().recentPurchaseDay(), Date::fromYmd(2025, 12, 27));
    EXPECT_EQ(check("the newest purchase day nets to nothing", 2), Date::fromYmd(2025, 12, 21));

    // A given observation end needs no guess, and a later purchase the window leaves out changes nothing.
    buy(buyers[1], "2026-01-05", 2'000);
    int opened = 0;
    analytics::BaseAnalysisOptions until;
    until.until = Date::fromYmd(2025, 12, 31);
    const auto alone = analytics::analyseBase(repo(), until);
    until.openPurchaseReader = [&] {
        ++opened;
        return storage::openRepository(location());
    };
    expectSameAnalysis(alone, analytics::analyseBase(repo(), until));
    EXPECT_EQ(opened, 1);
}

TEST_F(BaseAnalysisTest, EpisodesReadInRunsOnTwoConnectionsGiveTheSameProfilesAndTrend) {
    // Customers of every kind: buyers at different rhythms, returns (one cancelling a purchase), complaints still
    // open, ratings, referrals, co-creation, costs, and prospects without episodes between them.
    std::int64_t costEntries = 0;
    for (int c = 0; c < 70; ++c) {
        const auto id = customer("customer " + std::to_string(c));
        const auto day = [c](int step) {
            return Date::fromYmd(2023, 1, 1).addDays((c * 37 + step * (11 + c % 5) * 7) % 1000).toIso();
        };
        for (int p = 0; p < c % 7; ++p) {
            buy(id, day(p), 1'000 + 150 * c, 40 * c);
        }
        if (c % 6 == 1) {
            auto bought = makePurchase(id, day(20), 2'500);
            bought.id = repo().addEpisode(bought);
            auto back = makePurchase(id, day(20), -2'500);
            back.kind = EpisodeKind::Return;
            back.cancels = bought.id;
            repo().addEpisode(back);
        }
        if (c % 4 == 0) {
            contact(id, day(30), EpisodeKind::Complaint, -1);
        }
        if (c % 5 == 0) {
            contact(id, day(31), EpisodeKind::Referral, 2);
            contact(id, day(32), EpisodeKind::Referral);
        }
        if (c % 9 == 0) {
            contact(id, day(33), EpisodeKind::CoCreation, 1);
        }
        if (c % 8 == 3) {
            repo().setRelationshipCost({id, 2024, core::CostLine::Delivery, core::Money::fromMinor(700 + c)});
            ++costEntries;
        }
    }
    analytics::ProfileOptions options;
    options.until = Date::fromYmd(2025, 9, 30);
    options.current = {Date::fromYmd(2024, 10, 1), options.until};
    options.previous = {Date::fromYmd(2023, 10, 1), Date::fromYmd(2024, 9, 30)};
    std::int64_t rowsHeard = 0;
    options.keepGoing = [&](std::int64_t rows) {
        rowsHeard = rows;
        return true;
    };
    const auto alone = analytics::buildProfiles(repo(), options);
    const auto rowsAlone = rowsHeard;
    EXPECT_EQ(alone.episodeRunsBeside, 0U);
    std::atomic<int> opened{0};
    std::atomic<bool> readerOpen{false};
    options.openEpisodeReader = [&] {
        ++opened;
        auto reader = storage::openRepository(location());
        readerOpen = true;
        return reader;
    };
    options.splitEpisodesFrom = 1; // a base this small is read on one connection otherwise
    // Runs this small would all be read here before the other connection is open: this thread waits after its
    // first run of episodes (the rows heard before them are the customers and their costs) until the other reader
    // has had time to take the rest.
    bool waited = false;
    options.keepGoing = [&](std::int64_t rows) {
        rowsHeard = rows;
        if (rows > 70 + costEntries && !waited) {
            waited = true;
            for (int i = 0; i < 1000 && !readerOpen.load(); ++i) {
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
        }
        return true;
    };
    const auto inRuns = analytics::buildProfiles(repo(), options);
    EXPECT_EQ(opened.load(), 1);
    EXPECT_GT(inRuns.episodeRunsBeside, 0U) << "the second connection read some of the runs";
    EXPECT_EQ(rowsHeard, rowsAlone) << "every row read on either connection is heard";

    const auto fields = [](const analytics::CustomerProfile& p) {
        return std::tuple(p.id, p.revenueMinor, p.marginMinor, p.costsMinor, p.current.purchases,
                          p.current.revenueMinor, p.current.marginMinor, p.previous.purchases, p.previous.revenueMinor,
                          p.previous.marginMinor, p.firstEpisode, p.firstPurchase, p.lastPurchase, p.lastEpisode,
                          p.purchases, p.purchaseDays, p.purchasesWithMargin, p.openComplaints, p.reachedOn,
                          p.lastEpisodeKind, p.stage, p.partnershipLink);
    };
    ASSERT_EQ(alone.profiles.size(), 70U);
    ASSERT_EQ(inRuns.profiles.size(), alone.profiles.size());
    int bought = 0;
    for (std::size_t i = 0; i < alone.profiles.size(); ++i) {
        EXPECT_TRUE(fields(inRuns.profiles[i]) == fields(alone.profiles[i])) << "customer " << alone.profiles[i].id;
        bought += alone.profiles[i].purchaseDays > 0 ? 1 : 0;
    }
    EXPECT_GT(bought, 40);
    std::size_t sales = 0;
    for (int quarter = 0; quarter < analytics::kTrendQuarters; ++quarter) {
        const auto& one = alone.trend.quarter(quarter);
        const auto& runs = inRuns.trend.quarter(quarter);
        ASSERT_EQ(runs.size(), one.size()) << "quarter " << quarter;
        for (std::size_t i = 0; i < one.size(); ++i) {
            EXPECT_EQ(runs[i].id, one[i].id) << "quarter " << quarter;
            EXPECT_EQ(runs[i].revenueMinor, one[i].revenueMinor) << "quarter " << quarter;
        }
        sales += one.size();
    }
    EXPECT_GT(sales, 50U);

    // A second connection that cannot be opened leaves every run to the first.
    options.keepGoing = nullptr;
    options.openEpisodeReader = []() -> std::unique_ptr<storage::Repository> {
        throw std::runtime_error("too many connections");
    };
    const auto refused = analytics::buildProfiles(repo(), options);
    EXPECT_EQ(refused.episodeRunsBeside, 0U);
    ASSERT_EQ(refused.profiles.size(), alone.profiles.size());
    for (std::size_t i = 0; i < alone.profiles.size(); ++i) {
        EXPECT_TRUE(fields(refused.profiles[i]) == fields(alone.profiles[i])) << "customer " << alone.profiles[i].id;
    }
}

TEST_F(BaseAnalysisTest, WithASecondConnectionTheProfilesAreReadBeforeTheModelsAreWaitedForAndACancelEndsBoth) {
    const auto id = customer("buyer");
    buy(id, "2025-01-01", 1'000);
    buy(id, "2025-03-01", 1'000);
    using analytics::AnalysisPhase;
    std::vector<AnalysisPhase> started;
    analytics::BaseAnalysisOptions options;
    options.openPurchaseReader = [&] { return storage::openRepository(location()); };
    options.progress = [&](AnalysisPhase phase, std::int64_t rows) {
        if (rows == 0 && (started.empty() || started.back() != phase)) {
            started.push_back(phase);
        }
        return true;
    };
    EXPECT_EQ(analytics::analyseBase(repo(), options).until, Date::fromYmd(2025, 3, 1));
    // The purchases are heard again while they are waited for, if they are still being read then.
    if (started.size() == 5) {
        EXPECT_EQ(started[2], AnalysisPhase::Purchases);
        started.erase(started.begin() + 2);
    }
    EXPECT_EQ(started, (std::vector{AnalysisPhase::Purchases, AnalysisPhase::Profiles, AnalysisPhase::Models,
                                    AnalysisPhase::Reports}));
    for (const auto stopAt : {AnalysisPhase::Profiles, AnalysisPhase::Models}) {
        options.progress = [stopAt](AnalysisPhase phase, std::int64_t) { return phase != stopAt; };
        EXPECT_THROW(analytics::analyseBase(repo(), options), analytics::AnalysisCancelled);
    }
    // A cancel while the analysis waits for the purchases is heard: the answer after the profiles is "stop".
    bool profilesRead = false;
    options.progress = [&](AnalysisPhase phase, std::int64_t) {
        if (phase == AnalysisPhase::Profiles) {
            profilesRead = true;
            return true;
        }
        return !profilesRead;
    };
    EXPECT_THROW(analytics::analyseBase(repo(), options), analytics::AnalysisCancelled);
    // A second connection that cannot be opened leaves the analysis to the first, as without one.
    auto refused = options;
    refused.progress = nullptr;
    refused.openPurchaseReader = []() -> std::unique_ptr<storage::Repository> {
        throw std::runtime_error("too many connections");
    };
    EXPECT_EQ(analytics::analyseBase(repo(), refused).until, Date::fromYmd(2025, 3, 1));
    // Without any purchase there is no guess to read beside: one connection, as before.
    rawExec("DELETE FROM episode");
    int opened = 0;
    options.progress = nullptr;
    options.openPurchaseReader = [&] {
        ++opened;
        return storage::openRepository(location());
    };
    EXPECT_TRUE(analytics::analyseBase(repo(), options).byCustomer.empty());
    EXPECT_EQ(opened, 0);
}

TEST_F(BaseAnalysisTest, APurchaseReadThatFailsBesideTheProfilesStopsThemAndIsTheErrorHeard) {
    // 2,000 customers of 30 episodes: the profiles come in several batches. The purchases are read on a connection
    // to a base without an episode table, so that read fails at once; the profiles stop at their next batch instead
    // of reading on, and the caller hears the read's own error, not a cancel.
    {
        auto writer = repo().beginBulk({});
        for (int i = 0; i < 2'000; ++i) {
            const auto id = writer->addCustomer(makeCustomer("Customer " + std::to_string(i)));
            for (int n = 0; n < 30; ++n) {
                auto e = makePurchase(id, "2025-01-01", 100 * (i + 1) + n, i);
                e.occurredOn = e.occurredOn.addDays(n * 7 + i % 7);
                writer->addEpisode(e);
            }
        }
        writer->commit();
    }
    int batches = 0;
    analytics::BaseAnalysisOptions options;
    options.progress = [&](analytics::AnalysisPhase phase, std::int64_t rows) {
        if (phase == analytics::AnalysisPhase::Profiles && rows > 0 && ++batches == 1) {
            // Room for the other thread to fail (it does at its first statement); no time is asserted.
            std::this_thread::sleep_for(std::chrono::seconds(1));
        }
        return true;
    };
    const auto whole = analytics::analyseBase(repo(), options);
    const int wholeBatches = batches;
    ASSERT_GE(wholeBatches, 3);
    EXPECT_EQ(whole.profiles.size(), 2'000U);

    TestDatabase broken;
    options.openPurchaseReader = [&] {
        auto reader = storage::openRepository(broken.location());
        broken.exec(broken.isPostgres() ? "DROP TABLE episode CASCADE" : "DROP TABLE episode");
        return reader;
    };
    batches = 0;
    try {
        (void)analytics::analyseBase(repo(), options);
        ADD_FAILURE() << "the analysis ended without the purchases";
    } catch (const analytics::AnalysisCancelled&) {
        ADD_FAILURE() << "a failed read was heard as a cancel";
    } catch (const std::exception& error) {
        EXPECT_NE(std::string(error.what()).find("episode"), std::string::npos) << error.what();
    }
    EXPECT_LT(batches, wholeBatches); // stopped after the first batch, not read to the end
}

TEST_F(BaseAnalysisTest, ProfilesAddUpEveryEpisodeWhenTheScanComesInManyBatches) {
    // 60,000 episodes: the scan hands them over in several batches of whole customers (of 16,384 rows or a
    // little more), so a batch lost or added twice, or a customer's rows put in another's profile, shows in some
    // customer's sums.
    constexpr int kCustomers = 2'000;
    constexpr int kPurchasesEach = 25;
    constexpr int kCallsEach = 5;
    std::vector<core::CustomerId> ids;
    {
        auto writer = repo().beginBulk({});
        for (int i = 0; i < kCustomers; ++i) {
            ids.push_back(writer->addCustomer(makeCustomer("Customer " + std::to_string(i))));
            for (int n = 0; n < kPurchasesEach; ++n) {
                auto e = makePurchase(ids.back(), "2025-01-01", 100 * (i + 1) + n, i);
                e.occurredOn = e.occurredOn.addDays(n * 7 + i % 7);
                writer->addEpisode(e);
            }
            // The calls after the purchases, and rated where i % 3 == 0: a happy client is a supporter, which
            // shows the ladder's counts stayed with their customer across the batches.
            for (int n = 0; n < kCallsEach; ++n) {
                auto call = makeContact(ids.back(), "2025-09-01", EpisodeKind::Call);
                call.occurredOn = call.occurredOn.addDays(n * 3 + i % 11);
                if (i % 3 == 0) {
                    call.satisfaction = 2;
                }
                writer->addEpisode(call);
            }
        }
        writer->commit();
    }
    const auto analysis = analyse();
    ASSERT_EQ(analysis.profiles.size(), static_cast<std::size_t>(kCustomers));
    for (int i = 0; i < kCustomers; ++i) {
        const auto* found = analytics::findProfile(analysis, ids[static_cast<std::size_t>(i)]);
        ASSERT_NE(found, nullptr);
        const auto& p = *found;
        EXPECT_EQ(analysis.texts.name(p), "Customer " + std::to_string(i));
        // sum over n of 100 (i + 1) + n
        EXPECT_EQ(p.revenueMinor, kPurchasesEach * 100LL * (i + 1) + kPurchasesEach * (kPurchasesEach - 1) / 2);
        EXPECT_EQ(p.marginMinor, static_cast<std::int64_t>(kPurchasesEach) * i);
        EXPECT_EQ(p.purchaseDays, kPurchasesEach);
        EXPECT_EQ(p.purchases, kPurchasesEach);
        EXPECT_EQ(p.firstPurchase, Date::fromYmd(2025, 1, 1).addDays(i % 7));
        EXPECT_EQ(p.lastPurchase, Date::fromYmd(2025, 1, 1).addDays((kPurchasesEach - 1) * 7 + i % 7));
        EXPECT_EQ(p.firstEpisode, p.firstPurchase);
        EXPECT_EQ(p.lastEpisode, Date::fromYmd(2025, 9, 1).addDays((kCallsEach - 1) * 3 + i % 11));
        EXPECT_EQ(p.lastEpisodeKind, EpisodeKind::Call);
        EXPECT_EQ(p.stage, i % 3 == 0 ? LadderStage::Supporter : LadderStage::Client) << i;
    }
}

TEST_F(BaseAnalysisTest, EveryProfileKeepsItsCustomersNameAndSalesManagerAndTheOwnerFilterUsesThem) {
    // Names longer than a string keeps in place, in several scripts, and sales managers shared by many customers.
    const std::vector<std::pair<std::string, std::string>> customers{
        {"Przedsiębiorstwo Handlowo-Usługowe Żółw Sp. z o.o.", "Anna Nowak"},
        {"Ива", "Piotr Wiśniewski"},
        {"Åsa Lindqvist", ""},
        {"Товариство з обмеженою відповідальністю «Сонях»", "Anna Nowak"},
        {"Li", "Piotr Wiśniewski"},
        {"Maria", "Anna Nowak"}};
    std::map<core::CustomerId, std::pair<std::string, std::string>> expected;
    for (const auto& [name, owner] : customers) {
        auto c = makeCustomer(name);
        c.owner = owner;
        const auto id = repo().addCustomer(c);
        expected[id] = {name, owner};
        buy(id, "2025-06-01", 1'000);
    }
    const auto all = analyse();
    ASSERT_EQ(all.profiles.size(), customers.size());
    for (const auto& p : all.profiles) {
        EXPECT_EQ(all.texts.name(p), expected.at(p.id).first);
        EXPECT_EQ(all.texts.owner(p), expected.at(p.id).second);
    }

    analytics::BaseAnalysisOptions options;
    options.owner = "Anna Nowak";
    const auto anna = analyse(options);
    std::vector<std::string> names;
    for (const auto& p : anna.profiles) {
        EXPECT_EQ(anna.texts.owner(p), "Anna Nowak");
        names.emplace_back(anna.texts.name(p));
    }
    EXPECT_EQ(names, (std::vector<std::string>{"Przedsiębiorstwo Handlowo-Usługowe Żółw Sp. z o.o.",
                                               "Товариство з обмеженою відповідальністю «Сонях»", "Maria"}));
    EXPECT_EQ(anna.churn.assessments.size(), 3U);
}

TEST(ChurnWhy, SaysWhyEachStatusInTheCommandLinesWords) {
    analytics::ChurnReport report;
    const auto& rules = report.rules;
    report.reasonCodes = {"competitor_offer", "lower_prices"};
    analytics::ChurnAssessment a;
    a.daysSinceLastPurchase = 212;
    a.usualIntervalDays = 40.4;
    EXPECT_EQ(analytics::churnWhy(a, report), ""); // active
    a.status = ChurnStatus::AtRisk;
    EXPECT_EQ(analytics::churnWhy(a, report), "no purchase for 212 days, usual 40");
    a.probabilityAlive = 0.25;
    EXPECT_EQ(analytics::churnWhy(a, report), "P(alive) 0.25");
    a.probabilityAlive = std::nan(""); // a model that failed for this customer: no P(alive) to word
    EXPECT_EQ(analytics::churnWhy(a, report), "no purchase for 212 days, usual 40");
    a.status = ChurnStatus::Lapsed;
    EXPECT_EQ(analytics::churnWhy(a, report),
              "no purchase for 212 days, over " + std::to_string(static_cast<int>(rules.lapsedIntervals * 40.4)) +
                  " (usual interval x " + std::to_string(rules.lapsedIntervals).substr(0, 3) + ")");
    a.status = ChurnStatus::Lost;
    a.churnedOn = Date::fromYmd(2025, 3, 14);
    a.reason = 2;
    EXPECT_EQ(analytics::churnWhy(a, report), "churn recorded on 2025-03-14 (lower_prices)");
    a.reason = 0;
    EXPECT_EQ(analytics::churnWhy(a, report), "churn recorded on 2025-03-14 ()");
}

TEST(LatestLosses, KeepEachCustomersLatestRecordUpToTheEndWhateverTheOrderTheyComeIn) {
    using core::WinBackOutcome;
    const auto end = Date::fromYmd(2025, 12, 31);
    // Newest first, which the repository never gives (it reads by day): the latest must win by its day.
    const std::vector<core::ChurnRecord> records{
        {0, 1, end.addDays(-12), "moved", "", 0, WinBackOutcome::None},
        {0, 1, end.addDays(-15), "lower_prices", "", 0, WinBackOutcome::None},
        {0, 2, end.addDays(-10), "lower_prices", "", 1, WinBackOutcome::WonBack}, // won back after a loss
        {0, 2, end.addDays(-30), "service", "", 0, WinBackOutcome::None},
        {0, 3, end.addDays(5), "moved", "", 0, WinBackOutcome::None},     // after the end: not yet
        {0, 1, end.addDays(-20), "service", "", 0, WinBackOutcome::None}, // an older one, read out of order
        {0, 2, end.addDays(-10), "moved", "", 0, WinBackOutcome::None},   // the same day: the first read wins
    };
    const auto losses = analytics::latestLosses(records, end);
    EXPECT_EQ(losses.reasonCodes, (std::vector<std::string>{"lower_prices", "moved"}));
    ASSERT_EQ(losses.byCustomer.size(), 2U);
    EXPECT_LT(losses.byCustomer[0].customer, losses.byCustomer[1].customer);
    ASSERT_NE(losses.find(1), nullptr);
    ASSERT_NE(losses.find(2), nullptr);
    const auto& first = *losses.find(1);
    EXPECT_EQ(first.churnedOn, end.addDays(-12));
    EXPECT_EQ(losses.reasonCodes.at(first.reason - 1), "moved");
    EXPECT_FALSE(first.wonBack);
    const auto& second = *losses.find(2);
    EXPECT_EQ(second.churnedOn, end.addDays(-10));
    EXPECT_EQ(losses.reasonCodes.at(second.reason - 1), "lower_prices");
    EXPECT_TRUE(second.wonBack);
    EXPECT_EQ(losses.find(3), nullptr);
    EXPECT_EQ(losses.find(0), nullptr);
    EXPECT_EQ(losses.find(4), nullptr);
}

TEST(ChurnAssessment, ItsProbabilityReadsLikeAnOptionalAndANaNIsNone) {
    analytics::OptionalProbability none;
    EXPECT_FALSE(none);
    EXPECT_EQ(none, std::nullopt);
    EXPECT_EQ(none.value_or(-1.0), -1.0);
    EXPECT_EQ(none.optional(), std::nullopt);
    const analytics::OptionalProbability zero = 0.0;
    ASSERT_TRUE(zero);
    EXPECT_EQ(*zero, 0.0);
    EXPECT_FALSE(zero == none);
    EXPECT_EQ(zero, analytics::OptionalProbability(std::optional<double>(0.0)));
    EXPECT_FALSE(analytics::OptionalProbability(std::nan("")));
    EXPECT_EQ(analytics::OptionalProbability(std::nan("")), none);
    EXPECT_EQ(analytics::OptionalProbability(std::optional<double>()), none);
    EXPECT_EQ(analytics::OptionalProbability(0.75).optional(), std::optional<double>(0.75));
}
