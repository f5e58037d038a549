// OptionalDate stands in for std::optional<Date> in the analysis's profiles: it must read and compare like one.
#include "core/optional_date.h"

#include <gtest/gtest.h>

using rapport::core::Date;
using rapport::core::OptionalDate;

TEST(OptionalDate, NoneAndADateBehaveAsStdOptionalDoes) {
    const OptionalDate none;
    EXPECT_FALSE(none);
    EXPECT_FALSE(none.has_value());
    EXPECT_EQ(none.optional(), std::nullopt);
    EXPECT_EQ(none.value_or(Date::fromYmd(2024, 2, 29)), Date::fromYmd(2024, 2, 29));

    const OptionalDate day = Date::fromYmd(2025, 3, 14);
    EXPECT_TRUE(day);
    EXPECT_EQ(*day, Date::fromYmd(2025, 3, 14));
    EXPECT_EQ(day->toIso(), "2025-03-14");
    EXPECT_EQ(day.value_or(Date::fromYmd(2000, 1, 1)), Date::fromYmd(2025, 3, 14));
    const std::optional<Date> asStd = day;
    EXPECT_EQ(asStd, Date::fromYmd(2025, 3, 14));

    // The days around 1970-01-01 (day 0) and far back are dates, not none.
    for (const auto days : {-1, 0, 1, -1'000'000, 3'000'000}) {
        const OptionalDate some = Date::fromDays(days);
        EXPECT_TRUE(some) << days;
        EXPECT_EQ(some->days(), days);
    }
}

TEST(OptionalDate, ComparesEqualToAStdOptionalWithTheSameDateOrNoneToNone) {
    const OptionalDate none;
    const OptionalDate day = Date::fromYmd(2025, 3, 14);
    const std::optional<Date> stdNone;
    const std::optional<Date> stdDay = Date::fromYmd(2025, 3, 14);
    const std::optional<Date> stdOther = Date::fromYmd(2025, 3, 15);

    EXPECT_TRUE(none == stdNone);
    EXPECT_TRUE(stdNone == none);
    EXPECT_TRUE(day == stdDay);
    EXPECT_TRUE(stdDay == day);
    EXPECT_FALSE(day == stdOther);
    EXPECT_FALSE(day == stdNone);
    EXPECT_FALSE(stdNone == day);
    EXPECT_FALSE(none == stdDay);
    EXPECT_TRUE(day == Date::fromYmd(2025, 3, 14));
    EXPECT_FALSE(none == Date::fromYmd(2025, 3, 14));
    EXPECT_TRUE(none == OptionalDate(std::nullopt));
    EXPECT_TRUE(none == std::nullopt);
    EXPECT_TRUE(std::nullopt == none);
    EXPECT_FALSE(day == std::nullopt);
    EXPECT_TRUE(day != std::nullopt);
    EXPECT_TRUE(OptionalDate(stdDay) == day);
    EXPECT_TRUE(none != day);
}
