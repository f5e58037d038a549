// The team database against a real PostgreSQL server (the ctest fixture "postgres"): row-level security for two
// managers and an analyst, lost updates between two clients, live change notices, the audit trail, migration.
#include "app/attention.h"
#include "demo/demo_generator.h"
#include "storage/database_copy.h"
#include "storage/errors.h"
#include "storage/repository.h"
#include "team/team_fixture.h"

#include <algorithm>
#include <atomic>
#include <gtest/gtest.h>
#include <pqxx/pqxx>
#include <thread>
#include <unistd.h>

using namespace rapport;
using namespace rapport::test;

namespace {

std::vector<core::CustomerId> visibleIds(storage::Repository& repository) {
    storage::CustomerPageRequest request;
    request.sort = storage::CustomerSort::Id;
    std::vector<core::CustomerId> ids;
    for (const auto& row : repository.customerPage(request).rows) {
        ids.push_back(row.id);
    }
    return ids;
}

} // namespace

TEST_F(TeamTest, EachManagerSeesOnlyTheirOwnAndSharedCustomers) {
    auto anna = signIn(m_anna);
    auto erik = signIn(m_erik);
    EXPECT_EQ(visibleIds(*anna), (std::vector<core::CustomerId>{m_annas, m_shared}));
    EXPECT_EQ(visibleIds(*erik), (std::vector<core::CustomerId>{m_eriks, m_shared}));
    EXPECT_EQ(anna->counts().customers, 2);
    EXPECT_EQ(anna->counts().episodes, 0); // Erik's customer's call is Erik's
    EXPECT_FALSE(anna->customer(m_eriks).has_value());
    EXPECT_TRUE(anna->contactPersons(m_eriks).empty());
    storage::CustomerFilter search;
    search.search = "oberg"; // Erik's contact person: Anna's search does not find it
    EXPECT_EQ(anna->customerCount(search), 0);
    EXPECT_EQ(erik->customerCount(search), 1);
    EXPECT_EQ(anna->teamSession()->role, "manager");
    EXPECT_EQ(anna->teamSession()->ownerName, "Anna Nowak");
}

TEST_F(TeamTest, AManagerCannotChangeOrDeleteAnothersRows) {
    auto anna = signIn(m_anna);
    auto eriks = *m_admin->customer(m_eriks);
    eriks.notes = "Anna was here";
    EXPECT_THROW(anna->updateCustomer(eriks), storage::NotFoundError); // invisible rows cannot be found
    EXPECT_THROW(anna->removeCustomer(m_eriks), storage::NotFoundError);
    EXPECT_THROW(anna->addEpisode(callTo(m_eriks)), storage::PermissionError);
    core::ContactPerson moved;
    moved.id = m_eriksBuyer;
    moved.customerId = m_annas;
    moved.name = "Karin Öberg";
    EXPECT_THROW(anna->updateContactPerson(moved), storage::NotFoundError);
    EXPECT_THROW(anna->removeEpisode(m_admin->episodes({}).rows.at(0).id), storage::NotFoundError);
    // Nor can she hand her own customer to Erik's name, or create one in his name: the policy checks new rows.
    auto annas = *anna->customer(m_annas);
    annas.owner = "Erik Lindqvist";
    EXPECT_THROW(anna->updateCustomer(annas), storage::PermissionError);
    EXPECT_THROW(anna->addCustomer(customerOf("Stolen Ltd", "Erik Lindqvist")), storage::PermissionError);

    const auto stored = *m_admin->customer(m_eriks);
    EXPECT_EQ(stored.notes, "");
    EXPECT_EQ(m_admin->counts().episodes, 1);
    EXPECT_EQ(m_admin->contactPersons(m_eriks).size(), 1U);
}

TEST_F(TeamTest, BothManagersWorkOnASharedCustomer) {
    auto anna = signIn(m_anna);
    anna->addEpisode(callTo(m_shared));
    auto shared = *anna->customer(m_shared);
    shared.tags = {"spring-catalogue"};
    anna->updateCustomer(shared);
    auto erik = signIn(m_erik);
    EXPECT_EQ(erik->customer(m_shared)->tags, std::vector<std::string>{"spring-catalogue"});
    EXPECT_EQ(erik->customerRow(m_shared)->episodes, 1);
    EXPECT_EQ(anna->addCustomer(customerOf("Anna's New Client", "Anna Nowak")) > 0, true);
}

TEST_F(TeamTest, AnAnalystReadsEverythingAndWritesNothing) {
    auto ola = signIn(m_ola);
    EXPECT_EQ(visibleIds(*ola).size(), 3U);
    EXPECT_EQ(ola->counts().episodes, 1);
    EXPECT_EQ(ola->contactPersons(m_eriks).size(), 1U);
    auto annas = *ola->customer(m_annas);
    annas.notes = "analyst edit";
    EXPECT_THROW(ola->updateCustomer(annas), storage::PermissionError);
    EXPECT_THROW(ola->addCustomer(customerOf("Analyst Ltd", "Ola Berg")), storage::PermissionError);
    EXPECT_THROW(ola->removeCustomer(m_annas), storage::PermissionError);
    EXPECT_THROW(ola->addEpisode(callTo(m_annas)), storage::PermissionError);
    EXPECT_THROW(
        ola->storeScores(std::vector<storage::CustomerScore>{{m_annas, core::LadderStage::Client, 1, {}, {}, {}}}),
        storage::PermissionError);
    EXPECT_THROW(ola->auditTrail({}), storage::PermissionError); // the audit trail is the admins'
    EXPECT_EQ(m_admin->customer(m_annas)->notes, "");
    EXPECT_EQ(ola->teamSession()->role, "analyst");
}

TEST_F(TeamTest, TheSecondOfTwoConcurrentSavesIsRefusedNotLost) {
    auto first = signIn(m_anna);
    auto second = signIn(m_anna); // the same manager on a second computer
    auto a = *first->customer(m_annas);
    auto b = *second->customer(m_annas);
    a.notes = "called on Monday";
    b.notes = "called on Tuesday";
    // Both saves start together; exactly one wins, the other learns of the change instead of overwriting it.
    std::atomic<int> conflicts{0};
    auto save = [&](storage::Repository& repository, const core::Customer& customer) {
        try {
            repository.updateCustomer(customer);
        } catch (const storage::ConflictError&) {
            ++conflicts;
        }
    };
    std::thread one(save, std::ref(*first), a);
    std::thread two(save, std::ref(*second), b);
    one.join();
    two.join();
    EXPECT_EQ(conflicts.load(), 1);
    const auto stored = *m_admin->customer(m_annas);
    EXPECT_TRUE(stored.notes == a.notes || stored.notes == b.notes);
    EXPECT_EQ(stored.version.value, a.version.value + 1);
    // Re-read, the loser can save on top of the winner's change.
    auto again = *second->customer(m_annas);
    again.notes += "; and again on Wednesday";
    second->updateCustomer(again);
    EXPECT_EQ(m_admin->customer(m_annas)->notes, again.notes);
}

TEST_F(TeamTest, ChangesByOthersArriveAsNotices) {
    auto erik = signIn(m_erik);
    auto anna = signIn(m_anna);
    EXPECT_TRUE(erik->takeChanges().empty());
    anna->addEpisode(callTo(m_shared)); // a colleague logs a call with the shared customer
    std::vector<storage::ChangeNotice> notices;
    for (int attempt = 0; attempt < 50 && notices.empty(); ++attempt) {
        notices = erik->takeChanges();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ASSERT_FALSE(notices.empty());
    EXPECT_EQ(notices.front().table, "episode");
    EXPECT_EQ(notices.front().by, m_anna);
    EXPECT_EQ(notices.front().customerIds, std::vector<core::CustomerId>{m_shared});
    EXPECT_TRUE(anna->takeChanges().empty()); // nobody is told of their own change
}

TEST_F(TeamTest, TheAuditTrailRecordsWhoChangedWhatAndErasureRemovesTheValues) {
    auto anna = signIn(m_anna);
    auto annas = *anna->customer(m_annas);
    annas.notes = "prefers e-mail";
    annas.segment = "HoReCa";
    anna->updateCustomer(annas);
    anna->recordPersonalDataExport(m_annas, m_anna);

    const auto trail = m_admin->auditTrail({m_annas, 50});
    const auto update = std::find_if(trail.begin(), trail.end(),
                                     [](const auto& e) { return e.table == "customer" && e.action == "update"; });
    ASSERT_NE(update, trail.end());
    EXPECT_EQ(update->by, m_anna);
    ASSERT_EQ(update->changes.size(), 2U); // notes and segment; not the version or the totals
    EXPECT_EQ(update->changes[0].field, "notes");
    EXPECT_EQ(update->changes[0].before, "");
    EXPECT_EQ(update->changes[0].after, "prefers e-mail");
    EXPECT_EQ(update->changes[1].field, "segment");
    EXPECT_TRUE(std::any_of(trail.begin(), trail.end(), [](const auto& e) {
        return e.table == "customer_event" && e.action == "insert";
    })); // the export is on record too

    anna->erasePersonalData(m_annas, m_anna);
    for (const auto& entry : m_admin->auditTrail({m_annas, 200})) {
        for (const auto& change : entry.changes) {
            for (const auto& value : {change.before, change.after}) {
                EXPECT_FALSE(value && value->find("Amber") != std::string::npos) << entry.table << " " << change.field;
                EXPECT_FALSE(value && value->find("prefers e-mail") != std::string::npos) << entry.table;
            }
        }
    }
    EXPECT_EQ(m_admin->auditTrail({m_annas, 200}).front().by, m_anna);
}

TEST_F(TeamTest, AManagersBulkImportPassesTheirRowLevelSecurityAndTheAuditTrail) {
    // COPY FROM into a table with row-level security is refused to whoever its policies apply to: the bulk path
    // of a member (not the server's administrator) goes through staging tables, under the same policies.
    auto anna = signIn(m_anna);
    core::CustomerId cedar = 0;
    {
        auto bulk = anna->beginBulk({});
        cedar = bulk->addCustomer(customerOf("Cedar Mills", "Anna Nowak"));
        core::ContactPerson buyer;
        buyer.customerId = cedar;
        buyer.name = "Jan Cedar";
        bulk->addContactPerson(buyer);
        auto purchase = callTo(cedar);
        purchase.kind = core::EpisodeKind::Purchase;
        purchase.revenue = core::Money::fromMinor(12'345);
        bulk->addEpisode(purchase);
        bulk->commit();
    }
    const auto row = anna->customerRow(cedar);
    ASSERT_TRUE(row);
    EXPECT_EQ(row->episodes, 1);
    EXPECT_EQ(row->revenue, core::Money::fromMinor(12'345));
    EXPECT_EQ(anna->contactPersons(cedar).size(), 1U);
    const auto trail = m_admin->auditTrail({cedar, 50});
    EXPECT_TRUE(std::any_of(trail.begin(), trail.end(), [&](const auto& e) {
        return e.table == "customer" && e.action == "insert" && e.by == m_anna;
    }));
    EXPECT_TRUE(std::any_of(trail.begin(), trail.end(), [&](const auto& e) {
        return e.table == "episode" && e.action == "insert" && e.by == m_anna;
    }));

    // A colleague's customer in her batch breaks the policy: nothing of the batch is written.
    const auto before = m_admin->customerCount({});
    {
        auto bulk = anna->beginBulk({});
        bulk->addCustomer(customerOf("Birch Hotels", "Anna Nowak"));
        bulk->addCustomer(customerOf("Fjord Supplies", "Erik Lindqvist"));
        EXPECT_ANY_THROW(bulk->commit());
    }
    EXPECT_EQ(m_admin->customerCount({}), before);
}

TEST_F(TeamTest, AddingAMemberRefusesBadRolesNamesAndUnboundRoles) {
    EXPECT_THROW(storage::addTeamMember(m_database.location(), "mallory", "owner", "", std::nullopt),
                 storage::StorageError);
    EXPECT_THROW(
        storage::addTeamMember(m_database.location(), "Robert'); DROP TABLE customer;--", "manager", "", std::nullopt),
        storage::StorageError);
    const auto boss = "boss_" + std::to_string(::getpid());
    execOnTestServer("CREATE ROLE " + boss + " LOGIN BYPASSRLS");
    EXPECT_THROW(storage::addTeamMember(m_database.location(), boss, "admin", "", std::nullopt),
                 storage::PermissionError); // a role that bypasses row-level security is never a team member
    execOnTestServer("DROP ROLE " + boss);
    // Only admins add members.
    EXPECT_THROW(storage::addTeamMember(m_database.location() + " user=" + m_anna, "eve_" + std::to_string(::getpid()),
                                        "admin", "", std::nullopt),
                 storage::PermissionError);
    EXPECT_EQ(storage::teamMembers(m_database.location()).size(), 3U);
    EXPECT_EQ(m_admin->counts().customers, 3);
}

TEST(TeamMigration, ADemoFileMovesIntoATeamDatabaseWithEqualCountsAndSums) {
    TestDatabase team;
    if (!team.isPostgres()) {
        GTEST_SKIP() << "needs the PostgreSQL test server";
    }
    TempDir dir;
    const auto file = dir.file("desktop.sqlite");
    auto desktop = storage::openRepository(file);
    demo::DemoOptions options;
    options.customers = 400;
    demo::generateDemoData(*desktop, options);
    desktop->recordPersonalDataExport(1, "tester");
    desktop->setLadderOverride(
        {2, core::LadderStage::Advocate, "spoke at our event", core::Date::fromYmd(2026, 1, 1), "t"});

    auto target = storage::openRepository(team.location());
    const auto summary = storage::copyDatabase(*desktop, *target);
    const auto counts = desktop->counts();
    EXPECT_EQ(summary.counts.customers, counts.customers);
    EXPECT_EQ(summary.counts.episodes, counts.episodes);
    EXPECT_EQ(summary.counts.contactPersons, counts.contactPersons);
    EXPECT_EQ(summary.counts.costEntries, counts.costEntries);
    EXPECT_EQ(summary.events, 1);
    EXPECT_EQ(purchaseTotals(*target), purchaseTotals(*desktop));
    EXPECT_EQ(target->customer(7), desktop->customer(7));
    EXPECT_EQ(target->ladderOverride(2)->stage, core::LadderStage::Advocate);
    EXPECT_TRUE(target->check().ok());
    // New rows continue after the copied ids.
    EXPECT_GT(target->addCustomer(customerOf("After the move", "")), counts.customers);
    // A second copy into a base that is no longer empty is refused.
    EXPECT_THROW(storage::copyDatabase(*desktop, *target), storage::StorageError);
}

TEST_F(TeamTest, AManagersBackupHoldsWhatTheyMaySeeAsADesktopFile) {
    core::Partnership supplier;
    supplier.partnerName = "Nordic Hotels";
    supplier.partnerCustomerId = m_eriks; // a partner who is Erik's customer
    supplier.direction = core::PartnerDirection::Supplier;
    supplier.form = core::PartnershipForm::SupplyContract;
    supplier.stageHistory = {{core::PartnershipStage::Formation, core::Date::fromYmd(2025, 3, 1), "first order"}};
    m_admin->addPartnership(supplier);
    auto anna = signIn(m_anna);
    const auto file = m_database.file("anna.sqlite");
    anna->backupTo(file);
    EXPECT_THROW(anna->backupTo(file), storage::StorageError); // never overwrites
    auto copy = storage::openRepository(file);
    EXPECT_EQ(copy->counts().customers, 2);
    EXPECT_EQ(copy->customer(m_annas), anna->customer(m_annas));
    ASSERT_EQ(copy->partnerships().size(), 1U);
    EXPECT_FALSE(copy->partnerships()[0].partnerCustomerId.has_value()); // Erik's customer: by name only
    EXPECT_TRUE(copy->check().ok());
}

namespace {

/** Runs SQL as a member, the way they could with psql: past the app, straight to the server. */
std::string sqlAs(const std::string& connection, const std::string& sql) {
    try {
        pqxx::connection c(connection);
        pqxx::work work(c);
        const auto result = work.exec(sql);
        work.commit();
        return result.empty() || result[0][0].is_null() ? "done" : result[0][0].c_str();
    } catch (const pqxx::sql_error& error) {
        return std::string("refused: ") + error.what();
    }
}

} // namespace

TEST_F(TeamTest, NoMemberRewritesTheAuditTrailThroughSql) {
    auto anna = signIn(m_anna);
    auto eriks = *m_admin->customer(m_eriks);
    eriks.notes = "met at the fair";
    m_admin->updateCustomer(eriks);
    const auto entries = "SELECT count(*) FROM rapport.audit_log WHERE customer_id = " + std::to_string(m_eriks) +
                         " AND new_values = '{\"values\": \"erased\"}'::jsonb";
    const auto redactEriks = "SELECT rapport.redact_audit(" + std::to_string(m_eriks) + ")";
    const auto redactAnnas = "SELECT rapport.redact_audit(" + std::to_string(m_annas) + ")";
    const auto as = [this](const std::string& login) { return m_database.location() + " user=" + login; };

    // A colleague's customer, which Anna cannot even see; her own, outside an erasure; the analyst; the admin
    // outside an erasure: all refused, and nothing in the trail is erased.
    EXPECT_NE(sqlAs(as(m_anna), redactEriks).find("refused"), std::string::npos);
    EXPECT_NE(sqlAs(as(m_anna), redactAnnas).find("refused"), std::string::npos);
    EXPECT_NE(sqlAs(as(m_ola), redactEriks).find("refused"), std::string::npos);
    EXPECT_NE(sqlAs(m_database.location(), redactEriks).find("only by erasing"), std::string::npos);
    // Forging the erasure's record does not help with a customer she may not see.
    EXPECT_NE(sqlAs(as(m_anna), "INSERT INTO rapport.customer_event (kind, customer_id, happened_at, done_by, "
                                "details) VALUES ('erasure', " +
                                    std::to_string(m_eriks) + ", 0, 'x', 'x'); " + redactEriks)
                  .find("refused"),
              std::string::npos);
    EXPECT_EQ(m_database.queryInt(entries), 0);
    // Nor for her own customer: a forged erasure record without the erasure leaves the trail alone.
    auto annas = *anna->customer(m_annas);
    annas.notes = "a note the trail keeps";
    anna->updateCustomer(annas);
    const auto annasEntries = "SELECT count(*) FROM rapport.audit_log WHERE customer_id = " + std::to_string(m_annas) +
                              " AND new_values = '{\"values\": \"erased\"}'::jsonb";
    EXPECT_NE(sqlAs(as(m_anna), "INSERT INTO rapport.customer_event (kind, customer_id, happened_at, done_by, "
                                "details) VALUES ('erasure', " +
                                    std::to_string(m_annas) + ", 0, 'x', 'x'); " + redactAnnas)
                  .find("refused"),
              std::string::npos);
    EXPECT_EQ(m_database.queryInt(annasEntries), 0);

    // The erasure itself redacts, and says so in the trail.
    anna->erasePersonalData(m_annas, m_anna);
    EXPECT_GT(m_database.queryInt("SELECT count(*) FROM rapport.audit_log WHERE customer_id = " +
                                  std::to_string(m_annas) + " AND new_values = '{\"values\": \"erased\"}'::jsonb"),
              0);
    EXPECT_EQ(m_database.queryInt("SELECT count(*) FROM rapport.audit_log WHERE table_name = 'audit_log' AND "
                                  "action = 'redact' AND customer_id = " +
                                  std::to_string(m_annas) + " AND changed_by = '" + m_anna + "'"),
              1);
    EXPECT_EQ(m_database.queryInt(entries), 0) << "Erik's customer's trail is untouched";
}

TEST_F(TeamTest, NoticesNameOnlyCustomersEveryMemberMaySee) {
    auto erik = signIn(m_erik);
    auto anna = signIn(m_anna);
    EXPECT_TRUE(erik->takeChanges().empty());
    anna->addEpisode(callTo(m_annas)); // Anna's own customer: Erik may not know which one
    std::vector<storage::ChangeNotice> notices;
    for (int attempt = 0; attempt < 50 && notices.empty(); ++attempt) {
        notices = erik->takeChanges();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ASSERT_FALSE(notices.empty());
    EXPECT_EQ(notices.front().table, "episode");
    EXPECT_TRUE(notices.front().customerIds.empty()) << notices.front().customerIds.front();
}

namespace {
/** What team schemas v5, v6 and v7 added, taken away again: the database as a v4 program left it. */
constexpr const char* kWithoutTeamV5 =
    "DROP TABLE rapport.service_level_change; ALTER TABLE rapport.customer DROP COLUMN score_level; "
    "DROP TABLE rapport.service_level; DROP TABLE rapport.campaign_member; DROP TABLE rapport.campaign; DROP FUNCTION "
    "rapport.set_collation(text, text); "
    "ALTER TABLE rapport.customer DROP COLUMN name_sort_key; "
    "CREATE INDEX customer_by_name ON rapport.customer ((lower(display_name) COLLATE \"C\"), id); "
    "DELETE FROM rapport.rapport_meta WHERE key IN ('collation', 'collation_version'); ";
/** What team schemas v4 and v5 added, taken away again: the database as a v3 program left it. */
const std::string kWithoutTeamV4 =
    std::string(kWithoutTeamV5) +
    "DROP TABLE rapport.anonymous_sale; ALTER TABLE rapport.episode DROP COLUMN cancels_episode_id, "
    "DROP COLUMN line_count, DROP COLUMN reference; CREATE INDEX episode_purchases ON rapport.episode "
    "(customer_id, occurred_on) INCLUDE (revenue, margin, kind) WHERE kind IN ('purchase', 'return')";
} // namespace

TEST_F(TeamTest, ATeamSchemaV1IsUpgradedByItsAdministratorOnly) {
    // A v1 database: the redaction anyone could call, as v1 shipped it, and none of v3's archive and assessments.
    m_database.exec(kWithoutTeamV4);
    m_database.exec("DROP TABLE rapport.assessment; DROP INDEX rapport.customer_archived; "
                    "ALTER TABLE rapport.customer DROP COLUMN archived_on");
    m_database.exec("CREATE OR REPLACE FUNCTION rapport.redact_audit(cid bigint) RETURNS bigint LANGUAGE sql "
                    "SECURITY DEFINER SET search_path = rapport, pg_temp AS $$ SELECT 0::bigint $$; "
                    "UPDATE rapport.rapport_meta SET value = '1' WHERE key = 'schema_version'");
    try {
        const auto opened = signIn(m_anna);
        FAIL() << "a manager opened a v1 database";
    } catch (const storage::MigrationError& error) {
        EXPECT_NE(std::string(error.what()).find("team init"), std::string::npos) << error.what();
    }
    EXPECT_EQ(m_database.queryInt("SELECT value::int FROM rapport.rapport_meta WHERE key = 'schema_version'"), 1);
    storage::openRepository(m_database.location()).reset(); // the administrator, as `team init` does
    EXPECT_EQ(m_database.queryInt("SELECT value::int FROM rapport.rapport_meta WHERE key = 'schema_version'"), 9);
    EXPECT_NE(
        sqlAs(m_database.location() + " user=" + m_anna, "SELECT rapport.redact_audit(" + std::to_string(m_eriks) + ")")
            .find("refused"),
        std::string::npos);
    EXPECT_NO_THROW(signIn(m_anna).reset());
}

namespace {

/**
 * Saves a contact person as the application layer does (app::Edit::apply): in one transaction, read the stored row,
 * refuse when it is no longer as read, write. Built from storage calls: these tests do not link the app layer.
 */
void saveAsRead(storage::Repository& repository, const core::ContactPerson& asRead,
                const core::ContactPerson& changed) {
    repository.inOneTransaction([&] {
        const auto people = repository.contactPersons(asRead.customerId);
        const auto stored =
            std::find_if(people.begin(), people.end(), [&](const auto& p) { return p.id == asRead.id; });
        if (stored == people.end() || *stored != asRead) {
            throw storage::ConflictError("contact person " + asRead.name + " was changed by someone else meanwhile");
        }
        repository.updateContactPerson(changed);
    });
}

} // namespace

TEST_F(TeamTest, ASaveOverAColleaguesNewerSaveOfAContactPersonIsRefusedAndKeepsTheirs) {
    auto mine = signIn(m_erik);
    auto colleague = signIn(m_erik); // Erik's assistant, signed in as Erik on another computer
    const auto karin = mine->contactPersons(m_eriks).front();
    auto theirs = karin;
    theirs.role = "Purchasing manager";
    auto later = theirs;
    later.notes = "back from leave in March";

    // Their save lands first; mine, built from the row as I read it before, is refused and theirs stays.
    saveAsRead(*colleague, karin, theirs);
    auto myChange = karin;
    myChange.notes = "on leave";
    EXPECT_THROW(saveAsRead(*mine, karin, myChange), storage::ConflictError);
    EXPECT_EQ(m_admin->contactPersons(m_eriks).front(), theirs);

    // Both at once, at READ COMMITTED: their transaction has checked and written but not committed when mine checks.
    // The read inside a write locks the row, so mine waits for their commit and sees their row; without the lock
    // mine would pass the check on the old row, wait at its UPDATE, and then overwrite theirs.
    std::atomic<bool> written{false};
    std::thread save([&] {
        colleague->inOneTransaction([&] {
            saveAsRead(*colleague, theirs, later);
            written = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(400));
        });
    });
    while (!written) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    auto mineAgain = theirs;
    mineAgain.notes = "call Karin's deputy";
    EXPECT_THROW(saveAsRead(*mine, theirs, mineAgain), storage::ConflictError);
    save.join();
    EXPECT_EQ(m_admin->contactPersons(m_eriks).front(), later);
}

TEST_F(TeamTest, ArchivingAndAssessmentsFollowTheCustomersSecurityAndAudit) {
    auto anna = signIn(m_anna);
    auto erik = signIn(m_erik);
    auto ola = signIn(m_ola);
    // Archiving is a change of the customer row: audited as such, and only for those who may change it.
    auto annas = *anna->customer(m_annas);
    annas.archivedOn = core::Date::fromYmd(2026, 11, 30);
    anna->updateCustomer(annas);
    const auto trail = m_admin->auditTrail({m_annas, 20});
    ASSERT_FALSE(trail.empty());
    EXPECT_EQ(trail.front().action, "update");
    ASSERT_EQ(trail.front().changes.size(), 1U);
    EXPECT_EQ(trail.front().changes[0].field, "archived_on");
    EXPECT_EQ(trail.front().by, m_anna);
    auto eriks = *m_admin->customer(m_eriks);
    eriks.archivedOn = core::Date::fromYmd(2026, 11, 30);
    EXPECT_THROW(anna->updateCustomer(eriks), storage::NotFoundError);
    EXPECT_FALSE(m_admin->customer(m_eriks)->archivedOn.has_value());
    EXPECT_EQ(visibleIds(*anna), std::vector<core::CustomerId>{m_shared}); // her own is archived now

    // An assessment is a customer's child row: seen and written exactly by those who see the customer.
    const core::Assessment judged{0,
                                  m_eriks,
                                  core::AssessmentComponent::Commitment,
                                  core::Date::fromYmd(2026, 11, 2),
                                  4,
                                  "renewed for two years",
                                  "Erik"};
    const auto id = erik->addAssessment(judged);
    EXPECT_TRUE(anna->assessments(m_eriks).empty());
    EXPECT_EQ(ola->assessments(m_eriks).size(), 1U);
    auto onEriks = judged;
    onEriks.note = "Anna's view";
    EXPECT_THROW(anna->addAssessment(onEriks), storage::PermissionError);
    onEriks.id = id;
    EXPECT_THROW(anna->updateAssessment(onEriks), storage::NotFoundError);
    EXPECT_THROW(anna->removeAssessment(id), storage::NotFoundError);
    EXPECT_THROW(ola->addAssessment(judged), storage::PermissionError);
    const auto assessmentTrail = m_admin->auditTrail({m_eriks, 20});
    EXPECT_TRUE(std::any_of(assessmentTrail.begin(), assessmentTrail.end(), [&](const auto& e) {
        return e.table == "assessment" && e.action == "insert" && e.by == m_erik && e.rowId == id;
    }));
    EXPECT_EQ(m_admin->assessments(m_eriks).front().note, "renewed for two years");
}

TEST_F(TeamTest, ATeamSchemaV2GainsArchivingAndAssessmentsWithTheirSecurity) {
    // A v2 database: no archive column or index, no assessment table (its triggers and policies go with it).
    m_admin.reset();
    m_database.exec(kWithoutTeamV4);
    m_database.exec("DROP TABLE rapport.assessment; DROP INDEX rapport.customer_archived; "
                    "ALTER TABLE rapport.customer DROP COLUMN archived_on; "
                    "UPDATE rapport.rapport_meta SET value = '2' WHERE key = 'schema_version'");
    EXPECT_THROW(signIn(m_anna).reset(), storage::MigrationError);
    m_admin = storage::openRepository(m_database.location()); // the administrator upgrades
    EXPECT_EQ(m_database.queryInt("SELECT value::int FROM rapport.rapport_meta WHERE key = 'schema_version'"), 9);
    EXPECT_EQ(m_admin->customerCount({}), 3);

    auto erik = signIn(m_erik);
    auto anna = signIn(m_anna);
    const auto id = erik->addAssessment(
        {0, m_eriks, core::AssessmentComponent::Patronage, core::Date::fromYmd(2026, 11, 2), 2, "", "Erik"});
    EXPECT_GT(id, 0);
    EXPECT_TRUE(anna->assessments(m_eriks).empty());
    EXPECT_THROW(anna->addAssessment({0, m_eriks, core::AssessmentComponent::Patronage,
                                      core::Date::fromYmd(2026, 11, 2), 2, "", "Anna"}),
                 storage::PermissionError);
    const auto trail = m_admin->auditTrail({m_eriks, 20});
    EXPECT_TRUE(std::any_of(trail.begin(), trail.end(), [](const auto& e) { return e.table == "assessment"; }));
    auto eriks = *erik->customer(m_eriks);
    eriks.archivedOn = core::Date::fromYmd(2026, 11, 30);
    erik->updateCustomer(eriks);
    EXPECT_EQ(m_admin->customerCount({}), 2);
    EXPECT_EQ(m_admin->auditTrail({m_eriks, 1}).front().changes.front().field, "archived_on");
}

TEST_F(TeamTest, AnonymousSalesAreSeenByTheWholeTeamAndWrittenByAdminsAndManagers) {
    // No customer, so no sales manager owns them: like shared data, every member sees them.
    core::AnonymousSale sale;
    sale.occurredOn = core::Date::fromYmd(2010, 12, 1);
    sale.revenue = core::Money::fromMinor(5'000);
    sale.reference = "536544";
    sale.lineCount = 12;
    sale.customerText = "(blank)";
    {
        auto anna = signIn(m_anna);
        auto writer = anna->beginBulk({});
        writer->addAnonymousSale(sale);
        writer->commit();
    }
    EXPECT_EQ(signIn(m_erik)->anonymousSalesTotals().sales, 1);
    auto ola = signIn(m_ola);
    EXPECT_EQ(ola->anonymousSalesTotals().revenueMinor, 5'000);
    EXPECT_ANY_THROW({
        auto writer = ola->beginBulk({});
        writer->addAnonymousSale(sale);
        writer->commit();
    }) << "an analyst only reads";
    EXPECT_EQ(m_admin->anonymousSalesTotals().sales, 1);
    EXPECT_EQ(m_database.queryInt("SELECT count(*) FROM rapport.audit_log WHERE table_name = 'anonymous_sale'"), 1);

    // A cancellation links only to a purchase its author may see, of the same customer.
    auto erik = signIn(m_erik);
    auto purchase = callTo(m_eriks);
    purchase.kind = core::EpisodeKind::Purchase;
    purchase.revenue = core::Money::fromMinor(900);
    purchase.reference = "536365";
    const auto purchaseId = erik->addEpisode(purchase);
    auto cancellation = purchase;
    cancellation.kind = core::EpisodeKind::Return;
    cancellation.revenue = core::Money::fromMinor(-900);
    cancellation.reference = "C536365";
    cancellation.cancels = purchaseId;
    EXPECT_GT(erik->addEpisode(cancellation), purchaseId);
    cancellation.customerId = m_annas;
    EXPECT_THROW(signIn(m_anna)->addEpisode(cancellation), storage::ConstraintError);
}

namespace {

std::vector<std::string> namesByName(storage::Repository& repository) {
    storage::CustomerPageRequest request;
    request.limit = 2; // several pages: the cursor carries the sort key
    std::vector<std::string> names;
    for (;;) {
        const auto page = repository.customerPage(request);
        for (const auto& row : page.rows) {
            names.push_back(row.displayName);
        }
        if (!page.next) {
            return names;
        }
        request.after = page.next;
    }
}

} // namespace

TEST_F(TeamTest, OnlyAnAdminChangesHowNamesSortAndEveryoneGetsTheNewOrder) {
    const auto boss = "boss_" + std::to_string(::getpid());
    storage::addTeamMember(m_database.location(), boss, "admin", "Maja Ek", std::nullopt);
    m_admin->addCustomer(customerOf("Åberg Bygg", "Anna Nowak"));
    m_admin->addCustomer(customerOf("Zetterlund AB", "Anna Nowak"));
    auto anna = signIn(m_anna);
    auto ola = signIn(m_ola);
    auto admin = signIn(boss);
    m_admin->setCollation("en");
    EXPECT_EQ(namesByName(*anna),
              (std::vector<std::string>{"Åberg Bygg", "Amber Foods", "Baltic Trade", "Zetterlund AB"}));

    EXPECT_THROW(anna->setCollation("sv"), storage::PermissionError);
    EXPECT_THROW(ola->setCollation("sv"), storage::PermissionError);
    EXPECT_EQ(anna->collation(), "en");
    const auto customerAudits = [&] {
        return m_database.queryInt("SELECT count(*) FROM audit_log WHERE table_name = 'customer'");
    };
    const auto auditsBefore = customerAudits();
    admin->setCollation("sv");
    EXPECT_EQ(customerAudits(), auditsBefore) << "new keys are nobody's change of a customer";
    const auto trail = m_admin->auditTrail({std::nullopt, 5});
    ASSERT_FALSE(trail.empty());
    EXPECT_EQ(trail.front().table, "rapport_meta");
    EXPECT_EQ(trail.front().by, boss);
    ASSERT_EQ(trail.front().changes.size(), 1U);
    EXPECT_EQ(trail.front().changes[0].field, "collation");
    EXPECT_EQ(trail.front().changes[0].before, "en");
    EXPECT_EQ(trail.front().changes[0].after, "sv");

    // Everyone's list follows, and what a manager adds now (her session loaded English) gets a Swedish key.
    EXPECT_EQ(anna->collation(), "sv");
    EXPECT_EQ(namesByName(*anna),
              (std::vector<std::string>{"Amber Foods", "Baltic Trade", "Zetterlund AB", "Åberg Bygg"}));
    anna->addCustomer(customerOf("Östgöta Mejeri", "Anna Nowak"));
    anna->addCustomer(customerOf("Ystad Fisk", "Anna Nowak"));
    EXPECT_EQ(namesByName(*anna), (std::vector<std::string>{"Amber Foods", "Baltic Trade", "Ystad Fisk",
                                                            "Zetterlund AB", "Åberg Bygg", "Östgöta Mejeri"}));
    EXPECT_TRUE(m_admin->check().ok());
    anna.reset();
    ola.reset();
    admin.reset();
    m_admin.reset();
    m_database.drop();
    execOnTestServer("DROP ROLE IF EXISTS " + boss);
}

TEST_F(TeamTest, ATeamSchemaV4GetsASortKeyForEveryNameInTheLanguageOfItsUpgrade) {
    m_admin.reset();
    m_database.exec(kWithoutTeamV5);
    // Names a v4 program wrote (with their search documents), then the version it recorded.
    m_database.exec("INSERT INTO customer (kind, display_name, market, owner) VALUES "
                    "('person', 'Łukasz Zieliński', 'b2c', 'Anna Nowak'), ('person', 'Lucyna Wrona', 'b2c', "
                    "'Anna Nowak'), ('person', 'Żaneta Adamska', 'b2c', 'Anna Nowak'); "
                    "INSERT INTO customer_search (customer_id, doc) SELECT id, search_document(id) FROM customer "
                    "WHERE id NOT IN (SELECT customer_id FROM customer_search); "
                    "UPDATE rapport_meta SET value = '4' WHERE key = 'schema_version'");
    EXPECT_THROW(signIn(m_anna).reset(), storage::MigrationError);
    storage::OpenOptions polish;
    polish.collation = "pl";
    m_admin = storage::openRepository(m_database.location(), polish); // the administrator upgrades
    EXPECT_EQ(m_database.queryInt("SELECT value::int FROM rapport_meta WHERE key = 'schema_version'"), 9);
    // v6's campaigns came with it, their members under the customers' row-level security.
    EXPECT_EQ(m_database.queryInt("SELECT count(*) FROM pg_policies WHERE schemaname = 'rapport' AND tablename = "
                                  "'campaign_member'"),
              2);
    EXPECT_EQ(m_admin->collation(), "pl");
    EXPECT_EQ(m_database.queryInt("SELECT count(*) FROM customer WHERE name_sort_key = '\\x'"), 0);
    EXPECT_EQ(m_database.queryInt("SELECT count(*) FROM audit_log WHERE table_name = 'customer' AND action = 'update'"),
              0)
        << "the upgrade's keys are in no one's audit trail";
    auto anna = signIn(m_anna);
    EXPECT_EQ(namesByName(*anna), (std::vector<std::string>{"Amber Foods", "Baltic Trade", "Lucyna Wrona",
                                                            "Łukasz Zieliński", "Żaneta Adamska"}));
    EXPECT_TRUE(m_admin->check().ok());
}

namespace {
/** The search functions as team schema v8 defined them: a document one customer at a time, every text translated. */
constexpr const char* kTeamV8SearchFunctions = R"sql(
SET ROLE rapport_owner;
DROP FUNCTION rapport.search_document(bigint);
DROP FUNCTION rapport.search_documents(bigint[]);
CREATE OR REPLACE FUNCTION rapport.rapport_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT translate(lower(t COLLATE "default"), 'ąćęłńóśźżáàâäãåčďéèêëěíìîïňòôöõřšťúùûüůýÿžçñßő',
                               'acelnoszzaaaaaacdeeeeeiiiinoooorstuuuuuyyzcnso')
$$;
CREATE FUNCTION rapport.search_document(cid bigint) RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT to_tsvector('simple', rapport_fold(regexp_replace(concat_ws(' ', c.display_name, c.legal_name,
        (SELECT string_agg(p.value || ' ' || p.normalized || ' ' || p.search_terms, ' ') FROM contact_point p
          WHERE p.customer_id = c.id),
        (SELECT string_agg(t.tag, ' ') FROM customer_tag t WHERE t.customer_id = c.id),
        (SELECT string_agg(cp.name, ' ') FROM contact_person cp WHERE cp.customer_id = c.id)),
        '[[:space:]!-/:-@[-`{-~]+', ' ', 'g')))
      FROM customer c WHERE c.id = cid
$$;
RESET ROLE;
UPDATE rapport.rapport_meta SET value = '8' WHERE key = 'schema_version';
)sql";

/** The text the first column of the first row of a query gives, as the database's owner. */
std::string queryText(const std::string& location, const std::string& sql) {
    pqxx::connection connection(location);
    pqxx::nontransaction work(connection);
    work.exec("SET search_path = rapport"); // as a member's session has it: the functions name tables unqualified
    return work.exec(sql)[0][0].c_str();
}

/** Every customer's search document as the database's search_document() builds it now, in order of id. */
constexpr const char* kAllSearchDocuments =
    "SELECT string_agg(id || ':' || rapport.search_document(id)::text, ' | ' ORDER BY id) FROM rapport.customer";
} // namespace

TEST_F(TeamTest, ATeamSchemaV8GetsFasterSearchDocumentsThatAreTheSameAsBefore) {
    // Names, contact points, tags and contact persons in the team's languages, plain ASCII among them.
    auto mixed = customerOf("Łukasz Żółć-Zieliński", "Anna Nowak");
    mixed.legalName = "ŻÓŁĆ Handel Sp. z o.o.";
    mixed.emails = {{"Lukasz.Zolc@Example.PL", "work"}};
    mixed.phones = {{"+48 601-234-567", ""}};
    mixed.tags = {"VIP", "Gdańsk"};
    const auto mixedId = m_admin->addCustomer(mixed);
    core::ContactPerson buyer;
    buyer.customerId = mixedId;
    buyer.name = "Örjan Åberg";
    m_admin->addContactPerson(buyer);
    m_admin->addCustomer(customerOf("Олена Шевченко", "Anna Nowak"));
    m_admin->addCustomer(customerOf("IĞDIR Straße Ærø", "Anna Nowak"));
    m_admin.reset();

    m_database.exec(kTeamV8SearchFunctions);
    const auto v8Documents = queryText(m_database.location(), kAllSearchDocuments);
    ASSERT_NE(v8Documents.find("zolc"), std::string::npos) << v8Documents;
    m_admin = storage::openRepository(m_database.location()); // the administrator upgrades
    EXPECT_EQ(m_database.queryInt("SELECT value::int FROM rapport.rapport_meta WHERE key = 'schema_version'"), 9);
    EXPECT_EQ(queryText(m_database.location(), kAllSearchDocuments), v8Documents);
    EXPECT_EQ(queryText(m_database.location(),
                        "SELECT string_agg(customer_id || ':' || doc::text, ' | ' ORDER BY customer_id) "
                        "FROM rapport.search_documents(ARRAY(SELECT id FROM rapport.customer))"),
              v8Documents)
        << "the set-based documents are the single ones";

    auto anna = signIn(m_anna);
    storage::CustomerFilter filter;
    for (const auto* query : {"zolc", "orjan", "gdansk", "шевченко", "lukasz.zolc@example.pl"}) {
        filter.search = query;
        EXPECT_EQ(anna->customerCount(filter), 1) << query;
    }
}

TEST_F(TeamTest, TheAttentionListOfAManagerHoldsOnlyWhatTheyMaySee) {
    // Both key buyers left, every customer was scored valuable and nobody was ever contacted since.
    auto eriksBuyer = m_admin->contactPersons(m_eriks).front();
    eriksBuyer.role = "Purchasing manager";
    eriksBuyer.activeTo = core::Date::fromYmd(2026, 6, 1);
    m_admin->updateContactPerson(eriksBuyer);
    core::ContactPerson annasOwner;
    annasOwner.customerId = m_annas;
    annasOwner.name = "Piotr Nowak";
    annasOwner.role = "Owner";
    annasOwner.activeTo = core::Date::fromYmd(2026, 6, 2);
    m_admin->addContactPerson(annasOwner);
    std::vector<storage::CustomerScore> scores;
    for (const auto id : {m_annas, m_eriks, m_shared}) {
        scores.push_back({id, core::LadderStage::Supporter, 1, {}, {}, core::Money::fromMinor(100'000 * id)});
    }
    m_admin->storeScores(scores);

    auto anna = signIn(m_anna);
    std::vector<core::CustomerId> scored, left;
    anna->scanCustomerScores([&](auto batch) {
        for (const auto& s : batch) {
            scored.push_back(s.id);
        }
        return true;
    });
    anna->scanDepartedContacts([&](auto batch) {
        for (const auto& d : batch) {
            left.push_back(d.customerId);
        }
        return true;
    });
    EXPECT_EQ(scored, (std::vector<core::CustomerId>{m_annas, m_shared}));
    EXPECT_EQ(left, (std::vector<core::CustomerId>{m_annas}));

    const auto alerts = app::attentionAlerts(*anna, {}, core::Date::fromYmd(2026, 6, 30)).alerts;
    std::vector<std::pair<core::CustomerId, analytics::AttentionReason>> found;
    for (const auto& a : alerts) {
        found.emplace_back(a.customerId, a.reason);
    }
    std::sort(found.begin(), found.end());
    EXPECT_EQ(found, (std::vector<std::pair<core::CustomerId, analytics::AttentionReason>>{
                         {m_annas, analytics::AttentionReason::DecisionMakerLeft}}))
        << "Erik's customers stay out; the customers without any episode or acquisition date have no contact age";
    EXPECT_EQ(app::attentionAlerts(*signIn(m_erik), {}, core::Date::fromYmd(2026, 6, 30)).alerts.front().customerId,
              m_eriks);
}
