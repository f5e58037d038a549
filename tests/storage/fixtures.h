#pragma once

#include "storage/repository.h"
#include "support/sqlite_dump.h"
#include "support/temp_dir.h"

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

/** A fresh database file in a temporary folder for every test. */
class RepositoryTest : public ::testing::Test {
protected:
    void SetUp() override { m_repository = storage::openRepository(path()); }
    [[nodiscard]] std::string path() const { return m_dir.file("rapport.sqlite"); }
    storage::Repository& repo() { return *m_repository; }
    void reopen() {
        m_repository.reset();
        m_repository = storage::openRepository(path());
    }

    TempDir m_dir;
    std::unique_ptr<storage::Repository> m_repository;
};

} // namespace rapport::test
