// Analyses by dimension on constructed customers: sums, shares, the four groups, churn and acquisition cost
// against predicted value.
#include "analytics/dimension_breakdown.h"

#include <gtest/gtest.h>

namespace rapport::analytics {
namespace {

storage::CustomerKnowledge customer(core::CustomerId id, std::string segment, std::int64_t revenue) {
    storage::CustomerKnowledge c;
    c.id = id;
    c.segment = std::move(segment);
    c.revenueMinor = revenue;
    c.marginMinor = revenue / 4;
    return c;
}

TEST(DimensionBreakdown, SumsPerValueLargestRevenueFirst) {
    DimensionBreakdownBuilder builder(Dimension::Segment);
    auto a = customer(1, "retail", 1'000);
    a.scoreGroup = 1;
    a.scoreChurn = core::ChurnStatus::Active;
    auto b = customer(2, "wholesale", 6'000);
    b.scoreGroup = 3;
    b.scoreChurn = core::ChurnStatus::Lost;
    auto c = customer(3, "wholesale", 2'000);
    c.scoreGroup = 3;
    c.scoreChurn = core::ChurnStatus::AtRisk;
    auto d = customer(4, "", 1'000); // no segment recorded
    for (const auto& k : {a, b, c, d}) {
        builder.add(k);
    }
    const auto breakdown = builder.finish();
    ASSERT_EQ(breakdown.rows.size(), 3U);
    EXPECT_TRUE(breakdown.scored);
    const auto& wholesale = breakdown.rows[0];
    EXPECT_EQ(wholesale.value, "wholesale");
    EXPECT_EQ(wholesale.customers, 2);
    EXPECT_EQ(wholesale.revenueMinor, 8'000);
    EXPECT_EQ(wholesale.marginMinor, 2'000);
    EXPECT_DOUBLE_EQ(wholesale.revenueShare, 0.8);
    EXPECT_EQ(wholesale.fourGroups[3], 2);
    EXPECT_EQ(wholesale.lost, 1);
    EXPECT_EQ(wholesale.atRisk, 1);
    EXPECT_EQ(breakdown.rows[1].value, "") << "ties keep the values' order; empty sorts first";
    EXPECT_EQ(breakdown.rows[1].unscored, 1);
    EXPECT_EQ(breakdown.rows[2].value, "retail");
    EXPECT_EQ(breakdown.rows[2].active, 1);
    EXPECT_EQ(breakdown.total.customers, 4);
    EXPECT_EQ(breakdown.total.revenueMinor, 10'000);
}

TEST(DimensionBreakdown, AcquisitionCostAgainstPredictedValueByChannel) {
    DimensionBreakdownBuilder builder(Dimension::AcquisitionChannel);
    auto a = customer(1, "", 0);
    a.acquisitionChannel = core::Channel::Event;
    a.acquisitionCostMinor = 2'000;
    a.predictedValueMinor = 10'000;
    auto b = customer(2, "", 0);
    b.acquisitionChannel = core::Channel::Event;
    b.acquisitionCostMinor = 3'000;
    b.predictedValueMinor = 5'000;
    auto c = customer(3, "", 0);
    c.acquisitionChannel = core::Channel::WebForm; // nothing spent: no ratio
    c.predictedValueMinor = 1'000;
    for (const auto& k : {a, b, c}) {
        builder.add(k);
    }
    const auto breakdown = builder.finish();
    ASSERT_EQ(breakdown.rows.size(), 2U);
    const auto& event = breakdown.rows[0].value == "event" ? breakdown.rows[0] : breakdown.rows[1];
    const auto& web = breakdown.rows[0].value == "event" ? breakdown.rows[1] : breakdown.rows[0];
    EXPECT_EQ(event.value, "event");
    EXPECT_EQ(event.acquisitionCostMinor, 5'000);
    EXPECT_DOUBLE_EQ(event.acquisitionCostPerCustomer(), 2'500.0);
    ASSERT_TRUE(event.valueToCostRatio().has_value());
    EXPECT_DOUBLE_EQ(*event.valueToCostRatio(), 3.0);
    EXPECT_EQ(web.value, "web_form");
    EXPECT_FALSE(web.valueToCostRatio().has_value());
    EXPECT_FALSE(breakdown.scored);
}

TEST(DimensionBreakdown, EveryDimensionReadsItsField) {
    storage::CustomerKnowledge c;
    c.segment = "s";
    c.region = "r";
    c.owner = "o";
    c.acquisitionChannel = core::Channel::Phone;
    EXPECT_EQ(dimensionValue(Dimension::Segment, c), "s");
    EXPECT_EQ(dimensionValue(Dimension::Region, c), "r");
    EXPECT_EQ(dimensionValue(Dimension::Owner, c), "o");
    EXPECT_EQ(dimensionValue(Dimension::AcquisitionChannel, c), "phone");
    for (const auto dimension : kDimensions) {
        EXPECT_EQ(parseDimension(dimensionCode(dimension)), dimension);
    }
    EXPECT_FALSE(parseDimension("campaign").has_value());
}

} // namespace
} // namespace rapport::analytics
