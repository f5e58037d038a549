#include "io/value_parsers.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <span>

namespace rapport::io {

namespace {

constexpr bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

/** Where the first character that `matches` is: one pass, where find_first_of runs a memchr per character. */
template <typename Predicate> std::size_t firstWhere(std::string_view text, Predicate matches) {
    const auto found = std::find_if(text.begin(), text.end(), matches);
    return found == text.end() ? std::string_view::npos : static_cast<std::size_t>(found - text.begin());
}

std::optional<int> number(std::string_view digits) {
    int value = 0;
    if (digits.empty() || digits.size() > 4) {
        return std::nullopt;
    }
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size()) {
        return std::nullopt;
    }
    return value;
}

std::optional<core::Date> makeDate(int year, int month, int day) {
    const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                          std::chrono::day{static_cast<unsigned>(day)}};
    if (year < 1 || year > 9999 || month < 1 || day < 1 || !ymd.ok()) {
        return std::nullopt;
    }
    return core::Date::fromYmd(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

/** The date part of "2024-03-07 14:05" or "2024-03-07T14:05:00". */
std::string_view datePart(std::string_view text) {
    text = trimmed(text);
    const auto cut = firstWhere(text, [](char c) { return c == ' ' || c == 'T'; });
    if (cut != std::string_view::npos && cut >= 8 && text.find(':', cut) != std::string_view::npos) {
        return text.substr(0, cut);
    }
    return text;
}

struct DateParts {
    std::string_view first, second, third;
    char separator = 0;
};

std::optional<DateParts> split(std::string_view text) {
    const auto firstSep = firstWhere(text, [](char c) { return c == '-' || c == '/' || c == '.'; });
    if (firstSep == std::string_view::npos) {
        return std::nullopt;
    }
    const char sep = text[firstSep];
    const auto secondSep = text.find(sep, firstSep + 1);
    if (secondSep == std::string_view::npos || text.find(sep, secondSep + 1) != std::string_view::npos) {
        return std::nullopt;
    }
    return DateParts{text.substr(0, firstSep), text.substr(firstSep + 1, secondSep - firstSep - 1),
                     text.substr(secondSep + 1), sep};
}

} // namespace

std::string_view trimmed(std::string_view text) {
    const auto isSpace = [](std::string_view t, bool front) {
        if (t.empty()) {
            return std::size_t{0};
        }
        const char c = front ? t.front() : t.back();
        if (c == ' ' || c == '\t') {
            return std::size_t{1};
        }
        if (front ? t.starts_with("\xC2\xA0") : t.ends_with("\xC2\xA0")) { // no-break space
            return std::size_t{2};
        }
        return std::size_t{0};
    };
    while (const auto n = isSpace(text, true)) {
        text.remove_prefix(n);
    }
    while (const auto n = isSpace(text, false)) {
        text.remove_suffix(n);
    }
    return text;
}

void DateOrderEvidence::add(std::string_view value, std::int64_t row) {
    const auto text = datePart(value);
    if (text.empty()) {
        return;
    }
    const auto parts = split(text);
    if (!parts) {
        if (text.size() == 8 && number(text.substr(0, 4))) {
            m_anyDates = true;
            ++m_deciding;
        }
        return;
    }
    if (parts->first.size() == 4) {
        m_yearFirst = true;
        m_anyDates = true;
        ++m_deciding;
        return;
    }
    const auto a = number(parts->first);
    const auto b = number(parts->second);
    if (!a || !b || parts->third.size() != 4) {
        return;
    }
    m_anyDates = true;
    if (*a > 12 && *b > 12) {
        return; // a date in neither order (31.13.2024): a bad value to reject, no clue to the order
    }
    m_ambiguousSeen = true;
    m_dotted = m_dotted || parts->separator == '.';
    if (*a > 12) {
        ++m_deciding;
        if (!m_dayFirst) {
            m_dayFirst = Witness{row, std::string(trimmed(value))};
        }
    } else if (*b > 12) {
        ++m_deciding;
        if (!m_monthFirst) {
            m_monthFirst = Witness{row, std::string(trimmed(value))};
        }
    }
}

DateOrderGuess DateOrderEvidence::guess() const {
    DateOrderGuess guess;
    guess.anyDates = m_anyDates;
    if (!m_ambiguousSeen) {
        if (m_yearFirst || m_anyDates) {
            guess.order = DateOrder::YearMonthDay;
        }
        return guess;
    }
    if (m_dayFirst && !m_monthFirst) {
        guess.order = DateOrder::DayMonthYear;
    } else if (m_monthFirst && !m_dayFirst) {
        guess.order = DateOrder::MonthDayYear;
    } else if (!m_monthFirst && m_dotted) {
        guess.order = DateOrder::DayMonthYear; // dotted dates are day first by European convention
    }
    return guess;
}

std::optional<DateOrderEvidence::Witness> DateOrderEvidence::contradiction(DateOrder order) const {
    switch (order) {
    case DateOrder::DayMonthYear:
        return m_monthFirst;
    case DateOrder::MonthDayYear:
        return m_dayFirst;
    case DateOrder::YearMonthDay:
        return m_ambiguousSeen ? (m_dayFirst ? m_dayFirst : m_monthFirst) : std::nullopt;
    }
    return std::nullopt;
}

DateOrderGuess guessDateOrder(std::span<const std::string_view> samples) {
    DateOrderEvidence evidence;
    std::int64_t row = 0;
    for (const auto sample : samples) {
        evidence.add(sample, ++row);
    }
    return evidence.guess();
}

std::optional<core::Date> parseDate(std::string_view text, DateOrder order) {
    text = datePart(text);
    if (text.size() == 8 && std::all_of(text.begin(), text.end(), isDigit)) {
        const auto y = number(text.substr(0, 4));
        const auto m = number(text.substr(4, 2));
        const auto d = number(text.substr(6, 2));
        return makeDate(*y, *m, *d);
    }
    const auto parts = split(text);
    if (!parts || parts->first.empty() || parts->second.empty() || parts->third.empty()) {
        return std::nullopt;
    }
    const auto a = number(parts->first);
    const auto b = number(parts->second);
    const auto c = number(parts->third);
    if (!a || !b || !c || parts->second.size() > 2) {
        return std::nullopt;
    }
    if (parts->first.size() == 4) {
        return parts->third.size() <= 2 ? makeDate(*a, *b, *c) : std::nullopt;
    }
    if (parts->third.size() != 4 || parts->first.size() > 2 || order == DateOrder::YearMonthDay) {
        return std::nullopt;
    }
    return order == DateOrder::DayMonthYear ? makeDate(*c, *b, *a) : makeDate(*c, *a, *b);
}

void DecimalEvidence::add(std::string_view value) {
    const auto text = trimmed(value);
    const auto lastComma = text.rfind(',');
    const auto lastPoint = text.rfind('.');
    if (lastComma != std::string_view::npos && lastPoint != std::string_view::npos) {
        (lastComma > lastPoint ? m_comma : m_point) += 1;
        return;
    }
    const auto last = lastComma != std::string_view::npos ? lastComma : lastPoint;
    if (last == std::string_view::npos) {
        return;
    }
    const auto digitsAfter = text.size() - last - 1;
    if (digitsAfter >= 1 && digitsAfter <= 2) {
        (lastComma != std::string_view::npos ? m_comma : m_point) += 1;
    }
}

DecimalSeparator DecimalEvidence::guess() const {
    return m_comma > m_point ? DecimalSeparator::Comma : DecimalSeparator::Point;
}

DecimalSeparator guessDecimalSeparator(std::span<const std::string_view> samples) {
    DecimalEvidence evidence;
    for (const auto sample : samples) {
        evidence.add(sample);
    }
    return evidence.guess();
}

namespace {

/** The number as "-1234.5678": sign, digits, one '.', digits; separators, currency and exponent resolved. */
std::optional<std::string> canonicalDecimal(std::string_view text, DecimalSeparator separator) {
    text = trimmed(text);
    // Currency signs and codes around the number.
    static constexpr std::array<std::string_view, 16> currencies{
        "PLN", "zł", "zl", "SEK", "kr", "RUB", "руб.", "руб", "₽", "UAH", "грн", "₴", "EUR", "€", "USD", "$"};
    // None of them starts with a digit or a sign or ends with a digit: most amounts skip the 32 comparisons.
    static_assert(std::none_of(currencies.begin(), currencies.end(), [](std::string_view currency) {
        return isDigit(currency.front()) || currency.front() == '-' || currency.front() == '+' ||
               isDigit(currency.back());
    }));
    const bool bare =
        !text.empty() && (isDigit(text.front()) || text.front() == '-' || text.front() == '+') && isDigit(text.back());
    for (const auto currency : bare ? std::span<const std::string_view>() : std::span(currencies)) {
        if (text.ends_with(currency)) {
            text = trimmed(text.substr(0, text.size() - currency.size()));
            break;
        }
        if (text.starts_with(currency)) {
            text = trimmed(text.substr(currency.size()));
            break;
        }
    }
    if (text.empty()) {
        return std::nullopt;
    }
    const char decimal = separator == DecimalSeparator::Comma ? ',' : '.';
    const char grouping = separator == DecimalSeparator::Comma ? '.' : ',';
    std::string digits; // canonical: sign, digits, '.', digits
    std::string exponent;
    bool seenDecimal = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (isDigit(c)) {
            digits += c;
        } else if ((c == '-' || c == '+') && digits.empty()) {
            digits += c == '-' ? "-" : "";
        } else if (c == decimal && !seenDecimal) {
            seenDecimal = true;
            digits += '.';
        } else if (c == grouping || c == ' ' || c == '\'') {
            if (seenDecimal) {
                return std::nullopt;
            }
        } else if (text.substr(i).starts_with("\xC2\xA0") || text.substr(i).starts_with("\xE2\x80\xAF")) {
            i += text[i + 1] == '\xA0' ? 1 : 2; // no-break spaces group thousands in Polish and Swedish
        } else if ((c == 'e' || c == 'E') && i + 1 < text.size()) {
            exponent = std::string(text.substr(i + 1));
            break;
        } else {
            return std::nullopt;
        }
    }
    if (!exponent.empty()) {
        // Spreadsheets write large amounts as 1.23E+15: move the decimal point instead of going through a double.
        const auto power = parseInteger(exponent);
        if (!power || *power > 18 || *power < -18) {
            return std::nullopt;
        }
        const bool negative = digits.starts_with('-');
        std::string mantissa = negative ? digits.substr(1) : digits;
        auto point = mantissa.find('.');
        if (point == std::string::npos) {
            point = mantissa.size();
        } else {
            mantissa.erase(point, 1);
        }
        long long newPoint = static_cast<long long>(point) + *power;
        while (newPoint > static_cast<long long>(mantissa.size())) {
            mantissa += '0';
        }
        while (newPoint < 1) {
            mantissa.insert(mantissa.begin(), '0');
            ++newPoint;
        }
        std::string fraction = mantissa.substr(static_cast<std::size_t>(newPoint));
        while (!fraction.empty() && fraction.back() == '0') {
            fraction.pop_back();
        }
        digits = (negative ? "-" : "") + mantissa.substr(0, static_cast<std::size_t>(newPoint)) +
                 (fraction.empty() ? "" : "." + fraction);
    }
    if (digits.starts_with('.') || digits.starts_with("-.")) {
        digits.insert(digits.find('.'), "0");
    }
    return digits;
}

constexpr int kMaxScale = 12;

std::int64_t powerOfTen(int exponent) {
    std::int64_t value = 1;
    for (int i = 0; i < exponent; ++i) {
        value *= 10;
    }
    return value;
}

} // namespace

std::optional<core::Money> parseMoney(std::string_view text, DecimalSeparator separator) {
    const auto digits = canonicalDecimal(text, separator);
    return digits ? core::Money::parseDecimal(*digits) : std::nullopt;
}

std::optional<ExactDecimal> parseExactDecimal(std::string_view text, DecimalSeparator separator) {
    const auto digits = canonicalDecimal(text, separator);
    if (!digits || digits->empty() || *digits == "-") {
        return std::nullopt;
    }
    ExactDecimal value;
    bool negative = false;
    bool afterPoint = false;
    for (const char c : *digits) {
        if (c == '-') {
            negative = true;
        } else if (c == '.') {
            afterPoint = true;
        } else {
            if (afterPoint && value.scale == kMaxScale) {
                return std::nullopt;
            }
            if (__builtin_mul_overflow(value.units, 10, &value.units) ||
                __builtin_add_overflow(value.units, c - '0', &value.units)) {
                return std::nullopt;
            }
            value.scale += afterPoint ? 1 : 0;
        }
    }
    if (negative) {
        value.units = -value.units;
    }
    return value;
}

std::optional<ExactDecimal> multiply(ExactDecimal a, ExactDecimal b) {
    ExactDecimal product{0, a.scale + b.scale};
    if (__builtin_mul_overflow(a.units, b.units, &product.units)) {
        return std::nullopt;
    }
    return product;
}

std::optional<ExactDecimal> subtract(ExactDecimal a, ExactDecimal b) {
    const int scale = std::max(a.scale, b.scale);
    ExactDecimal difference{0, scale};
    std::int64_t left = 0;
    std::int64_t right = 0;
    if (__builtin_mul_overflow(a.units, powerOfTen(scale - a.scale), &left) ||
        __builtin_mul_overflow(b.units, powerOfTen(scale - b.scale), &right) ||
        __builtin_sub_overflow(left, right, &difference.units)) {
        return std::nullopt;
    }
    return difference;
}

std::optional<RoundedMoney> roundHalfEven(ExactDecimal value) {
    constexpr int kMinorScale = 2;
    if (value.scale <= kMinorScale) {
        std::int64_t minor = 0;
        if (__builtin_mul_overflow(value.units, powerOfTen(kMinorScale - value.scale), &minor)) {
            return std::nullopt;
        }
        return RoundedMoney{core::Money::fromMinor(minor), false};
    }
    const auto divisor = powerOfTen(value.scale - kMinorScale);
    std::int64_t quotient = value.units / divisor;
    const std::int64_t remainder = value.units % divisor; // carries the sign of units
    const std::int64_t twice = 2 * (remainder < 0 ? -remainder : remainder);
    const bool up = twice > divisor || (twice == divisor && quotient % 2 != 0);
    if (up) {
        quotient += value.units < 0 ? -1 : 1;
    }
    return RoundedMoney{core::Money::fromMinor(quotient), remainder != 0};
}

std::optional<long long> parseInteger(std::string_view text) {
    text = trimmed(text);
    if (text.starts_with('+')) {
        text.remove_prefix(1);
    }
    long long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

std::optional<bool> parseYesNo(std::string_view text) {
    const auto folded = foldCase(trimmed(text));
    static constexpr std::array<std::string_view, 10> yes{"yes", "y", "true", "1", "x", "tak", "да", "так", "ja", "t"};
    static constexpr std::array<std::string_view, 9> no{"no", "n", "false", "0", "", "nie", "нет", "ні", "nej"};
    if (std::find(yes.begin(), yes.end(), folded) != yes.end()) {
        return true;
    }
    if (std::find(no.begin(), no.end(), folded) != no.end()) {
        return false;
    }
    return std::nullopt;
}

std::string foldCase(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0 && i + 1 < utf8.size()) {
            char32_t cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3F);
            if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x410 && cp <= 0x42F)) {
                cp += 0x20;
            } else if (cp >= 0x400 && cp <= 0x40F) {
                cp += 0x50;
            } else if (((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177) || (cp >= 0x460 && cp <= 0x4FF)) &&
                       cp % 2 == 0) {
                cp += 1;
            } else if (((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) && cp % 2 == 1) {
                cp += 1;
            }
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
            i += 2;
            continue;
        }
        out += utf8[i++];
    }
    return out;
}

std::size_t codePointCount(std::string_view utf8) {
    std::size_t count = 0;
    for (const char c : utf8) {
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return count;
}

} // namespace rapport::io
