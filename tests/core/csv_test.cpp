#include "core/csv.h"

#include <cmath>
#include <gtest/gtest.h>

using rapport::core::csvNumber;
using rapport::core::csvText;

TEST(Csv, QuotesOnlyWhenNeeded) {
    EXPECT_EQ(csvText("Kowalski"), "Kowalski");
    EXPECT_EQ(csvText("Kowalski, Jan"), "\"Kowalski, Jan\"");
    EXPECT_EQ(csvText("the \"best\" client"), "\"the \"\"best\"\" client\"");
    EXPECT_EQ(csvText("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(csvText(""), "");
}

TEST(Csv, NeutralisesWhatASpreadsheetWouldRun) {
    EXPECT_EQ(csvText("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
    EXPECT_EQ(csvText("+48 600"), "'+48 600");
    EXPECT_EQ(csvText("-2+3"), "'-2+3");
    EXPECT_EQ(csvText("-488.08"), "-488.08"); // a plain number is data, not a formula
    EXPECT_EQ(csvText("-1e5"), "'-1e5");
    EXPECT_EQ(csvText("-"), "'-");
    EXPECT_EQ(csvText("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(csvText("\tcmd"), "'\tcmd");
    EXPECT_EQ(csvText("a=b"), "a=b"); // only the first character matters
}

TEST(Csv, NumbersReadBackExactly) {
    EXPECT_EQ(csvNumber(0.1), "0.1");
    EXPECT_EQ(csvNumber(25.757), "25.757");
    EXPECT_EQ(csvNumber(-3), "-3");
    EXPECT_EQ(std::stod(csvNumber(1.0 / 3)), 1.0 / 3);
    EXPECT_EQ(csvNumber(std::nan("")), "");
}

// The writer's fast path (appendCsvText: no copy when nothing needs guarding or quoting) must give csvText's field.
TEST(Csv, AppendingGivesTheSameFieldAsCsvText) {
    for (const std::string_view text :
         {"Kowalski", "", "Kowalski, Jan", "a \"b\"", "two\nlines", "carriage\rreturn", "=1+1", "+48", "-12.50", "-",
          "@x", "\tx", "\rx", "zażółć gęślą jaźń", "Hörnell; Åsa", "trailing,"}) {
        std::string out = "prefix|";
        rapport::core::appendCsvText(out, text);
        EXPECT_EQ(out, "prefix|" + csvText(text)) << text;
    }
    EXPECT_EQ(csvText("carriage\rreturn"), "\"carriage\rreturn\"");
}
