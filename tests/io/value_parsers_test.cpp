#include "io/text_encoding.h"
#include "io/value_parsers.h"

#include <gtest/gtest.h>
#include <vector>

using namespace rapport::io;
using rapport::core::Date;
using rapport::core::Money;

TEST(ParseDate, ReadsIsoCompactAndBothDayMonthOrders) {
    EXPECT_EQ(parseDate("2024-03-07", DateOrder::DayMonthYear), Date::fromYmd(2024, 3, 7));
    EXPECT_EQ(parseDate("20240307", DateOrder::MonthDayYear), Date::fromYmd(2024, 3, 7));
    EXPECT_EQ(parseDate("07.03.2024", DateOrder::DayMonthYear), Date::fromYmd(2024, 3, 7));
    EXPECT_EQ(parseDate("03/07/2024", DateOrder::MonthDayYear), Date::fromYmd(2024, 3, 7));
    EXPECT_EQ(parseDate("2024-03-07T14:05:00", DateOrder::YearMonthDay), Date::fromYmd(2024, 3, 7));
    EXPECT_EQ(parseDate("7.3.2024 14:05", DateOrder::DayMonthYear), Date::fromYmd(2024, 3, 7));
    EXPECT_FALSE(parseDate("31.02.2024", DateOrder::DayMonthYear));
    EXPECT_FALSE(parseDate("13/13/2024", DateOrder::MonthDayYear));
    EXPECT_FALSE(parseDate("yesterday", DateOrder::DayMonthYear));
    EXPECT_FALSE(parseDate("07.03.24", DateOrder::DayMonthYear)) << "two-digit years are refused, not guessed";
}

TEST(GuessDateOrder, DecidesOnlyWhenTheValuesDo) {
    const std::vector<std::string_view> dayFirst{"03/04/2024", "25/04/2024"};
    EXPECT_EQ(guessDateOrder(dayFirst).order, DateOrder::DayMonthYear);
    const std::vector<std::string_view> monthFirst{"03/04/2024", "04/25/2024"};
    EXPECT_EQ(guessDateOrder(monthFirst).order, DateOrder::MonthDayYear);
    const std::vector<std::string_view> ambiguous{"03/04/2024", "05/06/2024"};
    EXPECT_FALSE(guessDateOrder(ambiguous).order);
    EXPECT_TRUE(guessDateOrder(ambiguous).anyDates);
    const std::vector<std::string_view> dotted{"03.04.2024"};
    EXPECT_EQ(guessDateOrder(dotted).order, DateOrder::DayMonthYear);
    // A value valid in neither order is a bad row to reject, not a reason to ask.
    const std::vector<std::string_view> withABadValue{"03.02.2025", "17.11.2024", "31.13.2024"};
    EXPECT_EQ(guessDateOrder(withABadValue).order, DateOrder::DayMonthYear);
    const std::vector<std::string_view> iso{"2024-04-03", "20240405"};
    EXPECT_EQ(guessDateOrder(iso).order, DateOrder::YearMonthDay);
}

TEST(ParseMoney, DecimalCommaThousandsExponentAndCurrency) {
    EXPECT_EQ(parseMoney("1 234,56", DecimalSeparator::Comma), Money::fromMinor(123456));
    EXPECT_EQ(parseMoney("1.234,56 zł", DecimalSeparator::Comma), Money::fromMinor(123456));
    EXPECT_EQ(parseMoney("1\xC2\xA0"
                         "234,5",
                         DecimalSeparator::Comma),
              Money::fromMinor(123450));
    EXPECT_EQ(parseMoney("1,234.56", DecimalSeparator::Point), Money::fromMinor(123456));
    EXPECT_EQ(parseMoney("-12.5", DecimalSeparator::Point), Money::fromMinor(-1250));
    EXPECT_EQ(parseMoney("$ 99", DecimalSeparator::Point), Money::fromMinor(9900));
    EXPECT_EQ(parseMoney("1.23E+15", DecimalSeparator::Point), Money::fromMinor(123000000000000000));
    EXPECT_EQ(parseMoney("2,5E-1", DecimalSeparator::Comma), Money::fromMinor(25));
    EXPECT_EQ(parseMoney("1.234", DecimalSeparator::Comma), Money::fromMinor(123400)) << "a thousands point";
    EXPECT_FALSE(parseMoney("12.345", DecimalSeparator::Point)) << "three decimals are refused, not rounded";
    EXPECT_FALSE(parseMoney("abc", DecimalSeparator::Point));
    EXPECT_FALSE(parseMoney("", DecimalSeparator::Point));
}

TEST(GuessDecimalSeparator, FromTheFilesValues) {
    const std::vector<std::string_view> comma{"12,50", "3", "1 200,00"};
    EXPECT_EQ(guessDecimalSeparator(comma), DecimalSeparator::Comma);
    const std::vector<std::string_view> point{"12.50", "1,200.00"};
    EXPECT_EQ(guessDecimalSeparator(point), DecimalSeparator::Point);
}

TEST(ParseYesNo, FiveLanguages) {
    for (const auto* yes : {"yes", "TAK", "да", "так", "Ja", "1", "x"}) {
        EXPECT_EQ(parseYesNo(yes), true) << yes;
    }
    for (const auto* no : {"no", "Nie", "НЕТ", "ні", "nej", "0", ""}) {
        EXPECT_EQ(parseYesNo(no), false) << no;
    }
    EXPECT_FALSE(parseYesNo("maybe"));
}

TEST(FoldCase, PolishCyrillicAndSwedishLetters) {
    EXPECT_EQ(foldCase("ŁÓDŹ Żółć"), "łódź żółć");
    EXPECT_EQ(foldCase("ТЕЛЕФОН Їжак Ґанок"), "телефон їжак ґанок");
    EXPECT_EQ(foldCase("ÖREBRO Å"), "örebro å");
}

TEST(FoldCase, KeepsTheLengthInBytesOfEveryCharacter) {
    // The placeholder check skips folding values of a length no placeholder has: that needs this.
    std::string all;
    for (char32_t c = 0x20; c < 0x800; ++c) {
        if (c < 0x80) {
            all += static_cast<char>(c);
        } else {
            all += static_cast<char>(0xC0 | (c >> 6));
            all += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    all += "€ 漢字 😀";
    const auto folded = foldCase(all);
    EXPECT_EQ(folded.size(), all.size());
    EXPECT_NE(folded, all) << "some letters were folded";
}

TEST(DetectEncoding, NeverGuessesACodePageThatCannotDecodeTheFile) {
    // Found by the fuzzer: Cyrillic-looking runs of high bytes including 0x98, which Windows-1251 leaves
    // undefined. The guess moves to a code page that decodes every byte, so the import reads the file.
    const std::string bytes = "id,name\n007,\xf0\x9f\x98\x80 \xd7\xa9\x9c\xd7\x95\xd7\xd7\n";
    const auto guess = detectEncoding(bytes);
    EXPECT_NE(guess.encoding, TextEncoding::Windows1251);
    EXPECT_NO_THROW(toUtf8(bytes, guess.encoding));
}

TEST(DetectEncoding, BomsUtf8AndTheThreeCodePages) {
    EXPECT_EQ(detectEncoding("\xEF\xBB\xBFname").encoding, TextEncoding::Utf8);
    EXPECT_EQ(detectEncoding("\xEF\xBB\xBFname").bomLength, 3u);
    EXPECT_EQ(detectEncoding("\xFF\xFEn\0a\0").encoding, TextEncoding::Utf16LE);
    EXPECT_EQ(detectEncoding("Zażółć gęślą jaźń").encoding, TextEncoding::Utf8);
    // "Zażółć gęślą jaźń" in Windows-1250
    EXPECT_EQ(detectEncoding("Za\xBF\xF3\xB3\xE6 g\xEA\x9Cl\xB9 ja\x9F\xF1").encoding, TextEncoding::Windows1250);
    // "Привет мир" in Windows-1251
    EXPECT_EQ(detectEncoding("\xCF\xF0\xE8\xE2\xE5\xF2 \xEC\xE8\xF0").encoding, TextEncoding::Windows1251);
    // "Örebro, Malmö, Åre" in Windows-1252
    EXPECT_EQ(detectEncoding("\xD6rebro, Malm\xF6, \xC5re").encoding, TextEncoding::Windows1252);
}

TEST(ToUtf8, ConvertsCodePagesAndUtf16) {
    EXPECT_EQ(toUtf8("Za\xBF\xF3\xB3\xE6", TextEncoding::Windows1250), "Zażółć");
    EXPECT_EQ(toUtf8("\xCF\xF0\xE8\xE2\xE5\xF2", TextEncoding::Windows1251), "Привет");
    EXPECT_EQ(toUtf8("Malm\xF6", TextEncoding::Windows1252), "Malmö");
    EXPECT_EQ(toUtf8(std::string_view("\xFF\xFEO\0\x1B\x01", 6), TextEncoding::Utf16LE), "Oě");
    EXPECT_THROW(toUtf8(std::string_view("\xFF\xFEO", 3), TextEncoding::Utf16LE), std::runtime_error);
}

TEST(ExactDecimal, QuantityTimesUnitPriceIsExactAndRoundedHalfToEvenOnce) {
    const auto price = parseExactDecimal("4,8533", DecimalSeparator::Comma);
    ASSERT_TRUE(price);
    EXPECT_EQ(price->units, 48533);
    EXPECT_EQ(price->scale, 4);
    const auto quantity = parseExactDecimal("-3", DecimalSeparator::Point);
    const auto total = multiply(*quantity, *price);
    ASSERT_TRUE(total);
    const auto money = roundHalfEven(*total);
    ASSERT_TRUE(money);
    EXPECT_EQ(money->money, Money::fromMinor(-1456)); // -14.5599
    EXPECT_TRUE(money->rounded);
    EXPECT_EQ(roundHalfEven(*parseExactDecimal("0.125", DecimalSeparator::Point))->money, Money::fromMinor(12));
    EXPECT_EQ(roundHalfEven(*parseExactDecimal("0.135", DecimalSeparator::Point))->money, Money::fromMinor(14));
    EXPECT_EQ(roundHalfEven(*parseExactDecimal("-0.125", DecimalSeparator::Point))->money, Money::fromMinor(-12));
    EXPECT_EQ(roundHalfEven(*parseExactDecimal("0.1251", DecimalSeparator::Point))->money, Money::fromMinor(13));
    EXPECT_FALSE(roundHalfEven(*parseExactDecimal("1 234,5", DecimalSeparator::Comma))->rounded);
    EXPECT_EQ(roundHalfEven(*parseExactDecimal("1 234,5", DecimalSeparator::Comma))->money, Money::fromMinor(123450));
    EXPECT_EQ(subtract(*parseExactDecimal("10", DecimalSeparator::Point),
                       *parseExactDecimal("0.005", DecimalSeparator::Point))
                  ->units,
              9995);
    EXPECT_FALSE(parseExactDecimal("12.3.4", DecimalSeparator::Point));
    EXPECT_FALSE(parseExactDecimal("", DecimalSeparator::Point));
    EXPECT_FALSE(multiply(*parseExactDecimal("9999999999", DecimalSeparator::Point),
                          *parseExactDecimal("9999999999.99", DecimalSeparator::Point)))
        << "an overflow is refused, not wrapped";
}

TEST(DateOrderEvidence, NamesTheFirstRowThatDecidesAndWhatContradictsAChoice) {
    DateOrderEvidence evidence;
    evidence.add("01/02/2011", 1);
    evidence.add("03/04/2011 10:15", 2);
    evidence.add("12/13/2010 9:00", 3);
    evidence.add("12/14/2010", 4);
    EXPECT_EQ(evidence.guess().order, DateOrder::MonthDayYear);
    EXPECT_EQ(evidence.decidingRows(), 2);
    ASSERT_TRUE(evidence.firstMonthFirst());
    EXPECT_EQ(evidence.firstMonthFirst()->row, 3);
    EXPECT_EQ(evidence.firstMonthFirst()->value, "12/13/2010 9:00");
    EXPECT_FALSE(evidence.contradiction(DateOrder::MonthDayYear));
    ASSERT_TRUE(evidence.contradiction(DateOrder::DayMonthYear));
    EXPECT_EQ(evidence.contradiction(DateOrder::DayMonthYear)->row, 3);
    evidence.add("13/12/2010", 5); // now the column says both: nothing decides
    EXPECT_FALSE(evidence.guess().order);
}
