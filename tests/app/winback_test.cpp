// The win-back list through the application layer both front ends call: the lost and the lapsed with their reasons,
// an archived customer left out, and the costs taken from the launched campaigns. On an SQLite file and on the
// PostgreSQL test server.
#include "analytics/customer_profile.h"
#include "app/attention.h"
#include "app/campaigns.h"
#include "app/due_work.h"
#include "app/winback.h"
#include "support/test_database.h"

#include <gtest/gtest.h>

namespace rapport::app {
namespace {

core::Date day(const char* iso) {
    return *core::Date::parseIso(iso);
}

class WinBackTest : public ::testing::Test {
protected:
    void SetUp() override { repository = storage::openRepository(database.location()); }

    core::CustomerId addCustomer(const std::string& name, const std::string& segment = "retail",
                                 std::optional<core::Date> archivedOn = {}) {
        core::Customer c;
        c.displayName = name;
        c.segment = segment;
        c.consents.push_back({core::ConsentPurpose::Processing, true, day("2024-01-01"), "v1"});
        c.consents.push_back({core::ConsentPurpose::Marketing, true, day("2024-01-01"), "v1"});
        c.archivedOn = archivedOn;
        return repository->addCustomer(c);
    }

    void addPurchases(core::CustomerId id, std::initializer_list<const char*> days) {
        for (const auto* on : days) {
            core::Episode e;
            e.customerId = id;
            e.occurredOn = day(on);
            e.kind = core::EpisodeKind::Purchase;
            e.revenue = core::Money::fromMinor(100'000);
            e.margin = core::Money::fromMinor(25'000);
            repository->addEpisode(e);
        }
    }

    /** A launched campaign of `offer` at the ten customers of `segment`, `costMinor` a contact. */
    void launched(core::OfferKind offer, const std::string& segment, std::int64_t costMinor) {
        for (int i = 0; i < 10; ++i) {
            addCustomer(segment + std::to_string(i), segment);
        }
        core::Campaign c;
        c.name = segment;
        c.offer = offer;
        c.offerText = "An offer";
        c.controlPercent = 10;
        c.stratification = core::Stratification::None;
        c.seed = 7;
        c.costPerContact = core::Money::fromMinor(costMinor);
        storage::CustomerFilter filter;
        filter.segment = segment;
        launchCampaign(*repository, createCampaign(*repository, c), filter, day("2026-05-01"), segment, "test");
    }

    /**
     * A customer lost on 1 Apr 2026 (lower prices; two win-back attempts, won back) and one whose purchasing
     * manager left on 25 Mar 2026 after three purchases in March.
     */
    std::pair<core::CustomerId, core::CustomerId> addLostAndKeyPersonLeft() {
        const auto lost = addCustomer("Lost Lighting");
        addPurchases(lost, {"2026-01-10", "2026-02-10", "2026-03-10"});
        core::ChurnRecord record;
        record.customerId = lost;
        record.churnedOn = day("2026-04-01");
        record.reasonCode = "lower_prices";
        record.winBackAttempts = 2;
        record.outcome = core::WinBackOutcome::WonBack;
        repository->addChurnRecord(record);

        const auto keyLeft = addCustomer("Nowak Hurt");
        addPurchases(keyLeft, {"2026-03-01", "2026-03-11", "2026-03-21"});
        core::ContactPerson buyer;
        buyer.customerId = keyLeft;
        buyer.name = "Jan Nowak";
        buyer.role = "Purchasing manager";
        buyer.activeTo = day("2026-03-25");
        repository->addContactPerson(buyer);
        return {lost, keyLeft};
    }

    static core::Episode contactOn(core::CustomerId id, const char* on, core::EpisodeKind kind) {
        core::Episode e;
        e.customerId = id;
        e.occurredOn = day(on);
        e.kind = kind;
        return e;
    }

    test::TestDatabase database;
    std::unique_ptr<storage::Repository> repository;
};

TEST_F(WinBackTest, LostAndLapsedWithReasonsAndTheCampaignsCosts) {
    const auto [lost, keyLeft] = addLostAndKeyPersonLeft();

    const auto archived = addCustomer("Archived Lapser", "retail", day("2026-06-01"));
    addPurchases(archived, {"2026-03-01", "2026-03-11", "2026-03-21"});

    launched(core::OfferKind::WinBack, "winback", 4'000);
    launched(core::OfferKind::Reward, "loyal", 200);

    const auto list = winBackList(*repository, analytics::WinBackRules{}, day("2026-06-30"));
    ASSERT_EQ(list.total, 2U);
    ASSERT_EQ(list.rows.size(), 2U);
    EXPECT_EQ(list.rows[0].customerId, lost);
    EXPECT_EQ(list.rows[0].status, analytics::WinBackStatus::Lost);
    EXPECT_EQ(list.rows[0].recordedReason, "lower_prices");
    EXPECT_DOUBLE_EQ(list.rows[0].yearlyMargin, 750.0);
    EXPECT_EQ(list.rows[1].customerId, keyLeft);
    EXPECT_EQ(list.rows[1].status, analytics::WinBackStatus::Lapsed);
    EXPECT_EQ(list.rows[1].since, day("2026-04-11"));
    EXPECT_EQ(list.rows[1].suspected, analytics::SuspectedReason::KeyPersonLeft);
    EXPECT_EQ(list.rows[1].personName, "Jan Nowak");

    const auto& costs = list.summary.costs;
    EXPECT_EQ(costs.perAttemptSource, analytics::CostSource::Campaigns);
    EXPECT_DOUBLE_EQ(*costs.perAttempt, 40.0);
    EXPECT_DOUBLE_EQ(*costs.keepPerCustomerYear, 2.0);
    EXPECT_DOUBLE_EQ(*list.summary.total.costPerWonBack(costs), 80.0); // 2 attempts x 40 for one won back
    EXPECT_DOUBLE_EQ(*list.summary.total.costRatio(costs), 40.0);

    const auto limited = winBackList(*repository, analytics::WinBackRules{}, day("2026-06-30"), {10.0, 1.0}, 1);
    EXPECT_EQ(limited.rows.size(), 1U);
    EXPECT_EQ(limited.total, 2U);
    EXPECT_EQ(limited.summary.total.customers, 2);
    EXPECT_DOUBLE_EQ(*limited.summary.costs.perAttempt, 10.0);
}

TEST_F(WinBackTest, AListNobodyWaitsForStopsReadingTheBaseAndReturnsNothingPartial) {
    // The dashboard's lists read the whole base; one replaced by a newer request (another edit, an analysis that
    // started) is told to stop rather than read a million customers for nobody.
    for (int i = 0; i < 3; ++i) {
        const auto id = addCustomer("Lapser " + std::to_string(i));
        addPurchases(id, {"2026-03-01", "2026-03-11", "2026-03-21"});
        repository->addEpisode(contactOn(id, "2026-03-22", core::EpisodeKind::Complaint));
    }
    const auto today = day("2026-06-30");
    const auto whole = winBackList(*repository, analytics::WinBackRules{}, today);
    const auto alerts = attentionAlerts(*repository, analytics::AttentionRules{}, today).alerts;
    ASSERT_EQ(whole.total, 3U);
    ASSERT_FALSE(alerts.empty());

    int asked = 0;
    const auto keepGoing = [&] {
        ++asked;
        return true;
    };
    EXPECT_EQ(winBackList(*repository, analytics::WinBackRules{}, today, {}, 0, keepGoing).total, whole.total);
    EXPECT_GT(asked, 0);
    asked = 0;
    EXPECT_EQ(attentionAlerts(*repository, analytics::AttentionRules{}, today, 0, keepGoing).alerts.size(),
              alerts.size());
    EXPECT_GT(asked, 0);

    // Stopped at the second question: nothing returned, and not asked again once told to stop.
    int questions = 0;
    const auto stopAtSecond = [&] { return ++questions < 2; };
    EXPECT_THROW(winBackList(*repository, analytics::WinBackRules{}, today, {}, 0, stopAtSecond),
                 analytics::AnalysisCancelled);
    EXPECT_EQ(questions, 2);
    questions = 0;
    EXPECT_THROW(attentionAlerts(*repository, analytics::AttentionRules{}, today, 0, stopAtSecond),
                 analytics::AnalysisCancelled);
    EXPECT_EQ(questions, 2);
}

TEST_F(WinBackTest, TheDashboardsTwoListsFromOneReadAreThoseOfEachAlone) {
    // The dashboard reads the base once for both lists (app::dueWork) instead of once each.
    addLostAndKeyPersonLeft();
    for (int i = 0; i < 4; ++i) {
        const auto id = addCustomer("Lapser " + std::to_string(i));
        addPurchases(id, {"2026-03-01", "2026-03-11", "2026-03-21"});
        repository->addEpisode(contactOn(id, "2026-03-22", core::EpisodeKind::Complaint));
    }
    const auto steady = addCustomer("Steady Buyer");
    addPurchases(steady, {"2026-05-01", "2026-05-15", "2026-06-01", "2026-06-15"});
    launched(core::OfferKind::WinBack, "winback", 4'000);
    const auto today = day("2026-06-30");
    const WinBackCostInput costs{std::nullopt, 1.0};

    const auto alerts = attentionAlerts(*repository, analytics::AttentionRules{}, today).alerts;
    const auto list = winBackList(*repository, analytics::WinBackRules{}, today, costs);
    ASSERT_GE(alerts.size(), 5U);
    ASSERT_EQ(list.total, 6U);

    const auto both = dueWork(*repository, analytics::AttentionRules{}, analytics::WinBackRules{}, today, costs);
    EXPECT_EQ(both.attention.total, alerts.size());
    ASSERT_EQ(both.attention.alerts.size(), alerts.size());
    for (std::size_t i = 0; i < alerts.size(); ++i) {
        EXPECT_EQ(both.attention.alerts[i].customerId, alerts[i].customerId) << i;
        EXPECT_EQ(both.attention.alerts[i].reason, alerts[i].reason) << i;
        EXPECT_EQ(both.attention.alerts[i].days, alerts[i].days) << i;
        EXPECT_DOUBLE_EQ(both.attention.alerts[i].valueAtStake, alerts[i].valueAtStake) << i;
        EXPECT_EQ(both.attention.alerts[i].personName, alerts[i].personName) << i;
    }
    EXPECT_EQ(both.winBack.total, list.total);
    ASSERT_EQ(both.winBack.rows.size(), list.rows.size());
    for (std::size_t i = 0; i < list.rows.size(); ++i) {
        EXPECT_EQ(both.winBack.rows[i].customerId, list.rows[i].customerId) << i;
        EXPECT_EQ(both.winBack.rows[i].status, list.rows[i].status) << i;
        EXPECT_EQ(both.winBack.rows[i].since, list.rows[i].since) << i;
        EXPECT_EQ(both.winBack.rows[i].suspected, list.rows[i].suspected) << i;
        EXPECT_DOUBLE_EQ(both.winBack.rows[i].yearlyMargin, list.rows[i].yearlyMargin) << i;
    }
    EXPECT_EQ(both.winBack.summary.total.customers, list.summary.total.customers);
    EXPECT_EQ(both.winBack.summary.costs.perAttemptSource, analytics::CostSource::Campaigns);
    EXPECT_DOUBLE_EQ(*both.winBack.summary.costs.keepPerCustomerYear, 1.0);

    // Each list limited alike, with its whole count kept.
    const auto limited = dueWork(*repository, analytics::AttentionRules{}, analytics::WinBackRules{}, today, costs, 2);
    ASSERT_EQ(limited.attention.alerts.size(), 2U);
    EXPECT_EQ(limited.attention.total, alerts.size());
    EXPECT_EQ(limited.attention.alerts[0].customerId, alerts[0].customerId);
    EXPECT_EQ(limited.attention.alerts[1].customerId, alerts[1].customerId);
    EXPECT_EQ(limited.winBack.rows.size(), 2U);
    EXPECT_EQ(limited.winBack.total, list.total);

    // One read: asked about as often as one list alone is, not twice as often.
    int asked = 0;
    const auto count = [&] {
        ++asked;
        return true;
    };
    winBackList(*repository, analytics::WinBackRules{}, today, costs, 0, count);
    const int askedAlone = asked;
    asked = 0;
    dueWork(*repository, analytics::AttentionRules{}, analytics::WinBackRules{}, today, costs, 0, count);
    EXPECT_LE(asked, askedAlone + 1) << "the scores' read comes on top of the base's";

    // Stopped: nothing partial, not asked again.
    int questions = 0;
    const auto stopAtSecond = [&] { return ++questions < 2; };
    EXPECT_THROW(
        dueWork(*repository, analytics::AttentionRules{}, analytics::WinBackRules{}, today, costs, 0, stopAtSecond),
        analytics::AnalysisCancelled);
    EXPECT_EQ(questions, 2);
}

} // namespace
} // namespace rapport::app
