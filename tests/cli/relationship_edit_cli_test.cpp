// rapport-cli churn record | win-back | outcome | list, cost add | list | delete, partnership add | edit | stage |
// end | list, task add | done | list and ladder --set | --clear: what each stores, and what a refused input leaves
// (nothing).
#include "cli/edit_cli_fixture.h"

#include <fstream>
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

TEST_F(CostCli, SpreadOverThreeCustomersAddsUpExactly) {
    const auto result = cli({"cost", "add", id(m_shop), id(m_buyer), id(m_third), "--year", "2025", "--line",
                             "database_upkeep", "--amount", "100.00", "--spread"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto repository = open();
    std::int64_t total = 0;
    std::vector<std::int64_t> shares;
    for (const auto customer : {m_shop, m_buyer, m_third}) {
        const auto costs = repository->relationshipCosts(customer);
        ASSERT_EQ(costs.size(), 1U);
        EXPECT_EQ(costs[0].year, 2025);
        EXPECT_EQ(costs[0].line, core::CostLine::DatabaseUpkeep);
        shares.push_back(costs[0].amount.minor());
        total += costs[0].amount.minor();
    }
    EXPECT_EQ(total, 10'000);
    EXPECT_EQ(shares, (std::vector<std::int64_t>{3'334, 3'333, 3'333}));
}

TEST_F(CostCli, WithoutSpreadEachCustomerGetsTheAmountAndASecondAddReplacesIt) {
    ASSERT_EQ(cli({"cost", "add", id(m_shop), id(m_third), "--year", "2025", "--line", "delivery", "--amount", "12.50"})
                  .exitCode,
              0);
    auto repository = open();
    for (const auto customer : {m_shop, m_third}) {
        const auto costs = repository->relationshipCosts(customer);
        ASSERT_EQ(costs.size(), 1U);
        EXPECT_EQ(costs[0],
                  (core::RelationshipCost{customer, 2025, core::CostLine::Delivery, core::Money::fromMinor(1'250)}));
    }
    repository.reset();
    ASSERT_EQ(cli({"cost", "add", id(m_shop), "--year", "2025", "--line", "delivery", "--amount", "15"}).exitCode, 0);
    EXPECT_EQ(open()->relationshipCosts(m_shop).at(0).amount, core::Money::fromMinor(1'500));
    EXPECT_EQ(open()->relationshipCosts(m_third).at(0).amount, core::Money::fromMinor(1'250));
}

TEST_F(CostCli, BadInputIsRefusedNamingTheOptionAndChangesNothing) {
    const auto bad = std::vector<std::string>{"cost", "add", id(m_shop), "--year", "2025", "--line", "delivery"};
    auto withAmount = [&](const std::string& amount) {
        auto arguments = bad;
        arguments.insert(arguments.end(), {"--amount", amount});
        return arguments;
    };
    expectRefused(withAmount("12,5x"), "--amount: expected a decimal amount like 12.50");
    expectRefused(withAmount("12,5x"), "got '12,5x'");
    expectRefused(withAmount("-3"), "--amount");
    expectRefused(withAmount("1.234"), "--amount");
    expectRefused({"cost", "add", id(m_shop), "--year", "2025", "--line", "fuel", "--amount", "1"}, "--line");
    expectRefused({"cost", "add", id(m_shop), "--year", "1850", "--line", "delivery", "--amount", "1"},
                  "--year: must be a calendar year");
    expectRefused({"cost", "add", id(m_shop), id(m_shop), "--year", "2025", "--line", "delivery", "--amount", "1"},
                  "named twice");

    const auto before = dump();
    const auto missing =
        cli({"cost", "add", id(m_shop), "999", "--year", "2025", "--line", "delivery", "--amount", "1", "--spread"});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("no customer with id 999"), std::string::npos) << missing.err;
    EXPECT_EQ(dump(), before) << "not even the known customer's line";
}

TEST_F(CostCli, ListAndDelete) {
    {
        auto repository = open();
        repository->setRelationshipCost({m_shop, 2024, core::CostLine::Delivery, core::Money::fromMinor(5'000)});
        repository->setRelationshipCost({m_shop, 2025, core::CostLine::SalesManagerPay, core::Money::fromMinor(700)});
    }
    auto result = cli({"cost", "list", id(m_shop), "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto document = json::parse(result.out);
    EXPECT_EQ(document["customer_id"], m_shop);
    ASSERT_EQ(document["relationship_costs"].size(), 2U);
    EXPECT_EQ(document["relationship_costs"][0],
              (json{{"customer_id", m_shop}, {"year", 2024}, {"line", "delivery"}, {"amount", "50.00"}}));

    result = cli({"cost", "delete", id(m_shop), "--year", "2024", "--line", "delivery"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto left = open()->relationshipCosts(m_shop);
    ASSERT_EQ(left.size(), 1U);
    EXPECT_EQ(left[0],
              (core::RelationshipCost{m_shop, 2025, core::CostLine::SalesManagerPay, core::Money::fromMinor(700)}));

    const auto before = dump();
    result = cli({"cost", "delete", id(m_shop), "--year", "2024", "--line", "delivery"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("no delivery cost line in 2024"), std::string::npos) << result.err;
    EXPECT_EQ(dump(), before);
}

TEST_F(PartnershipCli, AddStoresEveryOption) {
    const auto added = printedId(cli({"partnership",    "add",
                                      "--partner",      "Hurtownia Północ",
                                      "--customer",     id(m_shop),
                                      "--direction",    "distributor",
                                      "--form",         "distribution_agreement",
                                      "--bond",         "economic",
                                      "--bond",         "legal",
                                      "--value-shared", "100.00",
                                      "--stage",        "experimentation",
                                      "--since",        "2025-01-10",
                                      "--notes",        "shared van"}));
    const auto stored = open()->partnership(added);
    ASSERT_TRUE(stored.has_value());
    core::Partnership expected;
    expected.id = added;
    expected.partnerName = "Hurtownia Północ";
    expected.partnerCustomerId = m_shop;
    expected.direction = core::PartnerDirection::Distributor;
    expected.form = core::PartnershipForm::DistributionAgreement;
    expected.bonds = {core::Bond::Economic, core::Bond::Legal};
    expected.valueShared = core::Money::fromMinor(10'000);
    expected.stageHistory = {{core::PartnershipStage::Experimentation, day("2025-01-10"), ""}};
    expected.startedOn = day("2025-01-10");
    expected.notes = "shared van";
    EXPECT_EQ(*stored, expected);
}

TEST_F(PartnershipCli, EditStageAndEnd) {
    const auto added = printedId(cli({"partnership", "add", "--partner", "Drukarnia Nowak", "--direction", "supplier",
                                      "--form", "supply_contract", "--since", "2025-01-10"}));
    ASSERT_EQ(cli({"partnership", "edit", id(added), "--value-shared", "250.5", "--bond", "technical"}).exitCode, 0);
    auto stored = open()->partnership(added).value();
    EXPECT_EQ(stored.valueShared, core::Money::fromMinor(25'050));
    EXPECT_EQ(stored.bonds, std::vector<core::Bond>{core::Bond::Technical});
    EXPECT_EQ(stored.partnerName, "Drukarnia Nowak") << "not given, not changed";

    ASSERT_EQ(
        cli({"partnership", "stage", id(added), "identification", "--on", "2025-09-01", "--note", "joint catalogue"})
            .exitCode,
        0);
    stored = open()->partnership(added).value();
    ASSERT_EQ(stored.stageHistory.size(), 2U);
    EXPECT_EQ(stored.stageHistory[1],
              (core::StageChange{core::PartnershipStage::Identification, day("2025-09-01"), "joint catalogue"}));

    expectRefused({"partnership", "stage", id(added), "renewal", "--on", "2025-08-01"},
                  "--on: must not be before the previous stage change");

    ASSERT_EQ(cli({"partnership", "end", id(added), "--on", "2026-01-31", "--reason", "they were bought out"}).exitCode,
              0);
    stored = open()->partnership(added).value();
    EXPECT_EQ(stored.endedOn, day("2026-01-31"));
    EXPECT_EQ(stored.stage(), core::PartnershipStage::Rupture);
    EXPECT_EQ(stored.stageHistory.back().note, "they were bought out");
    expectRefused({"partnership", "end", id(added), "--on", "2026-02-01", "--reason", "again"}, "ended on 2026-01-31");
}

TEST_F(PartnershipCli, BadInputIsRefusedNamingTheOptionAndChangesNothing) {
    const std::vector<std::string> base{"partnership", "add", "--partner", "X", "--form", "alliance"};
    auto with = [&](std::vector<std::string> more) {
        auto arguments = base;
        arguments.insert(arguments.end(), more.begin(), more.end());
        return arguments;
    };
    expectRefused(with({"--direction", "sideways"}), "--direction: 'sideways' is not a partner direction");
    expectRefused(with({"--direction", "other", "--bond", "legal", "--bond", "legal"}),
                  "--bond: legal is listed twice");
    expectRefused(with({"--direction", "other", "--value-shared", "1e3"}), "--value-shared");
    expectRefused(with({"--direction", "other", "--stage", "rupture"}), "--stage");
    expectRefused({"partnership", "add", "--partner", " ", "--direction", "other", "--form", "alliance"},
                  "--partner: is required");
}

TEST_F(PartnershipCli, ListPrintsJson) {
    const auto added = printedId(cli({"partnership", "add", "--partner", "Kawiarnia Róża", "--direction",
                                      "complementary", "--form", "co_branding", "--customer", id(m_third)}));
    const auto result = cli({"partnership", "list", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto rows = json::parse(result.out)["partnerships"];
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(rows[0]["id"], added);
    EXPECT_EQ(rows[0]["partner_name"], "Kawiarnia Róża");
    EXPECT_EQ(rows[0]["partner_customer_id"], m_third);
    EXPECT_EQ(rows[0]["form"], "co_branding");
    EXPECT_EQ(rows[0]["stage"], "formation");

    // A data-subject access request of the partner's customer record carries the same partnership JSON.
    const auto exported = m_dir.file("third.json");
    ASSERT_EQ(cli({"gdpr", "export", id(m_third), "-o", exported}).exitCode, 0);
    std::ifstream file(exported);
    const auto personal = json::parse(file);
    ASSERT_EQ(personal["partnerships"].size(), 1U);
    EXPECT_EQ(personal["partnerships"][0], rows[0]);
}

TEST_F(TaskCli, AddDoneAndList) {
    const auto added = printedId(
        cli({"task", "add", id(m_shop), "--title", "Call back before the contract ends", "--due", "2026-12-15"}));
    auto tasks = open()->tasks(m_shop);
    ASSERT_EQ(tasks.size(), 1U);
    core::Task expected;
    expected.id = added;
    expected.customerId = m_shop;
    expected.title = "Call back before the contract ends";
    expected.dueOn = day("2026-12-15");
    expected.owner = "Anna Nowak"; // the customer's owner when none is given
    EXPECT_EQ(tasks[0], expected);

    auto result = cli({"task", "done", id(added), "--customer", id(m_shop)});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    expected.done = true;
    EXPECT_EQ(open()->tasks(m_shop).at(0), expected);

    result = cli({"task", "list", id(m_shop), "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto rows = json::parse(result.out)["tasks"];
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(rows[0]["id"], added);
    EXPECT_EQ(rows[0]["done"], true);
    EXPECT_EQ(rows[0]["due_on"], "2026-12-15");
}

TEST_F(TaskCli, BadInputIsRefusedNamingTheOptionAndChangesNothing) {
    expectRefused({"task", "add", id(m_shop), "--title", "", "--due", "2026-12-15"}, "--title: is required");
    expectRefused({"task", "add", id(m_shop), "--title", "Call", "--due", "15/12/2026"}, "--due");
    expectRefused({"task", "add", id(m_shop), "--title", "Call"}, "--due");
    const auto added = printedId(cli({"task", "add", id(m_shop), "--title", "Call", "--due", "2026-12-15"}));
    expectRefused({"task", "done", id(added)}, "--customer");
    const auto before = dump();
    const auto other = cli({"task", "done", id(added), "--customer", id(m_third)});
    EXPECT_EQ(other.exitCode, 1);
    EXPECT_NE(other.err.find("has no task with id"), std::string::npos) << other.err;
    EXPECT_EQ(dump(), before);
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

TEST_F(TaskCli, EveryNewCommandHasHelp) {
    for (const std::vector<std::string>& command : {std::vector<std::string>{"customer", "add"},
                                                    {"customer", "edit"},
                                                    {"customer", "delete"},
                                                    {"customer", "show"},
                                                    {"contact"},
                                                    {"contact", "add"},
                                                    {"contact", "edit"},
                                                    {"contact", "end"},
                                                    {"contact", "list"},
                                                    {"churn", "record"},
                                                    {"churn", "win-back"},
                                                    {"churn", "outcome"},
                                                    {"churn", "list"},
                                                    {"cost"},
                                                    {"cost", "add"},
                                                    {"cost", "list"},
                                                    {"cost", "delete"},
                                                    {"partnership"},
                                                    {"partnership", "add"},
                                                    {"partnership", "edit"},
                                                    {"partnership", "stage"},
                                                    {"partnership", "end"},
                                                    {"partnership", "list"},
                                                    {"task"},
                                                    {"task", "add"},
                                                    {"task", "done"},
                                                    {"task", "list"},
                                                    {"customer", "archive"},
                                                    {"customer", "restore"},
                                                    {"assess"},
                                                    {"assess", "list"},
                                                    {"assess", "delete"}}) {
        auto arguments = command;
        arguments.emplace_back("--help");
        const auto help = cli(arguments);
        EXPECT_EQ(help.exitCode, 0) << command.back();
        EXPECT_NE(help.out.find("Usage"), std::string::npos) << command.back() << help.out;
    }
}
