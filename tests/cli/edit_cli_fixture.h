#pragma once

// A small base for the tests of the editing commands (customer add, contact end, cost add, ...): three customers,
// one of them with a purchase, in a fresh SQLite file; the real rapport-cli runs on it and the tests read the rows
// back through storage::openRepository.
#include "cli/cli_runner.h"
#include "storage/fixtures.h"
#include "storage/repository.h"
#include "support/sqlite_dump.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace rapport::test {

class EditCli : public ::testing::Test {
protected:
    void SetUp() override {
        auto repository = open();
        auto shop = makeCustomer("Sklep Kowalski");
        shop.kind = core::CustomerKind::Organisation;
        shop.market = core::Market::B2B;
        shop.owner = "Anna Nowak";
        shop.address.city = "Gdańsk";
        m_shop = repository->addCustomer(shop);
        m_buyer = repository->addCustomer(makeCustomer("Ola Wiśniewska"));
        repository->addEpisode(makePurchase(m_buyer, "2025-03-01", 12'000, 3'000));
        m_third = repository->addCustomer(makeCustomer("Olof Lindqvist"));
    }

    [[nodiscard]] std::string path() const { return m_dir.file("edits.sqlite"); }
    [[nodiscard]] std::unique_ptr<storage::Repository> open() const { return storage::openRepository(path()); }
    [[nodiscard]] std::string dump() const { return dumpDatabase(path()); }

    RunResult cli(std::vector<std::string> arguments) const {
        arguments.insert(arguments.begin(), {"--db", path()});
        return run(m_dir, RAPPORT_CLI, arguments);
    }

    /** Runs a command that must be refused: exit code 2, a message naming `option`, the database as it was. */
    void expectRefused(const std::vector<std::string>& arguments, const std::string& option) const {
        const auto before = dump();
        const auto result = cli(arguments);
        EXPECT_EQ(result.exitCode, 2) << result.err;
        EXPECT_NE(result.err.find(option), std::string::npos) << "the message names " << option << ": " << result.err;
        EXPECT_EQ(dump(), before) << "nothing changed";
    }

    /** The id a successful add printed on stdout. */
    static std::int64_t printedId(const RunResult& result) {
        EXPECT_EQ(result.exitCode, 0) << result.err;
        return result.exitCode == 0 ? std::stoll(result.out) : 0;
    }

    static std::string id(std::int64_t value) { return std::to_string(value); }
    static core::Date day(const char* iso) { return *core::Date::parseIso(iso); }

    TempDir m_dir;
    core::CustomerId m_shop = 0;
    core::CustomerId m_buyer = 0; // has a purchase
    core::CustomerId m_third = 0;
};

} // namespace rapport::test
