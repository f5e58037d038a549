// End-to-end tests of the rapport-cli binary (and the app's headless mode): exit codes, output, JSON.
#include "cli/cli_runner.h"
#include "support/sqlite_dump.h"
#include "support/temp_dir.h"

#include <array>
#include <cstdio>
#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

using namespace rapport::test;
using nlohmann::json;

namespace {

class CliTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new TempDir();
        const auto result = cli({"demo", "--customers", "400", "--seed", "3", "--end", "2025-12-31"});
        ASSERT_EQ(result.exitCode, 0) << result.err;
    }
    static void TearDownTestSuite() { delete s_dir; }
    static std::string db() { return s_dir->file("cli.sqlite"); }
    static RunResult cli(std::vector<std::string> arguments, bool withDb = true) {
        if (withDb) {
            arguments.insert(arguments.begin(), {"--db", db()});
        }
        return run(*s_dir, RAPPORT_CLI, arguments);
    }
    static TempDir* s_dir;
};

TempDir* CliTest::s_dir = nullptr;

} // namespace

TEST_F(CliTest, HelpWorksForEveryCommand) {
    const auto top = cli({"--help"}, false);
    EXPECT_EQ(top.exitCode, 0);
    for (const char* command : {"init", "demo", "customers", "customer", "episodes", "check", "backup", "ltv", "rank",
                                "matrix", "ladder", "churn", "analyze"}) {
        EXPECT_NE(top.out.find(command), std::string::npos) << command;
        const auto help = cli({command, "--help"}, false);
        EXPECT_EQ(help.exitCode, 0) << command;
        EXPECT_NE(help.out.find("Usage"), std::string::npos) << command << help.out;
    }
}

TEST_F(CliTest, BadArgumentsExitWithTwoAndSayWhy) {
    auto result = cli({"frobnicate"});
    EXPECT_EQ(result.exitCode, 2);
    result = cli({"episodes", "--from", "31.12.2025"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("YYYY-MM-DD"), std::string::npos) << result.err;
    result = cli({"episodes", "--from", "2025-02-01", "--to", "2025-01-01"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("before --from"), std::string::npos) << result.err;
    result = cli({"episodes", "--kind", "lunch"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("purchase"), std::string::npos) << result.err;
    result = cli({"customers", "--limit", "0"});
    EXPECT_EQ(result.exitCode, 2);
    result = cli({"customers", "--sort", "colour"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("revenue"), std::string::npos) << "the message lists the sort columns";
    EXPECT_EQ(cli({"customers", "--sort", "Revenue", "--limit", "1"}).exitCode, 0) << "any letter case";
}

TEST_F(CliTest, CommandsOnAMissingDatabaseDoNotCreateIt) {
    const auto missing = s_dir->file("missing.sqlite");
    const auto result = cli({"--db", missing, "customers"}, false);
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("no database at"), std::string::npos) << result.err;
    EXPECT_FALSE(std::filesystem::exists(missing));
}

TEST_F(CliTest, InitCreatesAndReportsTheSchema) {
    const auto fresh = s_dir->file("fresh.sqlite");
    const auto result = cli({"--db", fresh, "init"}, false);
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("schema v12, 0 customers"), std::string::npos) << result.out;
    EXPECT_EQ(cli({"--db", fresh, "check"}, false).exitCode, 0);
}

TEST_F(CliTest, NamesSortByTheLanguageChosenAtInitAndChangedWithCollationSet) {
    const auto swedish = s_dir->file("swedish.sqlite");
    const auto in = [&](std::vector<std::string> arguments) {
        arguments.insert(arguments.begin(), {"--db", swedish});
        return cli(arguments, false);
    };
    auto result = in({"init", "--collation", "sv"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("names sort by sv"), std::string::npos) << result.out;
    for (const char* name : {"Öberg", "Adams", "Zetterlund", "Åberg"}) {
        ASSERT_EQ(in({"customer", "add", "--name", name}).exitCode, 0);
    }
    const auto names = [&] {
        std::vector<std::string> list;
        const auto listed = json::parse(in({"customers", "--json"}).out);
        for (const auto& row : listed["customers"]) {
            list.push_back(row["display_name"].get<std::string>());
        }
        return list;
    };
    EXPECT_EQ(names(), (std::vector<std::string>{"Adams", "Zetterlund", "Åberg", "Öberg"}));
    result = in({"collation"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out, "Names sort by sv (Svenska).\n");

    result = in({"collation", "--set", "pl"});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.out, "Names now sort by pl (Polski) (4 customers).\n");
    EXPECT_EQ(names(), (std::vector<std::string>{"Åberg", "Adams", "Öberg", "Zetterlund"})) << "å and ö are accented";
    EXPECT_EQ(json::parse(in({"collation", "--json"}).out)["collation"], "pl");

    result = in({"collation", "--set", "xx"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("'xx'"), std::string::npos) << result.err;
    result = in({"init", "--collation", "uk"});
    EXPECT_EQ(result.exitCode, 0) << "an existing database keeps its collation, and says how to change it";
    EXPECT_NE(result.err.find("collation --set uk"), std::string::npos) << result.err;
    EXPECT_EQ(json::parse(in({"collation", "--json"}).out)["collation"], "pl");
    EXPECT_EQ(in({"check"}).exitCode, 0);
}

TEST_F(CliTest, DemoRefusesToMixWithExistingCustomersUnlessAppending) {
    const auto result = cli({"demo", "--customers", "10"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("already has 400 customers"), std::string::npos) << result.err;

    const auto other = s_dir->file("append.sqlite");
    ASSERT_EQ(cli({"--db", other, "demo", "--customers", "50"}, false).exitCode, 0);
    const auto appended = cli({"--db", other, "demo", "--customers", "50", "--append"}, false);
    EXPECT_EQ(appended.exitCode, 0) << appended.err;
    EXPECT_NE(cli({"--db", other, "customers"}, false).out.find("of 100 shown"), std::string::npos);
}

TEST_F(CliTest, CustomersJsonParsesAndSortsAndSearches) {
    auto result = cli({"customers", "--json", "--sort", "revenue", "--desc", "--limit", "25"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto document = json::parse(result.out);
    ASSERT_EQ(document["customers"].size(), 25u);
    EXPECT_TRUE(document["more"].get<bool>());
    double previous = 1e18;
    for (const auto& row : document["customers"]) {
        const double revenue = std::stod(row["revenue"].get<std::string>());
        EXPECT_LE(revenue, previous);
        previous = revenue;
    }
    const auto name = document["customers"][0]["display_name"].get<std::string>();
    const auto firstWord = name.substr(0, name.find(' '));
    result = cli({"customers", "--json", "--search", firstWord, "--limit", "1000"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    bool found = false;
    const auto matches = json::parse(result.out);
    for (const auto& row : matches["customers"]) {
        found = found || row["display_name"] == name;
    }
    EXPECT_TRUE(found) << firstWord;

    result = cli({"customers", "--limit", "3"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_NE(result.out.find("(3 of 400 shown"), std::string::npos) << result.out;
}

TEST_F(CliTest, CustomerShowsEverythingAboutOneCustomer) {
    auto result = cli({"customer", "1", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto document = json::parse(result.out);
    EXPECT_EQ(document["id"], 1);
    for (const char* key : {"display_name", "emails", "consents", "contact_persons", "episodes", "tasks",
                            "relationship_costs", "churn_records", "totals"}) {
        EXPECT_TRUE(document.contains(key)) << key;
    }
    result = cli({"customer", "1"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_NE(result.out.find("#1,"), std::string::npos) << result.out;

    result = cli({"customer", "999999"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("no customer with id 999999"), std::string::npos);
}

TEST_F(CliTest, EpisodesFilterByCustomerDateAndKind) {
    auto result = cli({"episodes", "--from", "2025-06-01", "--to", "2025-06-30", "--kind", "purchase", "--json",
                       "--limit", "100000"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto episodes = json::parse(result.out)["episodes"];
    ASSERT_GT(episodes.size(), 0u);
    for (const auto& e : episodes) {
        EXPECT_GE(e["occurred_on"].get<std::string>(), "2025-06-01");
        EXPECT_LE(e["occurred_on"].get<std::string>(), "2025-06-30");
        EXPECT_EQ(e["kind"], "purchase");
        EXPECT_TRUE(e["revenue"].is_string());
    }
    const auto customer = episodes[0]["customer_id"].get<long long>();
    result = cli({"episodes", "--customer", std::to_string(customer), "--json"});
    const auto ofCustomer = json::parse(result.out);
    ASSERT_GT(ofCustomer["episodes"].size(), 0u);
    for (const auto& e : ofCustomer["episodes"]) {
        EXPECT_EQ(e["customer_id"].get<long long>(), customer);
    }
}

TEST_F(CliTest, CheckAndBackup) {
    auto result = cli({"check", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(json::parse(result.out)["ok"].get<bool>());
    result = cli({"check"});
    EXPECT_NE(result.out.find("Integrity:     ok"), std::string::npos) << result.out;

    const auto copy = s_dir->file("copy.sqlite");
    result = cli({"backup", copy});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(std::filesystem::exists(copy));
    EXPECT_EQ(cli({"--db", copy, "check"}, false).exitCode, 0);
    result = cli({"backup", copy});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("already exists"), std::string::npos);
}

TEST_F(CliTest, AFileOfAnOlderRapportIsUpgradedSayingSoAndWhereTheCopyIs) {
    const auto path = s_dir->file("v11.sqlite");
    execRaw(path, readBytes(std::string(RAPPORT_TEST_DATA_DIR) + "/migration/v11.sql"));
    // A read leaves it as it is (above, OlderSchemaError); the first command that writes upgrades it.
    auto result = cli({"--db", path, "init"}, false);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.err.find(path + " was written by an older Rapport"), std::string::npos) << result.err;
    const auto said = result.err.find("The file as it was: ");
    ASSERT_NE(said, std::string::npos) << result.err;
    const auto copy = result.err.substr(said + 20, result.err.find('\n', said) - said - 20);
    EXPECT_EQ(queryRawInt(copy, "PRAGMA user_version"), 11) << copy;
    // Current now: nothing more to say, and the data is there.
    result = cli({"--db", path, "customers", "--json"}, false);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.err.find("older Rapport"), std::string::npos) << result.err;
    EXPECT_EQ(json::parse(result.out)["customers"].size(), 40U) << result.out.substr(0, 200);
}

TEST_F(CliTest, CheckFailsOnAForeignFile) {
    const auto path = s_dir->file("notes.txt");
    writeBytes(path, "just some text, not a database\n");
    const auto result = cli({"--db", path, "check"}, false);
    // The check ran and found the file wanting: a finding (1) with a report, not "nothing done" (2).
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.out.find("not a Rapport database"), std::string::npos) << result.out;
    EXPECT_EQ(readBytes(path), "just some text, not a database\n");
}

TEST_F(CliTest, CheckReportsDriftedTotalsAndADamagedSearchIndexWithExit1) {
    const auto path = s_dir->file("drifted.sqlite");
    ASSERT_EQ(cli({"--db", path, "demo", "--customers", "50", "--seed", "2"}, false).exitCode, 0);
    ASSERT_EQ(cli({"--db", path, "check"}, false).exitCode, 0);

    execRaw(path, "UPDATE customer SET revenue_total = revenue_total + 1 WHERE id = 7");
    auto result = cli({"--db", path, "check"}, false);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.out.find("customer 7: stored totals"), std::string::npos) << result.out;
    execRaw(path, "UPDATE customer SET revenue_total = revenue_total - 1 WHERE id = 7");
    ASSERT_EQ(cli({"--db", path, "check"}, false).exitCode, 0);

    // A customer's searchable text changes behind the index's back: the rows still count right, and only
    // FTS5's own check sees that the index no longer matches.
    const auto before = readBytes(path);
    execRaw(path, "UPDATE customer_search_content SET c0 = 'nobody by this name' WHERE id = 3");
    const auto damaged = readBytes(path);
    result = cli({"--db", path, "check", "--json"}, false);
    EXPECT_EQ(result.exitCode, 1) << result.out;
    EXPECT_NE(result.out.find("search index"), std::string::npos) << result.out;
    EXPECT_EQ(readBytes(path), damaged) << "check changed the file";
    EXPECT_NE(before, damaged);
}

#ifdef RAPPORT_APP
TEST_F(CliTest, AppWithoutADisplayPrintsASummary) {
    const auto result =
        run(*s_dir, "/usr/bin/env",
            {"-u", "DISPLAY", "-u", "WAYLAND_DISPLAY", "-u", "QT_QPA_PLATFORM", RAPPORT_APP, "--db", db()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("no display found"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Customers:       400"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Top 10 customers by revenue"), std::string::npos);
    EXPECT_NE(result.out.find("xvfb-run"), std::string::npos);
}

TEST_F(CliTest, AppRendersEveryPageToAScreenshotWithoutADisplay) {
    const auto folder = s_dir->file("shots");
    const auto result = run(*s_dir, "/usr/bin/env",
                            {"-u", "DISPLAY", "-u", "WAYLAND_DISPLAY", "XDG_CONFIG_HOME=" + s_dir->file("config"),
                             RAPPORT_APP, "--db", db(), "--screenshot", folder});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    // One image per page of the window, and per tab of the customer card, partnerships and analytics.
    for (const char* page :
         {"dashboard.png", "customers.png", "customer-relationship.png", "contact-persons.png", "episodes.png",
          "episode-list.png", "partnerships.png", "partner-network.png", "analytics-pareto.png",
          "analytics-four-groups.png", "analytics-ladder.png", "analytics-churn-reasons.png",
          "analytics-predicted-value.png", "analytics-model-fit.png", "reports.png"}) {
        const auto png = readBytes(folder + "/" + page);
        ASSERT_GT(png.size(), 10'000u) << page;
        EXPECT_EQ(png.substr(1, 3), "PNG") << page;
    }
}

TEST_F(CliTest, AppOpensARealWindowUnderXvfb) {
    if (!std::filesystem::exists("/usr/bin/xvfb-run")) {
        GTEST_SKIP() << "xvfb-run is not installed (cmake/test.cmake installs it)";
    }
    const auto folder = s_dir->file("xvfb-shots");
    const auto result =
        run(*s_dir, "/usr/bin/xvfb-run",
            {"-a", "-s", "-screen 0 1400x900x24", "/usr/bin/env", "-u", "QT_QPA_PLATFORM",
             "XDG_CONFIG_HOME=" + s_dir->file("config"), RAPPORT_APP, "--db", db(), "--screenshot", folder});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.err.find("offscreen"), std::string::npos) << "must run on the X server, not offscreen";
    const auto png = readBytes(folder + "/customers.png");
    ASSERT_GT(png.size(), 10'000u);
    EXPECT_EQ(png.substr(1, 3), "PNG");
}

TEST_F(CliTest, AppOnANewDatabaseGeneratesDemoDataHeadless) {
    const auto fresh = s_dir->file("first-start.sqlite");
    const auto result = run(*s_dir, RAPPORT_APP, {"--headless", "--db", fresh});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("generating demo data"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Customers:       5000"), std::string::npos) << result.out;
}
#endif
