#include "io/csv_reader.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using rapport::io::CsvReader;
using rapport::io::CsvRecord;

namespace {

std::vector<std::vector<std::string>> readAll(std::string_view text, char delimiter = ',') {
    CsvReader reader(text, delimiter);
    CsvRecord record;
    std::vector<std::vector<std::string>> rows;
    while (reader.next(record)) {
        rows.emplace_back(record.fields.begin(), record.fields.end());
    }
    return rows;
}

} // namespace

TEST(CsvReader, QuotedFieldsHoldDelimitersLineBreaksAndDoubledQuotes) {
    const auto rows = readAll("name,notes\r\n\"Smith, John\",\"said \"\"hi\"\"\nthen left\"\r\nO'Brien,\"\"\n");
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1][0], "Smith, John");
    EXPECT_EQ(rows[1][1], "said \"hi\"\nthen left");
    EXPECT_EQ(rows[2][0], "O'Brien");
    EXPECT_EQ(rows[2][1], "");
}

TEST(CsvReader, MixedLineEndingsAndBlankLinesAndLineNumbers) {
    CsvReader reader("a,b\r\n1,2\n\n3,4\r5,6", ',');
    CsvRecord record;
    std::vector<std::size_t> lines;
    std::vector<std::string> firsts;
    while (reader.next(record)) {
        lines.push_back(record.line);
        firsts.emplace_back(record.fields[0]);
    }
    EXPECT_EQ(firsts, (std::vector<std::string>{"a", "1", "3", "5"}));
    EXPECT_EQ(lines, (std::vector<std::size_t>{1, 2, 4, 5}));
}

TEST(CsvReader, LineNumbersCountBreaksInsideQuotes) {
    CsvReader reader("a,b\n\"x\ny\nz\",1\nnext,2\n", ',');
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.line, 2u);
    EXPECT_EQ(record.raw, "\"x\ny\nz\",1");
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.line, 5u);
    EXPECT_EQ(record.fields[0], "next");
}

TEST(CsvReader, UnterminatedQuoteIsOneMalformedRecordNamingItsLine) {
    CsvReader reader("a,b\n1,2\n3,\"never closed\n4,5\n", ',');
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    ASSERT_TRUE(reader.next(record));
    EXPECT_TRUE(record.error.empty());
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.error, "a quote opened on line 3 is never closed");
    EXPECT_EQ(record.raw, "3,\"never closed\n4,5\n");
    EXPECT_FALSE(reader.next(record));
}

TEST(CsvReader, TrailingDelimiterGivesAnEmptyLastField) {
    const auto rows = readAll("a;b;\n1;2;\n", ';');
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1], (std::vector<std::string>{"1", "2", ""}));
}

TEST(CsvReader, NulBytesAreDataNotTheEnd) {
    const std::string text("a,b\nx\0y,2\n", 10);
    const auto rows = readAll(text);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1][0], std::string("x\0y", 3));
}

TEST(CsvReader, HundredMegabyteFieldIsReadWhole) {
    std::string text = "name,notes\nbig,\"";
    text.append(100u << 20, 'x');
    text += "\"\n";
    const auto rows = readAll(text);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1][1].size(), 100u << 20);
}

TEST(DetectDelimiter, ChoosesTheConsistentSplitter) {
    EXPECT_EQ(rapport::io::detectDelimiter("a,b,c\n1,2,3\n"), ',');
    EXPECT_EQ(rapport::io::detectDelimiter("Nazwa;Kwota\n\"Kowalski, Jan\";1,50\nNowak;2,00\n"), ';');
    EXPECT_EQ(rapport::io::detectDelimiter("a\tb\n1\t2\n"), '\t');
    EXPECT_EQ(rapport::io::detectDelimiter("just one column\nvalue\n"), ',');
}

TEST(DetectDelimiter, ASemicolonFileWithDecimalCommasStaysSemicolonDespiteBrokenRows) {
    // An ERP's export: five columns, two amounts with decimal commas a row, so every row but the header also splits
    // steadily into three at its commas; two rows lost a field or gained one, as hand-edited files do.
    std::string text = "Nr dokumentu;Data wystawienia;Kontrahent;Wartość netto;Marża\r\n";
    for (int i = 1; i <= 20; ++i) {
        const auto n = std::to_string(i);
        text += "FV/" + n + "/2026;02.11.2026;K-" + n + ";1 250,00;300,00\r\n";
    }
    text += "FV/21/2026;03.11.2026;10,00;1,00\r\n";            // the buyer left out
    text += "FV/22/2026;04.11.2026;K-22;10,00;1,00;uwaga\r\n"; // a note after the last column
    EXPECT_EQ(rapport::io::detectDelimiter(text), ';');
}

TEST(DetectDelimiter, AHeaderlessSemicolonFileWithDecimalCommasStaysSemicolonDespiteBrokenRows) {
    // The same export without its header: the comma splits every row steadily into three between digits (its
    // amounts' decimal commas), while two hand-edited rows break the semicolon's count.
    std::string text;
    for (int i = 1; i <= 20; ++i) {
        const auto n = std::to_string(i);
        text += "FV/" + n + "/2026;02.11.2026;K-" + n + ";1 250,00;300,00\r\n";
    }
    text += "FV/21/2026;03.11.2026;10,00;1,00\r\n";
    text += "FV/22/2026;04.11.2026;K-22;10,00;1,00;uwaga\r\n";
    EXPECT_EQ(rapport::io::detectDelimiter(text), ';');
    // Where every value is a number the comma stays the delimiter: nothing else splits the rows.
    EXPECT_EQ(rapport::io::detectDelimiter("1,2,3\n4,5,6\n7,8,9\n"), ',');
    // So it does beside a semicolon that splits fewer of them.
    EXPECT_EQ(rapport::io::detectDelimiter("1,2,3;4\n5,6,7;8\n"), ',');
}
