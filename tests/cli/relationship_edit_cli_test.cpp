// rapport-cli churn record | win-back | outcome | list, cost add | list | delete, partnership add | edit | stage |
// end | list, task add | done | list and ladder --set | --clear: what each stores, and what a refused input leaves
// (nothing).
#include "cli/edit_cli_fixture.h"

#include <nlohmann/json.hpp>

using namespace rapport;
using namespace rapport::test;
using nlohmann::json;

namespace {

using ChurnCli = EditCli;
using CostCli = EditCli;
using PartnershipCli = EditCli;
using TaskCli = EditCli;
using LadderCli = EditCli;

} // namespace

TEST_F(ChurnCli, RecordStoresTheLoss) {
    const auto recorded = printedId(cli({"churn", "record", id(m_buyer), "--on", "2026-10-01", "--reason",
                                         "lower_prices", "--details", "went to the cash-and-carry"}));
    const auto records = open()->churnRecords(m_buyer);
    ASSERT_EQ(records.size(), 1U);
    const core::ChurnRecord expected{recorded,
                                     m_buyer,
                                     day("2026-10-01"),
                                     "lower_prices",
                                     "went to the cash-and-carry",
                                     0,
                                     core::WinBackOutcome::None};
    EXPECT_EQ(records[0], expected);
}

TEST_F(ChurnCli, AnUnknownReasonIsRefusedWithTheValidCodes) {
    const auto before = dump();
    const auto result = cli({"churn", "record", id(m_buyer), "--on", "2026-10-01", "--reason", "cheaper"});
    EXPECT_EQ(result.exitCode, 2);
    for (const char* expected : {"--reason: 'cheaper' is not a churn reason", "lower_prices",
                                 "purchasing_manager_change", "lack_of_attention"}) {
        EXPECT_NE(result.err.find(expected), std::string::npos) << expected << '\n' << result.err;
    }
    EXPECT_EQ(dump(), before);
    expectRefused({"churn", "record", id(m_buyer), "--on", "1.10.2026", "--reason", "moved"}, "--on");
}

TEST_F(ChurnCli, WinBackAddsAnOfferEpisodeAndCountsTheAttempt) {
    const auto recorded =
        printedId(cli({"churn", "record", id(m_shop), "--on", "2026-10-01", "--reason", "purchasing_manager_change"}));
    const auto episode = printedId(cli({"churn", "win-back", id(recorded), "--on", "2026-10-15", "--channel", "phone",
                                        "--notes", "10 % off the autumn order"}));
    auto repository = open();
    const auto record = repository->churnRecords(m_shop).at(0);
    EXPECT_EQ(record.winBackAttempts, 1);
    EXPECT_EQ(record.outcome, core::WinBackOutcome::Pending);
    const auto offer = repository->episode(episode);
    ASSERT_TRUE(offer.has_value());
    EXPECT_EQ(offer->customerId, m_shop);
    EXPECT_EQ(offer->kind, core::EpisodeKind::Offer);
    EXPECT_EQ(offer->channel, core::Channel::Phone);
    EXPECT_EQ(offer->occurredOn, day("2026-10-15"));
    EXPECT_EQ(offer->notes, "10 % off the autumn order");
    EXPECT_EQ(offer->owner, "Anna Nowak");

    expectRefused({"churn", "win-back", id(recorded), "--on", "2026-10-16", "--channel", "pigeon"}, "--channel");
    const auto before = dump();
    EXPECT_EQ(cli({"churn", "win-back", "999", "--on", "2026-10-16"}).exitCode, 1);
    EXPECT_EQ(dump(), before);
}

TEST_F(ChurnCli, OutcomeWonBackNeedsAnAttemptAndNotesAreKept) {
    const auto recorded = printedId(cli({"churn", "record", id(m_buyer), "--on", "2026-10-01", "--reason", "moved"}));
    expectRefused({"churn", "outcome", id(recorded), "won-back"},
                  "OUTCOME: won back needs at least one win-back attempt");
    expectRefused({"churn", "outcome", id(recorded), "maybe"}, "OUTCOME");

    printedId(cli({"churn", "win-back", id(recorded), "--on", "2026-10-20"}));
    auto result = cli({"churn", "outcome", id(recorded), "won-back", "--note", "back with the 2027 contract"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto record = open()->churnRecords(m_buyer).at(0);
    EXPECT_EQ(record.outcome, core::WinBackOutcome::WonBack);
    EXPECT_EQ(record.details, "back with the 2027 contract");

    result = cli({"churn", "outcome", id(recorded), "lost-for-good"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(open()->churnRecords(m_buyer).at(0).outcome, core::WinBackOutcome::Failed);
}

TEST_F(ChurnCli, ListAndThePlainAnalysisStillWork) {
    const auto first = printedId(cli({"churn", "record", id(m_buyer), "--on", "2026-10-01", "--reason", "moved"}));
    const auto second = printedId(cli({"churn", "record", id(m_shop), "--on", "2026-09-01", "--reason", "other"}));
    auto result = cli({"churn", "list", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    std::map<std::int64_t, json> byId;
    const auto document = json::parse(result.out);
    for (const auto& row : document["churn_records"]) {
        byId[row["id"].get<std::int64_t>()] = row;
    }
    ASSERT_EQ(byId.size(), 2U);
    EXPECT_EQ(byId[first]["customer_id"], m_buyer);
    EXPECT_EQ(byId[first]["reason"], "moved");
    EXPECT_EQ(byId[second]["churned_on"], "2026-09-01");
    result = cli({"churn", "list", id(m_shop), "--json"});
    EXPECT_EQ(json::parse(result.out)["churn_records"].size(), 1U);

    result = cli({"churn"});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("Reasons for leaving"), std::string::npos) << "no subcommand: the analysis";
    result = cli({"churn", "--json"});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(json::parse(result.out).is_object());
}

TEST_F(LadderCli, SetAndClearGoThroughTheUseCase) {
    auto result =
        cli({"ladder", "--set", id(m_shop), "--stage", "partner", "--reason", "joint venture", "--by", "Anna"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto stored = open()->ladderOverride(m_shop);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->stage, core::LadderStage::Partner);
    EXPECT_EQ(stored->reason, "joint venture");
    EXPECT_EQ(stored->setBy, "Anna");

    expectRefused({"ladder", "--set", id(m_shop), "--stage", "client", "--reason", " "}, "--reason: is required");
    EXPECT_EQ(open()->ladderOverride(m_shop)->stage, core::LadderStage::Partner);
    ASSERT_EQ(cli({"ladder", "--clear", id(m_shop)}).exitCode, 0);
    EXPECT_FALSE(open()->ladderOverride(m_shop).has_value());
}
