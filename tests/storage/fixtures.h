#pragma once

#include "storage/repository.h"
#include "support/sqlite_dump.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

#include <gtest/gtest.h>

namespace rapport::test {

inline core::Customer makeCustomer(const std::string& name) {
    core::Customer c;
    c.displayName = name;
    return c;
}

inline core::Episode makePurchase(core::CustomerId customer, const std::string& day, std::int64_t revenueMinor,
                                  std::int64_t marginMinor = 0) {
    core::Episode e;
    e.customerId = customer;
    e.occurredOn = *core::Date::parseIso(day);
    e.kind = core::EpisodeKind::Purchase;
    e.channel = core::Channel::PointOfSale;
    e.revenue = core::Money::fromMinor(revenueMinor);
    e.margin = core::Money::fromMinor(marginMinor);
    return e;
}

inline core::Episode makeContact(core::CustomerId customer, const std::string& day, core::EpisodeKind kind) {
    core::Episode e;
    e.customerId = customer;
    e.occurredOn = *core::Date::parseIso(day);
    e.kind = kind;
    e.channel = core::Channel::Phone;
    return e;
}

/**
 * A fresh database for every test: an SQLite file, or a new database on the test's PostgreSQL server when the
 * suite runs against it (RAPPORT_TEST_POSTGRES). The same tests hold for both backends.
 */
class RepositoryTest : public ::testing::Test {
protected:
    void SetUp() override { m_repository = storage::openRepository(location()); }
    [[nodiscard]] const std::string& location() const { return m_database.location(); }
    [[nodiscard]] std::string file(const std::string& name) const { return m_database.file(name); }
    storage::Repository& repo() { return *m_repository; }
    void reopen() {
        m_repository.reset();
        m_repository = storage::openRepository(location());
    }
    /** SQL outside Rapport, on either backend. */
    void rawExec(const std::string& sql) const { m_database.exec(sql); }
    [[nodiscard]] long long rawInt(const std::string& sql) const { return m_database.queryInt(sql); }

    TestDatabase m_database;
    std::unique_ptr<storage::Repository> m_repository;
};

} // namespace rapport::test
