#include "io/duplicates.h"
#include "storage/fixtures.h"

#include <gtest/gtest.h>

using namespace rapport;
using namespace rapport::test;

TEST(NameKey, IgnoresCaseDiacriticsPunctuationAndWordOrder) {
    EXPECT_EQ(io::nameKey("Jan Kowalski"), "jan kowalski");
    EXPECT_EQ(io::nameKey("KOWALSKI, Jan"), "jan kowalski");
    EXPECT_EQ(io::nameKey("Łukasz Żółć"), io::nameKey("lukasz zolc"));
    EXPECT_EQ(io::nameKey("Åsa Öberg"), "asa oberg");
    EXPECT_EQ(io::nameKey("Ірина Бондаренко"), io::nameKey("БОНДАРЕНКО Ірина"));
    EXPECT_EQ(io::nameKey("O'Brien"), "brien o");
    EXPECT_EQ(io::nameKey("  "), "");
}

TEST(EditDistance, CountsEditsAndStopsEarly) {
    EXPECT_EQ(io::editDistance("kowalski", "kowalski", 2), 0U);
    EXPECT_EQ(io::editDistance("kowalski", "kowalsky", 2), 1U);
    EXPECT_EQ(io::editDistance("kowalski", "kowalsk", 2), 1U);
    EXPECT_EQ(io::editDistance("abc", "xyz", 1), 2U); // past the limit: limit + 1
    EXPECT_EQ(io::editDistance("a", "abcdef", 2), 3U);
}

namespace {
using DuplicatesTest = RepositoryTest;
} // namespace

TEST_F(DuplicatesTest, FindsSharedPhonesAndSimilarNamesButNotStrangers) {
    auto a = makeCustomer("Grzegorz Brzęczyszczykiewicz");
    a.phones = {{"+48 601 234 567", ""}};
    const auto first = repo().addCustomer(a);
    auto b = makeCustomer("Someone Else");
    b.phones = {{"+48 601-234-567", ""}};
    const auto second = repo().addCustomer(b);
    const auto typo = repo().addCustomer(makeCustomer("Grzegorz Brzeczyszczykiewic"));
    const auto twin1 = repo().addCustomer(makeCustomer("Nordic Supply AB"));
    const auto twin2 = repo().addCustomer(makeCustomer("nordic supply ab"));
    repo().addCustomer(makeCustomer("Ann Lee"));
    repo().addCustomer(makeCustomer("Ann Lea")); // short names one letter apart are different people

    const auto found = io::findDuplicates(repo());
    ASSERT_EQ(found.size(), 3U);
    EXPECT_EQ(found[0].customers, (std::vector<core::CustomerId>{first, second}));
    EXPECT_NE(found[0].reason.find("same phone"), std::string::npos);
    bool sawTypo = false;
    bool sawTwins = false;
    for (const auto& candidate : found) {
        sawTypo |= candidate.customers == std::vector<core::CustomerId>{first, typo};
        sawTwins |= candidate.customers == std::vector<core::CustomerId>{twin1, twin2};
    }
    EXPECT_TRUE(sawTypo);
    EXPECT_TRUE(sawTwins);

    io::DuplicateOptions onlyContacts;
    onlyContacts.similarNames = false;
    EXPECT_EQ(io::findDuplicates(repo(), onlyContacts).size(), 1U);
}
