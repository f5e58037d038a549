// DenseIdMap keeps a rising run of ids in a vector and any other id in a hash map; whichever holds an id, it
// must behave as one map: every id stored is found with its value, no id is found that was not stored.
#include "core/dense_id_map.h"

#include <gtest/gtest.h>
#include <map>
#include <random>
#include <utility>
#include <vector>

using rapport::core::DenseIdMap;

TEST(DenseIdMap, BehavesAsAMapForRunsGapsAndStrayIds) {
    DenseIdMap<std::int64_t> dense(1'000, 999); // starts at 1,000, no known range
    std::map<std::int64_t, std::int64_t> reference;
    std::mt19937_64 random(7);
    const auto store = [&](std::int64_t id, std::int64_t value) {
        dense[id] += value;
        reference[id] += value;
    };
    // Ids before the run, a run with small gaps, one far beyond it that the run later grows over, and repeats.
    store(5, 1);
    store(999, 2);
    store(30'000, 3);
    for (std::int64_t id = 1'000; id < 40'000; id += 1 + static_cast<std::int64_t>(random() % 3)) {
        store(id, id % 11);
    }
    for (int i = 0; i < 20'000; ++i) {
        store(1'000 + static_cast<std::int64_t>(random() % 45'000), 1);
    }
    EXPECT_EQ(dense.size(), reference.size());
    for (std::int64_t id = 0; id < 50'000; ++id) {
        const auto* found = dense.find(id);
        const auto expected = reference.find(id);
        ASSERT_EQ(found != nullptr, expected != reference.end()) << id;
        if (found != nullptr) {
            EXPECT_EQ(*found, expected->second) << id;
        }
    }
    std::vector<std::pair<std::int64_t, std::int64_t>> visited;
    dense.forEach([&](std::int64_t id, std::int64_t value) { visited.emplace_back(id, value); });
    const std::vector<std::pair<std::int64_t, std::int64_t>> expected(reference.begin(), reference.end());
    EXPECT_EQ(visited, expected) << "every id once, in rising order, wherever it is kept";
    dense.clear();
    EXPECT_EQ(dense.size(), 0U);
    EXPECT_EQ(dense.find(1'000), nullptr);
}

TEST(DenseIdMap, WithoutAStartTheFirstIdStartsTheRun) {
    DenseIdMap<int> dense;
    dense[1'000'000] = 1;
    dense[1'000'001] = 2;
    dense[3] = 3; // before the run: kept apart
    EXPECT_EQ(*dense.find(1'000'000), 1);
    EXPECT_EQ(*dense.find(1'000'001), 2);
    EXPECT_EQ(*dense.find(3), 3);
    EXPECT_EQ(dense.find(1'000'002), nullptr);
    EXPECT_EQ(dense.find(4), nullptr);
    EXPECT_EQ(dense.size(), 3U);
}

TEST(DenseIdMap, AKnownRangeTakesItsIdsInAnyOrderAndTheRunAfterIt) {
    // A table's customers 1..50,000 looked up at random, then the ones a load creates after them.
    DenseIdMap<int> dense(1, 50'000);
    std::mt19937_64 random(3);
    std::map<std::int64_t, int> reference;
    for (int i = 0; i < 30'000; ++i) {
        const auto id = 1 + static_cast<std::int64_t>(random() % 50'000);
        ++dense[id];
        ++reference[id];
    }
    for (std::int64_t id = 50'001; id <= 60'000; ++id) {
        dense[id] = 1;
        reference[id] = 1;
    }
    dense[-5] = 7; // outside: kept apart
    reference[-5] = 7;
    std::vector<std::pair<std::int64_t, int>> visited;
    dense.forEach([&](std::int64_t id, int value) { visited.emplace_back(id, value); });
    const std::vector<std::pair<std::int64_t, int>> expected(reference.begin(), reference.end());
    EXPECT_EQ(visited, expected);
    EXPECT_EQ(dense.size(), reference.size());
    EXPECT_EQ(dense.find(60'001), nullptr);
    EXPECT_EQ(*dense.find(-5), 7);
}
