// The team database's currency: only an admin changes it, the database itself refuses everyone else (whatever
// client they use), and the change is audited and announced to the other members.
#include "app/currency_change.h"
#include "app/edit.h"
#include "team/team_fixture.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>
#include <thread>
#include <unistd.h>

using namespace rapport;
using namespace rapport::test;

namespace {

core::Currency currency(const char* code) {
    return core::Currency::parse(code).value();
}

std::string codeOf(const std::optional<core::Currency>& c) {
    return c ? c->code() : std::string("(none)");
}

/** The team of TeamTest and an admin, Eva, who is a member like the others (not the server's administrator). */
class TeamCurrencyTest : public TeamTest {
protected:
    void SetUp() override {
        TeamTest::SetUp();
        if (IsSkipped()) {
            return;
        }
        m_eva = "eva_" + std::to_string(::getpid());
        storage::addTeamMember(m_database.location(), m_eva, "admin", "Eva Holm", std::nullopt);
    }
    void TearDown() override {
        TeamTest::TearDown();
        if (!m_eva.empty()) {
            execOnTestServer("DROP ROLE IF EXISTS " + m_eva);
        }
    }
    /** SQL as a member, past Rapport: what a member could try with psql. */
    void execAs(const std::string& login, const std::string& sql) const {
        pqxx::connection connection(m_database.location() + " user=" + login);
        pqxx::work work(connection);
        work.exec(sql);
        work.commit();
    }

    std::string m_eva;
};

} // namespace

TEST_F(TeamCurrencyTest, OnlyAnAdminChangesTheCurrency) {
    auto anna = signIn(m_anna);
    auto ola = signIn(m_ola);
    EXPECT_THROW(anna->setCurrency(std::nullopt, currency("SEK")), storage::PermissionError);
    EXPECT_THROW(ola->setCurrency(std::nullopt, currency("SEK")), storage::PermissionError);
    EXPECT_EQ(codeOf(m_admin->currency()), "(none)");

    auto eva = signIn(m_eva);
    eva->setCurrency(std::nullopt, currency("SEK"));
    EXPECT_EQ(codeOf(anna->currency()), "SEK"); // everyone reads it
    EXPECT_EQ(codeOf(ola->currency()), "SEK");
    EXPECT_THROW(anna->setCurrency(currency("SEK"), currency("PLN")), storage::PermissionError);
    EXPECT_EQ(codeOf(m_admin->currency()), "SEK");
}

TEST_F(TeamCurrencyTest, TheDatabaseRefusesAManagerWhoGoesPastRapport) {
    // The rule is the database's: a manager with psql can neither write the setting nor call the function.
    EXPECT_THROW(execAs(m_anna, "UPDATE rapport.rapport_meta SET value = 'EUR' WHERE key = 'currency_minor_units'"),
                 pqxx::insufficient_privilege);
    EXPECT_THROW(execAs(m_anna, "INSERT INTO rapport.rapport_meta (key, value) VALUES ('currency', 'EUR')"),
                 pqxx::insufficient_privilege);
    EXPECT_THROW(execAs(m_anna, "SELECT rapport.set_currency(NULL, 'EUR')"), pqxx::insufficient_privilege);
    EXPECT_THROW(execAs(m_ola, "SELECT rapport.set_currency(NULL, 'EUR')"), pqxx::insufficient_privilege);
    EXPECT_EQ(codeOf(m_admin->currency()), "(none)");
    // Nor can an admin store something that is not a code by going past the application's check.
    EXPECT_THROW(execAs(m_eva, "SELECT rapport.set_currency(NULL, 'EU1')"), pqxx::sql_error);
    EXPECT_EQ(codeOf(m_admin->currency()), "(none)");
}

TEST_F(TeamCurrencyTest, AChangeIsAuditedAndAnnouncedToTheOthers) {
    auto erik = signIn(m_erik);
    EXPECT_TRUE(erik->takeChanges().empty());
    auto eva = signIn(m_eva);
    eva->setCurrency(std::nullopt, currency("PLN"));
    eva->setCurrency(currency("PLN"), currency("EUR"));

    const auto trail = m_admin->auditTrail({std::nullopt, 10});
    ASSERT_GE(trail.size(), 2U);
    EXPECT_EQ(trail[0].table, "rapport_meta");
    EXPECT_EQ(trail[0].by, m_eva);
    ASSERT_EQ(trail[0].changes.size(), 1U);
    EXPECT_EQ(trail[0].changes[0].field, "currency");
    EXPECT_EQ(trail[0].changes[0].before, std::optional<std::string>("PLN"));
    EXPECT_EQ(trail[0].changes[0].after, std::optional<std::string>("EUR"));
    EXPECT_EQ(trail[1].changes.at(0).before, std::nullopt); // the first choice: from none
    EXPECT_EQ(trail[1].changes.at(0).after, std::optional<std::string>("PLN"));

    std::vector<storage::ChangeNotice> notices;
    for (int attempt = 0; attempt < 50 && notices.empty(); ++attempt) {
        notices = erik->takeChanges();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ASSERT_FALSE(notices.empty());
    EXPECT_EQ(notices.front().table, "rapport_meta");
    EXPECT_EQ(notices.front().by, m_eva);
}

TEST_F(TeamCurrencyTest, TheUseCaseTellsAManagerWhoMayChangeIt) {
    auto anna = signIn(m_anna);
    EXPECT_FALSE(app::mayChangeCurrency(*anna));
    try {
        app::changeCurrency(*anna, currency("SEK"));
        FAIL() << "a manager's change was accepted";
    } catch (const app::RefusedError& refused) {
        EXPECT_NE(std::string(refused.what()).find("only a team admin can change the currency"), std::string::npos)
            << refused.what();
        EXPECT_NE(std::string(refused.what()).find(m_anna + " (manager)"), std::string::npos) << refused.what();
    }
    auto eva = signIn(m_eva);
    EXPECT_TRUE(app::mayChangeCurrency(*eva));
    const auto change = app::changeCurrency(*eva, currency("SEK"));
    change.apply(*eva);
    EXPECT_EQ(codeOf(anna->currency()), "SEK");
    change.revert(*eva);
    EXPECT_EQ(codeOf(anna->currency()), "(none)");
}

TEST_F(TeamCurrencyTest, ATeamDatabaseIsCreatedInTheCurrencyAskedFor) {
    TestDatabase fresh;
    storage::OpenOptions options;
    options.currency = currency("UAH");
    EXPECT_EQ(codeOf(storage::openRepository(fresh.location(), options)->currency()), "UAH");
    EXPECT_EQ(fresh.queryInt("SELECT count(*) FROM rapport_meta WHERE key = 'currency' AND value = 'UAH'"), 1);
}
