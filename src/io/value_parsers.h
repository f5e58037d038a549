#pragma once

#include "core/date.h"
#include "core/enum_names.h"
#include "core/money.h"

#include <cstdint>
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
 * What a whole date column says about the day-month order, gathered value by value while the file streams
 * past: how many rows decide it, and the first row that puts the day first and the first that puts the month
 * first (a part above 12), so a chosen order the column contradicts can be refused naming that row.
 */
class DateOrderEvidence {
public:
    void add(std::string_view value, std::int64_t row);
    [[nodiscard]] DateOrderGuess guess() const;
    /** Rows whose value fixes the order: ISO or compact dates, or a day or month part above 12. */
    [[nodiscard]] std::int64_t decidingRows() const { return m_deciding; }
    struct Witness {
        std::int64_t row = 0;
        std::string value;
    };
    [[nodiscard]] const std::optional<Witness>& firstDayFirst() const { return m_dayFirst; }
    [[nodiscard]] const std::optional<Witness>& firstMonthFirst() const { return m_monthFirst; }
    /** The first row the column holds that contradicts `order`, when one does. */
    [[nodiscard]] std::optional<Witness> contradiction(DateOrder order) const;

private:
    bool m_anyDates = false;
    bool m_ambiguousSeen = false;
    bool m_dotted = false;
    bool m_yearFirst = false;
    std::int64_t m_deciding = 0;
    std::optional<Witness> m_dayFirst;
    std::optional<Witness> m_monthFirst;
};

/**
 * Reads a date written as YYYY-MM-DD (or with / or .), YYYYMMDD, or day and month in the given order with
 * . / or - between and a four-digit year. A time after the date ("2024-03-07 14:05", "T14:05:00") is ignored.
 */
std::optional<core::Date> parseDate(std::string_view text, DateOrder order);

/** How a file writes decimals: "1 234,56" (comma) or "1,234.56" (point). */
enum class DecimalSeparator { Point, Comma };

/** A comma followed by one or two digits at the end of a value, or "1.234,5", means a decimal comma. */
DecimalSeparator guessDecimalSeparator(std::span<const std::string_view> samples);

/** What a whole money column says about its decimal separator, value by value. */
class DecimalEvidence {
public:
    void add(std::string_view value);
    [[nodiscard]] DecimalSeparator guess() const;
    /** Values that show their separator (a comma or point followed by one or two digits, or both marks). */
    [[nodiscard]] std::int64_t decidingRows() const { return m_comma + m_point; }

private:
    std::int64_t m_comma = 0;
    std::int64_t m_point = 0;
};

/**
 * Reads an amount of money: optional sign, thousands separators (space, no-break space, apostrophe, the
 * other punctuation mark), a decimal point or comma, an exponent (1.23E+15), a currency sign or code before
 * or after. At most two decimals survive: more are refused rather than rounded silently.
 */
std::optional<core::Money> parseMoney(std::string_view text, DecimalSeparator separator);

/**
 * A decimal number read exactly as written: units x 10^-scale ("4.8533" is 48533 and 4). Unit prices and
 * quantities have more decimals than money; they are multiplied exactly and rounded once, at the end.
 */
struct ExactDecimal {
    std::int64_t units = 0;
    int scale = 0;
    [[nodiscard]] bool negative() const { return units < 0; }
};

/** Reads a number as parseMoney does (signs, grouping, currency, exponent) with up to 12 decimals, exactly. */
std::optional<ExactDecimal> parseExactDecimal(std::string_view text, DecimalSeparator separator);

/** a x b exactly; nullopt when the product does not fit. */
std::optional<ExactDecimal> multiply(ExactDecimal a, ExactDecimal b);

/** a - b exactly; nullopt when the difference does not fit. */
std::optional<ExactDecimal> subtract(ExactDecimal a, ExactDecimal b);

/** Money rounded to the minor unit (0.01) half to even, the banker's rounding accounting software uses. */
struct RoundedMoney {
    core::Money money;
    bool rounded = false; // digits beyond the minor unit were dropped
};
std::optional<RoundedMoney> roundHalfEven(ExactDecimal value);

/** Reads a whole number (household size, satisfaction), with an optional sign. */
std::optional<long long> parseInteger(std::string_view text);

/** yes/no in English, Polish, Russian, Ukrainian and Swedish, plus true/false, 1/0 and x/empty. */
std::optional<bool> parseYesNo(std::string_view text);

/** Text with ASCII spaces, tabs and no-break spaces removed from both ends. */
std::string_view trimmed(std::string_view text);

/**
 * Lower case for ASCII, Latin-1, Latin Extended-A (Polish) and Cyrillic; other characters unchanged. Every letter
 * it changes keeps its length in UTF-8, so the result has as many bytes as the text.
 */
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
