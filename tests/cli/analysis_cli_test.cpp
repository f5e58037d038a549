// rank, matrix, ladder, churn and analyze on a demo database, as scripts and people call them.
#include "cli/cli_runner.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace rapport::test;
using nlohmann::json;

namespace {

class AnalysisCli : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new TempDir();
        ASSERT_EQ(cli({"demo", "--customers", "1500", "--seed", "9", "--end", "2025-12-31"}).exitCode, 0);
    }
    static void TearDownTestSuite() { delete s_dir; }
    static RunResult cli(std::vector<std::string> arguments) {
        arguments.insert(arguments.begin(), {"--db", s_dir->file("analysis.sqlite")});
        return run(*s_dir, RAPPORT_CLI, arguments);
    }
    static json cliJson(const std::vector<std::string>& arguments) {
        const auto result = cli(arguments);
        EXPECT_EQ(result.exitCode, 0) << result.err;
        return json::parse(result.out);
    }
    static TempDir* s_dir;
};

TempDir* AnalysisCli::s_dir = nullptr;

} // namespace

TEST_F(AnalysisCli, RankGivesTheParetoSharesBesideTheBenchmarks) {
    const auto rank = cliJson({"rank", "--json", "--limit", "3"});
    EXPECT_EQ(rank.at("measure"), "profit");
    EXPECT_EQ(rank.at("top").size(), 3u);
    EXPECT_DOUBLE_EQ(rank.at("benchmark_top20_revenue_share").get<double>(), 0.8);
    const double share = rank.at("top20_revenue_share").get<double>();
    EXPECT_GT(share, 0.2);
    EXPECT_LE(share, 1.0);
    EXPECT_EQ(rank.at("pareto_curve").size(), 20u);
    EXPECT_EQ(rank.at("key_customer_trend").size(), 8u);
    const auto byRevenue = cliJson({"rank", "--by", "revenue", "--json", "--limit", "2"});
    EXPECT_GE(byRevenue.at("top")[0].at("value").get<double>(), byRevenue.at("top")[1].at("value").get<double>());
    EXPECT_EQ(cli({"rank", "--by", "luck"}).exitCode, 2);
}

TEST_F(AnalysisCli, MatrixGroupsAddUpToTheBuyers) {
    const auto matrix = cliJson({"matrix", "--json", "--window-months", "6"});
    std::int64_t customers = 0;
    double share = 0;
    for (const auto& group : matrix.at("groups")) {
        customers += group.at("customers").get<std::int64_t>();
        share += group.at("revenue_share").get<double>();
    }
    EXPECT_EQ(customers, matrix.at("buyers").get<std::int64_t>());
    EXPECT_NEAR(share, 1.0, 1e-9);
    EXPECT_EQ(matrix.at("window").at("to"), "2025-12-31");
}

TEST_F(AnalysisCli, LadderOverrideIsSetCountedAndCleared) {
    const auto before = cliJson({"ladder", "--json"});
    EXPECT_EQ(before.at("stages").size(), 6u);
    EXPECT_EQ(before.at("set_by_hand"), 0);
    const auto set = cli({"ladder", "--set", "1", "--stage", "partner", "--reason", "joint venture", "--json"});
    ASSERT_EQ(set.exitCode, 0) << set.err;
    EXPECT_EQ(json::parse(set.out).at("set_by_hand"), 1);
    EXPECT_EQ(cli({"ladder", "--set", "1", "--stage", "partner"}).exitCode, 2) << "a reason is required";
    EXPECT_EQ(cliJson({"ladder", "--clear", "1", "--json"}).at("set_by_hand"), 0);
}

TEST_F(AnalysisCli, ChurnListsReasonsWithBenchmarksAndTheAtRiskByValue) {
    const auto churn = cliJson({"churn", "--json", "--limit", "10"});
    const auto& atRisk = churn.at("at_risk");
    for (std::size_t i = 1; i < atRisk.size(); ++i) {
        EXPECT_GE(atRisk[i - 1].at("value_at_stake").get<double>(), atRisk[i].at("value_at_stake").get<double>());
    }
    bool benchmarked = false;
    for (const auto& reason : churn.at("reasons")) {
        benchmarked = benchmarked || !reason.at("benchmark_low").is_null();
    }
    EXPECT_TRUE(benchmarked);
}

TEST_F(AnalysisCli, CustomerShowsRelationshipMetricsByYear) {
    const auto customer = cliJson({"customer", "1", "--json"});
    const auto& metrics = customer.at("relationship_metrics");
    EXPECT_TRUE(metrics.contains("years"));
    EXPECT_TRUE(metrics.at("share_of_wallet").is_null());
    EXPECT_GE(metrics.at("complaints").get<int>(), metrics.at("complaints_answered").get<int>());
    const auto text = cli({"customer", "1"});
    EXPECT_NE(text.out.find("Relationship (return-on-relationship components)"), std::string::npos) << text.out;
}

TEST_F(AnalysisCli, AnalyzeShowsEverythingOnOneScreen) {
    const auto text = cli({"analyze"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    for (const char* heading : {"Historical value per average buyer", "Ranking by profit", "Four groups",
                                "Relationship ladder", "Churn on", "benchmark 80 %"}) {
        EXPECT_NE(text.out.find(heading), std::string::npos) << heading;
    }
    const auto all = cliJson({"analyze", "--json"});
    for (const char* key : {"model", "historical_value", "ranking", "four_groups", "ladder", "churn"}) {
        EXPECT_TRUE(all.contains(key)) << key;
    }
}
