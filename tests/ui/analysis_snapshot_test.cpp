// The app's analysis snapshot keeps the lists behind the charts bounded and the card's facts compact; these
// check that what it keeps is exactly what the full analysis says, past the bound of the lists.
#include "analysis_snapshot.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

namespace rapport::test {
namespace {

constexpr std::size_t kCustomers = 2'500; // more than a list keeps

analytics::BaseAnalysis syntheticAnalysis() {
    analytics::BaseAnalysis a;
    a.until = core::Date::fromYmd(2025, 12, 31);
    a.churn.reasonCodes = {"price", "service"};
    for (std::size_t i = 0; i < kCustomers; ++i) {
        analytics::CustomerProfile p;
        p.id = static_cast<core::CustomerId>(i + 1);
        a.texts.add(p, "Customer number " + std::to_string(i + 1) + " with a long name", "");
        // Revenues repeat every 700 customers: ties are broken by id.
        p.revenueMinor = static_cast<std::int64_t>((i * 7919) % 700) * 100;
        p.purchaseDays = static_cast<std::int32_t>(i % 5);
        p.stage = i % 2 == 0 ? core::LadderStage::Client : core::LadderStage::Customer;
        p.reachedOn[1] = a.until.addDays(-static_cast<int>(i));
        p.stageSetByHand = i % 7 == 0;
        p.current.purchases = static_cast<std::int32_t>(1 + i % 3);
        p.current.revenueMinor = p.current.purchases * 2'500; // three dots: 25.00 a purchase, 1-3 a year
        a.profiles.push_back(p);
        a.fourGroups.groups[1].members.push_back(p.id);
        analytics::ChurnAssessment assessment;
        assessment.id = p.id;
        assessment.status = i % 4 == 0 ? core::ChurnStatus::Lost : core::ChurnStatus::AtRisk;
        assessment.reason = i % 8 == 0 ? 1 : (i % 4 == 0 ? 2 : 0); // a.churn.reasonCodes: price, service
        assessment.valueAtStake = static_cast<double>(i % 300) + 0.25;
        assessment.daysSinceLastPurchase = static_cast<std::int32_t>(i % 400);
        assessment.usualIntervalDays = 30.0 + static_cast<double>(i) / 7.0;
        if (i % 3 == 0) {
            assessment.probabilityAlive = 1.0 / static_cast<double>(i + 3);
        }
        a.churn.assessments.push_back(assessment);
        // Predicted values from -5 up; one that is not a number (a failed fit's) belongs to no bin.
        a.byCustomer.push_back({p.id, {0.5, i == 17 ? std::nan("") : static_cast<double>(i % 1'200) * 10.0 - 5.0}});
        a.ranking.ranked.push_back({p.id, static_cast<double>((i * 31) % 997), 0, 'C', {}, {}});
    }
    std::sort(a.ranking.ranked.begin(), a.ranking.ranked.end(),
              [](const auto& x, const auto& y) { return x.value > y.value || (x.value == y.value && x.id < y.id); });
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
        if (a.status == core::ChurnStatus::Lost && full.churn.reasonCode(a) == "price") {
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
    // Predicted value in bins: below 0 first (there are negative values), every value inside its bin's edges, and
    // the counts add up to every customer with a value that is a number.
    ASSERT_EQ(s.valueEdges.size(), 12U);
    EXPECT_TRUE(std::isinf(s.valueEdges.front()));
    EXPECT_EQ(s.valueEdges[1], 0.0);
    std::int64_t counted = 0;
    for (std::size_t b = 0; b < s.valueEdges.size(); ++b) {
        counted += s.valueCounts[b];
        EXPECT_EQ(s.valueBins[b].total, static_cast<std::size_t>(s.valueCounts[b]));
        const double high = b + 1 < s.valueEdges.size() ? s.valueEdges[b + 1] : INFINITY;
        for (const auto& [id, value] : s.valueBins[b].top) {
            EXPECT_GE(value, s.valueEdges[b]);
            EXPECT_LT(value, high);
        }
    }
    EXPECT_EQ(counted, static_cast<std::int64_t>(kCustomers) - 1);
    EXPECT_EQ(s.valueCounts[0], static_cast<std::int64_t>(kCustomers / 1'200 + 1)); // -5.00: i % 1200 == 0

    // The ranking's first rows, best first, and all of them counted; the "top 5 %" drill shows its first 125.
    EXPECT_EQ(s.ranked.total, kCustomers);
    ASSERT_EQ(s.ranked.top.size(), ui::AnalysisSnapshot::kBehindRows);
    for (std::size_t i = 0; i < s.ranked.top.size(); ++i) {
        EXPECT_EQ(s.ranked.top[i].first, full.ranking.ranked[i].id);
    }
    // The group's list: highest revenue in the window first.
    EXPECT_TRUE(std::is_sorted(s.fourGroups[1].top.begin(), s.fourGroups[1].top.end(),
                               [](const auto& x, const auto& y) { return x.second > y.second; }));
    EXPECT_EQ(s.fourGroups[1].top.front().second, 75.0);

    // Three dots (one, two and three purchases of 25.00); a dot lists its customers, not the group.
    ASSERT_EQ(s.groupDots[1].dots.size(), 3U);
    const auto& dot = s.groupDots[1].dots.front();
    const auto behind = s.groupDots[1].at(dot.frequencyPerMonth, dot.costPerPurchase);
    EXPECT_EQ(behind.total, (kCustomers + 2) / 3);
    EXPECT_EQ(behind.top.size(), std::min(behind.total, ui::AnalysisSnapshot::kBehindRows));
    EXPECT_TRUE(s.groupDots[1].at(123.0, 4.0).top.empty());

    // Everyone a list shows has their name; someone no list shows is named by number.
    for (const auto& [id, value] : kept.top) {
        EXPECT_EQ(s.name(id).toStdString(), full.texts.name(full.profiles[static_cast<std::size_t>(id - 1)]));
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
    std::size_t forService = 0;
    for (std::size_t i = 0; i < kCustomers; ++i) {
        const auto& a = full.churn.assessments[i];
        const auto* card = s.card(a.id);
        ASSERT_NE(card, nullptr);
        const auto kept = s.assessment(*card);
        EXPECT_EQ(kept.status, a.status);
        EXPECT_EQ(s.analysis.churn.reasonCode(kept), full.churn.reasonCode(a));
        forService += s.analysis.churn.reasonCode(kept) == "service" ? 1 : 0;
        EXPECT_EQ(kept.valueAtStake, a.valueAtStake);
        EXPECT_EQ(kept.daysSinceLastPurchase, a.daysSinceLastPurchase);
        EXPECT_EQ(kept.probabilityAlive, a.probabilityAlive);
        EXPECT_EQ(kept.usualIntervalDays, a.usualIntervalDays);
        EXPECT_EQ(card->stageSetByHand, full.profiles[i].stageSetByHand);
        EXPECT_EQ(card->reachedOn(1), full.profiles[i].reachedOn[1]);
        EXPECT_FALSE(card->reachedOn(2));
    }
    EXPECT_EQ(forService, 312U); // i % 8 == 4 of 2,500
    EXPECT_EQ(s.card(0), nullptr);
    EXPECT_EQ(s.card(static_cast<core::CustomerId>(kCustomers + 1)), nullptr);
}

} // namespace
} // namespace rapport::test
