// rapport-cli on a team database, as an administrator would script it: init, members, migration, audit.
#include "cli/cli_runner.h"
#include "support/test_database.h"

#include <gtest/gtest.h>
#include <unistd.h>

using namespace rapport::test;

namespace {

class TeamCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!m_database.isPostgres()) {
            GTEST_SKIP() << "needs the PostgreSQL test server (ctest starts it; RAPPORT_TEST_POSTGRES)";
        }
        m_login = "cli_manager_" + std::to_string(::getpid());
    }
    void TearDown() override {
        if (m_database.isPostgres()) {
            m_database.drop();
            execOnTestServer("DROP ROLE IF EXISTS " + m_login);
        }
    }
    RunResult cli(const std::vector<std::string>& arguments, const std::string& db) {
        std::vector<std::string> all{"--db", db};
        all.insert(all.end(), arguments.begin(), arguments.end());
        return run(m_dir, RAPPORT_CLI, all);
    }

    TempDir m_dir;
    TestDatabase m_database;
    std::string m_login;
};

} // namespace

TEST_F(TeamCliTest, InitAddUserMigrateAndAuditFromTheCommandLine) {
    const auto admin = m_database.location();
    auto init = cli({"team", "init"}, admin);
    ASSERT_EQ(init.exitCode, 0) << init.err;
    EXPECT_NE(init.out.find("Team database ready"), std::string::npos);
    EXPECT_NE(init.out.find("row-level security does not apply to you"), std::string::npos); // the superuser

    auto added = cli({"team", "add-user", m_login, "--role", "manager", "--owner-name", "Anna Nowak"}, admin);
    ASSERT_EQ(added.exitCode, 0) << added.err;
    EXPECT_EQ(cli({"team", "add-user", "x", "--role", "owner"}, admin).exitCode, 2); // not a role
    EXPECT_NE(cli({"team", "users"}, admin).out.find("Anna Nowak"), std::string::npos);

    const auto file = m_dir.file("desktop.sqlite");
    ASSERT_EQ(cli({"demo", "--customers", "300"}, file).exitCode, 0);
    auto migrated = run(m_dir, RAPPORT_CLI, {"migrate", "--from", file, "--to", admin});
    ASSERT_EQ(migrated.exitCode, 0) << migrated.err;
    EXPECT_NE(migrated.out.find("Counts, revenue and margin are equal on both sides."), std::string::npos);
    EXPECT_NE(run(m_dir, RAPPORT_CLI, {"migrate", "--from", file, "--to", admin}).exitCode, 0); // not empty now

    // The manager sees only Anna Nowak's customers; the same command, the same output format.
    const auto manager = admin + " user=" + m_login;
    const auto all = cli({"customers", "--owner", "Anna Nowak", "--limit", "10000", "--json"}, admin);
    const auto own = cli({"customers", "--limit", "10000", "--json"}, manager);
    ASSERT_EQ(own.exitCode, 0) << own.err;
    EXPECT_EQ(own.out, all.out);
    // A manager's check covers what they may see, and a freshly migrated base is whole.
    const auto checked = cli({"check"}, manager);
    EXPECT_EQ(checked.exitCode, 0) << checked.out << checked.err;
    EXPECT_EQ(cli({"check"}, admin).exitCode, 0);

    // A manager may not read the audit trail; the administrator sees the migration's inserts by their login.
    const auto refused = cli({"audit", "--limit", "5"}, manager);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_NE(refused.err.find("may not"), std::string::npos) << refused.err;
    const auto audit = cli({"audit", "--customer", "1", "--limit", "1000"}, admin);
    ASSERT_EQ(audit.exitCode, 0) << audit.err;
    EXPECT_NE(audit.out.find("rapport_test  insert customer #1"), std::string::npos) << audit.out;

    // Team commands on a file say what they need.
    const auto onFile = cli({"team", "users"}, file);
    EXPECT_EQ(onFile.exitCode, 2);
    EXPECT_NE(onFile.err.find("need a team database"), std::string::npos);
}
