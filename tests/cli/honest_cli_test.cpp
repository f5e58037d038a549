// rank, report, churn, analyze and ltv say plainly when the data cannot support a figure: no margins, a weak fit,
// customers who lapsed without being recorded as lost, quarters before the data. Small real SQLite bases.
#include "cli/cli_runner.h"
#include "storage/fixtures.h"
#include "support/temp_dir.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace rapport;
using namespace rapport::test;
using nlohmann::json;

namespace {

std::string day(int year, int month, int dayOfMonth) {
    char text[32]; // room for any int, or GCC's format check fails the -O1 sanitizer build
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, dayOfMonth);
    return text;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

class HonestCli : public ::testing::Test {
protected:
    /**
     * An invoice export's customers: 40 buyers from 2024-04 to 2025-12, none with a margin. Customer i buys every
     * month from month i % 12 of 2024; the first ten stop after 2024-12 (they lapse), the rest buy up to the end.
     */
    static void SetUpTestSuite() {
        s_dir = new TempDir();
        fillBase(s_dir->file("no-margins.sqlite"), false);
        fillBase(s_dir->file("margins.sqlite"), true);
    }
    static void TearDownTestSuite() { delete s_dir; }
    static void fillBase(const std::string& path, bool withMargins) {
        auto repo = storage::openRepository(path);
        for (int i = 0; i < 40; ++i) {
            const auto id = repo->addCustomer(makeCustomer("Buyer " + std::to_string(i)));
            const int lastYear = i < 10 ? 2024 : 2025;
            for (int year = 2024; year <= lastYear; ++year) {
                for (int month = year == 2024 ? 4 + i % 9 : 1; month <= 12; ++month) {
                    auto e = makePurchase(id, day(year, month, 1 + i % 27), 1'000 + 250 * i, 300 + 50 * i);
                    if (!withMargins) {
                        e.margin.reset();
                    }
                    repo->addEpisode(e);
                }
            }
        }
    }
    static RunResult cli(const std::string& base, std::vector<std::string> arguments) {
        arguments.insert(arguments.begin(), {"--db", s_dir->file(base)});
        return run(*s_dir, RAPPORT_CLI, arguments);
    }
    static json cliJson(const std::string& base, const std::vector<std::string>& arguments) {
        const auto result = cli(base, arguments);
        EXPECT_EQ(result.exitCode, 0) << result.err;
        return json::parse(result.out);
    }
    static TempDir* s_dir;
};

TempDir* HonestCli::s_dir = nullptr;

} // namespace

TEST_F(HonestCli, RankWithoutMarginsRanksByRevenueAndSaysSo) {
    const auto text = cli("no-margins.sqlite", {"rank", "--limit", "3"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("Ranking by revenue (40 buyers)"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("Ranked by revenue, not profit: no purchase analysed carries a margin"), std::string::npos);
    EXPECT_NE(text.out.find("their share of profit is unknown without margins"), std::string::npos);
    EXPECT_EQ(text.out.find("of profit (benchmark 90 %)"), std::string::npos);

    const auto rank = cliJson("no-margins.sqlite", {"rank", "--json", "--limit", "40"});
    EXPECT_EQ(rank.at("measure"), "revenue");
    EXPECT_FALSE(rank.at("basis").at("margins_recorded").get<bool>());
    EXPECT_TRUE(rank.at("basis").at("fell_back_to_revenue").get<bool>());
    EXPECT_TRUE(rank.at("top10_profit_share").is_null());
    EXPECT_GT(rank.at("classes").at("A").get<int>(), 0); // not everybody "let go"
    EXPECT_GT(rank.at("top")[0].at("value").get<double>(), 0.0);
    EXPECT_GE(rank.at("top")[0].at("value").get<double>(), rank.at("top")[1].at("value").get<double>());
}

TEST_F(HonestCli, RankByProfitWithoutMarginsIsRefusedWithAClearMessage) {
    const auto result = cli("no-margins.sqlite", {"rank", "--by", "profit"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.empty());
    EXPECT_NE(result.err.find("cannot rank by profit: no purchase in the analysed set carries a margin"),
              std::string::npos)
        << result.err;
    EXPECT_EQ(cliJson("no-margins.sqlite", {"rank", "--by", "revenue", "--json"}).at("measure"), "revenue");
}

TEST_F(HonestCli, RankWithMarginsRanksByProfitWithoutANote) {
    const auto rank = cliJson("margins.sqlite", {"rank", "--json"});
    EXPECT_EQ(rank.at("measure"), "profit");
    EXPECT_TRUE(rank.at("basis").at("margins_recorded").get<bool>());
    EXPECT_FALSE(rank.at("basis").at("fell_back_to_revenue").get<bool>());
    EXPECT_GT(rank.at("top10_profit_share").get<double>(), 0.0);
    const auto text = cli("margins.sqlite", {"rank"});
    EXPECT_NE(text.out.find("Ranked by profit: margin minus relationship costs."), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("of profit (benchmark 90 %)"), std::string::npos);
    EXPECT_EQ(text.out.find("not profit"), std::string::npos);
}

TEST_F(HonestCli, ReportByDefaultUsesRevenueWithoutMarginsAndSaysSoInTheFile) {
    const auto result =
        cli("no-margins.sqlite", {"report", "profitability", "--language", "en", "-o", s_dir->file("profit.html")});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto html = readFile(s_dir->file("profit.html"));
    EXPECT_NE(html.find("Ranked by revenue, not profit"), std::string::npos);
    EXPECT_NE(html.find("their share of profit is unknown"), std::string::npos);

    const auto loyalty = cli("no-margins.sqlite", {"report", "loyalty", "--by", "revenue", "--language", "en", "-o",
                                                   s_dir->file("loyalty.html")});
    ASSERT_EQ(loyalty.exitCode, 0) << loyalty.err;
    EXPECT_NE(readFile(s_dir->file("loyalty.html")).find("most valuable customers by revenue"), std::string::npos);

    const auto refused =
        cli("no-margins.sqlite", {"report", "loyalty", "--by", "profit", "-o", s_dir->file("refused.html")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("cannot report by profit"), std::string::npos) << refused.err;
    EXPECT_FALSE(std::filesystem::exists(s_dir->file("refused.html")));
    EXPECT_EQ(cli("no-margins.sqlite", {"report", "loyalty", "--by", "luck", "-o", s_dir->file("x.html")}).exitCode, 2);

    const auto withMargins = cli("margins.sqlite", {"report", "loyalty", "--by", "profit", "--language", "en", "-o",
                                                    s_dir->file("loyalty-profit.html")});
    ASSERT_EQ(withMargins.exitCode, 0) << withMargins.err;
    const auto profitHtml = readFile(s_dir->file("loyalty-profit.html"));
    EXPECT_NE(profitHtml.find("most valuable customers by profit"), std::string::npos);
    EXPECT_EQ(profitHtml.find("not profit"), std::string::npos);
}

TEST_F(HonestCli, ChurnShowsLapsedBesideLostWithBothDefinitions) {
    const auto text = cli("no-margins.sqlite", {"churn"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("lost in the last year:   0 (0.0 %"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("lapsed in the last year: 10 ("), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("lost: recorded as lost, with a reason"), std::string::npos);
    EXPECT_NE(text.out.find("lapsed: no purchase for more than 3.0 times the customer's usual interval"),
              std::string::npos);
    EXPECT_NE(text.out.find("the churn is in the purchases, not in the records"), std::string::npos);
    const auto churn = cliJson("no-margins.sqlite", {"churn", "--json"});
    EXPECT_EQ(churn.at("lost_in_last_year"), 0);
    EXPECT_EQ(churn.at("lapsed_in_last_year"), 10);
    EXPECT_EQ(churn.at("statuses").at("lapsed"), 10);
    EXPECT_DOUBLE_EQ(churn.at("lapsed_rate_last_year").get<double>(),
                     10.0 / churn.at("buyers_a_year_ago").get<double>());
    EXPECT_TRUE(churn.at("definitions").contains("lapsed"));

    const auto report =
        cli("no-margins.sqlite", {"report", "churn", "--language", "en", "-o", s_dir->file("churn.html")});
    ASSERT_EQ(report.exitCode, 0) << report.err;
    const auto html = readFile(s_dir->file("churn.html"));
    EXPECT_NE(html.find("10 buyers of a year ago lapsed in the last year"), std::string::npos);
    EXPECT_NE(html.find("Lost: recorded as lost"), std::string::npos);
}

TEST_F(HonestCli, TheKeyCustomerTrendStartsWithTheData) {
    // The data start in 2024-Q2; the trend's eight quarters up to 2025-Q4 would start in 2024-Q1.
    const auto rank = cliJson("no-margins.sqlite", {"rank", "--json"});
    const auto& trend = rank.at("key_customer_trend");
    ASSERT_EQ(trend.size(), 7U);
    EXPECT_EQ(trend[0].at("quarter"), "2024-Q2");
    EXPECT_GT(trend[0].at("key_customer_share").get<double>(), 0.0);
    EXPECT_EQ(rank.at("key_customer_trend_quarters_without_data"), 1);
    const auto text = cli("no-margins.sqlite", {"rank"});
    EXPECT_EQ(text.out.find("2024-Q1"), std::string::npos);
    EXPECT_NE(text.out.find("(1 earlier quarter left out: no purchases yet)"), std::string::npos);
}

TEST_F(HonestCli, AFitThatDidNotConvergeIsWeakInAnalyzeAndLtv) {
    // On this small base the monthly BG/NBD fit stops without an optimum: both commands say so as a weak fit.
    const auto analysis = cliJson("no-margins.sqlite", {"analyze", "--json"});
    const auto& model = analysis.at("model");
    EXPECT_FALSE(model.at("converged").get<bool>());
    EXPECT_TRUE(model.at("weak").get<bool>());
    ASSERT_FALSE(model.at("warnings").empty());
    EXPECT_NE(model.at("warnings")[0].get<std::string>().find("The BG/NBD fit did not converge"), std::string::npos);
    const auto text = cli("no-margins.sqlite", {"analyze"});
    EXPECT_NE(text.out.find("No predictions: purchase model (bgnbd)"), std::string::npos) << text.out;

    const auto result = cli("no-margins.sqlite", {"ltv", "--unit", "month", "--json"});
    EXPECT_EQ(result.exitCode, 1) << result.err;
    const auto ltv = json::parse(result.out);
    EXPECT_TRUE(ltv.at("weak").get<bool>());
    EXPECT_FALSE(ltv.at("purchases").at("converged").get<bool>());
    EXPECT_TRUE(ltv.at("purchases").at("weak").get<bool>());
    EXPECT_FALSE(ltv.at("warnings").empty());
}

TEST_F(HonestCli, LtvCallsAFitOnCustomersWhoNeverDropOutWeak) {
    // 300 customers who each buy at an even pace up to the last weeks of 2025: nobody looks dead, so the
    // dropout parameters a and b are not pinned down, though the optimiser converges.
    const auto path = s_dir->file("steady.csv");
    {
        std::ofstream csv(path);
        csv << "customer,date,amount\n";
        for (int i = 0; i < 300; ++i) {
            const int repeats = 1 + i % 12;
            const int start = (i * 7) % 40;      // day of 2025
            const int end = 364 - i % 20;        // day of 2025
            for (int k = 0; k <= repeats; ++k) { // repeats + 1 purchases, the last on `end`
                const int dayOfYear = start + (end - start) * k / repeats;
                const auto date = std::chrono::sys_days{std::chrono::year{2025} / 1 / 1} + std::chrono::days{dayOfYear};
                const std::chrono::year_month_day ymd{date};
                csv << 'c' << i << ',' << day(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())))
                    << ',' << 20 + i % 7 << ".00\n";
            }
        }
    }
    const auto text = run(*s_dir, RAPPORT_CLI, {"ltv", "--transactions", path});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("converged but WEAK"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("Warning: the model fit is weak"), std::string::npos);
    EXPECT_NE(text.out.find("P(alive) is uninformative: it is at least"), std::string::npos);
    EXPECT_NE(text.out.find("so the at-risk rule (P(alive) below 0.50) never fires"), std::string::npos);
    const auto result = run(*s_dir, RAPPORT_CLI, {"ltv", "--transactions", path, "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto ltv = json::parse(result.out);
    EXPECT_TRUE(ltv.at("weak").get<bool>());
    EXPECT_TRUE(ltv.at("purchases").at("converged").get<bool>());
    EXPECT_TRUE(ltv.at("purchases").at("weak").get<bool>());
    EXPECT_FALSE(ltv.at("warnings").empty());
}
