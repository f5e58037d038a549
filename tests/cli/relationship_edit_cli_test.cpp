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
