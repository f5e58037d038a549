// The loyalty report in Polish and in Swedish as their readers get it: the PDF through pdftotext, the XLSX through
// LibreOffice. The words are the translators' own (resources/translations), so a missing or broken translation
// fails here.
#include "reports/report_context.h"
#include "reports/report_fixture.h"
#include "reports/report_readback.h"
#include "support/office.h"

#include <gtest/gtest.h>

namespace rapport::test {
namespace {

struct Expected {
    const char* language;
    const char* currency;
    std::vector<std::string> pdfWords;   // headings the PDF must show
    std::vector<std::string> sheetWords; // sheet names and headers LibreOffice must read
    const char* currencySign;            // after a money figure in the PDF
    const char* currencyHeader;          // in the money columns' headers of the XLSX
};

class TranslatedLoyaltyReport : public ReportTest, public ::testing::WithParamInterface<Expected> {};

TEST_P(TranslatedLoyaltyReport, ReadsInItsLanguageWithItsCurrency) {
    if (!havePdfToText() || !haveLibreOffice()) {
        GTEST_SKIP() << "pdftotext or LibreOffice is not installed; cmake/test.cmake installs both";
    }
    const Expected& expected = GetParam();
    const auto readBack =
        readBackLoyaltyReport(*s_repository, *s_analysis, expected.language, expected.currency, m_out.path());
    const std::string pdf = withPlainSpaces(readBack.pdf);
    for (const auto& word : expected.pdfWords) {
        EXPECT_NE(pdf.find(word), std::string::npos) << "PDF lacks \"" << word << "\":\n" << pdf.substr(0, 2000);
    }
    EXPECT_EQ(pdf.find("Loyalty report"), std::string::npos) << "the English title is left in the PDF";
    EXPECT_EQ(pdf.find("Relationship ladder"), std::string::npos) << "an English heading is left in the PDF";

    // A money figure with its currency: the four groups' cost threshold, as the language writes it.
    const std::string threshold = withPlainSpaces(
        reports::Formatting(expected.language, expected.currency).money(s_analysis->fourGroups.costThreshold));
    EXPECT_NE(threshold.find(expected.currencySign), std::string::npos) << threshold;
    EXPECT_NE(pdf.find(threshold), std::string::npos) << threshold;

    const std::string sheets = readBack.sheetsText();
    for (const auto& word : expected.sheetWords) {
        EXPECT_NE(sheets.find(word), std::string::npos) << "XLSX lacks \"" << word << "\":\n" << sheets.substr(0, 2000);
    }
    EXPECT_NE(sheets.find(expected.currencyHeader), std::string::npos) << sheets.substr(0, 2000);
}

INSTANTIATE_TEST_SUITE_P(
    PolishAndSwedish, TranslatedLoyaltyReport,
    ::testing::Values(
        Expected{"pl", "PLN", {"Raport lojalności", "Drabina lojalności"}, {"Drabina", "Klienci"}, " zł", "PLN"},
        Expected{"sv", "SEK", {"Lojalitetsrapport", "Relationstrappan"}, {"Relationstrappan", "Kunder"}, " kr", "SEK"}),
    [](const auto& testInfo) { return std::string(testInfo.param.language); });

} // namespace
} // namespace rapport::test
