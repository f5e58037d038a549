// rapport-cli winback on a real file: customers and their losses, win-back attempts and outcomes recorded with the
// CLI itself, purchases written through the repository (the CLI imports episodes only from files).
#include "cli/cli_runner.h"
#include "storage/fixtures.h"
#include "storage/repository.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>

using namespace rapport;
using namespace rapport::test;
using nlohmann::json;

namespace {

class WinBackCli : public ::testing::Test {
protected:
    void SetUp() override {
        const auto created = cli({"init", "--currency", "PLN"});
        ASSERT_EQ(created.exitCode, 0) << created.err;
        m_wonBack = add("Won Back sp. z o.o.");
        m_failed = add("Gone for Good AB");
        m_quiet = add("Quiet Buyer Ltd");
        m_active = add("Still Buying SA");
        m_longGone = add("Long Gone GmbH");
        {
            auto repository = storage::openRepository(path());
            for (const char* day : {"2026-01-10", "2026-02-10", "2026-03-10"}) {
                repository->addEpisode(makePurchase(m_wonBack, day, 100'000, 30'000));
            }
            repository->addEpisode(makePurchase(m_failed, "2026-02-01", 50'000, 10'000));
            for (const char* day : {"2026-03-01", "2026-03-11", "2026-03-21"}) {
                repository->addEpisode(makePurchase(m_quiet, day, 20'000, 5'000));
            }
            for (const char* day : {"2026-06-01", "2026-06-11", "2026-06-21"}) {
                repository->addEpisode(makePurchase(m_active, day, 20'000, 5'000));
            }
        }
        const auto won = record(m_wonBack, "2026-04-01", "lower_prices");
        attempt(won, "2026-04-10");
        attempt(won, "2026-05-10");
        ASSERT_EQ(cli({"churn", "outcome", won, "won_back"}).exitCode, 0);
        const auto failed = record(m_failed, "2026-03-01", "lower_prices");
        attempt(failed, "2026-03-15");
        ASSERT_EQ(cli({"churn", "outcome", failed, "failed"}).exitCode, 0);
        record(m_longGone, "2024-01-01", "moved");
    }

    core::CustomerId add(const std::string& name) {
        const auto result = cli({"customer", "add", "--name", name, "--owner", "Anna", "--kind", "organisation"});
        EXPECT_EQ(result.exitCode, 0) << result.err;
        return result.exitCode == 0 ? std::stoll(result.out) : 0;
    }
    std::string record(core::CustomerId customer, const std::string& on, const std::string& reason) {
        const auto result = cli({"churn", "record", std::to_string(customer), "--on", on, "--reason", reason});
        EXPECT_EQ(result.exitCode, 0) << result.err;
        return trimmed(result.out);
    }
    void attempt(const std::string& recordId, const std::string& on) {
        const auto result = cli({"churn", "win-back", recordId, "--on", on});
        EXPECT_EQ(result.exitCode, 0) << result.err;
    }
    [[nodiscard]] std::string path() const { return m_dir.file("winback.sqlite"); }
    RunResult cli(std::vector<std::string> arguments) const {
        arguments.insert(arguments.begin(), {"--db", path()});
        return run(m_dir, RAPPORT_CLI, arguments);
    }
    static std::string trimmed(std::string text) {
        while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
            text.pop_back();
        }
        return text;
    }
    static std::map<core::CustomerId, json> byCustomer(const json& document) {
        std::map<core::CustomerId, json> rows;
        for (const auto& row : document.at("customers")) {
            rows.emplace(row.at("customer_id").get<core::CustomerId>(), row);
        }
        return rows;
    }

    TempDir m_dir;
    core::CustomerId m_wonBack = 0, m_failed = 0, m_quiet = 0, m_active = 0, m_longGone = 0;
};

} // namespace

TEST_F(WinBackCli, JsonListsTheLostAndTheLapsedWithReasonsAttemptsAndOutcomes) {
    const auto result = cli({"winback", "--today", "2026-06-30", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto document = json::parse(result.out);
    const auto rows = byCustomer(document);
    ASSERT_EQ(rows.size(), 3U) << result.out;
    EXPECT_EQ(document.at("total"), 3);
    EXPECT_EQ(rows.count(m_active), 0U);
    EXPECT_EQ(rows.count(m_longGone), 0U) << "lost before the window";

    const auto& won = rows.at(m_wonBack);
    EXPECT_EQ(won.at("status"), "lost");
    EXPECT_EQ(won.at("since"), "2026-04-01");
    EXPECT_EQ(won.at("recorded_reason"), "lower_prices");
    EXPECT_EQ(won.at("win_back_attempts"), 2);
    EXPECT_EQ(won.at("outcome"), "won_back");
    EXPECT_DOUBLE_EQ(won.at("value_at_stake").get<double>(), 900.0); // 3 x 300.00 margin in under a year

    const auto& quiet = rows.at(m_quiet);
    EXPECT_EQ(quiet.at("status"), "lapsed");
    EXPECT_EQ(quiet.at("since"), "2026-04-11"); // 20 days (2 x 10) after 2026-03-21, plus one
    EXPECT_EQ(quiet.at("recorded_reason"), nullptr);
    EXPECT_EQ(quiet.at("suspected_reason"), "no_contact");
    EXPECT_EQ(document.at("customers")[0].at("customer_id"), m_wonBack) << "the highest value at stake first";

    ASSERT_EQ(document.at("by_reason").size(), 2U);
    const auto& prices = document.at("by_reason")[0];
    EXPECT_EQ(prices.at("reason"), "lower_prices");
    EXPECT_EQ(prices.at("customers"), 2);
    EXPECT_EQ(prices.at("won_back"), 1);
    EXPECT_EQ(prices.at("failed"), 1);
    EXPECT_EQ(prices.at("attempts_ended"), 3);
    EXPECT_DOUBLE_EQ(prices.at("win_back_rate").get<double>(), 0.5);
    EXPECT_EQ(prices.at("cost_per_won_back"), nullptr) << "no cost given and no campaign: missing, not zero";
    EXPECT_EQ(document.at("costs").at("per_attempt_source"), "missing");
    EXPECT_EQ(document.at("by_reason")[1].at("reason"), "no_contact");
    EXPECT_EQ(document.at("by_reason")[1].at("suspected"), true);
    EXPECT_DOUBLE_EQ(document.at("benchmark").at("low").get<double>(), 50.0);
}

TEST_F(WinBackCli, GivenCostsGiveTheCostPerCustomerWonBackAndTheRatioToKeeping) {
    const auto result =
        cli({"winback", "--today", "2026-06-30", "--cost-per-attempt", "100", "--keep-cost", "5", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto document = json::parse(result.out);
    const auto& prices = document.at("by_reason")[0];
    EXPECT_DOUBLE_EQ(prices.at("cost_per_won_back").get<double>(), 300.0); // 3 attempts x 100 for one won back
    EXPECT_DOUBLE_EQ(prices.at("cost_ratio_to_keeping").get<double>(), 60.0);
    EXPECT_EQ(document.at("costs").at("keep_source"), "given");
}

TEST_F(WinBackCli, TheWindowTheFactorAndTheLimit) {
    // 85 days back reaches 2026-04-06: the lapse of 2026-04-11 is inside, the losses of March and April 1st not.
    auto rows = byCustomer(json::parse(cli({"winback", "--today", "2026-06-30", "--days", "85", "--json"}).out));
    EXPECT_EQ(rows.size(), 1U);
    EXPECT_EQ(rows.count(m_quiet), 1U);
    EXPECT_EQ(rows.count(m_wonBack), 0U) << "won back after the loss of April 1st: no purchase since, no new lapse";
    // At factor 12 the quiet buyer lapses only on 2026-07-20 (120 days after the last purchase, plus one).
    rows = byCustomer(json::parse(cli({"winback", "--today", "2026-06-30", "--factor", "12", "--json"}).out));
    EXPECT_EQ(rows.count(m_quiet), 0U);
    const auto limited = json::parse(cli({"winback", "--today", "2026-06-30", "--limit", "1", "--json"}).out);
    EXPECT_EQ(limited.at("customers").size(), 1U);
    EXPECT_EQ(limited.at("total"), 3);
    EXPECT_EQ(limited.at("all").at("customers"), 3) << "the summary counts every row, not only those printed";
}

TEST_F(WinBackCli, TextTablesWithTheBenchmarkAndBadOptions) {
    const auto result = cli({"winback", "--today", "2026-06-30", "--cost-per-attempt", "100"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("recorded: lower_prices"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("suspected: no contact after the last purchase"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("3 of 3 shown"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("50-100 times more than keeping one"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Cost of keeping missing"), std::string::npos) << result.out;
    EXPECT_EQ(cli({"winback", "--factor", "0"}).exitCode, 2);
    EXPECT_EQ(cli({"winback", "--days", "-3"}).exitCode, 2);
}
