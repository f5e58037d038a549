#include "storage/errors.h"
#include "storage/fixtures.h"
#include "support/sqlite_dump.h"

#include <functional>
#include <stdexcept>
#include <vector>

using namespace rapport;
using namespace rapport::test;

namespace {

void loadSample(storage::BulkWriter& writer, int customers) {
    for (int i = 0; i < customers; ++i) {
        auto customer = makeCustomer("Bulk customer " + std::to_string(i));
        customer.tags = {"bulk"};
        const auto id = writer.addCustomer(customer);
        writer.addEpisode(makePurchase(id, "2024-01-0" + std::to_string(1 + i % 9), 1000 + i, 100));
        writer.addEpisode(makeContact(id, "2024-02-01", core::EpisodeKind::Call));
    }
}

class BulkTest : public RepositoryTest, public ::testing::WithParamInterface<bool> {
protected:
    /**
     * Every index and trigger, by name and definition: a bulk load drops some while it loads and must put back
     * exactly what it took. On PostgreSQL counted, with a hash of the index definitions.
     */
    [[nodiscard]] std::string schemaObjects() const {
        if (m_database.isPostgres()) {
            return std::to_string(rawInt("SELECT count(*) FROM pg_indexes WHERE schemaname = 'rapport'")) + " " +
                   std::to_string(rawInt("SELECT hashtext(string_agg(indexdef, ';' ORDER BY indexname)) FROM "
                                         "pg_indexes WHERE schemaname = 'rapport'")) +
                   " " +
                   std::to_string(rawInt("SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                         "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'rapport' "
                                         "AND NOT t.tgisinternal"));
        }
        const auto dump = dumpDatabase(location());
        return dump.substr(0, dump.find("\n## ", 1)); // the schema section: names and SQL of every object
    }
};

} // namespace

TEST_P(BulkTest, CommitMakesEverythingVisibleWithTotalsAndSearch) {
    const auto existing = repo().addCustomer(makeCustomer("Existing Customer"));
    const auto schemaBefore = schemaObjects();
    storage::BulkOptions options;
    options.deferIndexes = GetParam();
    auto writer = repo().beginBulk(options);
    loadSample(*writer, 300);
    writer->addEpisode(makePurchase(existing, "2024-03-01", 500));
    core::ContactPerson person;
    person.customerId = existing;
    person.name = "Ingrid Lindqvist";
    writer->addContactPerson(person);
    writer->commit();
    writer.reset();

    EXPECT_EQ(repo().counts().customers, 301);
    EXPECT_EQ(repo().counts().episodes, 601);
    EXPECT_EQ(repo().customerRow(existing)->revenue.minor(), 500);
    const auto row = repo().customerRow(existing + 300).value();
    EXPECT_EQ(row.revenue.minor(), 1000 + 299);
    EXPECT_EQ(row.episodes, 2);
    EXPECT_EQ(row.lastContactOn, core::Date::fromYmd(2024, 2, 1));
    storage::CustomerFilter filter;
    filter.search = "ingrid";
    EXPECT_EQ(repo().customerCount(filter), 1); // the existing customer's search row was refreshed
    filter.search = "bulk customer 299";
    EXPECT_EQ(repo().customerCount(filter), 1);
    filter.search.clear();
    filter.tag = "bulk";
    EXPECT_EQ(repo().customerCount(filter), 300);
    EXPECT_TRUE(repo().check(rapport::storage::CheckDepth::Full).ok())
        << "indexes, triggers and totals must be whole again";
    EXPECT_EQ(schemaObjects(), schemaBefore) << "every dropped index and trigger is back, as it was";

    // The triggers are back: a single write after the bulk load still updates the totals.
    repo().addEpisode(makePurchase(existing, "2024-04-01", 250));
    EXPECT_EQ(repo().customerRow(existing)->revenue.minor(), 750);
}

TEST_P(BulkTest, WithoutCommitNothingIsWritten) {
    repo().addCustomer(makeCustomer("Before"));
    const auto schemaBefore = schemaObjects();
    {
        storage::BulkOptions options;
        options.deferIndexes = GetParam();
        auto writer = repo().beginBulk(options);
        loadSample(*writer, 50);
    }
    EXPECT_EQ(repo().counts().customers, 1);
    EXPECT_EQ(repo().counts().episodes, 0);
    EXPECT_TRUE(repo().check(rapport::storage::CheckDepth::Full).ok());
    storage::CustomerPageRequest request;
    request.sort = storage::CustomerSort::Revenue;
    EXPECT_EQ(repo().customerPage(request).rows.size(), 1u);
    EXPECT_EQ(schemaObjects(), schemaBefore) << "the dropped indexes and triggers came back with the rollback";
}

TEST_P(BulkTest, AnInvalidRowStopsTheBatchAndLeavesTheDatabaseAsItWas) {
    const auto before = repo().counts().customers;
    storage::BulkOptions options;
    options.deferIndexes = GetParam();
    auto writer = repo().beginBulk(options);
    loadSample(*writer, 20);
    EXPECT_THROW(writer->addCustomer(makeCustomer("")), core::ValidationError);
    EXPECT_THROW(writer->addEpisode(makePurchase(424242, "2024-01-01", 1)), storage::ConstraintError);
    writer.reset();
    EXPECT_EQ(repo().counts().customers, before);
}

TEST_P(BulkTest, EpisodesOfManyBatchesGiveEveryCustomerItsTotalsAndReturnsTheirPurchases) {
    // More episodes than one COPY batch of the team database holds (50,000), each customer's spread over all of
    // them, and returns of purchases sent batches earlier: the totals count every episode exactly once, whether
    // the episodes reach the table batch by batch or all at once.
    constexpr int kCustomers = 400;
    constexpr int kRounds = 160; // 64,000 episodes, then 400 returns
    const auto existing = repo().addCustomer(makeCustomer("Existing Customer"));
    repo().addEpisode(makePurchase(existing, "2023-12-01", 700, 70));
    storage::BulkOptions options;
    options.deferIndexes = GetParam();
    auto writer = repo().beginBulk(options);
    std::vector<core::CustomerId> ids;
    for (int i = 0; i < kCustomers; ++i) {
        ids.push_back(writer->addCustomer(makeCustomer("Batch customer " + std::to_string(i))));
    }
    std::vector<core::EpisodeId> firstPurchases;
    for (int round = 0; round < kRounds; ++round) {
        for (int i = 0; i < kCustomers; ++i) {
            const auto day = core::Date::fromYmd(2024, 1, 1).addDays(round);
            auto episode = round % 2 == 0 ? makePurchase(ids[i], day.toIso(), 100 + i, 10)
                                          : makeContact(ids[i], day.toIso(), core::EpisodeKind::Call);
            const auto id = writer->addEpisode(episode);
            if (round == 0) {
                firstPurchases.push_back(id);
            }
        }
    }
    writer->addEpisode(makePurchase(existing, "2024-12-31", 300, 30));
    std::vector<core::EpisodeId> returns;
    for (int i = 0; i < kCustomers; ++i) {
        auto refund = makePurchase(ids[i], "2024-07-01", -(100 + i), -10);
        refund.kind = core::EpisodeKind::Return;
        refund.cancels = firstPurchases[static_cast<std::size_t>(i)];
        returns.push_back(writer->addEpisode(refund));
    }
    writer->commit();
    writer.reset();

    EXPECT_EQ(repo().counts().episodes, 2 + kCustomers * (kRounds + 1));
    for (const int i : {0, 1, 199, 399}) {
        const auto row = repo().customerRow(ids[static_cast<std::size_t>(i)]).value();
        EXPECT_EQ(row.episodes, kRounds + 1) << "customer " << i;
        EXPECT_EQ(row.purchases, kRounds / 2) << "customer " << i;
        // Every purchase's revenue, less the returned first one.
        EXPECT_EQ(row.revenue.minor(), (kRounds / 2 - 1) * (100 + i)) << "customer " << i;
        EXPECT_EQ(row.margin.minor(), (kRounds / 2 - 1) * 10) << "customer " << i;
        EXPECT_EQ(row.lastContactOn, core::Date::fromYmd(2024, 7, 1)) << "customer " << i << ": the return's day";
        EXPECT_EQ(repo().episode(returns[static_cast<std::size_t>(i)])->cancels,
                  firstPurchases[static_cast<std::size_t>(i)]);
    }
    const auto earlier = repo().customerRow(existing).value();
    EXPECT_EQ(earlier.episodes, 2);
    EXPECT_EQ(earlier.revenue.minor(), 1000);
    EXPECT_EQ(earlier.lastContactOn, core::Date::fromYmd(2024, 12, 31));
    EXPECT_TRUE(repo().check(rapport::storage::CheckDepth::Full).ok()) << "the stored totals match the episodes";
}

TEST_P(BulkTest, ALoadInCustomerOrderLinksEveryReturnToItsPurchaseAcrossBlocks) {
    // Episodes in the order a shop's export has them (day by day, customers mixed) over several of the blocks the
    // SQLite writer orders by customer: the returns name their purchases by the ids addEpisode gave, which are
    // provisional there. One return follows its purchase by blocks, another is dated before its purchase and so
    // is written before it in the same block.
    constexpr int kCustomers = 300;
    constexpr int kRounds = 40;       // 12,000 episodes, then 300 more purchases and 600 returns
    constexpr int kBlockRows = 5'000; // three blocks
    const auto existing = repo().addCustomer(makeCustomer("Existing Customer"));
    const auto preLoad = repo().addEpisode(makePurchase(existing, "2023-12-01", 700, 70));
    storage::BulkOptions options;
    options.deferIndexes = GetParam();
    options.episodesInCustomerOrder = GetParam();
    options.customerOrderBlockRows = kBlockRows;
    auto writer = repo().beginBulk(options);
    std::vector<core::CustomerId> ids;
    for (int i = 0; i < kCustomers; ++i) {
        ids.push_back(writer->addCustomer(makeCustomer("Ordered customer " + std::to_string(i))));
    }
    std::vector<core::EpisodeId> firstPurchases;
    for (int round = 0; round < kRounds; ++round) {
        const auto day = core::Date::fromYmd(2024, 1, 1).addDays(round);
        for (int i = 0; i < kCustomers; ++i) {
            const auto id =
                writer->addEpisode(round % 2 == 0 ? makePurchase(ids[i], day.toIso(), 100 + i, 10)
                                                  : makeContact(ids[i], day.toIso(), core::EpisodeKind::Call));
            if (round == 0) {
                firstPurchases.push_back(id);
            }
        }
    }
    for (int i = 0; i < kCustomers; ++i) {
        auto late = makePurchase(ids[i], "2025-12-31", 5000 + i, 500);
        late.reference = "INV-" + std::to_string(i);
        const auto lateId = writer->addEpisode(late);
        auto refund = makePurchase(ids[i], "2025-06-01", -(5000 + i), -500);
        refund.kind = core::EpisodeKind::Return;
        refund.cancels = lateId;
        writer->addEpisode(refund);
        auto firstRefund = makePurchase(ids[i], "2025-07-01", -(100 + i), -10);
        firstRefund.kind = core::EpisodeKind::Return;
        firstRefund.cancels = firstPurchases[static_cast<std::size_t>(i)];
        writer->addEpisode(firstRefund);
    }
    auto preLoadRefund = makePurchase(existing, "2024-02-01", -700, -70);
    preLoadRefund.kind = core::EpisodeKind::Return;
    preLoadRefund.cancels = preLoad; // stored before the load: its id is the table's
    writer->addEpisode(preLoadRefund);
    writer->commit();
    writer.reset();

    EXPECT_EQ(repo().counts().episodes, 2 + kCustomers * (kRounds + 3));
    EXPECT_EQ(rawInt("SELECT count(*) FROM episode WHERE cancels_episode_id = " + std::to_string(preLoad) +
                     " AND customer_id = " + std::to_string(existing)),
              1);
    // Each return (and the one of the purchase from before the load) names a purchase of its own customer of the
    // amount it returns, and no two name the same one.
    EXPECT_EQ(rawInt("SELECT count(DISTINCT p.id) FROM episode r JOIN episode p ON p.id = r.cancels_episode_id "
                     "WHERE r.kind = 'return' AND p.kind = 'purchase' AND p.customer_id = r.customer_id "
                     "AND p.revenue = -r.revenue AND p.margin = -r.margin"),
              2 * kCustomers + 1);
    EXPECT_EQ(rawInt("SELECT count(*) FROM episode r JOIN episode p ON p.id = r.cancels_episode_id "
                     "WHERE p.occurred_on = " +
                     std::to_string(core::Date::fromYmd(2024, 1, 1).days())),
              kCustomers)
        << "the first purchases, blocks before their returns";
    for (const int i : {0, 1, 150, 299}) {
        const auto row = repo().customerRow(ids[static_cast<std::size_t>(i)]).value();
        EXPECT_EQ(row.episodes, kRounds + 3) << "customer " << i;
        EXPECT_EQ(row.purchases, kRounds / 2 + 1) << "customer " << i;
        EXPECT_EQ(row.revenue.minor(), (kRounds / 2 - 1) * (100 + i)) << "customer " << i;
        EXPECT_EQ(row.lastContactOn, core::Date::fromYmd(2025, 12, 31)) << "customer " << i;
    }
    if (GetParam() && !m_database.isPostgres()) {
        // In the table, ids follow customer and day but where a block ends: a step back at most there.
        const long long blocks = (kCustomers * (kRounds + 3) + 1 + kBlockRows - 1) / kBlockRows;
        EXPECT_LE(rawInt("SELECT count(*) FROM episode e JOIN episode n ON n.id = e.id + 1 "
                         "WHERE (n.customer_id, n.occurred_on) < (e.customer_id, e.occurred_on)"),
                  blocks - 1);
    }
    EXPECT_TRUE(repo().check(rapport::storage::CheckDepth::Full).ok()) << "the stored totals match the episodes";
}

TEST_P(BulkTest, ALoadInCustomerOrderRefusesAReturnOfAnotherCustomersPurchaseAndCountsNoneOfTheRefused) {
    storage::BulkOptions options;
    options.deferIndexes = GetParam();
    options.episodesInCustomerOrder = GetParam();
    options.customerOrderBlockRows = 1; // on SQLite each row's block is written when the next row comes
    auto writer = repo().beginBulk(options);
    const auto anna = writer->addCustomer(makeCustomer("Anna Nowak"));
    const auto olof = writer->addCustomer(makeCustomer("Olof Berg"));
    const auto written = writer->addEpisode(makePurchase(anna, "2024-05-02", 1200));
    const auto waiting = writer->addEpisode(makePurchase(anna, "2024-05-03", 800));
    auto refund = makePurchase(olof, "2024-05-04", -1200);
    refund.kind = core::EpisodeKind::Return;
    refund.cancels = written; // in the table already
    EXPECT_THROW(writer->addEpisode(refund), storage::ConstraintError);
    refund.cancels = waiting; // still in its block on SQLite
    refund.revenue = core::Money::fromMinor(-800);
    EXPECT_THROW(writer->addEpisode(refund), storage::ConstraintError);
    refund.cancels = waiting + 1000; // no episode has it
    EXPECT_THROW(writer->addEpisode(refund), storage::ConstraintError);
    if (GetParam() && !m_database.isPostgres()) {
        auto given = makePurchase(olof, "2024-05-04", 100);
        given.id = 5000;
        EXPECT_THROW(writer->addEpisode(given), std::invalid_argument) << "ids are the writer's to give";
    }
    // The caller goes on after the refusals: only what was taken is stored and counted.
    auto annasRefund = makePurchase(anna, "2024-05-06", -1200);
    annasRefund.kind = core::EpisodeKind::Return;
    annasRefund.cancels = written;
    writer->addEpisode(annasRefund);
    writer->addEpisode(makeContact(olof, "2024-05-05", core::EpisodeKind::Call));
    writer->commit();
    writer.reset();

    EXPECT_EQ(repo().counts().episodes, 4);
    EXPECT_EQ(rawInt("SELECT count(*) FROM episode r JOIN episode p ON p.id = r.cancels_episode_id "
                     "WHERE p.revenue = 1200 AND r.customer_id = " +
                     std::to_string(anna)),
              1);
    const auto annaRow = repo().customerRow(anna).value();
    EXPECT_EQ(annaRow.episodes, 3);
    EXPECT_EQ(annaRow.revenue.minor(), 800);
    const auto olofRow = repo().customerRow(olof).value();
    EXPECT_EQ(olofRow.episodes, 1);
    EXPECT_EQ(olofRow.purchases, 0);
    EXPECT_EQ(olofRow.revenue.minor(), 0);
    EXPECT_EQ(olofRow.lastContactOn, core::Date::fromYmd(2024, 5, 5));
    EXPECT_TRUE(repo().check(rapport::storage::CheckDepth::Full).ok());
}

TEST_P(BulkTest, APurchaseFoundByItsReferenceIsTheOneWithTheLowestIdInTheTable) {
    // Two documents of one customer under one number, the second dated earlier: in customer order the second
    // gets the lower id, and a return linked by the number must name the one a later lookup (min(id)) finds.
    storage::BulkOptions options;
    options.deferIndexes = GetParam();
    options.episodesInCustomerOrder = GetParam();
    auto writer = repo().beginBulk(options);
    const auto anna = writer->addCustomer(makeCustomer("Anna Nowak"));
    auto first = makePurchase(anna, "2024-05-10", 1000);
    first.reference = "F/2024/7";
    writer->addEpisode(first);
    auto second = makePurchase(anna, "2024-05-01", 1000);
    second.reference = "F/2024/7";
    writer->addEpisode(second);
    auto refund = makePurchase(anna, "2024-05-20", -1000);
    refund.kind = core::EpisodeKind::Return;
    refund.cancels = writer->purchaseByReference(anna, "F/2024/7");
    ASSERT_TRUE(refund.cancels);
    writer->addEpisode(refund);
    writer->commit();
    writer.reset();

    EXPECT_EQ(rawInt("SELECT cancels_episode_id FROM episode WHERE kind = 'return'"),
              rawInt("SELECT min(id) FROM episode WHERE reference = 'F/2024/7' AND kind = 'purchase'"));
}

TEST_P(BulkTest, AnEpisodeOfAnUnknownCustomerFailsTheLoadAndNothingIsStored) {
    storage::BulkOptions options;
    options.deferIndexes = GetParam();
    options.episodesInCustomerOrder = GetParam();
    options.customerOrderBlockRows = 1;
    auto writer = repo().beginBulk(options);
    const auto anna = writer->addCustomer(makeCustomer("Anna Nowak"));
    // Refused where it is added, or (in customer order on SQLite) when its block is written at the next row.
    bool refused = false;
    try {
        writer->addEpisode(makePurchase(anna + 1000, "2024-05-02", 1200));
        writer->addEpisode(makePurchase(anna, "2024-05-03", 800));
    } catch (const storage::StorageError&) {
        refused = true;
    }
    EXPECT_TRUE(refused);
    if (GetParam() && !m_database.isPostgres()) {
        // Part of a block may be in the table: nothing more is taken, so nothing half-written can be committed.
        for (const auto& call : std::vector<std::function<void()>>{
                 [&] { writer->addEpisode(makePurchase(anna, "2024-05-04", 500)); }, [&] { writer->commit(); }}) {
            try {
                call();
                ADD_FAILURE() << "a broken load took another call";
            } catch (const storage::StorageError& error) {
                EXPECT_NE(std::string(error.what()).find("rolled back"), std::string::npos) << error.what();
            }
        }
    }
    writer.reset(); // not committed
    EXPECT_EQ(repo().counts().customers, 0);
    EXPECT_EQ(repo().counts().episodes, 0);
}

INSTANTIATE_TEST_SUITE_P(IndexesKeptOrDeferred, BulkTest, ::testing::Bool());
