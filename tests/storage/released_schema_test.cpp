// Migration from every released schema: each fixture is a small demo base written by the program as it was at
// that version (the last commit with that kSchemaVersion, `demo --customers 40 --seed 1 --end 2025-06-30`),
// kept as the sqlite3 shell's .dump with its application_id and user_version. Nothing is simulated: the old
// tables, CHECK lists, triggers, indexes and search index are the ones users have on disk.
#include "storage/errors.h"
#include "storage/released_schema.h"
#include "storage/repository.h"
#include "storage/sqlite/schema.h"
#include "storage/sqlite/sqlite_repository.h"
#include "support/sqlite_dump.h"
#include "support/temp_dir.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace rapport;
using namespace rapport::test;

namespace {

/** What must survive a migration, read with plain SQL that every version understands. */
struct Facts {
    long long customers = 0;
    long long episodes = 0;
    long long revenue = 0;
    long long purchases = 0;
    long long contactPersons = 0;
    long long churnRecords = 0;
    long long costs = 0;
    long long partnerships = 0;
    long long names = 0;         // a hash of every customer's name, in id order
    long long contactPoints = 0; // e-mails and phones
    long long contactValues = 0; // a hash of their values
    bool operator==(const Facts&) const = default;
};

Facts factsOf(const std::string& path) {
    return {queryRawInt(path, "SELECT count(*) FROM customer"),
            queryRawInt(path, "SELECT count(*) FROM episode"),
            queryRawInt(path, "SELECT sum(revenue) FROM episode"),
            queryRawInt(path, "SELECT count(*) FROM episode WHERE kind = 'purchase'"),
            queryRawInt(path, "SELECT count(*) FROM contact_person"),
            queryRawInt(path, "SELECT count(*) FROM churn_record"),
            queryRawInt(path, "SELECT sum(amount) FROM relationship_cost"),
            queryRawInt(path, "SELECT count(*) FROM partnership"),
            queryRawInt(path, "SELECT sum(length(display_name) * id) + sum(unicode(display_name) * id) FROM customer"),
            queryRawInt(path, "SELECT count(*) FROM contact_point"),
            queryRawInt(path, "SELECT sum(length(value) * customer_id) + sum(unicode(value)) FROM contact_point")};
}

/**
 * The stored scores and service levels as one hash, read where the version kept them: in the customer's row from v3
 * to v10, in customer_score since v11. Of the released fixtures v10's and v11's have some stored.
 */
long long scoresOf(const std::string& path, int version) {
    if (version < 3) {
        return 0;
    }
    const bool ownTable = version >= 11;
    const std::string id = ownTable ? "customer_id" : "id";
    const std::string level = version >= 10 ? "coalesce(score_level, 0) * 7" : "0";
    return queryRawInt(path, "SELECT count(score_stage) * 1000003 + coalesce(sum(" + id +
                                 " * (coalesce(score_value, 0) % 100000 + coalesce(score_alive_ppm, 0) % 1000 + "
                                 "coalesce(score_group, 0) + length(coalesce(score_stage, '')) + "
                                 "length(coalesce(score_churn, '')) + " +
                                 level + ")), 0) FROM " + (ownTable ? "customer_score" : "customer"));
}

class SchemaMigrationFromRelease : public ::testing::TestWithParam<int> {};

} // namespace

TEST_P(SchemaMigrationFromRelease, KeepsEveryFactAndPassesCheck) {
    const int version = GetParam();
    TempDir dir;
    const auto path = dir.file("v" + std::to_string(version) + ".sqlite");
    execRaw(path, releasedSchemaScript(version));
    ASSERT_EQ(queryRawInt(path, "PRAGMA user_version"), version);
    const auto before = factsOf(path);
    ASSERT_EQ(before.customers, 40);
    const auto scoresBefore = scoresOf(path, version);
    const auto original = dumpDatabase(path);
    EXPECT_NE(tablesWhoseInsertsBuildTrees(path), std::vector<std::string>()) << "every release had IN lists";

    // Read-only, an old file is refused (it cannot be upgraded there) and left as it was.
    storage::OpenOptions readOnly;
    readOnly.readOnly = true;
    EXPECT_THROW(storage::openRepository(path, readOnly), storage::OlderSchemaError);
    EXPECT_EQ(dumpDatabase(path), original);

    storage::sqlite::SqliteRepository repository(path, {});
    EXPECT_EQ(repository.migratedFrom(), version);
    EXPECT_EQ(queryRawInt(path, "PRAGMA user_version"), storage::sqlite::kSchemaVersion);
    EXPECT_EQ(factsOf(path), before);
    EXPECT_EQ(scoresOf(path, storage::sqlite::kSchemaVersion), scoresBefore) << "the scores and levels are kept";
    // Every customer has their score row, and a new customer gets one (below); a base with planner statistics has
    // them for the score table too.
    EXPECT_EQ(queryRawInt(path, "SELECT count(*) FROM customer_score"), 40);
    if (version == 10) {
        EXPECT_EQ(queryRawInt(path, "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'customer_score'"), 3);
    }
    // v12: no table's insert builds a b-tree of a CHECK's list of codes; the lists are comparisons.
    EXPECT_EQ(tablesWhoseInsertsBuildTrees(path), std::vector<std::string>());
    EXPECT_THROW(execRaw(path, "UPDATE episode SET channel = 'pigeon' WHERE id = (SELECT min(id) FROM episode)"),
                 std::runtime_error)
        << "the comparisons refuse what the lists refused";
    EXPECT_EQ(dumpDatabase(repository.migrationBackup()), original) << "the backup holds the old file";
    const auto report = repository.check();
    EXPECT_TRUE(report.ok()) << (report.integrityProblems.empty() ? "" : report.integrityProblems.front())
                             << (report.consistencyProblems.empty() ? "" : report.consistencyProblems.front());

    // The migrated base works: search, lists by score, a new episode updating the totals, an edit.
    storage::CustomerFilter filter;
    filter.search = repository.customer(1)->displayName.substr(0, 4);
    EXPECT_GE(repository.customerCount(filter), 1);
    const auto revenueBefore = repository.customerRow(1)->revenue;
    core::Episode sale;
    sale.customerId = 1;
    sale.occurredOn = core::Date::fromYmd(2025, 7, 1);
    sale.kind = core::EpisodeKind::Purchase;
    sale.channel = core::Channel::PointOfSale;
    sale.revenue = core::Money::fromMinor(1234);
    repository.addEpisode(sale);
    EXPECT_EQ(repository.customerRow(1)->revenue.minor(), revenueBefore.minor() + 1234);
    auto customer = *repository.customer(2);
    customer.notes = "edited after the upgrade";
    repository.updateCustomer(customer);
    EXPECT_EQ(repository.customer(2)->notes, "edited after the upgrade");
    // v6: every customer is in use after the upgrade; one archived leaves the list; assessments are stored.
    EXPECT_EQ(repository.customerCount({}), 40);
    customer = *repository.customer(2);
    customer.archivedOn = core::Date::fromYmd(2025, 7, 2);
    repository.updateCustomer(customer);
    EXPECT_EQ(repository.customerCount({}), 39);
    EXPECT_EQ(repository.counts().archivedCustomers, 1);
    repository.addAssessment({0, 2, core::AssessmentComponent::Commitment, core::Date::fromYmd(2025, 7, 2), 4,
                              "renewed the contract", "tester"});
    EXPECT_EQ(repository.assessments(2).size(), 1U);
    // v7: episodes had no document before the upgrade; a linked cancellation and an anonymous sale are stored.
    EXPECT_EQ(repository.episode(1)->reference, "");
    EXPECT_EQ(repository.episode(1)->lineCount, 0);
    EXPECT_FALSE(repository.episode(1)->cancels.has_value());
    auto invoice = sale;
    invoice.reference = "536365";
    invoice.lineCount = 7;
    const auto invoiceId = repository.addEpisode(invoice);
    auto cancellation = invoice;
    cancellation.kind = core::EpisodeKind::Return;
    cancellation.revenue = core::Money::fromMinor(-1234);
    cancellation.reference = "C536365";
    cancellation.cancels = invoiceId;
    const auto cancellationId = repository.addEpisode(cancellation);
    EXPECT_EQ(repository.episode(cancellationId)->cancels, invoiceId);
    EXPECT_EQ(repository.anonymousSalesTotals().sales, 0);
    EXPECT_TRUE(repository.check().ok());
    // v8: every name has its sort key, and the list by name follows it across pages.
    EXPECT_EQ(queryRawInt(path, "SELECT count(*) FROM customer WHERE name_sort_key = x''"), 0);
    storage::CustomerPageRequest byName;
    byName.limit = 7;
    std::int64_t listed = 0;
    for (;;) {
        const auto page = repository.customerPage(byName);
        listed += static_cast<std::int64_t>(page.rows.size());
        if (!page.next) {
            break;
        }
        byName.after = page.next;
    }
    EXPECT_EQ(listed, 39) << "the customer archived above is left out";
    // v11: a customer added after the upgrade has a score row, without scores until the next analysis.
    auto newcomer = repository.customer(3).value();
    newcomer.id = 0;
    newcomer.externalRef.clear();
    const auto newId = repository.addCustomer(newcomer);
    EXPECT_EQ(queryRawInt(path, "SELECT count(*) FROM customer_score WHERE customer_id = " + std::to_string(newId) +
                                    " AND score_stage IS NULL"),
              1);
}

INSTANTIATE_TEST_SUITE_P(Released, SchemaMigrationFromRelease, ::testing::Values(1, 2, 3, 4, 5, 6, 7, 8, 10, 11),
                         [](const ::testing::TestParamInfo<int>& param) { return "v" + std::to_string(param.param); });
