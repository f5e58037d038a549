#include "core/date.h"

#include <gtest/gtest.h>

using rapport::core::Date;

TEST(Date, ParsesStrictIsoDates) {
    EXPECT_EQ(Date::parseIso("1970-01-01")->days(), 0);
    EXPECT_EQ(Date::parseIso("1970-01-02")->days(), 1);
    EXPECT_EQ(Date::parseIso("1969-12-31")->days(), -1);
    EXPECT_EQ(Date::parseIso("2024-02-29")->toIso(), "2024-02-29");
    EXPECT_EQ(Date::parseIso("1997-01-01")->days(), 9862);
}

TEST(Date, RefusesMalformedAndImpossibleDates) {
    for (const char* text : {"2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01", "24-01-01",
                             "2024/01/01", "01.02.2024", "", "2024-01-01 ", "abcd-ef-gh", "0000-01-01"}) {
        EXPECT_FALSE(Date::parseIso(text).has_value()) << text;
    }
}

TEST(Date, IsoTextRoundTripsOverCenturies) {
    for (std::int32_t days = -40000; days < 80000; days += 37) {
        const auto date = Date::fromDays(days);
        const auto parsed = Date::parseIso(date.toIso());
        ASSERT_TRUE(parsed.has_value()) << date.toIso();
        EXPECT_EQ(parsed->days(), days);
    }
}

TEST(Date, AddMonthsClampsToTheLastDayOfTheMonth) {
    EXPECT_EQ(Date::fromYmd(2024, 1, 31).addMonths(1).toIso(), "2024-02-29");
    EXPECT_EQ(Date::fromYmd(2023, 1, 31).addMonths(1).toIso(), "2023-02-28");
    EXPECT_EQ(Date::fromYmd(2024, 3, 15).addMonths(-3).toIso(), "2023-12-15");
    EXPECT_EQ(Date::fromYmd(2024, 11, 30).addMonths(-36).toIso(), "2021-11-30");
}

TEST(Date, FromYmdRefusesDaysThatDoNotExist) {
    EXPECT_THROW(Date::fromYmd(2023, 2, 29), std::invalid_argument);
    EXPECT_NO_THROW(Date::fromYmd(2000, 2, 29));
    EXPECT_EQ(Date::fromYmd(2026, 11, 23).year(), 2026);
    EXPECT_EQ(Date::fromYmd(2026, 11, 23).month(), 11u);
    EXPECT_EQ(Date::fromYmd(2026, 11, 23).day(), 23u);
}
