#include "analytics/best_kept.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <random>
#include <string>
#include <tuple>
#include <vector>

namespace {

struct Row {
    double value = 0;
    int customer = 0;
    std::string name; // filled only for rows that are kept, as the lists do
};

/** The lists' order: the highest value first, then by customer. */
bool before(const Row& a, const Row& b) {
    return std::tuple(-a.value, a.customer) < std::tuple(-b.value, b.customer);
}

std::vector<Row> shuffledRows(std::size_t count, unsigned seed) {
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> value(0, 40); // many ties: the customer must break them
    std::vector<Row> rows;
    for (std::size_t i = 0; i < count; ++i) {
        rows.push_back({static_cast<double>(value(random)), static_cast<int>(i), {}});
    }
    std::shuffle(rows.begin(), rows.end(), random);
    return rows;
}

} // namespace

TEST(BestKept, KeepsTheSameRowsAsSortingTheWholeListAndTakingItsFirst) {
    for (const std::size_t limit : {1u, 7u, 50u, 999u, 1000u, 5000u}) {
        for (const unsigned seed : {1u, 2u, 3u}) {
            auto rows = shuffledRows(1000, seed);
            rapport::analytics::BestKept<Row> kept(limit, before);
            std::size_t named = 0;
            for (auto row : rows) {
                if (!kept.wouldKeep(row)) {
                    continue;
                }
                row.name = "customer " + std::to_string(row.customer);
                ++named;
                kept.offer(std::move(row));
            }
            const auto best = kept.take();
            std::sort(rows.begin(), rows.end(), before);
            rows.resize(std::min(limit, rows.size()));
            ASSERT_EQ(best.size(), rows.size()) << "limit " << limit;
            for (std::size_t i = 0; i < rows.size(); ++i) {
                EXPECT_EQ(best[i].customer, rows[i].customer) << "limit " << limit << ", row " << i;
                EXPECT_EQ(best[i].name, "customer " + std::to_string(rows[i].customer));
            }
            // A small limit names far fewer rows than the list has: what wouldKeep is for.
            if (limit <= 50) {
                EXPECT_LT(named, 500u) << "limit " << limit << ", seed " << seed;
            }
            EXPECT_TRUE(kept.take().empty()); // taken once
        }
    }
}

TEST(BestKept, WithoutALimitKeepsEveryRowInTheListsOrder) {
    auto rows = shuffledRows(300, 7);
    rapport::analytics::BestKept<Row> kept(0, before);
    for (const auto& row : rows) {
        ASSERT_TRUE(kept.wouldKeep(row));
        kept.offer(row);
    }
    const auto all = kept.take();
    std::sort(rows.begin(), rows.end(), before);
    ASSERT_EQ(all.size(), rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(all[i].customer, rows[i].customer) << i;
    }
}
