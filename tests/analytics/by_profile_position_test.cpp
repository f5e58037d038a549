// Values given by customer id, placed by the profile's position: one sort and one walk instead of a search each.
#include "analytics/customer_scores.h"

#include <gtest/gtest.h>

namespace rapport::analytics {
namespace {

BaseAnalysis analysisOf(std::initializer_list<core::CustomerId> ids) {
    BaseAnalysis analysis;
    for (const auto id : ids) {
        CustomerProfile profile;
        profile.id = id;
        analysis.profiles.push_back(profile);
    }
    return analysis;
}

TEST(ByProfilePosition, PlacesEachValueAtItsProfileWhateverTheOrderGiven) {
    constexpr core::CustomerId kHuge = core::CustomerId{1} << 60; // beyond what shares a word with its value
    const auto analysis = analysisOf({3, 5, 9, 12, kHuge});
    ByProfilePosition values(analysis);
    values.add(9, 'C');
    values.add(kHuge, 4);
    values.add(7, 'B'); // no such profile
    values.add(3, 'A');
    values.add(5, 2);
    values.add(kHuge + 1, 9); // no such profile either
    EXPECT_EQ(values.place(), (std::vector<std::uint8_t>{'A', 2, 'C', 0, 4}));
}

TEST(ByProfilePosition, GivesEveryProfileZeroWhenNothingIsGiven) {
    const auto analysis = analysisOf({1, 2});
    ByProfilePosition values(analysis);
    EXPECT_EQ(values.place(), (std::vector<std::uint8_t>{0, 0}));
}

} // namespace
} // namespace rapport::analytics
