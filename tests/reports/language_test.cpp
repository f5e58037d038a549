// Reports in the reader's language: every visible word looked up through Qt's translations (proved with a
// translator that marks every text it is asked for), numbers, dates and money in the language's locale, and
// machine-readable outputs kept plain with the currency in their headers.
#include "analytics/cohort_retention.h"
#include "reports/cell_text.h"
#include "reports/churn.h"
#include "reports/customer_profile_report.h"
#include "reports/html_report.h"
#include "reports/loyalty.h"
#include "reports/pdf/pdf_report.h"
#include "reports/profitability.h"
#include "reports/report_files.h"
#include "reports/report_fixture.h"
#include "reports/report_readback.h"
#include "support/office.h"

#include <QCoreApplication>
#include <QTranslator>

#include <filesystem>
#include <gtest/gtest.h>
#include <map>
#include <regex>

using namespace rapport;
using namespace rapport::test;

namespace {

constexpr std::string_view kOpen = "«";
constexpr std::string_view kClose = "»";

/** Answers every lookup, whatever its context, with the source text marked: «Loyalty report». */
class MarkingTranslator final : public QTranslator {
public:
    QString translate(const char*, const char* source, const char*, int) const override {
        return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
    }
    [[nodiscard]] bool isEmpty() const override { return false; }
};

/** The columns of each table whose cells are Rapport's words (stages, statuses, groups, decisions, reasons ...). */
const std::map<std::string, std::vector<std::size_t>> kWordColumns{
    {"ladder", {0}},        {"four_groups", {0}},       {"group_movement", {0}}, {"top_customers", {6, 7}},
    {"average_buyer", {0}}, {"ranking", {4}},           {"status", {0}},         {"reasons", {0}},
    {"customers", {2, 7}},  {"identity", {0}},          {"standing", {0}},       {"value", {0}},
    {"episode_kinds", {0}}, {"latest_episodes", {1, 2}}};

bool marked(const std::string& text) {
    return text.rfind(kOpen, 0) == 0 && text.find(kClose) != std::string::npos;
}

/** Words that are data or figures, not text of Rapport's: years ("2025"), "+1", quarters, percentages. */
bool figure(const std::string& text) {
    return std::regex_match(text, std::regex(R"([0-9+%., Q-]*)"));
}

class ReportLanguage : public ReportTest {
protected:
    void SetUp() override {
        reports::ensureGuiApplication();
        QCoreApplication::installTranslator(&m_marking);
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_marking); }

    /** The four reports, each made while the marking translator is installed. */
    [[nodiscard]] std::vector<reports::Report> everyReport() const {
        const auto id = s_analysis->ranking.ranked.front().id;
        return {reports::loyaltyReport(*s_analysis, analytics::computeCohortRetention(*s_repository, s_analysis->until),
                                       *s_context),
                reports::profitabilityReport(*s_analysis, *s_context), reports::churnReport(*s_analysis, *s_context),
                reports::customerProfileReport(*s_repository, *s_analysis, id, *s_context)};
    }

    MarkingTranslator m_marking;
};

/** What follows each `<tag` in the HTML, up to the next '<': the text of headings, header cells, chart texts. */
std::vector<std::string> elementTexts(const std::string& html, const std::string& tag) {
    std::vector<std::string> texts;
    for (auto at = html.find("<" + tag); at != std::string::npos; at = html.find("<" + tag, at + 1)) {
        if (const char next = html[at + 1 + tag.size()]; next != '>' && next != ' ') {
            continue; // <thead> is not <th>
        }
        const auto start = html.find('>', at) + 1;
        texts.push_back(html.substr(start, html.find('<', start) - start));
    }
    return texts;
}

} // namespace

TEST_F(ReportLanguage, EveryWordOfEveryReportIsLookedUpInTheTranslations) {
    for (const auto& report : everyReport()) {
        SCOPED_TRACE(report.title);
        EXPECT_TRUE(marked(report.title));
        for (const auto& [name, value] : report.facts) {
            EXPECT_TRUE(marked(name)) << name;
            if (name != "«Database»" && name != "«Currency»") {
                EXPECT_TRUE(marked(value)) << name << ": " << value;
            }
        }
        for (const auto& section : report.sections) {
            EXPECT_TRUE(marked(section.heading)) << section.heading;
            for (const auto& paragraph : section.paragraphs) {
                EXPECT_TRUE(marked(paragraph)) << paragraph;
            }
            for (const auto& chart : section.charts) {
                EXPECT_TRUE(marked(chart.title)) << chart.title;
                for (const auto& series : chart.series) {
                    EXPECT_TRUE(marked(series.name) || figure(series.name)) << series.name;
                }
                for (const auto& category : chart.categories) {
                    EXPECT_TRUE(marked(category) || figure(category)) << chart.title << ": " << category;
                }
            }
            for (const auto& table : section.tables) {
                EXPECT_TRUE(marked(table.title)) << table.title;
                EXPECT_TRUE(marked(table.sheet)) << table.id;
                for (const auto& column : table.columns) {
                    EXPECT_TRUE(marked(column.title)) << table.id << ": " << column.title;
                }
                const auto words = kWordColumns.find(table.id);
                for (const auto& row : table.rows) {
                    for (const auto c : words == kWordColumns.end() ? std::vector<std::size_t>{} : words->second) {
                        const auto* text = c < row.size() ? std::get_if<std::string>(&row[c]) : nullptr;
                        EXPECT_TRUE(text == nullptr || text->empty() || marked(*text)) << table.id << ": " << *text;
                    }
                }
            }
        }
    }
}

TEST_F(ReportLanguage, TheWordsStayTranslatedInHtmlCsvXlsxAndPdf) {
    const auto report = everyReport().front(); // the loyalty report
    const auto html = reports::htmlReport(report);
    for (const auto* tag : {"h1", "h2", "h3", "th"}) {
        for (const auto& text : elementTexts(html, tag)) {
            EXPECT_TRUE(marked(text)) << "<" << tag << ">" << text;
        }
    }
    for (const auto& text : elementTexts(html, "text")) { // chart titles, legends, axes and categories
        EXPECT_TRUE(marked(text) || figure(text)) << "<text>" << text;
    }

    const auto csv = m_out.path() / "loyalty.csv";
    for (const auto& file : reports::writeReportFile(report, reports::ReportFormat::Csv, csv.string())) {
        const auto rows = parseCsv(readBytes(file));
        ASSERT_FALSE(rows.empty()) << file;
        for (const auto& header : rows.front()) {
            EXPECT_TRUE(marked(header)) << file << ": " << header;
        }
    }

    if (haveLibreOffice()) {
        const auto xlsx = m_out.path() / "loyalty.xlsx";
        reports::writeReportFile(report, reports::ReportFormat::Xlsx, xlsx.string());
        const auto sheets = sheetsViaLibreOffice(xlsx, m_out.path(), true);
        EXPECT_EQ(sheets.size(), reports::allTables(report).size() + 1);
        for (const auto& [name, rows] : sheets) {
            EXPECT_TRUE(marked(name)) << name;
            ASSERT_FALSE(rows.empty()) << name;
            for (const auto& header : rows.front()) {
                EXPECT_TRUE(marked(header)) << name << ": " << header;
            }
        }
    }

    if (havePdfToText()) {
        const auto pdf = m_out.path() / "loyalty.pdf";
        reports::writePdfReport(report, pdf.string());
        const auto text = pdfText(pdf);
        EXPECT_NE(text.find("«Loyalty report»"), std::string::npos) << text;
        EXPECT_NE(text.find("«page 1 of"), std::string::npos); // the footer is worded when the PDF is drawn
        // Charts are pictures in the PDF; the HTML above showed their words marked.
        for (const auto& section : report.sections) {
            EXPECT_NE(text.find(section.heading), std::string::npos) << section.heading;
        }
    }
}

TEST_F(ReportTest, MoneyNumbersAndDatesFollowTheLanguageAndTheCurrency) {
    auto context = *s_context;
    context.language = "pl";
    context.currency = "PLN";
    const auto report = reports::loyaltyReport(
        *s_analysis, analytics::computeCohortRetention(*s_repository, s_analysis->until), context);
    EXPECT_EQ(report.language, "pl");
    const auto& top = tableNamed(report, "top_customers");
    const double value = std::get<double>(top.rows.front()[3]);
    const reports::Formatting polish("pl", "PLN");
    const std::string shown = withPlainSpaces(polish.money(value));
    EXPECT_NE(shown.find(" zł"), std::string::npos) << shown;
    EXPECT_NE(shown.find(','), std::string::npos) << shown;

    // PDF and HTML: the reader's formats, the currency's sign.
    const auto html = withPlainSpaces(reports::htmlReport(report));
    EXPECT_NE(html.find("<html lang=\"pl\">"), std::string::npos);
    EXPECT_NE(html.find(shown), std::string::npos) << shown;
    EXPECT_NE(html.find(withPlainSpaces(polish.date(s_analysis->current.to))), std::string::npos);
    EXPECT_NE(html.find("Currency"), std::string::npos);

    // CSV: plain numbers with '.' decimals, the currency in the money columns' headers.
    const auto csv = m_out.path() / "loyalty.csv";
    reports::writeReportFile(report, reports::ReportFormat::Csv, csv.string());
    const auto rows = parseCsv(readBytes((m_out.path() / "loyalty.top_customers.csv").string()));
    ASSERT_GT(rows.size(), 1U);
    EXPECT_EQ(rows[0][3], "Value (PLN)");
    EXPECT_EQ(rows[0][4], "Cumulative share"); // only money says its currency
    EXPECT_EQ(rows[1][3], reports::plainText(value, reports::CellType::Money));
    EXPECT_NE(rows[1][3].find('.'), std::string::npos);

    // XLSX: number cells (LibreOffice reads the stored value back), the currency in the header.
    if (!haveLibreOffice()) {
        GTEST_SKIP() << "LibreOffice (soffice) is not installed; cmake/test.cmake installs libreoffice-calc-nogui";
    }
    const auto xlsx = m_out.path() / "loyalty.xlsx";
    reports::writeReportFile(report, reports::ReportFormat::Xlsx, xlsx.string());
    const auto sheets = sheetsViaLibreOffice(xlsx, m_out.path(), false);
    ASSERT_TRUE(sheets.contains("Top customers"));
    const auto& sheet = sheets.at("Top customers");
    EXPECT_EQ(sheet[0][3], "Value (PLN)");
    EXPECT_NEAR(std::stod(sheet[1][3]), value, 1e-6);
    ASSERT_TRUE(sheets.contains("About"));
    bool currency = false;
    for (const auto& row : sheets.at("About")) {
        currency = currency || (row.size() > 1 && row[0] == "Currency" && row[1] == "PLN");
    }
    EXPECT_TRUE(currency);
}

TEST_F(ReportTest, SwedishFiguresCarryTheirCurrencyInThePdf) {
    if (!havePdfToText() || !haveLibreOffice()) {
        GTEST_SKIP() << "pdftotext or LibreOffice is not installed; cmake/test.cmake installs both";
    }
    const auto readBack = readBackLoyaltyReport(*s_repository, *s_analysis, "sv", "SEK", m_out.path());
    const auto pdf = withPlainSpaces(readBack.pdf);
    // The four groups' cost threshold, in the sentence that introduces them: "... (high from 1 234,56 kr) ...".
    const auto threshold =
        withPlainSpaces(reports::Formatting("sv", "SEK").money(s_analysis->fourGroups.costThreshold));
    EXPECT_NE(threshold.find(" kr"), std::string::npos) << threshold;
    EXPECT_NE(pdf.find(threshold), std::string::npos) << threshold << "\n" << pdf;
    EXPECT_NE(pdf.find(s_analysis->current.to.toIso()), std::string::npos); // Swedish short dates are ISO dates
    const auto sheets = readBack.sheetsText();
    EXPECT_NE(sheets.find("(SEK)"), std::string::npos) << sheets;
}
