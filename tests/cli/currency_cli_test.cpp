// rapport-cli and the database's currency: chosen at init and demo (or from the locale), shown and changed with
// `currency`, which warns that nothing is converted and asks for --yes, and written beside the plain numbers of
// every export.
#include "cli/cli_runner.h"
#include "support/office.h"
#include "support/temp_dir.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace rapport::test;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

class CurrencyCli : public ::testing::Test {
protected:
    RunResult cli(const std::string& database, std::vector<std::string> arguments) const {
        arguments.insert(arguments.begin(), {"--db", m_dir.file(database)});
        return run(m_dir, RAPPORT_CLI, arguments);
    }
    /** The command in a locale of the environment, as a user's shell would start it. */
    RunResult inLocale(const std::string& locale, const std::string& database, std::vector<std::string> arguments) {
        arguments.insert(arguments.begin(), {"-u", "LC_ALL", "-u", "LC_MONETARY", "LANG=" + locale, RAPPORT_CLI, "--db",
                                             m_dir.file(database)});
        return run(m_dir, "/usr/bin/env", arguments);
    }
    TempDir m_dir;
};

} // namespace

TEST_F(CurrencyCli, InitTakesTheCurrencyAndCurrencyShowsIt) {
    const auto init = cli("pln.sqlite", {"init", "--currency", "pln"});
    ASSERT_EQ(init.exitCode, 0) << init.err;
    EXPECT_TRUE(contains(init.out, "amounts in PLN")) << init.out;
    EXPECT_TRUE(contains(init.err, "Its amounts are in PLN.")) << init.err;
    const auto shown = cli("pln.sqlite", {"currency"});
    EXPECT_EQ(shown.exitCode, 0) << shown.err;
    EXPECT_EQ(shown.out, "PLN\n");
}

TEST_F(CurrencyCli, ASetWarnsThatNothingIsConvertedAndWaitsForYes) {
    ASSERT_EQ(cli("base.sqlite", {"init", "--currency", "PLN"}).exitCode, 0);
    const auto asked = cli("base.sqlite", {"currency", "--set", "SEK"});
    EXPECT_EQ(asked.exitCode, 2);
    EXPECT_TRUE(contains(asked.err, "warning: Amounts are not converted: every amount in ")) << asked.err;
    EXPECT_TRUE(contains(asked.err, "will be shown in SEK (until now PLN).")) << asked.err;
    EXPECT_TRUE(contains(asked.err, "Nothing was changed. Run the command again with --yes")) << asked.err;
    EXPECT_EQ(cli("base.sqlite", {"currency"}).out, "PLN\n");

    const auto done = cli("base.sqlite", {"currency", "--set", "SEK", "--yes"});
    EXPECT_EQ(done.exitCode, 0) << done.err;
    EXPECT_TRUE(contains(done.err, "warning: Amounts are not converted")) << done.err;
    EXPECT_TRUE(contains(done.out, "is now SEK (was PLN).")) << done.out;
    EXPECT_EQ(cli("base.sqlite", {"currency"}).out, "SEK\n");

    const auto again = cli("base.sqlite", {"currency", "--set", "sek", "--yes"});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(contains(again.out, "is already SEK; nothing changed.")) << again.out;
}

TEST_F(CurrencyCli, NoCodeIsRefusedAndNothingChanges) {
    ASSERT_EQ(cli("base.sqlite", {"init", "--currency", "UAH"}).exitCode, 0);
    for (const char* bad : {"ABC1", "zł", "PNL"}) {
        const auto refused = cli("base.sqlite", {"currency", "--set", bad, "--yes"});
        EXPECT_EQ(refused.exitCode, 2) << bad;
        EXPECT_TRUE(contains(refused.err, "is not a currency")) << refused.err;
    }
    EXPECT_EQ(cli("base.sqlite", {"currency"}).out, "UAH\n");
    // A typo at init creates nothing.
    const auto init = cli("typo.sqlite", {"init", "--currency", "ABC1"});
    EXPECT_EQ(init.exitCode, 2);
    EXPECT_TRUE(contains(init.err, "\"ABC1\" is not a currency code")) << init.err;
    EXPECT_FALSE(std::filesystem::exists(m_dir.file("typo.sqlite")));
}

TEST_F(CurrencyCli, AnExistingDatabaseKeepsItsCurrencyAndSaysHowToChangeIt) {
    ASSERT_EQ(cli("base.sqlite", {"init", "--currency", "EUR"}).exitCode, 0);
    const auto refused = cli("base.sqlite", {"init", "--currency", "GBP"});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(contains(refused.err, "its amounts are in EUR; --currency GBP applies only to a new database"))
        << refused.err;
    EXPECT_TRUE(contains(refused.err, "rapport-cli currency --set GBP --yes")) << refused.err;
    EXPECT_EQ(cli("base.sqlite", {"init", "--currency", "EUR"}).exitCode, 0); // what it is: fine
    EXPECT_EQ(cli("base.sqlite", {"currency"}).out, "EUR\n");
}

TEST_F(CurrencyCli, WithoutAnOptionTheLocalesCountryDecides) {
    EXPECT_TRUE(contains(inLocale("sv_SE.UTF-8", "sv.sqlite", {"init"}).out, "amounts in SEK"));
    EXPECT_TRUE(contains(inLocale("pl_PL.UTF-8", "pl.sqlite", {"init"}).out, "amounts in PLN"));
    EXPECT_TRUE(contains(inLocale("uk_UA.UTF-8", "uk.sqlite", {"init"}).out, "amounts in UAH"));
    const auto plain = inLocale("C", "c.sqlite", {"init"});
    EXPECT_TRUE(contains(plain.out, "no currency set")) << plain.out;
    EXPECT_TRUE(contains(plain.err, "No currency is set")) << plain.err;
    const auto shown = cli("c.sqlite", {"currency"});
    EXPECT_EQ(shown.out, "none\n");
    EXPECT_TRUE(contains(shown.err, "amounts show as plain numbers")) << shown.err;
}

TEST_F(CurrencyCli, ExportsKeepPlainNumbersAndNameTheCurrencyInAColumn) {
    ASSERT_EQ(
        cli("demo.sqlite", {"demo", "--customers", "40", "--seed", "5", "--end", "2025-12-31", "--currency", "UAH"})
            .exitCode,
        0);
    EXPECT_EQ(cli("demo.sqlite", {"currency"}).out, "UAH\n");
    for (const char* what : {"customers", "episodes", "partnerships"}) {
        const auto file = m_dir.file(std::string(what) + ".csv");
        const auto exported = cli("demo.sqlite", {"export", what, "-o", file});
        ASSERT_EQ(exported.exitCode, 0) << exported.err;
        const auto rows = parseCsv(readBytes(file));
        ASSERT_GT(rows.size(), 1U) << what;
        EXPECT_EQ(rows[0].back(), "currency") << what;
        const auto revenue = static_cast<std::size_t>(
            std::find_if(rows[0].begin(), rows[0].end(),
                         [](const std::string& h) { return h == "revenue" || h == "value_shared"; }) -
            rows[0].begin());
        ASSERT_LT(revenue, rows[0].size()) << what;
        for (std::size_t r = 1; r < rows.size(); ++r) {
            EXPECT_EQ(rows[r].back(), "UAH") << what << " row " << r;
            // The amount itself stays a plain number a spreadsheet sums: no sign, a decimal point.
            EXPECT_EQ(rows[r][revenue].find_first_not_of("-0123456789."), std::string::npos) << rows[r][revenue];
        }
    }
    const auto episodesFile = m_dir.file("episodes.json");
    ASSERT_EQ(cli("demo.sqlite", {"export", "episodes", "--format", "json", "-o", episodesFile}).exitCode, 0);
    const auto episodes = nlohmann::json::parse(readBytes(episodesFile));
    ASSERT_FALSE(episodes.empty());
    EXPECT_EQ(episodes.front().at("currency"), "UAH");

    // The values file of `ltv` too.
    const auto values = m_dir.file("values.csv");
    ASSERT_EQ(cli("demo.sqlite", {"ltv", "--out", values}).exitCode, 0);
    const auto valueRows = parseCsv(readBytes(values));
    ASSERT_GT(valueRows.size(), 1U);
    EXPECT_EQ(valueRows[0].back(), "currency");
    EXPECT_EQ(valueRows[1].back(), "UAH");
}

TEST_F(CurrencyCli, ADatabaseWithoutACurrencyExportsAnEmptyColumn) {
    ASSERT_EQ(
        inLocale("C", "plain.sqlite", {"demo", "--customers", "10", "--seed", "2", "--end", "2025-12-31"}).exitCode, 0);
    const auto file = m_dir.file("plain.csv");
    ASSERT_EQ(cli("plain.sqlite", {"export", "customers", "-o", file}).exitCode, 0);
    const auto rows = parseCsv(readBytes(file));
    ASSERT_GT(rows.size(), 1U);
    EXPECT_EQ(rows[0].back(), "currency");
    EXPECT_EQ(rows[1].back(), "");
}
