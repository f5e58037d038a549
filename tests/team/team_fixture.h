#pragma once

// A team database on the PostgreSQL test server with two managers and an analyst, for the team tests.
#include "storage/errors.h"
#include "storage/repository.h"
#include "storage/team.h"
#include "support/test_database.h"

#include <gtest/gtest.h>
#include <unistd.h>

namespace rapport::test {

inline core::Customer customerOf(const std::string& name, const std::string& owner, bool shared = false) {
    core::Customer c;
    c.displayName = name;
    c.owner = owner;
    c.shared = shared;
    c.emails = {{name.substr(0, name.find(' ')) + "@example.org", ""}};
    return c;
}

inline core::Episode callTo(core::CustomerId customer) {
    core::Episode e;
    e.customerId = customer;
    e.occurredOn = core::Date::fromYmd(2026, 11, 2);
    e.kind = core::EpisodeKind::Call;
    e.channel = core::Channel::Phone;
    e.notes = "asked about the spring catalogue";
    return e;
}

/** A team database with three members; their logins are unique to this test process (roles are server-wide). */
class TeamTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!m_database.isPostgres()) {
            GTEST_SKIP() << "team tests need the PostgreSQL test server (ctest starts it; RAPPORT_TEST_POSTGRES)";
        }
        m_admin = storage::openRepository(m_database.location()); // the server's administrator creates the schema
        const auto suffix = std::to_string(::getpid());
        m_anna = "anna_" + suffix;
        m_erik = "erik_" + suffix;
        m_ola = "ola_" + suffix;
        storage::addTeamMember(m_database.location(), m_anna, "manager", "Anna Nowak", std::nullopt);
        storage::addTeamMember(m_database.location(), m_erik, "manager", "Erik Lindqvist", std::nullopt);
        storage::addTeamMember(m_database.location(), m_ola, "analyst", "Ola Berg", std::nullopt);
        m_annas = m_admin->addCustomer(customerOf("Amber Foods", "Anna Nowak"));
        m_eriks = m_admin->addCustomer(customerOf("Nordic Hotels", "Erik Lindqvist"));
        m_shared = m_admin->addCustomer(customerOf("Baltic Trade", "Erik Lindqvist", true));
        m_admin->addEpisode(callTo(m_eriks));
        core::ContactPerson buyer;
        buyer.customerId = m_eriks;
        buyer.name = "Karin Öberg";
        m_eriksBuyer = m_admin->addContactPerson(buyer);
    }
    void TearDown() override {
        m_admin.reset();
        if (m_database.isPostgres()) {
            m_database.drop(); // first: the logins hold privileges on it
            for (const auto& login : {m_anna, m_erik, m_ola}) {
                execOnTestServer("DROP ROLE IF EXISTS " + login);
            }
        }
    }
    [[nodiscard]] std::unique_ptr<storage::Repository> signIn(const std::string& login) const {
        return storage::openRepository(m_database.location() + " user=" + login);
    }

    TestDatabase m_database;
    std::unique_ptr<storage::Repository> m_admin;
    std::string m_anna, m_erik, m_ola;
    core::CustomerId m_annas = 0, m_eriks = 0, m_shared = 0;
    core::ContactPersonId m_eriksBuyer = 0;
};

} // namespace rapport::test
