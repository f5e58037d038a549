// The win-back list on constructed facts: lost within the window and before it, lapsed by the customer's own rhythm
// and by the default interval (exactly at the factor is not lapsed, one day more is), each suspected reason, the
// value at stake, and the by-reason summary with its rate and costs.
#include "analytics/winback.h"

#include <gtest/gtest.h>

using namespace rapport;
using analytics::SuspectedReason;
using analytics::WinBackRow;
using analytics::WinBackStatus;
using core::Date;
using core::EpisodeKind;
using core::WinBackOutcome;
using storage::CustomerFact;
using storage::EpisodeFact;

namespace {

const Date kToday = Date::fromYmd(2026, 6, 30);

Date daysAgo(int days) {
    return kToday.addDays(-days);
}

EpisodeFact episode(core::CustomerId id, Date on, EpisodeKind kind, std::int64_t revenueMinor = 0,
                    std::int64_t marginMinor = 0) {
    EpisodeFact e;
    e.customerId = id;
    e.date = on;
    e.kind = kind;
    e.revenueMinor = revenueMinor;
    e.marginMinor = marginMinor;
    return e;
}

CustomerFact customer(core::CustomerId id) {
    CustomerFact c;
    c.id = id;
    c.displayName = "Customer " + std::to_string(id);
    c.owner = "Anna";
    return c;
}

core::ChurnRecord lost(core::CustomerId id, Date on, const std::string& reason, int attempts = 0,
                       WinBackOutcome outcome = WinBackOutcome::None) {
    core::ChurnRecord r;
    r.id = static_cast<core::ChurnRecordId>(id * 10);
    r.customerId = id;
    r.churnedOn = on;
    r.reasonCode = reason;
    r.winBackAttempts = attempts;
    r.outcome = outcome;
    return r;
}

/** Purchases every `gap` days, the last `lastAgo` days ago, `count` of them, each worth 100.00 with 40.00 margin. */
void buyer(std::vector<EpisodeFact>& into, core::CustomerId id, int count, int gap, int lastAgo) {
    for (int i = count - 1; i >= 0; --i) {
        into.push_back(episode(id, daysAgo(lastAgo + i * gap), EpisodeKind::Purchase, 10000, 4000));
    }
}

struct Facts {
    std::vector<core::ChurnRecord> records;
    std::vector<storage::DepartedContact> departures;
    std::vector<EpisodeFact> episodes; // in customer, date order
    std::vector<CustomerFact> customers;
};

std::vector<WinBackRow> find(const Facts& facts, analytics::WinBackRules rules = {}) {
    analytics::WinBackFinder finder(rules, kToday);
    finder.addChurnRecords(facts.records);
    finder.addDepartures(facts.departures);
    finder.addEpisodes(facts.episodes);
    finder.addCustomers(facts.customers);
    return finder.finish();
}

const WinBackRow* rowOf(const std::vector<WinBackRow>& rows, core::CustomerId id) {
    for (const auto& r : rows) {
        if (r.customerId == id) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

TEST(WinBackTest, LapsedOnlyAfterTheFactorTimesTheOwnMedianGap) {
    Facts facts;
    buyer(facts.episodes, 1, 4, 30, 60);  // usual 30 days, 60 days silent: exactly 2x, not lapsed
    buyer(facts.episodes, 2, 4, 30, 61);  // one day more: lapsed from today
    buyer(facts.episodes, 3, 4, 30, 400); // lapsed 339 days ago: inside the 365-day window
    buyer(facts.episodes, 4, 4, 30, 500); // lapsed 439 days ago: before the window
    for (core::CustomerId id = 1; id <= 4; ++id) {
        facts.customers.push_back(customer(id));
    }
    const auto rows = find(facts);
    EXPECT_EQ(rowOf(rows, 1), nullptr);
    ASSERT_NE(rowOf(rows, 2), nullptr);
    EXPECT_EQ(rowOf(rows, 2)->status, WinBackStatus::Lapsed);
    EXPECT_EQ(rowOf(rows, 2)->since, kToday);
    EXPECT_DOUBLE_EQ(rowOf(rows, 2)->usualIntervalDays, 30.0);
    EXPECT_FALSE(rowOf(rows, 2)->intervalIsDefault);
    ASSERT_NE(rowOf(rows, 3), nullptr);
    EXPECT_EQ(rowOf(rows, 3)->since, daysAgo(339));
    EXPECT_EQ(rowOf(rows, 4), nullptr);

    analytics::WinBackRules longer;
    longer.windowDays = 500;
    EXPECT_NE(rowOf(find(facts, longer), 4), nullptr);
}

TEST(WinBackTest, FewPurchaseDaysAreJudgedByTheDefaultInterval) {
    Facts facts;
    buyer(facts.episodes, 1, 1, 0, 180); // one purchase: default 90 x 2 = 180 days: not yet
    buyer(facts.episodes, 2, 2, 5, 181); // two purchase days are too few for an own interval: default
    facts.customers = {customer(1), customer(2)};
    const auto rows = find(facts);
    EXPECT_EQ(rowOf(rows, 1), nullptr);
    ASSERT_NE(rowOf(rows, 2), nullptr);
    EXPECT_TRUE(rowOf(rows, 2)->intervalIsDefault);
    EXPECT_DOUBLE_EQ(rowOf(rows, 2)->usualIntervalDays, 90.0);
}

TEST(WinBackTest, LostWithinTheWindowWithTheRecordedReasonAttemptsAndOutcome) {
    Facts facts;
    buyer(facts.episodes, 1, 3, 30, 100);
    buyer(facts.episodes, 2, 3, 30, 500);
    facts.records = {lost(1, daysAgo(50), "lower_prices", 2, WinBackOutcome::Pending),
                     lost(2, daysAgo(400), "moved")}; // before the window, never won back: not listed as lapsed either
    facts.records.push_back(lost(3, daysAgo(10), "other")); // a customer without a single episode
    facts.customers = {customer(1), customer(2), customer(3)};
    const auto rows = find(facts);
    ASSERT_NE(rowOf(rows, 1), nullptr);
    const auto& r = *rowOf(rows, 1);
    EXPECT_EQ(r.status, WinBackStatus::Lost);
    EXPECT_EQ(r.since, daysAgo(50));
    EXPECT_EQ(r.recordedReason, "lower_prices");
    EXPECT_EQ(r.winBackAttempts, 2);
    EXPECT_EQ(r.outcome, WinBackOutcome::Pending);
    EXPECT_EQ(r.lastPurchaseOn, daysAgo(100));
    EXPECT_EQ(rowOf(rows, 2), nullptr);
    ASSERT_NE(rowOf(rows, 3), nullptr);
    EXPECT_DOUBLE_EQ(rowOf(rows, 3)->yearlyMargin, 0.0);
    EXPECT_EQ(rowOf(rows, 3)->suspected, SuspectedReason::NoContact);
}

TEST(WinBackTest, ACustomerWonBackLongAgoMayLapseAgain) {
    Facts facts;
    buyer(facts.episodes, 1, 4, 30, 200);
    facts.records = {lost(1, daysAgo(700), "moved", 1, WinBackOutcome::WonBack)};
    facts.customers = {customer(1)};
    const auto rows = find(facts);
    ASSERT_NE(rowOf(rows, 1), nullptr);
    EXPECT_EQ(rowOf(rows, 1)->status, WinBackStatus::Lapsed);
    EXPECT_EQ(rowOf(rows, 1)->winBackAttempts, 0) << "the old record's attempts are not this lapse's";

    // Won back on paper, but no purchase after the loss: the lapse is the old loss, before the window.
    Facts stale;
    buyer(stale.episodes, 2, 4, 30, 720);
    stale.records = {lost(2, daysAgo(700), "moved", 1, WinBackOutcome::WonBack)};
    stale.customers = {customer(2)};
    analytics::WinBackRules wide;
    wide.windowDays = 690; // the loss, 700 days ago, before it; the lapse by the old purchases, 659, inside
    EXPECT_TRUE(find(stale, wide).empty());
}

TEST(WinBackTest, ValueAtStakeIsTheYearlyMarginWhileBuying) {
    Facts facts;
    buyer(facts.episodes, 1, 4, 30, 200);   // 90 days of buying: counted as one year, 160.00 margin
    buyer(facts.episodes, 2, 7, 146, 1000); // six gaps of 146 days = 2.4 years: 280.00 / 2.398
    facts.records = {lost(2, daysAgo(30), "other")};
    facts.customers = {customer(1), customer(2)};
    const auto rows = find(facts);
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_DOUBLE_EQ(rowOf(rows, 1)->yearlyMargin, 160.0);
    EXPECT_DOUBLE_EQ(rowOf(rows, 1)->yearlyRevenue, 400.0);
    EXPECT_NEAR(rowOf(rows, 2)->yearlyMargin, 280.0 / (876.0 / 365.25), 1e-9);
    EXPECT_EQ(rows.front().customerId, 1) << "the highest value at stake first";
}

TEST(WinBackTest, SuspectedReasonsInTheirOrder) {
    Facts facts;
    // 1: a complaint 150 days ago, never answered, then the purchases stopped
    buyer(facts.episodes, 1, 4, 30, 200);
    facts.episodes.push_back(episode(1, daysAgo(150), EpisodeKind::Complaint));
    // 2: the complaint was answered by a call; the purchasing manager left after, nobody called
    buyer(facts.episodes, 2, 4, 30, 200);
    facts.episodes.push_back(episode(2, daysAgo(190), EpisodeKind::Complaint));
    facts.episodes.push_back(episode(2, daysAgo(189), EpisodeKind::Call));
    storage::DepartedContact left;
    left.customerId = 2;
    left.name = "Jan";
    left.role = "Purchasing manager";
    left.leftOn = daysAgo(180);
    facts.departures.push_back(left);
    // 3: no contact from the firm after the last purchase (a call after the lapse, a win-back, does not count)
    buyer(facts.episodes, 3, 4, 30, 200);
    facts.episodes.push_back(episode(3, daysAgo(10), EpisodeKind::Call));
    // 4: the firm called between the last purchase and the lapse: the data does not say why
    buyer(facts.episodes, 4, 4, 30, 200);
    facts.episodes.push_back(episode(4, daysAgo(170), EpisodeKind::Email));
    for (core::CustomerId id = 1; id <= 4; ++id) {
        facts.customers.push_back(customer(id));
    }
    const auto rows = find(facts);
    ASSERT_EQ(rows.size(), 4U);
    EXPECT_EQ(rowOf(rows, 1)->suspected, SuspectedReason::ComplaintUnanswered);
    EXPECT_EQ(rowOf(rows, 1)->complaintOn, daysAgo(150));
    EXPECT_EQ(rowOf(rows, 2)->suspected, SuspectedReason::KeyPersonLeft);
    EXPECT_EQ(rowOf(rows, 2)->personName, "Jan");
    EXPECT_EQ(rowOf(rows, 2)->leftOn, daysAgo(180));
    EXPECT_EQ(rowOf(rows, 3)->suspected, SuspectedReason::NoContact);
    EXPECT_EQ(rowOf(rows, 3)->lastContactOn, std::nullopt);
    EXPECT_EQ(rowOf(rows, 4)->suspected, SuspectedReason::Unknown);
    EXPECT_EQ(rowOf(rows, 4)->lastContactOn, daysAgo(170));
}

TEST(WinBackTest, ArchivedCustomersThatTheCustomerScanLeavesOutAreNotListed) {
    Facts facts;
    buyer(facts.episodes, 1, 4, 30, 200);
    const auto rows = find(facts); // customer 1 not given by the customer scan
    EXPECT_TRUE(rows.empty());
}

TEST(WinBackTest, KeepingTheBestRowsGivesTheWholeListsFirstRowsAndCountsEveryRow) {
    // The dashboard keeps 50 of some 440,000 rows at a million customers: what it keeps must be the whole list's
    // first rows, with their text, and the count and summary must still be of every row.
    Facts facts;
    const std::vector<std::string> reasons{"lower_prices", "moved", "service"};
    for (core::CustomerId id = 1; id <= 300; ++id) {
        if (id % 13 == 0) {
            facts.records.push_back(lost(id, daysAgo(50), "moved", 1, WinBackOutcome::Failed)); // no episode at all
            facts.customers.push_back(customer(id));
            continue;
        }
        buyer(facts.episodes, id, 3 + static_cast<int>(id % 5), 30, 200); // margins tie within each count
        if (id % 10 == 0) {
            facts.records.push_back(lost(id, daysAgo(100), reasons[static_cast<std::size_t>(id / 10) % 3],
                                         static_cast<int>(id % 3),
                                         id % 20 == 0 ? WinBackOutcome::WonBack : WinBackOutcome::None));
        }
        if (id % 7 == 0) {
            storage::DepartedContact left;
            left.customerId = id;
            left.name = "Buyer of " + std::to_string(id);
            left.role = "Purchasing manager";
            left.leftOn = daysAgo(190);
            facts.departures.push_back(left);
        }
        if (id != 150) { // archived between the scans: the customer scan leaves them out
            facts.customers.push_back(customer(id));
        }
    }
    analytics::WinBackFinder whole({}, kToday);
    whole.addChurnRecords(facts.records);
    whole.addDepartures(facts.departures);
    whole.addEpisodes(facts.episodes);
    whole.addCustomers(facts.customers);
    const auto all = whole.finish();
    ASSERT_GT(all.size(), 250U);
    EXPECT_EQ(whole.total(), all.size());
    EXPECT_EQ(rowOf(all, 150), nullptr);

    analytics::WinBackRules rules;
    rules.keepBest = 25;
    analytics::WinBackFinder best(rules, kToday);
    best.addChurnRecords(facts.records);
    best.addDepartures(facts.departures);
    best.addEpisodes(facts.episodes);
    // The customers in several batches, as the scan hands them over.
    const std::span<const CustomerFact> customers(facts.customers);
    best.addCustomers(customers.first(100));
    best.addCustomers(customers.subspan(100));
    const auto kept = best.finish();
    ASSERT_EQ(kept.size(), 25U);
    EXPECT_EQ(best.total(), all.size());
    for (std::size_t i = 0; i < kept.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(kept[i].customerId, all[i].customerId);
        EXPECT_EQ(kept[i].name, all[i].name);
        EXPECT_EQ(kept[i].status, all[i].status);
        EXPECT_EQ(kept[i].since, all[i].since);
        EXPECT_EQ(kept[i].recordedReason, all[i].recordedReason);
        EXPECT_EQ(kept[i].winBackAttempts, all[i].winBackAttempts);
        EXPECT_EQ(kept[i].suspected, all[i].suspected);
        EXPECT_EQ(kept[i].personName, all[i].personName);
        EXPECT_DOUBLE_EQ(kept[i].yearlyMargin, all[i].yearlyMargin);
    }
    EXPECT_GE(kept.front().yearlyMargin, kept.back().yearlyMargin);

    const analytics::WinBackCosts costs;
    const auto expected = analytics::summariseWinBack(all, costs);
    const auto summary = best.summary(costs);
    EXPECT_EQ(summary.total.customers, static_cast<std::int64_t>(all.size()));
    EXPECT_EQ(summary.total.wonBack, expected.total.wonBack);
    EXPECT_EQ(summary.total.failed, expected.total.failed);
    EXPECT_DOUBLE_EQ(summary.total.valueAtStake, expected.total.valueAtStake);
    ASSERT_EQ(summary.byReason.size(), expected.byReason.size());
    for (std::size_t i = 0; i < summary.byReason.size(); ++i) {
        EXPECT_EQ(summary.byReason[i].reason, expected.byReason[i].reason);
        EXPECT_EQ(summary.byReason[i].customers, expected.byReason[i].customers);
        EXPECT_EQ(summary.byReason[i].attempted, expected.byReason[i].attempted);
    }
}

TEST(WinBackSummaryTest, RateAndCostByReasonBesideKeeping) {
    std::vector<WinBackRow> rows(6);
    const auto set = [&](int i, WinBackStatus status, const std::string& reason, int attempts, WinBackOutcome outcome) {
        rows[i].customerId = static_cast<core::CustomerId>(i + 1);
        rows[i].status = status;
        rows[i].recordedReason = reason;
        rows[i].winBackAttempts = attempts;
        rows[i].outcome = outcome;
        rows[i].yearlyMargin = 10.0 * (i + 1);
    };
    set(0, WinBackStatus::Lost, "lower_prices", 3, WinBackOutcome::WonBack);
    set(1, WinBackStatus::Lost, "lower_prices", 2, WinBackOutcome::Failed);
    set(2, WinBackStatus::Lost, "lower_prices", 1, WinBackOutcome::None); // attempted, no outcome: pending
    set(3, WinBackStatus::Lost, "moved", 0, WinBackOutcome::None);
    set(4, WinBackStatus::Lapsed, "", 0, WinBackOutcome::None);
    set(5, WinBackStatus::Lapsed, "", 0, WinBackOutcome::None);
    rows[4].suspected = SuspectedReason::NoContact;
    rows[5].suspected = SuspectedReason::NoContact;

    analytics::WinBackCosts costs;
    costs.perAttempt = 200.0;
    costs.keepPerCustomerYear = 10.0;
    const auto summary = analytics::summariseWinBack(rows, costs);
    ASSERT_EQ(summary.byReason.size(), 3U);
    const auto& prices = summary.byReason[0];
    EXPECT_EQ(prices.reason, "lower_prices");
    EXPECT_FALSE(prices.suspected);
    EXPECT_EQ(prices.customers, 3);
    EXPECT_EQ(prices.attempted, 3);
    EXPECT_EQ(prices.wonBack, 1);
    EXPECT_EQ(prices.failed, 1);
    EXPECT_EQ(prices.pending, 1);
    EXPECT_EQ(prices.attemptsEnded, 5);
    EXPECT_DOUBLE_EQ(*prices.winBackRate(), 0.5);
    EXPECT_DOUBLE_EQ(*prices.costPerWonBack(costs), 1000.0); // 5 attempts x 200 for one customer won back
    EXPECT_DOUBLE_EQ(*prices.costRatio(costs), 100.0);
    EXPECT_DOUBLE_EQ(prices.valueAtStake, 60.0);
    EXPECT_EQ(summary.byReason[1].reason, "moved");
    EXPECT_FALSE(summary.byReason[1].winBackRate().has_value()) << "nothing ended: no rate, not 0 %";
    EXPECT_FALSE(summary.byReason[1].costPerWonBack(costs).has_value());
    EXPECT_EQ(summary.byReason[2].reason, "no_contact");
    EXPECT_TRUE(summary.byReason[2].suspected);
    EXPECT_EQ(summary.byReason[2].customers, 2);
    EXPECT_EQ(summary.total.customers, 6);
    EXPECT_EQ(summary.total.wonBack, 1);

    const analytics::WinBackCosts none;
    EXPECT_FALSE(prices.costPerWonBack(none).has_value()) << "a missing cost stays missing";
    EXPECT_FALSE(prices.costRatio(none).has_value());
}

TEST(WinBackSummaryTest, CostsFromTheUserElseFromLaunchedCampaigns) {
    const auto campaign = [](core::OfferKind offer, std::int64_t costMinor, std::int64_t treated, bool launched) {
        storage::CampaignSummary s;
        s.campaign.offer = offer;
        s.campaign.costPerContact = core::Money::fromMinor(costMinor);
        s.campaign.launchedOn = launched ? std::optional(kToday) : std::nullopt;
        s.treated = treated;
        return s;
    };
    const std::vector<storage::CampaignSummary> campaigns{
        campaign(core::OfferKind::WinBack, 5000, 100, true), // 50.00 x 100
        campaign(core::OfferKind::WinBack, 2000, 300, true), // 20.00 x 300: mean 27.50
        campaign(core::OfferKind::WinBack, 99900, 0, false), // a draft: no contacts
        campaign(core::OfferKind::Reward, 150, 1000, true)}; // keeping: 1.50 a contact
    const auto fromCampaigns = analytics::winBackCosts(campaigns, std::nullopt, std::nullopt);
    EXPECT_DOUBLE_EQ(*fromCampaigns.perAttempt, 27.5);
    EXPECT_EQ(fromCampaigns.perAttemptSource, analytics::CostSource::Campaigns);
    EXPECT_DOUBLE_EQ(*fromCampaigns.keepPerCustomerYear, 1.5);

    const auto given = analytics::winBackCosts(campaigns, 80.0, 4.0);
    EXPECT_DOUBLE_EQ(*given.perAttempt, 80.0);
    EXPECT_EQ(given.keepSource, analytics::CostSource::Given);

    const auto nothing = analytics::winBackCosts({}, std::nullopt, std::nullopt);
    EXPECT_FALSE(nothing.perAttempt.has_value());
    EXPECT_EQ(nothing.keepSource, analytics::CostSource::Missing);
}
