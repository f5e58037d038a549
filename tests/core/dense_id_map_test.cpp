// DenseIdMap keeps a rising run of ids in a vector and any other id in a hash map; whichever holds an id, it
// must behave as one map: every id stored is found with its value, no id is found that was not stored.
#include "core/dense_id_map.h"

#include <gtest/gtest.h>
#include <map>
#include <random>

using rapport::core::DenseIdMap;

TEST(DenseIdMap, BehavesAsAMapForRunsGapsAndStrayIds) {
    DenseIdMap<std::int64_t> dense(1'000);
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
    std::map<std::int64_t, std::int64_t> visited;
    dense.forEach([&](std::int64_t id, std::int64_t value) { EXPECT_TRUE(visited.emplace(id, value).second) << id; });
    EXPECT_EQ(visited, reference);
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
