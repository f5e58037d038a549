// The rule of a service level over what the analysis knows of a customer, and the value percentile it compares.
#include "analytics/service_levels.h"

#include <gtest/gtest.h>

namespace rapport::analytics {
namespace {

using core::ChurnStatus;
using core::LadderStage;

core::LevelFacts facts(char abc, int group, LadderStage stage, std::optional<ChurnStatus> churn,
                       std::optional<double> percentile) {
    core::LevelFacts f;
    f.abcClass = abc;
    f.fourGroup = group;
    f.stage = stage;
    f.churnStatus = churn;
    f.valuePercentile = percentile;
    return f;
}

TEST(ServiceLevelRule, AnEmptyRuleTakesEveryone) {
    EXPECT_TRUE(core::meets({}, facts(0, 0, LadderStage::Prospect, std::nullopt, std::nullopt)));
    EXPECT_TRUE(core::meets({}, facts('A', 1, LadderStage::Partner, ChurnStatus::Lost, 99.0)));
    EXPECT_EQ(core::describe({}), "everyone");
}

TEST(ServiceLevelRule, EveryConditionMustHoldAndEachAllowsItsTickedValues) {
    core::ServiceLevelRule rule;
    rule.abcClasses = 0b011; // A or B
    rule.churnStatuses = (1U << static_cast<int>(ChurnStatus::Lapsed)) | (1U << static_cast<int>(ChurnStatus::Lost));
    EXPECT_TRUE(core::meets(rule, facts('B', 3, LadderStage::Client, ChurnStatus::Lost, std::nullopt)));
    EXPECT_FALSE(core::meets(rule, facts('C', 3, LadderStage::Client, ChurnStatus::Lost, std::nullopt)));
    EXPECT_FALSE(core::meets(rule, facts('A', 3, LadderStage::Client, ChurnStatus::Active, std::nullopt)));
    EXPECT_FALSE(core::meets(rule, facts('A', 3, LadderStage::Client, std::nullopt, std::nullopt)));
    EXPECT_FALSE(core::meets(rule, facts(0, 0, LadderStage::Prospect, ChurnStatus::Lost, std::nullopt))); // unranked
    EXPECT_EQ(core::describe(rule), "abc=A,B; churn=lapsed,lost");

    core::ServiceLevelRule groups;
    groups.fourGroups = 0b0101; // 1 or 3
    groups.stages = 1U << static_cast<int>(LadderStage::Supporter);
    EXPECT_TRUE(core::meets(groups, facts('C', 3, LadderStage::Supporter, std::nullopt, std::nullopt)));
    EXPECT_FALSE(core::meets(groups, facts('C', 2, LadderStage::Supporter, std::nullopt, std::nullopt)));
    EXPECT_FALSE(core::meets(groups, facts('C', 0, LadderStage::Supporter, std::nullopt, std::nullopt)));
    EXPECT_FALSE(core::meets(groups, facts('C', 1, LadderStage::Client, std::nullopt, std::nullopt)));
}

TEST(ServiceLevelRule, APercentileNeedsAPredictedValueAtOrAboveIt) {
    core::ServiceLevelRule rule;
    rule.minValuePercentile = 80;
    EXPECT_TRUE(core::meets(rule, facts('C', 0, LadderStage::Customer, std::nullopt, 80.0)));
    EXPECT_FALSE(core::meets(rule, facts('A', 1, LadderStage::Customer, std::nullopt, 79.9)));
    EXPECT_FALSE(core::meets(rule, facts('A', 1, LadderStage::Customer, std::nullopt, std::nullopt)));
}

TEST(ServiceLevelRule, ValidationNamesTheField) {
    core::ServiceLevel level;
    level.name = "Key";
    EXPECT_TRUE(core::validationErrors(level).empty());
    level.contactIntervalDays = 0;
    level.rule.abcClasses = 8;
    level.rule.minValuePercentile = 100;
    std::vector<std::string> fields;
    for (const auto& error : core::validationErrors(level)) {
        fields.push_back(error.field);
    }
    EXPECT_EQ(fields, (std::vector<std::string>{"contact_interval_days", "abc", "min_value_percentile"}));
}

TEST(ValuePercentiles, ArePercentOfValuesStrictlyBelowWithTiesSharingOne) {
    const auto p = belowPercentiles({10.0, 30.0, 20.0, 20.0, 40.0});
    EXPECT_DOUBLE_EQ(p[0], 0.0);
    EXPECT_DOUBLE_EQ(p[1], 60.0);
    EXPECT_DOUBLE_EQ(p[2], 20.0);
    EXPECT_DOUBLE_EQ(p[3], 20.0);
    EXPECT_DOUBLE_EQ(p[4], 80.0);
    EXPECT_TRUE(belowPercentiles({}).empty());
}

} // namespace
} // namespace rapport::analytics
