#include "analytics/cdnow.h"
#include "analytics/customer_summary.h"
#include "analytics/purchase_sources.h"
#include "core/money.h"
#include "storage/fixtures.h"

#include <cmath>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <tuple>

using namespace rapport;
using namespace rapport::test;
using analytics::CustomerSummary;
using analytics::SummaryBuilder;
using analytics::TimeUnit;
using core::Date;

namespace {

Date day(const char* iso) {
    return *Date::parseIso(iso);
}

/** The builder's summaries by the key each customer was added with. */
std::map<std::string, CustomerSummary> byCustomer(SummaryBuilder& builder) {
    std::map<std::string, CustomerSummary> result;
    for (const auto& s : builder.finish()) {
        result.emplace(builder.key(s), s);
    }
    return result;
}

/** The four statistics the models read, checked together. */
void expectStatistics(const CustomerSummary& s, double x, double tx, double T, double monetary) {
    EXPECT_DOUBLE_EQ(s.frequency, x) << "customer number " << s.customer;
    EXPECT_DOUBLE_EQ(s.recency, tx) << "customer number " << s.customer;
    EXPECT_DOUBLE_EQ(s.T, T) << "customer number " << s.customer;
    EXPECT_DOUBLE_EQ(s.monetary, monetary) << "customer number " << s.customer;
}

} // namespace

TEST(CustomerSummary, MergesSameDayPurchasesAndExcludesTheFirstDayFromMonetary) {
    SummaryBuilder builder({TimeUnit::Day, day("2024-01-31")});
    // Out of order on purpose: files are not sorted.
    builder.add("a", day("2024-01-11"), 3000);
    builder.add("a", day("2024-01-01"), 1000);
    builder.add("a", day("2024-01-11"), 1000); // same day as the 3000: one purchase day of 4000
    builder.add("a", day("2024-01-01"), 500);
    builder.add("a", day("2024-01-21"), 2000);
    const auto s = builder.finish().at(0);
    EXPECT_EQ(s.purchaseDays, 3);
    expectStatistics(s, 2, 20, 30, (40.0 + 20.0) / 2); // the first day's 15.00 is left out of monetary
    EXPECT_EQ(s.firstPurchase, day("2024-01-01"));
    EXPECT_EQ(s.lastPurchase, day("2024-01-21"));
}

TEST(CustomerSummary, FinishIsOnceAndNoLineComesAfterIt) {
    SummaryBuilder builder;
    builder.add("A", Date::fromYmd(2026, 1, 5), 1'000);
    builder.add("A", Date::fromYmd(2026, 2, 5), 2'000);
    const auto summaries = builder.finish();
    ASSERT_EQ(summaries.size(), 1U);
    EXPECT_THROW(builder.finish(), std::logic_error); // would have said: no customers
    EXPECT_THROW(builder.add("B", Date::fromYmd(2026, 3, 5), 500), std::logic_error);
    // The refused line left the keys that name the summaries as they were.
    EXPECT_EQ(builder.key(summaries[0]), "A");
    CustomerSummary stranger;
    stranger.customer = 1; // no such number in this builder
    EXPECT_THROW((void)builder.key(stranger), std::logic_error);

    // Ids: a line refused after finish() is not numbered either, a new id or a known one.
    SummaryBuilder byId;
    for (const core::CustomerId id : {7, 9, 12}) {
        byId.add(id, Date::fromYmd(2026, 1, 5), 1'000);
    }
    const auto byIdSummaries = byId.finish();
    ASSERT_EQ(byIdSummaries.size(), 3U);
    EXPECT_THROW(byId.add(core::CustomerId{7}, Date::fromYmd(2026, 2, 5), 1'000), std::logic_error);
    EXPECT_THROW(byId.add(core::CustomerId{30}, Date::fromYmd(2026, 2, 5), 1'000), std::logic_error);
    EXPECT_EQ(byId.id(byIdSummaries[2]), 12);
    stranger.customer = 3;
    EXPECT_THROW((void)byId.id(stranger), std::logic_error);
}

TEST(CustomerSummary, UnitsAndTheDefaultObservationEnd) {
    for (const auto& [unit, divisor] :
         {std::pair{TimeUnit::Day, 1.0}, std::pair{TimeUnit::Week, 7.0}, std::pair{TimeUnit::Month, 365.2425 / 12}}) {
        SummaryBuilder builder({unit, std::nullopt});
        builder.add("one", day("2024-01-01"), 100);
        builder.add("one", day("2024-03-01"), 100);
        builder.add("two", day("2024-04-10"), 100); // the last purchase of all: the default end
        const auto summaries = byCustomer(builder);
        EXPECT_EQ(builder.observationEnd(), day("2024-04-10"));
        EXPECT_NEAR(summaries.at("one").recency, 60 / divisor, 1e-12);
        EXPECT_NEAR(summaries.at("one").T, 100 / divisor, 1e-12);
        EXPECT_DOUBLE_EQ(summaries.at("two").T, 0);
    }
}

TEST(CustomerSummary, ReturnsZeroAmountsAndTheObservationEnd) {
    SummaryBuilder builder({TimeUnit::Day, day("2024-02-01")});
    builder.add("r", day("2024-01-01"), 5000);
    builder.add("r", day("2024-01-05"), -2000);  // a return: not a purchase day
    builder.add("r", day("2024-01-10"), 0);      // a free item still is a purchase day
    builder.add("r", day("2024-03-01"), 9999);   // after the observation end: left out
    builder.add("late", day("2024-02-02"), 100); // first purchase after the end: no summary
    builder.add("refund-only", day("2024-01-03"), -100);
    const auto summaries = byCustomer(builder);
    ASSERT_EQ(summaries.size(), 1u);
    const auto& s = summaries.at("r");
    EXPECT_EQ(s.purchaseDays, 2);
    EXPECT_DOUBLE_EQ(s.monetary, 0.0); // the free item's day is the only repeat
    EXPECT_EQ(s.firstPurchase, day("2024-01-01"));
    EXPECT_EQ(s.lastPurchase, day("2024-01-10"));
}

TEST(CustomerSummary, OneCustomerNobodyRepeatsAndEmptyInput) {
    SummaryBuilder empty;
    EXPECT_TRUE(empty.finish().empty());

    SummaryBuilder single({TimeUnit::Week, std::nullopt});
    single.add("only", day("2024-05-05"), 1234);
    const auto s = single.finish().at(0);
    expectStatistics(s, 0, 0, 0, 0);
}

TEST(CustomerSummary, KeepsTheOrderCustomersFirstAppeared) {
    SummaryBuilder builder;
    for (const char* key : {"z", "a", "m", "a", "z"}) {
        builder.add(key, day("2024-01-01"), 100);
    }
    const auto summaries = builder.finish();
    ASSERT_EQ(summaries.size(), 3u);
    EXPECT_EQ(builder.key(summaries[0]), "z");
    EXPECT_EQ(builder.key(summaries[1]), "a");
    EXPECT_EQ(builder.key(summaries[2]), "m");
}

TEST(CustomerSummary, ReadsTheRepositoryPurchaseStream) {
    TempDir dir;
    auto repository = storage::openRepository(dir.file("summary.sqlite"));
    const auto id = repository->addCustomer(makeCustomer("Stream"));
    repository->addEpisode(makePurchase(id, "2024-01-01", 1000, 300));
    repository->addEpisode(makePurchase(id, "2024-01-15", 3000, 900));
    repository->addEpisode(makeContact(id, "2024-01-20", core::EpisodeKind::Call));
    SummaryBuilder builder({TimeUnit::Week, day("2024-01-29")});
    analytics::addRepositoryPurchases(*repository, builder);
    const auto s = builder.finish().at(0);
    EXPECT_EQ(builder.id(s), id);
    expectStatistics(s, 1, 2, 4, 30.0);
}

TEST(CustomerSummary, SumsCustomersFedByIdOneByOneAndRefusesAnIdBelowThePrevious) {
    // The repository's stream: each customer's lines together, customers by ascending id, a customer's lines in
    // any date order (a linked return comes in its purchase's place, not always in date order).
    SummaryBuilder builder({TimeUnit::Day, day("2024-03-31")});
    const std::vector<std::tuple<core::CustomerId, const char*, std::int64_t>> lines{
        {5, "2024-01-09", 1000},  {5, "2024-01-05", 1000},  {5, "2024-01-09", -1000}, // the 9th cancelled in full
        {7, "2024-01-07", -500},                                                      // only a refund: no summary
        {10, "2024-01-03", 2000}, {10, "2024-01-01", 1000}, {10, "2024-04-02", 9000}, // the 2nd of April: too late
        {40, "2024-01-08", 1000}};
    for (const auto& [id, iso, amount] : lines) {
        builder.add(id, day(iso), amount);
    }
    EXPECT_EQ(builder.lines(), lines.size());
    const auto summaries = builder.finish();
    EXPECT_EQ(builder.lines(), lines.size());
    const std::vector<std::pair<core::CustomerId, int>> expected{{5, 1}, {10, 2}, {40, 1}};
    ASSERT_EQ(summaries.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(builder.id(summaries[i]), expected[i].first) << i;
        EXPECT_EQ(summaries[i].purchaseDays, expected[i].second) << "customer " << expected[i].first;
    }
    expectStatistics(summaries[0], 0, 0, 86, 0);
    expectStatistics(summaries[1], 1, 2, 90, 20.0);
    EXPECT_EQ(summaries[1].firstPurchase, day("2024-01-01"));
    EXPECT_EQ(summaries[1].lastPurchase, day("2024-01-03"));

    // A smaller id than the last means an earlier customer's lines did not come together: refused, not summed
    // wrongly. Nothing of it is counted.
    SummaryBuilder unordered;
    unordered.add(core::CustomerId{10}, day("2024-01-01"), 100);
    unordered.add(core::CustomerId{20}, day("2024-01-02"), 100);
    EXPECT_THROW(unordered.add(core::CustomerId{10}, day("2024-01-03"), 100), std::logic_error);
    EXPECT_THROW(unordered.add(core::CustomerId{5}, day("2024-01-03"), 100), std::logic_error);
    EXPECT_EQ(unordered.lines(), 2U);
    EXPECT_EQ(unordered.finish().size(), 2U);

    // A builder fed ids has no keys, and one builder takes keys or ids, never both.
    EXPECT_THROW((void)builder.key(summaries[0]), std::logic_error);
    SummaryBuilder byId;
    byId.add(core::CustomerId{1}, day("2024-01-01"), 100);
    EXPECT_THROW(byId.add("1", day("2024-01-02"), 100), std::logic_error);
    SummaryBuilder byKey;
    byKey.add("1", day("2024-01-01"), 100);
    EXPECT_THROW(byKey.add(core::CustomerId{1}, day("2024-01-02"), 100), std::logic_error);
    EXPECT_THROW((void)byKey.id(byKey.finish().at(0)), std::logic_error);
}

TEST(CustomerSummary, CustomersFedByIdSumToWhatTheSameLinesFedByKeyGive) {
    // Two ways to the same summaries: by key the lines are kept and sorted at the end, by id each customer is
    // summed as the next begins. 300,000 customers fill more than two blocks of summaries; their lines mix
    // purchases, same-day cancellations, refunds and days past the observation end, with and without one given.
    std::mt19937 random(20261204);
    struct Line {
        core::CustomerId id;
        Date date;
        std::int64_t amount;
    };
    std::vector<Line> lines;
    const Date first = day("2020-01-01");
    for (core::CustomerId id = 1; id <= 300'000; ++id) {
        const int count = 1 + static_cast<int>(random() % 5);
        for (int i = 0; i < count; ++i) {
            const auto date = first.addDays(static_cast<int>(random() % 1500));
            const auto amount = static_cast<std::int64_t>(random() % 20'000) - 2'000; // some refunds
            lines.push_back({id, date, amount});
            if (random() % 10 == 0) {
                lines.push_back({id, date, -amount}); // cancelled the same day
            }
        }
    }
    for (const std::optional<Date> until : {std::optional<Date>{}, std::optional<Date>{first.addDays(1200)}}) {
        SummaryBuilder byKey({TimeUnit::Week, until});
        SummaryBuilder byId({TimeUnit::Week, until});
        for (const auto& line : lines) {
            byKey.add(std::to_string(line.id), line.date, line.amount);
            byId.add(line.id, line.date, line.amount);
        }
        const auto keyed = byKey.finish();
        const auto numbered = byId.finish();
        EXPECT_EQ(byId.observationEnd(), byKey.observationEnd());
        EXPECT_EQ(byId.lines(), lines.size());
        ASSERT_EQ(numbered.size(), keyed.size());
        ASSERT_GT(numbered.size(), 2 * 131'072U); // past two full blocks
        for (std::size_t i = 0; i < keyed.size(); ++i) {
            const auto& k = keyed[i];
            const auto& n = numbered[i];
            ASSERT_EQ(std::to_string(byId.id(n)), byKey.key(k)) << i;
            EXPECT_EQ(n.purchaseDays, k.purchaseDays) << i;
            EXPECT_EQ(n.firstPurchase, k.firstPurchase) << i;
            EXPECT_EQ(n.lastPurchase, k.lastPurchase) << i;
            EXPECT_EQ(n.frequency, k.frequency) << i;
            EXPECT_EQ(n.recency, k.recency) << i;
            EXPECT_EQ(n.T, k.T) << i;
            EXPECT_EQ(n.monetary, k.monetary) << i;
        }
    }
}

TEST(CustomerSummary, MillionsOfLinesKeptInBlocksGiveEveryLineToItsCustomer) {
    // 1.1 million lines fill two blocks and part of a third; joined for the sort, none may be lost or doubled.
    // Day by day, each of 1,000 customers buys once a day, the last day first, so the blocks are out of order.
    constexpr int kCustomers = 1000;
    constexpr int kDays = 1100;
    const Date first = day("2021-01-01");
    SummaryBuilder builder({TimeUnit::Day, first.addDays(kDays - 1)});
    for (int d = kDays - 1; d >= 0; --d) {
        for (int c = 0; c < kCustomers; ++c) {
            builder.add("customer-" + std::to_string(c), first.addDays(d), 100 + (d == 0 ? 0 : c));
        }
    }
    EXPECT_EQ(builder.lines(), std::size_t{kCustomers} * kDays);
    const auto summaries = builder.finish();
    EXPECT_EQ(builder.lines(), std::size_t{kCustomers} * kDays);
    ASSERT_EQ(summaries.size(), std::size_t{kCustomers});
    for (int c = 0; c < kCustomers; ++c) {
        const auto& s = summaries[static_cast<std::size_t>(c)];
        ASSERT_EQ(builder.key(s), "customer-" + std::to_string(c));
        EXPECT_EQ(s.purchaseDays, kDays) << c;
        EXPECT_EQ(s.firstPurchase, first) << c;
        EXPECT_EQ(s.lastPurchase, first.addDays(kDays - 1)) << c;
        // Every repeat day is worth 100 + c cents; the first day's 100 is left out.
        EXPECT_DOUBLE_EQ(s.monetary, (100 + c) / 100.0) << c;
    }
}

TEST(CustomerSummary, APurchaseCancelledInFullTheSameDayIsNoPurchaseDay) {
    SummaryBuilder builder({TimeUnit::Day, day("2024-02-01")});
    builder.add("c", day("2024-01-01"), 1000);
    builder.add("c", day("2024-01-10"), 2500);
    builder.add("c", day("2024-01-10"), -2500); // the invoice cancelled the same day: net 0
    builder.add("c", day("2024-01-20"), 4000);
    const auto s = byCustomer(builder).at("c");
    EXPECT_EQ(s.purchaseDays, 2);
    expectStatistics(s, 1, 19, 31, 40.0); // only 2024-01-20 repeats

    // A day that nets below zero (more given back than bought that day) is no purchase day either.
    SummaryBuilder more({TimeUnit::Day, day("2024-02-01")});
    more.add("m", day("2024-01-01"), 1000);
    more.add("m", day("2024-01-05"), 300);
    more.add("m", day("2024-01-05"), -800); // an earlier purchase's refund on a day with a small purchase
    EXPECT_EQ(byCustomer(more).at("m").purchaseDays, 1);
}

TEST(CustomerSummary, APartialReturnTheSameDayLeavesAPurchaseDayWorthTheNet) {
    SummaryBuilder builder({TimeUnit::Day, day("2024-02-01")});
    builder.add("p", day("2024-01-01"), 1000);
    builder.add("p", day("2024-01-11"), 5000);
    builder.add("p", day("2024-01-11"), -2000); // two of five items given back that day
    builder.add("p", day("2024-01-21"), 4000);
    const auto s = byCustomer(builder).at("p");
    EXPECT_EQ(s.purchaseDays, 3);
    expectStatistics(s, 2, 20, 31, (30.0 + 40.0) / 2); // the 11th counts with its net 30.00
}

TEST(CustomerSummary, ALinkedCancellationOnALaterDayRemovesThePurchaseDay) {
    // Through the repository: the cancellation of 2024-01-25 names the purchase of 2024-01-10, so the purchase
    // stream dates it on the 10th and the day nets to nothing. An unlinked refund is a day of its own, no purchase day.
    TempDir dir;
    auto repository = storage::openRepository(dir.file("cancelled.sqlite"));
    const auto id = repository->addCustomer(makeCustomer("Cancelled"));
    repository->addEpisode(makePurchase(id, "2024-01-01", 1000, 300));
    auto cancelled = makePurchase(id, "2024-01-10", 2500, 700);
    cancelled.reference = "536365";
    cancelled.lineCount = 3;
    const auto cancelledId = repository->addEpisode(cancelled);
    repository->addEpisode(makePurchase(id, "2024-01-20", 4000, 1000));
    auto cancellation = makePurchase(id, "2024-01-25", -2500, -700);
    cancellation.kind = core::EpisodeKind::Return;
    cancellation.reference = "C536365";
    cancellation.cancels = cancelledId;
    cancellation.id = repository->addEpisode(cancellation);

    SummaryBuilder builder({TimeUnit::Day, day("2024-02-01")});
    analytics::addRepositoryPurchases(*repository, builder);
    const auto s = builder.finish().at(0);
    EXPECT_EQ(s.purchaseDays, 2);
    expectStatistics(s, 1, 19, 31, 40.0);

    // Unlinked, the same refund stays on its own day: the purchase of the 10th counts again.
    cancellation.cancels.reset();
    repository->updateEpisode(cancellation);
    SummaryBuilder unlinked({TimeUnit::Day, day("2024-02-01")});
    analytics::addRepositoryPurchases(*repository, unlinked);
    const auto u = unlinked.finish().at(0);
    EXPECT_EQ(u.purchaseDays, 3);
    // The refund of the 25th stays out of the 10th's net: the repeat days are worth 25.00 and 40.00.
    expectStatistics(u, 2, 19, 31, (25.0 + 40.0) / 2);
}

// The real data: the published CDNOW calibration summary must come out of the raw purchase file.
TEST(CustomerSummaryCdnow, RebuildsThePublishedSummaryFromTheRawFile) {
    auto rebuilt = cdnowPurchases();
    if (!rebuilt) {
        GTEST_SKIP() << "../shared/datasets/cdnow is not present";
    }
    const auto summaries = byCustomer(*rebuilt);
    const auto shared = sharedDir();

    std::ifstream published(shared / "datasets" / "cdnow" / "cdnow_customers_summary_with_transactions.csv");
    std::string line;
    std::getline(published, line); // ID,x,t_x,T,zbar
    int compared = 0;
    while (std::getline(published, line)) {
        std::stringstream fields(line);
        std::string id;
        std::string x;
        std::string tx;
        std::string T;
        std::string zbar;
        std::getline(fields, id, ',');
        std::getline(fields, x, ',');
        std::getline(fields, tx, ',');
        std::getline(fields, T, ',');
        std::getline(fields, zbar, ',');
        const auto& s = summaries.at(id);
        EXPECT_NEAR(s.frequency, std::stod(x), 0.01) << id;
        EXPECT_NEAR(s.recency, std::stod(tx), 0.01) << id;
        EXPECT_NEAR(s.T, std::stod(T), 0.01) << id;
        EXPECT_NEAR(s.monetary, std::stod(zbar), 0.01) << id;
        ++compared;
    }
    EXPECT_EQ(compared, 2357);
    EXPECT_EQ(summaries.size(), 2357u);
}
