// Service levels through the application layer both front ends call: levels defined as undoable edits, given to
// customers by the analysis run, kept with their history, filtered and sorted on, removed, and watched by the
// attention list's contact intervals. On an SQLite file and on the PostgreSQL test server.
#include "analytics/service_levels.h"
#include "app/analyse_and_score.h"
#include "app/attention.h"
#include "app/service_levels.h"
#include "storage/errors.h"
#include "support/test_database.h"

#include <gtest/gtest.h>

namespace rapport::app {
namespace {

core::Date day(const char* iso) {
    return *core::Date::parseIso(iso);
}

class ServiceLevelsTest : public ::testing::Test {
protected:
    void SetUp() override { repository = storage::openRepository(database.location()); }

    core::CustomerId addCustomer(const std::string& name) {
        core::Customer c;
        c.displayName = name;
        return repository->addCustomer(c);
    }
    void addPurchase(core::CustomerId id, const char* on, std::int64_t revenueMinor) {
        core::Episode e;
        e.customerId = id;
        e.occurredOn = day(on);
        e.kind = core::EpisodeKind::Purchase;
        e.revenue = core::Money::fromMinor(revenueMinor);
        e.margin = core::Money::fromMinor(revenueMinor / 4);
        repository->addEpisode(e);
    }
    core::ServiceLevelId define(const std::string& name, int rank, core::ServiceLevelRule rule, int interval) {
        core::ServiceLevel level;
        level.name = name;
        level.rank = rank;
        level.rule = rule;
        level.contactIntervalDays = interval;
        level.entitlement = name + " service";
        auto edit = Edit().add(level);
        edit.apply(*repository);
        return std::get<RowChange<core::ServiceLevel>>(edit.changes().front()).after->id;
    }
    ScoredAnalysis analyse() { return analyseAndStoreScores(*repository, {}, ScoreStoring::Required); }
    std::optional<core::ServiceLevelId> levelOf(core::CustomerId id) {
        return repository->customerRow(id)->serviceLevel;
    }

    /** One big buyer (ranking class A: 99 % of the value) and five small ones (class C), and a prospect. */
    void addBase() {
        big = addCustomer("Big buyer");
        for (const char* on : {"2024-01-10", "2024-03-10", "2024-05-10"}) {
            addPurchase(big, on, 10'000'000);
        }
        for (int i = 0; i < 5; ++i) {
            const auto small = addCustomer("Small buyer " + std::to_string(i));
            addPurchase(small, "2024-02-01", 10'000);
            addPurchase(small, "2024-04-01", 10'000);
            smalls.push_back(small);
        }
        prospect = addCustomer("Prospect");
    }

    test::TestDatabase database;
    std::unique_ptr<storage::Repository> repository;
    core::CustomerId big = 0, prospect = 0;
    std::vector<core::CustomerId> smalls;
};

core::ServiceLevelRule classA() {
    core::ServiceLevelRule rule;
    rule.abcClasses = 1U << 0;
    return rule;
}

TEST_F(ServiceLevelsTest, DefiningALevelIsAnEditThatUndoes) {
    core::ServiceLevel level;
    level.name = "Key";
    level.rule = classA();
    level.contactIntervalDays = 30;
    auto edit = Edit().add(level);
    edit.apply(*repository);
    ASSERT_EQ(repository->serviceLevels().size(), 1U);
    EXPECT_EQ(repository->serviceLevels().front().level.rule, classA());
    edit.revert(*repository);
    EXPECT_TRUE(repository->serviceLevels().empty());
    edit.apply(*repository); // redo: under the same id
    EXPECT_EQ(repository->serviceLevels().front().level.id,
              std::get<RowChange<core::ServiceLevel>>(edit.changes().front()).after->id);

    auto invalid = level;
    invalid.name = "Other";
    invalid.contactIntervalDays = 0;
    EXPECT_THROW(Edit().add(invalid).apply(*repository), core::ValidationError);
    EXPECT_EQ(repository->serviceLevels().size(), 1U);
}

TEST_F(ServiceLevelsTest, TheSuggestedLevelsAreAddedOnceInRankOrder) {
    auto edit = addSuggestedServiceLevels(*repository);
    ASSERT_EQ(edit.changes().size(), 4U);
    edit.apply(*repository);
    const auto levels = repository->serviceLevels();
    ASSERT_EQ(levels.size(), 4U);
    EXPECT_EQ(levels[0].level.name, "Win-back");
    EXPECT_EQ(levels[1].level.name, "Key");
    EXPECT_EQ(levels[3].level.name, "Occasional");
    EXPECT_TRUE(addSuggestedServiceLevels(*repository).empty());
}

TEST_F(ServiceLevelsTest, TheAnalysisGivesEachCustomerTheFirstLevelMetAndKeepsTheHistory) {
    addBase();
    const auto key = define("Key", 1, classA(), 30);
    const auto everyone = define("Everyone else", 2, {}, 120);
    const auto first = analyse();
    EXPECT_EQ(levelOf(big), key);
    for (const auto id : smalls) {
        EXPECT_EQ(levelOf(id), everyone);
    }
    EXPECT_EQ(levelOf(prospect), everyone); // an empty rule takes everyone, buyers or not

    auto history = repository->serviceLevelHistory(big);
    ASSERT_EQ(history.size(), 1U);
    EXPECT_EQ(history[0].since, first.analysis.until);
    EXPECT_EQ(history[0].levelId, key);
    EXPECT_EQ(history[0].levelName, "Key");

    // An unchanged run writes no history; a later run that moves the big buyer down writes one row.
    analyse();
    EXPECT_EQ(repository->serviceLevelHistory(big).size(), 1U);
    auto changed = *repository->serviceLevel(key);
    changed.rule.abcClasses = 1U << 1; // class B only: nobody here
    Edit().replace(*repository->serviceLevel(key), changed).apply(*repository);
    addPurchase(smalls[0], "2024-06-01", 10'000);
    const auto second = analyse();
    EXPECT_EQ(levelOf(big), everyone);
    history = repository->serviceLevelHistory(big);
    ASSERT_EQ(history.size(), 2U);
    EXPECT_EQ(history[1].since, second.analysis.until);
    EXPECT_EQ(history[1].levelName, "Everyone else");
    EXPECT_EQ(repository->serviceLevelHistory(smalls[1]).size(), 1U);
    EXPECT_EQ(repository->counts().serviceLevels, 2);
}

TEST_F(ServiceLevelsTest, ListsFilterAndSortByLevel) {
    addBase();
    const auto key = define("Key", 1, classA(), 30);
    define(
        "Buyers", 2,
        [] {
            core::ServiceLevelRule rule;
            rule.abcClasses = 0b111;
            return rule;
        }(),
        90);
    analyse();
    storage::CustomerPageRequest request;
    request.filter.serviceLevel = key;
    auto page = repository->customerPage(request);
    ASSERT_EQ(page.rows.size(), 1U);
    EXPECT_EQ(page.rows[0].id, big);
    EXPECT_EQ(repository->customerCount(request.filter), 1);
    request.filter.serviceLevel = storage::kNoServiceLevel;
    page = repository->customerPage(request);
    ASSERT_EQ(page.rows.size(), 1U);
    EXPECT_EQ(page.rows[0].id, prospect);

    storage::CustomerPageRequest sorted;
    sorted.sort = storage::CustomerSort::ServiceLevel;
    sorted.limit = 3; // pages through the keyset: the cursor carries the level
    std::vector<std::optional<core::ServiceLevelId>> levels;
    std::optional<storage::CustomerCursor> after;
    do {
        sorted.after = after;
        const auto next = repository->customerPage(sorted);
        for (const auto& row : next.rows) {
            levels.push_back(row.serviceLevel);
        }
        after = next.next;
    } while (after);
    ASSERT_EQ(levels.size(), 7U);
    // By level, the customer without one after those with one (on both backends, as for the other scores).
    EXPECT_EQ(levels.front(), key);
    EXPECT_FALSE(levels.back());
    EXPECT_TRUE(std::is_sorted(levels.begin(), levels.end() - 1));
}

TEST_F(ServiceLevelsTest, RemovingALevelLeavesItsCustomersWithoutOneAndTheHistoryWithItsName) {
    addBase();
    const auto key = define("Key", 1, classA(), 30);
    analyse();
    ASSERT_EQ(levelOf(big), key);
    Edit().remove(*repository->serviceLevel(key)).apply(*repository);
    EXPECT_FALSE(levelOf(big));
    const auto history = repository->serviceLevelHistory(big);
    ASSERT_EQ(history.size(), 1U);
    EXPECT_FALSE(history[0].levelId);
    EXPECT_EQ(history[0].levelName, "Key");
}

TEST_F(ServiceLevelsTest, TheAttentionListWatchesEachCustomerByTheirLevelsInterval) {
    addBase();
    define("Key", 1, classA(), 30);
    define("Everyone else", 2, {}, 400);
    analyse();
    const auto intervals = contactIntervalsByLevel(*repository);
    EXPECT_EQ(intervals.at(big), 30);
    EXPECT_EQ(intervals.at(smalls[0]), 400);

    // The big buyer's last contact (a purchase is no outreach) is long ago: 30 days is exceeded, 400 is not for
    // the small buyers.
    const auto alerts = attentionAlerts(*repository, analytics::AttentionRules{}, day("2024-07-01")).alerts;
    bool bigAlerted = false;
    for (const auto& alert : alerts) {
        if (alert.reason != analytics::AttentionReason::NotContacted) {
            continue;
        }
        EXPECT_NE(alert.customerId, smalls[0]);
        if (alert.customerId == big) {
            bigAlerted = true;
            EXPECT_EQ(alert.intervalDays, 30);
        }
    }
    EXPECT_TRUE(bigAlerted);
}

TEST_F(ServiceLevelsTest, TheLatestHistoryRowStaysTheLevelHeldWhenARunLooksBackAndAMergeKeepsOlderHistory) {
    const auto a = define("A", 1, {}, 30);
    const auto b = define("B", 2, {}, 60);
    const auto kept = addCustomer("Kept");
    const auto merged = addCustomer("Merged");
    repository->storeServiceLevels(std::vector<storage::ServiceLevelAssignment>{{kept, a}}, day("2024-06-01"));
    repository->storeServiceLevels(std::vector<storage::ServiceLevelAssignment>{{merged, a}}, day("2024-02-01"));
    // A run with an earlier day (analyze --until) changes the level: its row may not fall before the latest one.
    repository->storeServiceLevels(std::vector<storage::ServiceLevelAssignment>{{kept, b}}, day("2024-01-01"));
    auto history = repository->serviceLevelHistory(kept);
    ASSERT_EQ(history.size(), 1U) << "the same day's row replaced";
    EXPECT_EQ(history.back().levelId, b);
    EXPECT_EQ(history.back().levelId, levelOf(kept));
    repository->storeServiceLevels(std::vector<storage::ServiceLevelAssignment>{{kept, a}}, day("2024-09-01"));
    repository->storeServiceLevels(std::vector<storage::ServiceLevelAssignment>{{merged, b}}, day("2024-03-01"));

    repository->mergeCustomers(kept, merged, "test");
    history = repository->serviceLevelHistory(kept);
    ASSERT_EQ(history.size(), 4U) << "the merged customer's rows older than the kept one's latest join it";
    EXPECT_EQ(history.front().since, day("2024-02-01"));
    EXPECT_EQ(history.back().since, day("2024-09-01"));
    EXPECT_EQ(history.back().levelId, levelOf(kept));
}

} // namespace
} // namespace rapport::app
