#include "analytics/cdnow.h"
#include "analytics/customer_summary.h"
#include "analytics/purchase_sources.h"
#include "core/money.h"
#include "storage/fixtures.h"

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

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

std::map<std::string, CustomerSummary> byCustomer(std::vector<CustomerSummary> summaries) {
    std::map<std::string, CustomerSummary> result;
    for (auto& s : summaries) {
        result.emplace(s.customer, std::move(s));
    }
    return result;
}

/** The four statistics the models read, checked together. */
void expectStatistics(const CustomerSummary& s, double x, double tx, double T, double monetary) {
    EXPECT_DOUBLE_EQ(s.frequency, x) << s.customer;
    EXPECT_DOUBLE_EQ(s.recency, tx) << s.customer;
    EXPECT_DOUBLE_EQ(s.T, T) << s.customer;
    EXPECT_DOUBLE_EQ(s.monetary, monetary) << s.customer;
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
    EXPECT_EQ(s.revenueMinor, 7500);
    EXPECT_EQ(s.firstPurchase, day("2024-01-01"));
    EXPECT_EQ(s.lastPurchase, day("2024-01-21"));
}

TEST(CustomerSummary, FinishIsOnceAndNoLineComesAfterIt) {
    SummaryBuilder builder;
    builder.add("A", Date::fromYmd(2026, 1, 5), 1'000);
    builder.add("A", Date::fromYmd(2026, 2, 5), 2'000);
    ASSERT_EQ(builder.finish().size(), 1U);
    EXPECT_THROW(builder.finish(), std::logic_error); // would have said: no customers
    EXPECT_THROW(builder.add("B", Date::fromYmd(2026, 3, 5), 500), std::logic_error);
    SummaryBuilder byId;
    byId.add(core::CustomerId{7}, Date::fromYmd(2026, 1, 5), 1'000);
    ASSERT_EQ(byId.finish().size(), 1U);
    EXPECT_THROW(byId.add(core::CustomerId{7}, Date::fromYmd(2026, 2, 5), 1'000), std::logic_error);
}

TEST(CustomerSummary, UnitsAndTheDefaultObservationEnd) {
    for (const auto& [unit, divisor] :
         {std::pair{TimeUnit::Day, 1.0}, std::pair{TimeUnit::Week, 7.0}, std::pair{TimeUnit::Month, 365.2425 / 12}}) {
        SummaryBuilder builder({unit, std::nullopt});
        builder.add("one", day("2024-01-01"), 100);
        builder.add("one", day("2024-03-01"), 100);
        builder.add("two", day("2024-04-10"), 100); // the last purchase of all: the default end
        const auto summaries = byCustomer(builder.finish());
        EXPECT_EQ(builder.observationEnd(), day("2024-04-10"));
        EXPECT_NEAR(summaries.at("one").recency, 60 / divisor, 1e-12);
        EXPECT_NEAR(summaries.at("one").T, 100 / divisor, 1e-12);
        EXPECT_DOUBLE_EQ(summaries.at("two").T, 0);
    }
}

TEST(CustomerSummary, ReturnsZeroAmountsAndTheObservationEnd) {
    SummaryBuilder builder({TimeUnit::Day, day("2024-02-01")});
    builder.add("r", day("2024-01-01"), 5000, 1500);
    builder.add("r", day("2024-01-05"), -2000, -600); // a return: not a purchase day
    builder.add("r", day("2024-01-10"), 0);           // a free item still is a purchase day
    builder.add("r", day("2024-03-01"), 9999);        // after the observation end: left out
    builder.add("late", day("2024-02-02"), 100);      // first purchase after the end: no summary
    builder.add("refund-only", day("2024-01-03"), -100);
    const auto summaries = byCustomer(builder.finish());
    ASSERT_EQ(summaries.size(), 1u);
    const auto& s = summaries.at("r");
    EXPECT_EQ(s.purchaseDays, 2);
    EXPECT_DOUBLE_EQ(s.monetary, 0.0);
    EXPECT_EQ(s.revenueMinor, 3000);
    EXPECT_EQ(s.marginMinor, 900);
    EXPECT_EQ(s.returnLines, 1);
    EXPECT_EQ(s.returnsMinor, -2000);
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
    EXPECT_EQ(summaries[0].customer, "z");
    EXPECT_EQ(summaries[1].customer, "a");
    EXPECT_EQ(summaries[2].customer, "m");
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
    EXPECT_EQ(s.customer, std::to_string(id));
    expectStatistics(s, 1, 2, 4, 30.0);
    EXPECT_EQ(s.marginMinor, 1200);
}

TEST(CustomerSummary, APurchaseCancelledInFullTheSameDayIsNoPurchaseDay) {
    SummaryBuilder builder({TimeUnit::Day, day("2024-02-01")});
    builder.add("c", day("2024-01-01"), 1000, 300);
    builder.add("c", day("2024-01-10"), 2500, 800);
    builder.add("c", day("2024-01-10"), -2500, -800); // the invoice cancelled the same day: net 0
    builder.add("c", day("2024-01-20"), 4000, 1000);
    const auto s = byCustomer(builder.finish()).at("c");
    EXPECT_EQ(s.purchaseDays, 2);
    expectStatistics(s, 1, 19, 31, 40.0); // only 2024-01-20 repeats
    EXPECT_EQ(s.revenueMinor, 5000);
    EXPECT_EQ(s.marginMinor, 1300);
    EXPECT_EQ(s.returnLines, 1);
    EXPECT_EQ(s.returnsMinor, -2500);

    // A day that nets below zero (more given back than bought that day) is no purchase day either.
    SummaryBuilder more({TimeUnit::Day, day("2024-02-01")});
    more.add("m", day("2024-01-01"), 1000);
    more.add("m", day("2024-01-05"), 300);
    more.add("m", day("2024-01-05"), -800); // an earlier purchase's refund on a day with a small purchase
    EXPECT_EQ(byCustomer(more.finish()).at("m").purchaseDays, 1);
}

TEST(CustomerSummary, APartialReturnTheSameDayLeavesAPurchaseDayWorthTheNet) {
    SummaryBuilder builder({TimeUnit::Day, day("2024-02-01")});
    builder.add("p", day("2024-01-01"), 1000);
    builder.add("p", day("2024-01-11"), 5000);
    builder.add("p", day("2024-01-11"), -2000); // two of five items given back that day
    builder.add("p", day("2024-01-21"), 4000);
    const auto s = byCustomer(builder.finish()).at("p");
    EXPECT_EQ(s.purchaseDays, 3);
    expectStatistics(s, 2, 20, 31, (30.0 + 40.0) / 2); // the 11th counts with its net 30.00
    EXPECT_EQ(s.revenueMinor, 8000);
    EXPECT_EQ(s.returnLines, 1);
}

TEST(CustomerSummary, ALinkedCancellationOnALaterDayRemovesThePurchaseDay) {
    // Through the repository: the cancellation of 2024-01-25 names the purchase of 2024-01-10, so the purchase
    // stream dates it on the 10th and the day nets to nothing. An unlinked refund only lowers revenue.
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
    EXPECT_EQ(s.revenueMinor, 5000);
    EXPECT_EQ(s.marginMinor, 1300);

    // Unlinked, the same refund stays on its own day: the purchase of the 10th counts again.
    cancellation.cancels.reset();
    repository->updateEpisode(cancellation);
    SummaryBuilder unlinked({TimeUnit::Day, day("2024-02-01")});
    analytics::addRepositoryPurchases(*repository, unlinked);
    const auto u = unlinked.finish().at(0);
    EXPECT_EQ(u.purchaseDays, 3);
    EXPECT_EQ(u.revenueMinor, 5000);
}

// The real data: the published CDNOW calibration summary must come out of the raw purchase file.
TEST(CustomerSummaryCdnow, RebuildsThePublishedSummaryFromTheRawFile) {
    const auto rebuilt = cdnowSummaries();
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
