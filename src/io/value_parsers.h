#pragma once

#include "core/date.h"
#include "core/enum_names.h"
#include "core/money.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace rapport::io {

/** The order of day, month and year in a file's dates. ISO and YYYYMMDD are read whatever is chosen. */
enum class DateOrder { DayMonthYear, MonthDayYear, YearMonthDay };

/** What the values of a date column allow. */
struct DateOrderGuess {
    std::optional<DateOrder> order; // empty when the values allow both day-month orders: ask the user
    bool anyDates = false;
};

/**
 * Looks at sample values of a date column: ISO (2024-03-07) and compact (20240307) dates are unambiguous;
 * for 07.03.2024 or 07/03/2024 a first number above 12 means day first, a second above 12 month first;
 * dotted dates are day first by European convention. When nothing decides, order stays empty.
 */
DateOrderGuess guessDateOrder(std::span<const std::string_view> samples);

/**
 * Reads a date written as YYYY-MM-DD (or with / or .), YYYYMMDD, or day and month in the given order with
 * . / or - between and a four-digit year. A time after the date ("2024-03-07 14:05", "T14:05:00") is ignored.
 */
std::optional<core::Date> parseDate(std::string_view text, DateOrder order);

/** How a file writes decimals: "1 234,56" (comma) or "1,234.56" (point). */
enum class DecimalSeparator { Point, Comma };

/** A comma followed by one or two digits at the end of a value, or "1.234,5", means a decimal comma. */
DecimalSeparator guessDecimalSeparator(std::span<const std::string_view> samples);

/**
 * Reads an amount of money: optional sign, thousands separators (space, no-break space, apostrophe, the
 * other punctuation mark), a decimal point or comma, an exponent (1.23E+15), a currency sign or code before
 * or after. At most two decimals survive: more are refused rather than rounded silently.
 */
std::optional<core::Money> parseMoney(std::string_view text, DecimalSeparator separator);

/** Reads a whole number (household size, satisfaction), with an optional sign. */
std::optional<long long> parseInteger(std::string_view text);

/** yes/no in English, Polish, Russian, Ukrainian and Swedish, plus true/false, 1/0 and x/empty. */
std::optional<bool> parseYesNo(std::string_view text);

/** Text with ASCII spaces, tabs and no-break spaces removed from both ends. */
std::string_view trimmed(std::string_view text);

/** Lower case for ASCII, Latin-1, Latin Extended-A (Polish) and Cyrillic; other characters unchanged. */
std::string foldCase(std::string_view utf8);

/** The text's code-point length, for messages and limits. */
std::size_t codePointCount(std::string_view utf8);

} // namespace rapport::io

template <> struct rapport::core::EnumNames<rapport::io::DateOrder> {
    static constexpr std::array<std::pair<rapport::io::DateOrder, std::string_view>, 3> values{{
        {rapport::io::DateOrder::DayMonthYear, "dmy"},
        {rapport::io::DateOrder::MonthDayYear, "mdy"},
        {rapport::io::DateOrder::YearMonthDay, "ymd"},
    }};
};

template <> struct rapport::core::EnumNames<rapport::io::DecimalSeparator> {
    static constexpr std::array<std::pair<rapport::io::DecimalSeparator, std::string_view>, 2> values{{
        {rapport::io::DecimalSeparator::Point, "point"},
        {rapport::io::DecimalSeparator::Comma, "comma"},
    }};
};
