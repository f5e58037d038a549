// FlatStringMap against std::unordered_map: the same answers for short keys kept in their slot, long keys kept
// apart, keys that differ only at the end, the empty key, and repeated inserts, through many growths.
#include "core/flat_string_map.h"

#include <gtest/gtest.h>
#include <random>
#include <string>
#include <unordered_map>

using rapport::core::FlatStringMap;

TEST(FlatStringMap, AnswersAsAnUnorderedMapDoes) {
    FlatStringMap flat;
    std::unordered_map<std::string, std::int64_t> reference;
    std::mt19937_64 random(11);
    const auto keyFor = [](std::uint64_t n) {
        switch (n % 4) {
        case 0:
            return "C" + std::to_string(n); // shop customer numbers
        case 1:
            return "customer-reference-" + std::to_string(n) + "-of-the-erp"; // longer than a slot holds
        case 2:
            return std::string(n % 13, 'x') + std::to_string(n % 97); // around the slot's length
        default:
            return std::to_string(n);
        }
    };
    for (int i = 0; i < 200'000; ++i) {
        const auto n = random() % 150'000;
        const auto key = keyFor(n);
        const auto value = static_cast<std::int64_t>(random() % 1'000'000);
        const bool added = reference.emplace(key, value).second;
        EXPECT_EQ(flat.insert(key, value), added) << key;
    }
    EXPECT_TRUE(flat.insert("", 42));
    reference.emplace("", 42);
    EXPECT_FALSE(flat.insert("", 43));
    EXPECT_EQ(flat.size(), reference.size());
    for (std::uint64_t n = 0; n < 160'000; ++n) {
        const auto key = keyFor(n);
        const auto found = flat.find(key);
        const auto expected = reference.find(key);
        ASSERT_EQ(found.has_value(), expected != reference.end()) << key;
        if (found) {
            EXPECT_EQ(*found, expected->second) << key;
        }
        EXPECT_FALSE(flat.find(key + "?")) << key;
    }
    EXPECT_EQ(flat.find(""), 42);
}

TEST(FlatStringMap, AnEmptyMapFindsNothing) {
    const FlatStringMap flat;
    EXPECT_FALSE(flat.find("C1"));
    EXPECT_FALSE(flat.find(""));
}
