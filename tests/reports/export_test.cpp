// The streamed table writers the exports use, read back by LibreOffice.
#include "reports/table_writer.h"
#include "reports/xlsx_writer.h"
#include "support/office.h"
#include "support/temp_dir.h"

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>
#include <sstream>

using namespace rapport;
using namespace rapport::test;
using reports::Cell;
using reports::CellType;

namespace {

const std::vector<reports::Column> kColumns{{"id", CellType::Id},
                                            {"name", CellType::Text},
                                            {"joined", CellType::Date},
                                            {"revenue", CellType::Money},
                                            {"share", CellType::Percent}};

std::vector<std::vector<Cell>> sampleRows() {
    return {
        {std::int64_t{1}, std::string("=1+1"), core::Date::fromYmd(2026, 1, 5), 1234.5, 0.25},
        {std::int64_t{2}, std::string("Zieliński, \"Piotr\"\nline two"), Cell(), -488.08, Cell()},
        {std::int64_t{9'007'199'254'740'993}, std::string("+48 012 345"), core::Date::fromYmd(1999, 12, 31), 0.0, 1.0}};
}

/** The sample rows as the CSV writer writes them, read back into cells. */
std::vector<std::vector<std::string>> writtenAsCsv() {
    std::ostringstream out;
    reports::CsvTableWriter writer(out);
    writer.beginTable("t", "t", kColumns);
    for (const auto& row : sampleRows()) {
        writer.addRow(row);
    }
    return parseCsv(out.str());
}

} // namespace

TEST(SheetName, KeepsExcelsRules) {
    EXPECT_EQ(reports::sheetName("customers", 1), "customers");
    EXPECT_EQ(reports::sheetName("a/b:c*d?e[f]", 1), "a_b_c_d_e_f_");
    EXPECT_EQ(reports::sheetName(std::string(40, 'x'), 1).size(), 31U);
    EXPECT_EQ(reports::sheetName(std::string(40, 'x'), 2), std::string(27, 'x') + " (2)");
    EXPECT_EQ(reports::sheetName("", 1), "Sheet");
}

TEST(CsvTableWriter, WritesRfc4180AndNeutralisesFormulas) {
    const auto rows = writtenAsCsv();
    ASSERT_EQ(rows.size(), 4U);
    EXPECT_EQ(rows[1][1], "'=1+1");
    EXPECT_EQ(rows[1][2], "2026-01-05");
    EXPECT_EQ(rows[1][3], "1234.50");
    EXPECT_EQ(rows[2][1], "Zieliński, \"Piotr\"\nline two");
    EXPECT_EQ(rows[2][3], "-488.08"); // a refund stays a number
    EXPECT_EQ(rows[3][0], "9007199254740993");
    EXPECT_EQ(rows[3][1], "'+48 012 345");
}

TEST(CsvTableWriter, WritesAmountsWithAPointUnderADecimalCommaLocale) {
    // The app and the report commands run with the user's LC_NUMERIC (Qt sets the locale from the environment); a
    // Polish one made printf write "12,50", which the CSV then quoted as text. Compiled here from Debian's
    // `locales` sources (cmake/Dependencies.cmake installs them), since a machine need not have it generated.
    TempDir dir;
    const auto compiled = dir.path() / "pl_PL.UTF-8";
    const auto command = "localedef -i pl_PL -f UTF-8 '" + compiled.string() + "' 2>/dev/null";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    ::setenv("LOCPATH", dir.path().c_str(), 1);
    ASSERT_NE(std::setlocale(LC_NUMERIC, "pl_PL.UTF-8"), nullptr);
    char printed[32];
    std::snprintf(printed, sizeof printed, "%.2f", 12.5);
    EXPECT_STREQ(printed, "12,50") << "the locale did not take effect, so this test would prove nothing";

    const auto rows = writtenAsCsv();
    std::setlocale(LC_NUMERIC, "C");
    ::unsetenv("LOCPATH");
    ASSERT_EQ(rows.size(), 4U);
    EXPECT_EQ(rows[1][3], "1234.50");
    EXPECT_EQ(rows[1][4], "0.2500");
    EXPECT_EQ(rows[2][3], "-488.08");
    EXPECT_EQ(rows[3][3], "0.00");
    EXPECT_EQ(rows[3][4], "1.0000");
}

TEST(XlsxWorkbook, LibreOfficeReadsTypedCellsAndTextStaysText) {
    if (!haveLibreOffice()) {
        GTEST_SKIP() << "LibreOffice (soffice) is not installed; cmake/test.cmake installs libreoffice-calc-nogui";
    }
    TempDir dir;
    const auto path = dir.path() / "sample.xlsx";
    {
        reports::XlsxWorkbook workbook(path.string());
        workbook.beginTable("customers", "customers", kColumns);
        for (const auto& row : sampleRows()) {
            workbook.addRow(row);
        }
        workbook.addRow({std::int64_t{4}, std::string(40'000, 'a')});
        workbook.endTable();
        EXPECT_FALSE(std::filesystem::exists(path)); // nothing visible before close
        workbook.close();
        EXPECT_EQ(workbook.truncatedCells(), 1);
    }
    EXPECT_FALSE(std::filesystem::exists(path.string() + ".partial"));
    const auto shown = sheetsViaLibreOffice(path, dir.path(), true);
    ASSERT_EQ(shown.size(), 1U);
    const auto& rows = shown.begin()->second;
    ASSERT_EQ(rows.size(), 5U);
    EXPECT_EQ(rows[0][2], "joined");
    EXPECT_EQ(rows[1][1], "=1+1"); // a string cell, never evaluated
    EXPECT_EQ(rows[1][2], "2026-01-05");
    EXPECT_EQ(rows[1][3], "1,234.50");
    EXPECT_EQ(rows[1][4].rfind("25", 0), 0U) << rows[1][4]; // LibreOffice shows shares as "25%" or "25.0%"
    EXPECT_EQ(rows[1][4].back(), '%');
    EXPECT_EQ(rows[2][1], "Zieliński, \"Piotr\"\nline two");
    EXPECT_EQ(rows[2][2], "");
    EXPECT_EQ(rows[2][3], "-488.08");
    EXPECT_EQ(rows[3][1], "+48 012 345");
    EXPECT_EQ(rows[4][1].size(), 32'767U);

    const auto values = sheetsViaLibreOffice(path, dir.path(), false);
    const auto& raw = values.begin()->second;
    EXPECT_EQ(raw[1][3], "1234.5");
    EXPECT_EQ(raw[3][3], "0");
}

TEST(XlsxWorkbook, AFailedWriteLeavesNoFile) {
    TempDir dir;
    const auto path = dir.path() / "missing-folder" / "out.xlsx";
    EXPECT_THROW(
        {
            reports::XlsxWorkbook workbook(path.string());
            workbook.beginTable("t", "t", kColumns);
            workbook.addRow(sampleRows()[0]);
            workbook.close();
        },
        std::runtime_error);
    EXPECT_FALSE(std::filesystem::exists(path));
    EXPECT_FALSE(std::filesystem::exists(path.string() + ".partial"));
}
