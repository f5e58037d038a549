// Attention alerts and complaint handling on constructed facts: each reason, each boundary (exactly at the interval
// is not late, one day more is), too few purchases, complaints answered and not.
#include "analytics/attention.h"
#include "analytics/complaint_handling.h"

#include <gtest/gtest.h>
#include <span>

using namespace rapport;
using analytics::AttentionAlert;
using analytics::AttentionReason;
using core::Date;
using core::EpisodeKind;
using storage::CustomerFact;
using storage::CustomerScore;
using storage::EpisodeFact;

namespace {

const Date kToday = Date::fromYmd(2026, 6, 30);

Date daysAgo(int days) {
    return kToday.addDays(-days);
}

EpisodeFact episode(core::CustomerId id, Date on, EpisodeKind kind, std::int64_t revenueMinor = 0,
                    std::optional<int> satisfaction = {}) {
    EpisodeFact e;
    e.customerId = id;
    e.date = on;
    e.kind = kind;
    e.revenueMinor = revenueMinor;
    if (satisfaction) {
        e.satisfaction = static_cast<std::int8_t>(*satisfaction);
    }
    return e;
}

CustomerFact customer(core::CustomerId id, const std::string& owner = "Anna") {
    CustomerFact c;
    c.id = id;
    c.displayName = "Customer " + std::to_string(id);
    c.owner = owner;
    return c;
}

/** A score of group 1 (valuable), or group 4 (not), with a predicted value. */
CustomerScore score(core::CustomerId id, int group, std::optional<std::int64_t> predictedMinor = {}) {
    CustomerScore s;
    s.id = id;
    s.stage = core::LadderStage::Client;
    s.fourGroup = group;
    if (predictedMinor) {
        s.predictedValue = core::Money::fromMinor(*predictedMinor);
    }
    return s;
}

struct Facts {
    std::vector<CustomerScore> scores;
    std::vector<storage::DepartedContact> departures;
    std::vector<EpisodeFact> episodes; // in customer, date order
    std::vector<CustomerFact> customers;
};

std::vector<AttentionAlert> find(const Facts& facts, analytics::AttentionRules rules = {}) {
    analytics::AttentionFinder finder(std::move(rules), kToday);
    finder.addScores(facts.scores);
    finder.addDepartures(facts.departures);
    finder.addEpisodes(facts.episodes);
    finder.addCustomers(facts.customers);
    return finder.finish();
}

std::vector<AttentionReason> reasonsOf(const std::vector<AttentionAlert>& alerts, core::CustomerId id) {
    std::vector<AttentionReason> reasons;
    for (const auto& a : alerts) {
        if (a.customerId == id) {
            reasons.push_back(a.reason);
        }
    }
    return reasons;
}

/** Purchases on the given days ago, 100.00 each. */
void buys(Facts& facts, core::CustomerId id, std::initializer_list<int> daysAgoList) {
    for (const int d : daysAgoList) {
        facts.episodes.push_back(episode(id, daysAgo(d), EpisodeKind::Purchase, 10'000));
    }
}

} // namespace

TEST(AttentionTest, AValuableCustomerIsLateOnlyAfterTheIntervalHasPassed) {
    Facts facts;
    facts.scores = {score(1, 1), score(2, 3), score(3, 4)};
    facts.episodes = {episode(1, daysAgo(60), EpisodeKind::Call),   // exactly at the interval: not late
                      episode(2, daysAgo(61), EpisodeKind::Email),  // one day more: late
                      episode(3, daysAgo(200), EpisodeKind::Call)}; // group 4 is not watched
    facts.customers = {customer(1), customer(2), customer(3)};
    const auto alerts = find(facts);
    EXPECT_TRUE(reasonsOf(alerts, 1).empty());
    ASSERT_EQ(reasonsOf(alerts, 2), std::vector{AttentionReason::NotContacted});
    EXPECT_TRUE(reasonsOf(alerts, 3).empty());
    EXPECT_EQ(alerts[0].days, 61);
    EXPECT_EQ(alerts[0].intervalDays, 60);
    EXPECT_EQ(alerts[0].lastContactOn, daysAgo(61));
    EXPECT_EQ(alerts[0].name, "Customer 2");
}

TEST(AttentionTest, APurchaseOrAComplaintIsNoContactFromUs) {
    Facts facts;
    facts.scores = {score(1, 1)};
    facts.episodes = {episode(1, daysAgo(100), EpisodeKind::Meeting),
                      episode(1, daysAgo(5), EpisodeKind::Purchase, 500), episode(1, daysAgo(3), EpisodeKind::Inquiry)};
    facts.customers = {customer(1)};
    const auto alerts = find(facts);
    ASSERT_EQ(reasonsOf(alerts, 1), std::vector{AttentionReason::NotContacted});
    EXPECT_EQ(alerts[0].days, 100);
}

TEST(AttentionTest, ACustomersOwnIntervalFunctionReplacesTheDefault) {
    Facts facts;
    facts.scores = {score(1, 4), score(2, 1)};
    facts.episodes = {episode(1, daysAgo(31), EpisodeKind::Call), episode(2, daysAgo(31), EpisodeKind::Call)};
    facts.customers = {customer(1), customer(2)};
    analytics::AttentionRules rules;
    rules.contactIntervalFor = [](const CustomerScore& s) { return s.id == 1 ? 30 : 0; }; // a service level's
    const auto alerts = find(facts, rules);
    EXPECT_EQ(reasonsOf(alerts, 1), std::vector{AttentionReason::NotContacted});
    EXPECT_TRUE(reasonsOf(alerts, 2).empty());
}

TEST(AttentionTest, NeverContactedCountsFromAcquisitionWithoutEpisodes) {
    Facts facts;
    facts.scores = {score(1, 1)};
    facts.customers = {customer(1)};
    facts.customers[0].acquiredOn = daysAgo(90);
    const auto alerts = find(facts);
    ASSERT_EQ(reasonsOf(alerts, 1), std::vector{AttentionReason::NotContacted});
    EXPECT_FALSE(alerts[0].lastContactOn);
    EXPECT_EQ(alerts[0].days, 90);
}

TEST(AttentionTest, APurchaseIsOverdueAfterTheFactorTimesTheMedianGap) {
    Facts facts;
    // Gaps 10, 10, 40: median 10, factor 1.5: late after more than 15 days.
    buys(facts, 1, {75, 65, 55, 15});     // 15 days: exactly at the line
    buys(facts, 2, {76, 66, 56, 16});     // 16 days: late
    buys(facts, 3, {100, 50});            // two purchase days: no usual interval yet
    buys(facts, 4, {900, 890, 880, 870}); // silent for years: churn's business
    facts.customers = {customer(1), customer(2), customer(3), customer(4)};
    const auto alerts = find(facts);
    EXPECT_TRUE(reasonsOf(alerts, 1).empty());
    ASSERT_EQ(reasonsOf(alerts, 2), std::vector{AttentionReason::PurchaseOverdue});
    EXPECT_TRUE(reasonsOf(alerts, 3).empty());
    EXPECT_TRUE(reasonsOf(alerts, 4).empty());
    EXPECT_DOUBLE_EQ(alerts[0].usualIntervalDays, 10.0);
    EXPECT_EQ(alerts[0].days, 16);
    EXPECT_EQ(alerts[0].lastPurchaseOn, daysAgo(16));
    EXPECT_DOUBLE_EQ(alerts[0].valueAtStake, 400.0); // historical revenue without a prediction
    EXPECT_FALSE(alerts[0].valueIsPredicted);
}

TEST(AttentionTest, ADayCancelledInFullIsNoPurchaseDay) {
    Facts facts;
    buys(facts, 1, {40, 30, 20});
    auto cancel = episode(1, daysAgo(20), EpisodeKind::Return, -10'000);
    cancel.cancelsPurchase = true;
    facts.episodes.push_back(cancel);
    facts.customers = {customer(1)};
    EXPECT_TRUE(find(facts).empty()); // two purchase days left: too few
}

TEST(AttentionTest, AKeyPersonWhoLeftNeedsAttentionUntilSomeoneCallsAfter) {
    Facts facts;
    facts.departures = {{1, 11, "Jan Nowak", "Purchasing manager", false, daysAgo(20)},
                        {2, 12, "Eva Berg", "accountant", true, daysAgo(20)},
                        {3, 13, "Olga", "accountant", false, daysAgo(20)}, // neither key role nor decider
                        {4, 14, "Piotr", "owner", false, daysAgo(400)},    // too long ago
                        {5, 15, "Karin", "Inköpschef", false, daysAgo(10)}};
    facts.episodes = {episode(2, daysAgo(19), EpisodeKind::Call), episode(5, daysAgo(10), EpisodeKind::Call)};
    facts.customers = {customer(1), customer(2), customer(3), customer(4), customer(5)};
    const auto alerts = find(facts);
    ASSERT_EQ(reasonsOf(alerts, 1), std::vector{AttentionReason::DecisionMakerLeft});
    EXPECT_TRUE(reasonsOf(alerts, 2).empty()); // called the day after
    EXPECT_TRUE(reasonsOf(alerts, 3).empty());
    EXPECT_TRUE(reasonsOf(alerts, 4).empty());
    EXPECT_EQ(reasonsOf(alerts, 5), std::vector{AttentionReason::DecisionMakerLeft}); // a call that same day is theirs
    const auto& jan = alerts[0].customerId == 1 ? alerts[0] : alerts[1];
    EXPECT_EQ(jan.personName, "Jan Nowak");
    EXPECT_EQ(jan.leftOn, daysAgo(20));
    EXPECT_EQ(jan.days, 20);
}

TEST(AttentionTest, AComplaintWaitsUntilAContactFollowsIt) {
    Facts facts;
    facts.episodes = {episode(1, daysAgo(8), EpisodeKind::Complaint), // 8 days > 7: waiting too long
                      episode(1, daysAgo(2), EpisodeKind::Complaint),
                      episode(2, daysAgo(7), EpisodeKind::Complaint),  // exactly 7 days: not yet
                      episode(3, daysAgo(30), EpisodeKind::Complaint), // answered by a call
                      episode(3, daysAgo(29), EpisodeKind::Call),
                      episode(4, daysAgo(30), EpisodeKind::Call), // a call before is no answer
                      episode(4, daysAgo(20), EpisodeKind::Complaint)};
    facts.customers = {customer(1), customer(2), customer(3), customer(4)};
    const auto alerts = find(facts);
    ASSERT_EQ(reasonsOf(alerts, 1), std::vector{AttentionReason::ComplaintUnanswered});
    EXPECT_TRUE(reasonsOf(alerts, 2).empty());
    EXPECT_TRUE(reasonsOf(alerts, 3).empty());
    EXPECT_EQ(reasonsOf(alerts, 4), std::vector{AttentionReason::ComplaintUnanswered});
    const auto& first = alerts[0].customerId == 1 ? alerts[0] : alerts[1];
    EXPECT_EQ(first.complaintOn, daysAgo(8));
    EXPECT_EQ(first.complaintsWaiting, 2);
}

TEST(AttentionTest, MostValuableFirstOneOwnerAndNoLostCustomers) {
    Facts facts;
    facts.scores = {score(1, 1, 50'000), score(2, 1, 900'000), score(3, 1, 10'000'000)};
    facts.scores[2].churnStatus = core::ChurnStatus::Lost;
    facts.episodes = {episode(1, daysAgo(100), EpisodeKind::Call), episode(2, daysAgo(100), EpisodeKind::Call),
                      episode(3, daysAgo(100), EpisodeKind::Call)};
    facts.customers = {customer(1, "Anna"), customer(2, "Erik"), customer(3, "Anna")};
    const auto all = find(facts);
    ASSERT_EQ(all.size(), 2U);
    EXPECT_EQ(all[0].customerId, 2);
    EXPECT_DOUBLE_EQ(all[0].valueAtStake, 9000.0);
    EXPECT_TRUE(all[0].valueIsPredicted);
    analytics::AttentionRules anna;
    anna.owner = "Anna";
    const auto annas = find(facts, anna);
    ASSERT_EQ(annas.size(), 1U);
    EXPECT_EQ(annas[0].customerId, 1);
}

TEST(AttentionTest, KeepingTheBestFewGivesTheHeadOfTheWholeListAndCountsAll) {
    // Forty valuable customers not contacted for 100 days, values in a scrambled order, ties included; some of
    // another owner. The dashboard keeps the best fifty of a million instead of all of them.
    Facts facts;
    for (core::CustomerId id = 1; id <= 40; ++id) {
        facts.scores.push_back(score(id, 1, (id * 7919 % 13) * 10'000));
        facts.episodes.push_back(episode(id, daysAgo(100), EpisodeKind::Call));
        facts.customers.push_back(customer(id, id % 5 == 0 ? "Erik" : "Anna"));
    }
    for (const std::string owner : {"", "Anna"}) {
        analytics::AttentionRules rules;
        rules.owner = owner;
        const auto all = find(facts, rules);
        ASSERT_GT(all.size(), 10U);
        for (const std::size_t keep : {1U, 7U, 10U, 100U}) {
            rules.keepBest = keep;
            analytics::AttentionFinder finder(rules, kToday);
            finder.addScores(facts.scores);
            finder.addDepartures(facts.departures);
            finder.addEpisodes(facts.episodes);
            finder.addCustomers(facts.customers);
            const auto best = finder.finish();
            EXPECT_EQ(finder.total(), all.size()) << keep;
            ASSERT_EQ(best.size(), std::min(keep, all.size())) << keep;
            for (std::size_t i = 0; i < best.size(); ++i) {
                EXPECT_EQ(best[i].customerId, all[i].customerId) << keep << " " << i;
                EXPECT_EQ(best[i].name, all[i].name) << keep << " " << i;
                EXPECT_DOUBLE_EQ(best[i].valueAtStake, all[i].valueAtStake) << keep << " " << i;
            }
        }
    }
}

TEST(AttentionTest, AlertsWaitingForTheCustomerScanKeepEveryFigureAndArchivedCustomersAreLeftOut) {
    // The episode pass keeps a compact record of each alert until the customer scan names it; fed one customer at
    // a time, every figure of every reason must come out as it was found.
    Facts facts;
    facts.scores = {score(1, 1, 50'000), score(2, 1), score(3, 1)};
    facts.departures = {{1, 11, "Karin Berg", "Inköpschef", true, daysAgo(120)}};
    buys(facts, 1, {300, 250, 200}); // every 50 days; 200 days since is past 1.5 times that
    facts.episodes.push_back(episode(1, daysAgo(150), EpisodeKind::Call));
    facts.episodes.push_back(episode(1, daysAgo(100), EpisodeKind::Complaint));
    facts.episodes.push_back(episode(1, daysAgo(90), EpisodeKind::Complaint));
    facts.episodes.push_back(episode(2, daysAgo(100), EpisodeKind::Call)); // archived before the customer scan
    facts.episodes.push_back(episode(4, daysAgo(20), EpisodeKind::Complaint));
    auto third = customer(3, "Erik");
    third.acquiredOn = daysAgo(90); // no episodes: counted from acquisition
    facts.customers = {customer(1, "Anna"), third, customer(4, "Anna")};

    analytics::AttentionFinder finder(analytics::AttentionRules{}, kToday);
    finder.addScores(facts.scores);
    finder.addDepartures(facts.departures);
    finder.addEpisodes(facts.episodes);
    for (const auto& c : facts.customers) {
        finder.addCustomers(std::span(&c, 1));
    }
    const auto alerts = finder.finish();
    EXPECT_EQ(finder.total(), 6U);
    ASSERT_EQ(alerts.size(), 6U);

    const auto& notContacted = alerts[0];
    EXPECT_EQ(notContacted.customerId, 1);
    EXPECT_EQ(notContacted.name, "Customer 1");
    EXPECT_EQ(notContacted.owner, "Anna");
    EXPECT_EQ(notContacted.reason, AttentionReason::NotContacted);
    EXPECT_DOUBLE_EQ(notContacted.valueAtStake, 500.0);
    EXPECT_TRUE(notContacted.valueIsPredicted);
    EXPECT_EQ(notContacted.days, 150);
    EXPECT_EQ(notContacted.lastContactOn, daysAgo(150));
    EXPECT_EQ(notContacted.intervalDays, 60);

    const auto& overdue = alerts[1];
    EXPECT_EQ(overdue.reason, AttentionReason::PurchaseOverdue);
    EXPECT_DOUBLE_EQ(overdue.valueAtStake, 500.0);
    EXPECT_EQ(overdue.days, 200);
    EXPECT_EQ(overdue.lastPurchaseOn, daysAgo(200));
    EXPECT_DOUBLE_EQ(overdue.usualIntervalDays, 50.0);
    EXPECT_DOUBLE_EQ(overdue.factor, 1.5);
    EXPECT_FALSE(overdue.lastContactOn);

    const auto& left = alerts[2];
    EXPECT_EQ(left.reason, AttentionReason::DecisionMakerLeft);
    EXPECT_EQ(left.days, 120);
    EXPECT_EQ(left.leftOn, daysAgo(120));
    EXPECT_EQ(left.personName, "Karin Berg");
    EXPECT_EQ(left.personRole, "Inköpschef");
    EXPECT_TRUE(left.decisionMaker);

    const auto& complaint = alerts[3];
    EXPECT_EQ(complaint.reason, AttentionReason::ComplaintUnanswered);
    EXPECT_EQ(complaint.days, 100);
    EXPECT_EQ(complaint.complaintOn, daysAgo(100));
    EXPECT_EQ(complaint.complaintsWaiting, 2);
    EXPECT_TRUE(complaint.personName.empty());

    const auto& acquired = alerts[4];
    EXPECT_EQ(acquired.customerId, 3);
    EXPECT_EQ(acquired.owner, "Erik");
    EXPECT_EQ(acquired.reason, AttentionReason::NotContacted);
    EXPECT_EQ(acquired.days, 90);
    EXPECT_FALSE(acquired.lastContactOn); // never contacted
    EXPECT_FALSE(acquired.valueIsPredicted);
    EXPECT_DOUBLE_EQ(acquired.valueAtStake, 0.0);

    EXPECT_EQ(alerts[5].customerId, 4);
    EXPECT_EQ(alerts[5].reason, AttentionReason::ComplaintUnanswered);
    EXPECT_EQ(alerts[5].complaintsWaiting, 1);
    EXPECT_TRUE(reasonsOf(alerts, 2).empty()); // its alert waited, but no customer came to name it
}

TEST(AttentionTest, KeyRolesInTheProductsLanguages) {
    EXPECT_TRUE(analytics::isKeyRole("Purchasing Manager"));
    EXPECT_TRUE(analytics::isKeyRole("kierownik zakupów"));
    EXPECT_TRUE(analytics::isKeyRole("менеджер по закупкам"));
    EXPECT_TRUE(analytics::isKeyRole("Owner"));
    EXPECT_FALSE(analytics::isKeyRole("accountant"));
}

TEST(ComplaintHandlingTest, TimeToAnswerShareAnsweredAndSatisfactionAfter) {
    analytics::ComplaintTally tally(kToday);
    const std::vector<CustomerFact> customers{customer(1, "Anna"), customer(2, "Erik"), customer(3, "Erik")};
    tally.addCustomers(customers);
    const std::vector<EpisodeFact> episodes{
        // Anna's customer: answered in 2 days by a rated call (+1)
        episode(1, Date::fromYmd(2026, 3, 1), EpisodeKind::Complaint, 0, -2),
        episode(1, Date::fromYmd(2026, 3, 3), EpisodeKind::Call, 0, 1),
        // Erik's: answered in 4 days by an unrated e-mail; the next rated episode (+2) counts
        episode(2, Date::fromYmd(2026, 3, 10), EpisodeKind::Complaint),
        episode(2, Date::fromYmd(2026, 3, 14), EpisodeKind::Email),
        episode(2, Date::fromYmd(2026, 4, 1), EpisodeKind::Purchase, 1000, 2),
        // Erik's other: never answered, and unhappy before without complaining
        episode(3, Date::fromYmd(2026, 4, 2), EpisodeKind::Complaint),
        // a customer unhappy (-1) who never complained
        episode(4, Date::fromYmd(2026, 4, 5), EpisodeKind::Service, 0, -1)};
    tally.addEpisodes(episodes);
    const auto report = tally.finish();
    EXPECT_EQ(report.total.complaints, 3);
    EXPECT_EQ(report.total.answered, 2);
    EXPECT_DOUBLE_EQ(report.total.shareAnswered(), 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(*report.total.medianDaysToAnswer, 3.0);
    EXPECT_DOUBLE_EQ(*report.total.meanDaysToAnswer, 3.0);
    EXPECT_EQ(report.total.ratedAfterAnswer, 2);
    EXPECT_DOUBLE_EQ(*report.total.meanSatisfactionAfterAnswer, 1.5);
    EXPECT_DOUBLE_EQ(*report.total.meanSatisfactionAtComplaint, -2.0);

    ASSERT_EQ(report.byOwner.size(), 2U);
    EXPECT_EQ(report.byOwner[0].key, "Anna");
    EXPECT_EQ(report.byOwner[0].figures.answered, 1);
    EXPECT_EQ(report.byOwner[1].key, "Erik");
    EXPECT_EQ(report.byOwner[1].figures.complaints, 2);
    EXPECT_DOUBLE_EQ(report.byOwner[1].figures.shareAnswered(), 0.5);
    ASSERT_EQ(report.byMonth.size(), 2U);
    EXPECT_EQ(report.byMonth[0].key, "2026-03");
    EXPECT_EQ(report.byMonth[0].figures.complaints, 2);
    EXPECT_EQ(report.byMonth[1].key, "2026-04");
    EXPECT_EQ(report.byMonth[1].figures.answered, 0);

    EXPECT_EQ(report.unhappyCustomers, 4); // three complained, one only rated an episode -1
    EXPECT_EQ(report.silentUnhappyCustomers, 1);
}
