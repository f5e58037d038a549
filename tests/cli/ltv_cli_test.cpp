// `rapport-cli ltv` end to end: the CDNOW sample as a transactions file, the demo database, bad input.
#include "cli/cli_runner.h"
#include "support/temp_dir.h"

#include <cmath>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace rapport::test;
using nlohmann::json;

namespace {

/** CDNOW_sample.txt (master id, sample id, YYYYMMDD, CDs, dollars) as customer,date,amount; false if absent. */
bool writeCdnowTransactions(const std::string& path) {
    std::ifstream in(sharedDir() / "datasets/cdnow/CDNOW_sample.txt");
    if (!in) {
        return false;
    }
    std::ofstream out(path);
    out << "customer,date,amount\n";
    std::string master;
    std::string sample;
    std::string date;
    std::string cds;
    std::string dollars;
    while (in >> master >> sample >> date >> cds >> dollars) {
        out << sample << ',' << date.substr(0, 4) << '-' << date.substr(4, 2) << '-' << date.substr(6, 2) << ','
            << dollars << '\n';
    }
    return true;
}

void expectRelative(const json& parameters, const char* name, double expected) {
    const double actual = parameters.at(name).get<double>();
    EXPECT_LE(std::abs(actual - expected) / expected, 1e-3) << name << " = " << actual << ", expected " << expected;
}

std::size_t countLines(const std::string& path) {
    std::ifstream in(path);
    std::size_t lines = 0;
    for (std::string line; std::getline(in, line);) {
        ++lines;
    }
    return lines;
}

} // namespace

TEST(LtvCli, ReproducesThePublishedCdnowEstimates) {
    TempDir dir;
    const auto transactions = dir.file("cdnow.csv");
    if (!writeCdnowTransactions(transactions)) {
        GTEST_SKIP() << "../shared/datasets/cdnow is not present";
    }
    const auto bg =
        run(dir, RAPPORT_CLI,
            {"ltv", "--transactions", transactions, "--until", "1997-09-30", "--json", "--out", dir.file("bgnbd.csv")});
    ASSERT_EQ(bg.exitCode, 0) << bg.err;
    const auto report = json::parse(bg.out);
    EXPECT_EQ(report.at("model"), "bgnbd");
    EXPECT_EQ(report.at("customers"), 2357);
    EXPECT_EQ(report.at("repeat_buyers"), 946);
    EXPECT_EQ(report.at("lines"), 6919);
    const auto& purchases = report.at("purchases");
    EXPECT_TRUE(purchases.at("converged").get<bool>());
    EXPECT_FALSE(purchases.at("weak").get<bool>()); // every standard error is well below its estimate
    EXPECT_FALSE(report.at("weak").get<bool>());
    EXPECT_TRUE(report.at("warnings").empty());
    expectRelative(purchases.at("parameters"), "r", 0.2426);
    expectRelative(purchases.at("parameters"), "alpha", 4.4137);
    expectRelative(purchases.at("parameters"), "a", 0.7930);
    expectRelative(purchases.at("parameters"), "b", 2.4259);
    EXPECT_NEAR(purchases.at("log_likelihood").get<double>(), -9582.43, 0.01);
    const auto& spend = report.at("spend");
    expectRelative(spend.at("parameters"), "p", 6.2488);
    expectRelative(spend.at("parameters"), "q", 3.7446);
    expectRelative(spend.at("parameters"), "gamma", 15.4477);
    EXPECT_NEAR(spend.at("log_likelihood").get<double>(), -4055.92, 0.01);
    EXPECT_GT(spend.at("standard_errors").at("p").get<double>(), 0);

    // One row per customer with the columns scripts rely on; customer 0001 (x 2) first.
    EXPECT_EQ(countLines(dir.file("bgnbd.csv")), 2358u);
    std::ifstream rows(dir.file("bgnbd.csv"));
    std::string header;
    std::string first;
    std::getline(rows, header);
    std::getline(rows, first);
    // A transactions file does not say its currency: the column is there, empty.
    EXPECT_EQ(
        header,
        "customer,rapport_id,frequency,recency,T,monetary,p_alive,expected_purchases,expected_spend,clv,currency");
    EXPECT_TRUE(first.ends_with(",")) << first;
    EXPECT_TRUE(first.starts_with("0001,,2,30.428571428571")) << first;

    const auto pnbd =
        run(dir, RAPPORT_CLI,
            {"ltv", "--transactions", transactions, "--until", "1997-09-30", "--model", "pnbd", "--json"});
    ASSERT_EQ(pnbd.exitCode, 0) << pnbd.err;
    const auto pareto = json::parse(pnbd.out).at("purchases");
    expectRelative(pareto.at("parameters"), "r", 0.5533);
    expectRelative(pareto.at("parameters"), "alpha", 10.5776);
    expectRelative(pareto.at("parameters"), "s", 0.6062);
    expectRelative(pareto.at("parameters"), "beta", 11.668);
    EXPECT_NEAR(pareto.at("log_likelihood").get<double>(), -9594.98, 0.01);
}

TEST(LtvCli, TheImportedFileGivesTheSameFitAndNamesCustomersByTheirOwnIds) {
    TempDir dir;
    const auto transactions = dir.file("cdnow.csv");
    if (!writeCdnowTransactions(transactions)) {
        GTEST_SKIP() << "../shared/datasets/cdnow is not present";
    }
    const auto db = dir.file("cdnow.sqlite");
    const auto imported =
        run(dir, RAPPORT_CLI, {"--db", db, "import", "transactions", transactions, "--create-customers", "-q"});
    ASSERT_EQ(imported.exitCode, 0) << imported.err << imported.out;
    const auto fromBase =
        run(dir, RAPPORT_CLI, {"--db", db, "ltv", "--until", "1997-09-30", "--json", "--out", dir.file("base.csv")});
    ASSERT_EQ(fromBase.exitCode, 0) << fromBase.err;
    const auto fit = json::parse(fromBase.out).at("purchases");
    expectRelative(fit.at("parameters"), "r", 0.2426);
    expectRelative(fit.at("parameters"), "alpha", 4.4137);
    expectRelative(fit.at("parameters"), "a", 0.7930);
    expectRelative(fit.at("parameters"), "b", 2.4259);

    // The values name each customer by the id the file gave (0001), with Rapport's number beside it.
    std::ifstream rows(dir.file("base.csv"));
    std::string header;
    std::string first;
    std::getline(rows, header);
    std::getline(rows, first);
    EXPECT_TRUE(header.starts_with("customer,rapport_id,frequency")) << header;
    EXPECT_TRUE(first.starts_with("0001,1,2,30.428571428571")) << first;
}

TEST(LtvCli, ABadLineIsNamedAndNothingIsWritten) {
    TempDir dir;
    const auto transactions = dir.file("bad.csv");
    std::ofstream(transactions) << "customer,date,amount\nA,2024-01-01,10.00\nB,2024-13-01,5.00\n";
    const auto result = run(dir, RAPPORT_CLI, {"ltv", "--transactions", transactions, "--out", dir.file("values.csv")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("1 of 2 rows of " + transactions + " cannot be read; nothing was predicted"),
              std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("row 2 (line 3), column \"date\", value \"2024-13-01\": a date such as"),
              std::string::npos)
        << result.err;
    EXPECT_FALSE(std::filesystem::exists(dir.file("values.csv")));
}

TEST(LtvCli, SaysSoWhenNobodyBoughtTwice) {
    TempDir dir;
    const auto transactions = dir.file("once.csv");
    std::ofstream(transactions) << "customer,date,amount\nA,2024-01-01,10.00\nB,2024-02-01,5.00\nC,2024-03-01,7\n";
    const auto result = run(dir, RAPPORT_CLI, {"ltv", "--transactions", transactions, "--json"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("cannot support"), std::string::npos) << result.err;
    EXPECT_FALSE(json::parse(result.out).at("problem").is_null());
}

TEST(LtvCli, WorksOnTheDemoDatabaseInMonths) {
    TempDir dir;
    const auto db = dir.file("demo.sqlite");
    ASSERT_EQ(run(dir, RAPPORT_CLI, {"--db", db, "demo", "--customers", "1500", "--seed", "5"}).exitCode, 0);
    const auto result = run(dir, RAPPORT_CLI,
                            {"--db", db, "ltv", "--unit", "month", "--horizon-months", "24", "--discount", "0.005",
                             "--out", dir.file("values.csv")});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("converged"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Predicted value over 24 months at 0.50 % a month"), std::string::npos) << result.out;
    EXPECT_GT(countLines(dir.file("values.csv")), 1000u);
}
