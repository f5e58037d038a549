#include "core/money.h"

#include <gtest/gtest.h>
#include <limits>

using rapport::core::Money;

TEST(Money, ParsesDecimalText) {
    EXPECT_EQ(Money::parseDecimal("12")->minor(), 1200);
    EXPECT_EQ(Money::parseDecimal("12.5")->minor(), 1250);
    EXPECT_EQ(Money::parseDecimal("12.05")->minor(), 1205);
    EXPECT_EQ(Money::parseDecimal("-3.05")->minor(), -305);
    EXPECT_EQ(Money::parseDecimal("+7")->minor(), 700);
    EXPECT_EQ(Money::parseDecimal("0.5")->minor(), 50);
    EXPECT_EQ(Money::parseDecimal("000123.40")->minor(), 12340);
}

TEST(Money, RefusesWhatIsNotAnExactAmount) {
    for (const char* text :
         {"", "-", ".5", "1.", "1.234", "1,5", "1e3", "12a", " 12", "1.2.3", "--1", "999999999999999999999"}) {
        EXPECT_FALSE(Money::parseDecimal(text).has_value()) << text;
    }
}

TEST(Money, FormatsWithTwoDecimals) {
    EXPECT_EQ(Money::fromMinor(0).toDecimal(), "0.00");
    EXPECT_EQ(Money::fromMinor(5).toDecimal(), "0.05");
    EXPECT_EQ(Money::fromMinor(-5).toDecimal(), "-0.05");
    EXPECT_EQ(Money::fromMinor(123456).toDecimal(), "1234.56");
    EXPECT_EQ(Money::fromMinor(std::numeric_limits<std::int64_t>::min()).toDecimal(), "-92233720368547758.08");
}

TEST(Money, DecimalTextRoundTrips) {
    for (std::int64_t minor : {0LL, 1LL, -1LL, 99LL, 100LL, -12345LL, 987654321012LL}) {
        EXPECT_EQ(Money::parseDecimal(Money::fromMinor(minor).toDecimal())->minor(), minor);
    }
}
