// The app's analysis snapshot keeps the lists behind the charts bounded and the card's facts compact; these
// check that what it keeps is exactly what the full analysis says, past the bound of the lists.
#include "analysis_snapshot.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace rapport::test {
namespace {

constexpr std::size_t kCustomers = 2'500; // more than a list keeps

analytics::BaseAnalysis syntheticAnalysis() {
    analytics::BaseAnalysis a;
    a.until = core::Date::fromYmd(2025, 12, 31);
    for (std::size_t i = 0; i < kCustomers; ++i) {
        analytics::CustomerProfile p;
        p.id = static_cast<core::CustomerId>(i + 1);
        p.name = "Customer number " + std::to_string(i + 1) + " with a long name";
        // Revenues repeat every 700 customers: ties are broken by id.
        p.revenueMinor = static_cast<std::int64_t>((i * 7919) % 700) * 100;
        p.purchaseDays = static_cast<std::int32_t>(i % 5);
        p.stage = i % 2 == 0 ? core::LadderStage::Client : core::LadderStage::Customer;
        p.reachedOn[1] = a.until.addDays(-static_cast<int>(i));
        p.current.purchases = static_cast<std::int32_t>(1 + i % 3);
        p.current.revenueMinor = p.current.purchases * 2'500; // three dots: 25.00 a purchase, 1-3 a year
        a.profiles.push_back(p);
        a.fourGroups.groups[1].members.push_back(p.id);
        analytics::ChurnAssessment assessment;
        assessment.id = p.id;
        assessment.status = i % 4 == 0 ? core::ChurnStatus::Lost : core::ChurnStatus::AtRisk;
        assessment.reasonCode = i % 8 == 0 ? "price" : (i % 4 == 0 ? "service" : "");
        assessment.valueAtStake = static_cast<double>(i % 300) + 0.25;
        assessment.daysSinceLastPurchase = static_cast<std::int32_t>(i % 400);
        assessment.usualIntervalDays = 30.5;
        if (i % 3 == 0) {
            assessment.probabilityAlive = 0.125;
        }
        a.churn.assessments.push_back(assessment);
        a.byCustomer[p.id] = {0.5, static_cast<double>(i % 1'200) * 10.0};
    }
    return a;
}

std::vector<std::pair<core::CustomerId, double>> bestFirst(std::vector<std::pair<core::CustomerId, double>> rows) {
    std::sort(rows.begin(), rows.end(), [](const auto& x, const auto& y) {
        return x.second > y.second || (x.second == y.second && x.first < y.first);
    });
    return rows;
}

TEST(AnalysisSnapshot, KeepsTheFirstRowsOfEveryListInOrderAndCountsThemAll) {
    const auto full = syntheticAnalysis();
    auto copy = full;
    analytics::BaseAnalysisOptions options;
    const auto s = ui::makeAnalysisSnapshot(std::move(copy), options, std::vector<analytics::RepeatPurchaseBin>(3));

    std::vector<std::pair<core::CustomerId, double>> clients, lostForPrice;
    for (const auto& p : full.profiles) {
        if (p.stage == core::LadderStage::Client) {
            clients.emplace_back(p.id, static_cast<double>(p.revenueMinor) / 100.0);
        }
    }
    for (const auto& a : full.churn.assessments) {
        if (a.status == core::ChurnStatus::Lost && a.reasonCode == "price") {
            lostForPrice.emplace_back(a.id, a.valueAtStake);
        }
    }
    clients = bestFirst(clients);
    lostForPrice = bestFirst(lostForPrice);
    const auto& kept = s.stages[static_cast<std::size_t>(core::LadderStage::Client)];
    EXPECT_EQ(kept.total, clients.size());
    ASSERT_EQ(kept.top.size(), ui::AnalysisSnapshot::kBehindRows);
    EXPECT_TRUE(std::equal(kept.top.begin(), kept.top.end(), clients.begin()));
    const auto& price = s.lostByReason.at("price");
    EXPECT_EQ(price.total, lostForPrice.size());
    EXPECT_TRUE(std::equal(price.top.begin(), price.top.end(), lostForPrice.begin()));
    EXPECT_EQ(s.lost.total, kCustomers / 4);
    EXPECT_EQ(s.fourGroups[1].total, kCustomers);

    // The last repeat-purchase bin holds everyone with that many or more.
    ASSERT_EQ(s.repeatBins.size(), 3U);
    EXPECT_EQ(s.repeatBins[0].total, kCustomers / 5);
    EXPECT_EQ(s.repeatBins[2].total, 2 * kCustomers / 5); // three and four purchase days
    // Predicted value in bins: counts add up to every customer with a prediction.
    std::int64_t counted = 0;
    for (const auto count : s.valueCounts) {
        counted += count;
    }
    EXPECT_EQ(counted, static_cast<std::int64_t>(kCustomers));

    // Three dots (one, two and three purchases of 25.00); a dot lists its customers, not the group.
    ASSERT_EQ(s.groupDots[1].dots.size(), 3U);
    const auto& dot = s.groupDots[1].dots.front();
    const auto behind = s.groupDots[1].at(dot.frequencyPerMonth, dot.costPerPurchase);
    EXPECT_EQ(behind.total, (kCustomers + 2) / 3);
    EXPECT_EQ(behind.top.size(), std::min(behind.total, ui::AnalysisSnapshot::kBehindRows));
    EXPECT_TRUE(s.groupDots[1].at(123.0, 4.0).top.empty());

    // Everyone a list shows has their name; someone no list shows is named by number.
    for (const auto& [id, value] : kept.top) {
        EXPECT_EQ(s.name(id).toStdString(), full.profiles[static_cast<std::size_t>(id - 1)].name);
    }
    EXPECT_EQ(s.name(99'999).toStdString(), "Customer #99999");

    // The run's per-customer records are gone.
    EXPECT_TRUE(s.analysis.profiles.empty());
    EXPECT_TRUE(s.analysis.churn.assessments.empty());
    EXPECT_TRUE(s.analysis.byCustomer.empty());
    EXPECT_TRUE(s.analysis.fourGroups.groups[1].members.empty());
}

TEST(AnalysisSnapshot, TheCardsFactsAreThoseOfTheFullAnalysis) {
    const auto full = syntheticAnalysis();
    auto copy = full;
    const auto s = ui::makeAnalysisSnapshot(std::move(copy), {}, {});
    ASSERT_EQ(s.cards.size(), kCustomers);
    for (std::size_t i = 0; i < kCustomers; ++i) {
        const auto& a = full.churn.assessments[i];
        const auto* card = s.card(a.id);
        ASSERT_NE(card, nullptr);
        const auto kept = s.assessment(*card);
        EXPECT_EQ(kept.status, a.status);
        EXPECT_EQ(kept.reasonCode, a.reasonCode);
        EXPECT_EQ(kept.valueAtStake, a.valueAtStake);
        EXPECT_EQ(kept.daysSinceLastPurchase, a.daysSinceLastPurchase);
        EXPECT_EQ(kept.probabilityAlive.has_value(), a.probabilityAlive.has_value());
        EXPECT_EQ(card->reachedOn(1), full.profiles[i].reachedOn[1]);
        EXPECT_FALSE(card->reachedOn(2));
    }
    EXPECT_EQ(s.card(0), nullptr);
    EXPECT_EQ(s.card(static_cast<core::CustomerId>(kCustomers + 1)), nullptr);
}

} // namespace
} // namespace rapport::test
