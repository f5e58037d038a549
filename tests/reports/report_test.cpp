// Reports written in every format and read back by other programs: LibreOffice for XLSX, pdftotext for PDF.
#include "analytics/cohort_retention.h"
#include "reports/cell_text.h"
#include "reports/chart_layout.h"
#include "reports/churn.h"
#include "reports/customer_profile_report.h"
#include "reports/html_report.h"
#include "reports/loyalty.h"
#include "reports/pdf/pdf_report.h"
#include "reports/profitability.h"
#include "reports/report_files.h"
#include "reports/report_fixture.h"
#include "support/office.h"

#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <gtest/gtest.h>

using namespace rapport;
using namespace rapport::test;
using reports::Cell;
using reports::CellType;

namespace {

double number(const std::string& text) {
    return std::stod(text);
}

} // namespace

TEST(CellText, ShowsMoneySharesIdsAndDatesTheWayReadersOfTheLanguageExpect) {
    const reports::Formatting polish("pl", "PLN");
    EXPECT_EQ(withPlainSpaces(polish.cell(Cell(12345.67), CellType::Money)), "12 345,67 zł");
    EXPECT_EQ(withPlainSpaces(polish.cell(Cell(0.2534), CellType::Percent)), "25,3 %");
    EXPECT_EQ(polish.cell(Cell(std::int64_t{2026}), CellType::Id), "2026");
    EXPECT_EQ(withPlainSpaces(polish.cell(Cell(std::int64_t{12345}), CellType::Integer)), "12 345");
    EXPECT_EQ(polish.cell(Cell(core::Date::fromYmd(2026, 7, 1)), CellType::Date), "1.07.2026");
    EXPECT_EQ(polish.cell(Cell(), CellType::Money), "");
    // A count among amounts (table 7.3's purchases per year) gets no currency sign.
    EXPECT_EQ(polish.cell(Cell(reports::Quantity{4.47}), CellType::Money), "4,47");
    EXPECT_EQ(reports::plainText(Cell(reports::Quantity{4.47}), CellType::Money), "4.47");
    const reports::Formatting swedish("sv", "SEK");
    EXPECT_EQ(withPlainSpaces(swedish.cell(Cell(12345.67), CellType::Money)), "12 345,67 kr");
    EXPECT_EQ(withPlainSpaces(swedish.cell(Cell(-488.08), CellType::Money)), "-488,08 kr");
    EXPECT_EQ(withPlainSpaces(swedish.decimal(1.5, 1)), "1,5");
    EXPECT_EQ(swedish.cell(Cell(core::Date::fromYmd(2026, 1, 5)), CellType::Date), "2026-01-05");
    // Without a currency an amount is a plain number in the locale's way.
    EXPECT_EQ(withPlainSpaces(reports::Formatting("sv").money(1234567.5)), "1 234 567,50");
    // CSV keeps plain numbers a spreadsheet reads back exactly, whatever the language.
    EXPECT_EQ(reports::plainText(Cell(1234567.5), CellType::Money), "1234567.50");
    EXPECT_EQ(reports::plainText(Cell(0.25), CellType::Percent), "0.2500");
    EXPECT_EQ(reports::plainText(Cell(std::nan("")), CellType::Number), "");
}

TEST(CellText, EnglishDatesSpellTheMonthUnlessTheSystemIsEnglish) {
    // The process's default locale comes back however the test ends.
    struct DefaultLocale {
        QLocale before;
        ~DefaultLocale() { QLocale::setDefault(before); }
    } restore;
    const auto july = Cell(core::Date::fromYmd(2026, 7, 1));
    QLocale::setDefault(QLocale::c()); // a server or a CI machine
    EXPECT_EQ(reports::Formatting("en").cell(july, CellType::Date), "1 Jul 2026");
    // A German desktop: Rapport has no German, so its words are English and the system's formats stay the default.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(reports::Formatting("en").cell(july, CellType::Date), "1 Jul 2026");
    EXPECT_EQ(reports::Formatting("pl").cell(july, CellType::Date), "1.07.2026");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // the user's own English
    EXPECT_EQ(reports::Formatting("en").cell(july, CellType::Date), "7/1/26");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_EQ(reports::Formatting("en").cell(july, CellType::Date), "01/07/2026");
}

TEST(ChartLayout, SharesGetAZeroToHundredAxisAndEveryFewCategoryALabel) {
    reports::Chart chart;
    chart.percent = true;
    chart.title = "Shares";
    chart.categories = {"lack of attention and interest", "lower prices", "moved"};
    chart.series = {{"yours", {0.65, 0.1, 0.05}, false}, {"benchmark", {0.675, 0.095, 0.045}, true}};
    const auto drawing = reports::layOutChart(chart, 420, 190);
    std::vector<std::string> texts;
    int bars = 0;
    for (const auto& shape : drawing.shapes) {
        if (shape.kind == reports::ChartShape::Kind::Text) {
            texts.push_back(shape.text);
        }
        if (shape.kind == reports::ChartShape::Kind::Rect) {
            ++bars;
            EXPECT_GE(shape.xy[0], 0);
            EXPECT_LE(shape.xy[0] + shape.xy[2], 420);
        }
    }
    EXPECT_EQ(bars, 6);
    EXPECT_NE(std::find(texts.begin(), texts.end(), "100 %"), texts.end());
    EXPECT_EQ(std::find(texts.begin(), texts.end(), "120 %"), texts.end());
    EXPECT_NE(std::find(texts.begin(), texts.end(), "moved"), texts.end());
    EXPECT_NE(std::find(texts.begin(), texts.end(), "lower prices"), texts.end());
    // The long label is shortened to its slot, not dropped.
    EXPECT_TRUE(std::any_of(texts.begin(), texts.end(), [](const std::string& t) { return t.rfind("lack", 0) == 0; }));
}

TEST_F(ReportTest, LoyaltyReportHoldsTheLadderCohortsGroupsAndTopCustomers) {
    const auto cohorts = analytics::computeCohortRetention(*s_repository, s_analysis->until);
    const auto report = reports::loyaltyReport(*s_analysis, cohorts, *s_context);
    const auto& ladder = tableNamed(report, "ladder");
    ASSERT_EQ(ladder.rows.size(), core::kLadderStages);
    std::int64_t total = 0;
    for (std::size_t s = 0; s < core::kLadderStages; ++s) {
        EXPECT_EQ(std::get<std::int64_t>(ladder.rows[s][1]), s_analysis->ladder.customersPerStage[s]);
        total += std::get<std::int64_t>(ladder.rows[s][1]);
    }
    EXPECT_EQ(total, static_cast<std::int64_t>(s_analysis->profiles.size()));
    const auto& cohortTable = tableNamed(report, "cohorts");
    ASSERT_FALSE(cohortTable.rows.empty());
    for (const auto& row : cohortTable.rows) {
        for (std::size_t c = 2; c < row.size(); ++c) {
            const double share = std::get<double>(row[c]);
            EXPECT_GE(share, 0);
            EXPECT_LE(share, 1);
        }
    }
    const auto& top = tableNamed(report, "top_customers");
    ASSERT_EQ(top.rows.size(), 20U);
    EXPECT_EQ(std::get<std::int64_t>(top.rows[0][1]), s_analysis->ranking.ranked[0].id);
    EXPECT_EQ(report.facts.front().first, "Period");
}

TEST_F(ReportTest, TheLadderSaysHowManyStagesWereSetByHandOnlyWhenSomeWere) {
    const auto cohorts = analytics::computeCohortRetention(*s_repository, s_analysis->until);
    const auto ladderText = [&](std::int64_t setByHand) {
        auto analysis = *s_analysis;
        analysis.ladder.setByHand = setByHand;
        const auto report = reports::loyaltyReport(analysis, cohorts, *s_context);
        for (const auto& section : report.sections) {
            if (section.heading == "Relationship ladder") {
                EXPECT_EQ(section.paragraphs.size(), 1U);
                return section.paragraphs.empty() ? std::string() : section.paragraphs.front();
            }
        }
        ADD_FAILURE() << "no section \"Relationship ladder\"";
        return std::string();
    };
    const auto none = ladderText(0);
    EXPECT_NE(none.find("marketing aims to move people"), std::string::npos) << none;
    EXPECT_EQ(none.find("set by hand"), std::string::npos) << none;
    // Without a translator (as here) the sentence keeps its source's "customer(s)"; the app installs English plurals.
    for (const std::int64_t set : {1, 3}) {
        const auto some = ladderText(set);
        EXPECT_NE(some.find(std::to_string(set) + " customer"), std::string::npos) << some;
        EXPECT_NE(some.find("set by hand"), std::string::npos) << some;
    }
}

TEST_F(ReportTest, CohortRetentionCountsEachBuyerOnceInTheYearOfTheFirstPurchase) {
    const auto retention = analytics::computeCohortRetention(*s_repository, s_analysis->until);
    std::int64_t buyers = 0;
    for (const auto& cohort : retention.cohorts) {
        buyers += cohort.customers;
        EXPECT_EQ(cohort.retained.size(), static_cast<std::size_t>(s_analysis->until.year() - cohort.year));
    }
    std::int64_t withPurchase = 0;
    for (const auto& profile : s_analysis->profiles) {
        withPurchase += profile.firstPurchase && profile.firstPurchase->year() > s_analysis->until.year() - 8 ? 1 : 0;
    }
    EXPECT_EQ(buyers, withPurchase);
}

TEST_F(ReportTest, XlsxReportOpensInLibreOfficeWithTheSameValues) {
    if (!haveLibreOffice()) {
        GTEST_SKIP() << "LibreOffice (soffice) is not installed; cmake/test.cmake installs libreoffice-calc-nogui";
    }
    const auto report = reports::profitabilityReport(*s_analysis, *s_context);
    const auto path = m_out.path() / "profitability.xlsx";
    reports::writeReportFile(report, reports::ReportFormat::Xlsx, path.string());
    const auto sheets = sheetsViaLibreOffice(path, m_out.path(), false);
    ASSERT_TRUE(sheets.contains("About")) << "sheets: " << sheets.size();
    ASSERT_TRUE(sheets.contains("Ranking"));
    ASSERT_TRUE(sheets.contains("Pareto"));
    const auto& about = sheets.at("About");
    EXPECT_EQ(about[1][0], "Period");
    const auto& ranking = sheets.at("Ranking");
    const auto& expected = tableNamed(report, "ranking");
    ASSERT_EQ(ranking.size(), expected.rows.size() + 1); // every buyer, not just the printed rows
    EXPECT_EQ(ranking[0][0], "Rank");
    for (std::size_t r = 0; r < expected.rows.size(); r += 37) {
        EXPECT_EQ(number(ranking[r + 1][1]), static_cast<double>(std::get<std::int64_t>(expected.rows[r][1])));
        EXPECT_EQ(ranking[r + 1][2], std::get<std::string>(expected.rows[r][2]));
        EXPECT_NEAR(number(ranking[r + 1][5]), std::get<double>(expected.rows[r][5]), 1e-6); // average sale
    }
    const auto& average = sheets.at("Average buyer");
    const auto& expectedAverage = tableNamed(report, "average_buyer");
    ASSERT_EQ(average.size(), expectedAverage.rows.size() + 1);
    EXPECT_NEAR(number(average[1][1]), std::get<double>(expectedAverage.rows[0][1]), 1e-6);
}

TEST_F(ReportTest, PdfReportsCarryTheirFiguresAsText) {
    if (!havePdfToText()) {
        GTEST_SKIP() << "pdftotext is not installed; cmake/test.cmake installs poppler-utils";
    }
    reports::ensureGuiApplication();
    const auto churn = reports::churnReport(*s_analysis, *s_context);
    const auto path = m_out.path() / "churn.pdf";
    reports::writePdfReport(churn, path.string());
    const auto text = pdfText(path);
    EXPECT_NE(text.find("Churn report"), std::string::npos);
    EXPECT_NE(text.find("2026-07-01 09:00 UTC"), std::string::npos);
    EXPECT_NE(text.find(reports::Formatting(churn).percent(s_analysis->churn.churnRateLastYear)), std::string::npos);
    EXPECT_NE(text.find("65-70 %"), std::string::npos); // the seed's benchmark beside the user's share
    EXPECT_NE(text.find("page 1 of"), std::string::npos);

    const auto id = s_analysis->ranking.ranked.front().id;
    const auto profile = reports::customerProfileReport(*s_repository, *s_analysis, id, *s_context);
    const auto profilePath = m_out.path() / "profile.pdf";
    reports::writePdfReport(profile, profilePath.string());
    const auto profileText = pdfText(profilePath);
    EXPECT_NE(profileText.find(s_repository->customer(id)->displayName), std::string::npos);
    EXPECT_NE(profileText.find("1 Average single sale"), std::string::npos);
    EXPECT_NE(profileText.find("by profit"), std::string::npos) << "no \"fi\" ligature: the word reads as typed";
    EXPECT_FALSE(std::filesystem::exists(profilePath.string() + ".partial"));
}

TEST_F(ReportTest, ANarrowViewBreaksTableCellsBetweenWordsOnly) {
    // The app shows reports in a view as narrow as 700 pixels: the ranking's names and decisions must wrap
    // between words (the table grows wider and scrolls), not one letter a line beside money that never wraps.
    reports::ensureGuiApplication();
    const auto report = reports::profitabilityReport(*s_analysis, *s_context);
    QTextDocument document;
    reports::loadReportDocument(document, report);
    document.setTextWidth(700);
    (void)document.size(); // lays the whole document out
    int wrappedCellLines = 0;
    for (auto block = document.begin(); block != document.end(); block = block.next()) {
        if (QTextCursor(block).currentTable() == nullptr) {
            continue; // paragraphs wrap as ever; the cells are what the old wrapping broke
        }
        const QString text = block.text();
        const auto* layout = block.layout();
        for (int l = 1; l < layout->lineCount(); ++l) {
            const int start = layout->lineAt(l).textStart();
            ++wrappedCellLines;
            const bool insideAWord = start > 0 && start < text.size() && text.at(start - 1).isLetterOrNumber() &&
                                     text.at(start).isLetterOrNumber();
            EXPECT_FALSE(insideAWord) << "\"" << text.toStdString() << "\" broken before character " << start;
        }
    }
    EXPECT_GT(wrappedCellLines, 0) << "the view is narrow enough that some cells wrap";
}

TEST_F(ReportTest, HtmlAndCsvReportsAreCompleteAndEscaped) {
    auto report = reports::churnReport(*s_analysis, *s_context);
    report.facts.emplace_back("Filters", "<script>alert(1)</script>");
    const auto html = reports::htmlReport(report);
    EXPECT_NE(html.find("<svg"), std::string::npos);
    EXPECT_EQ(html.find("<script>"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);

    const auto path = m_out.path() / "churn.csv";
    const auto files = reports::writeReportFile(report, reports::ReportFormat::Csv, path.string());
    ASSERT_EQ(files.size(), reports::allTables(report).size() + 1);
    const auto status = parseCsv(readBytes(path.string()));
    ASSERT_EQ(status.size(), 5U);
    EXPECT_EQ(status[0][0], "Status");
    std::int64_t sum = 0;
    for (std::size_t r = 1; r < status.size(); ++r) {
        sum += std::stoll(status[r][1]);
    }
    std::int64_t buyers = 0;
    for (const auto n : s_analysis->churn.customersPerStatus) {
        buyers += n;
    }
    EXPECT_EQ(sum, buyers);
    const auto customers = parseCsv(readBytes((m_out.path() / "churn.customers.csv").string()));
    EXPECT_EQ(customers.size() - 1, tableNamed(report, "customers").rows.size()); // all of them, not 20
}

TEST_F(ReportTest, ProfileOfAMissingCustomerSaysSo) {
    EXPECT_THROW(reports::customerProfileReport(*s_repository, *s_analysis, 999'999, *s_context),
                 reports::NoSuchCustomer);
}

TEST_F(ReportTest, ReportsStateTheRankingBasisTheFitJudgementAndBothChurnDefinitions) {
    const auto fact = [](const reports::Report& report, const std::string& name) -> std::optional<std::string> {
        for (const auto& [key, value] : report.facts) {
            if (key == name) {
                return value;
            }
        }
        return std::nullopt;
    };
    const auto profitability = reports::profitabilityReport(*s_analysis, *s_context);
    ASSERT_TRUE(fact(profitability, "Ranking"));
    EXPECT_EQ(*fact(profitability, "Ranking"), analytics::rankBasisNote(s_analysis->ranking.basis));
    EXPECT_EQ(fact(profitability, "Model fit").has_value(), s_analysis->fit.weak());

    auto weak = *s_analysis;
    weak.fit.purchaseModelWeak = true;
    weak.fit.flaws.push_back({"BG/NBD", "a", 0.0034, 0.0103, analytics::ParameterFlaw::StandardErrorExceedsEstimate});
    const auto churn = reports::churnReport(weak, *s_context);
    ASSERT_TRUE(fact(churn, "Model fit"));
    EXPECT_EQ(fact(churn, "Model fit")->rfind("WEAK FIT. BG/NBD a = 0.0034 +/- 0.0103", 0), 0U);
    bool definitions = false;
    for (const auto& paragraph : churn.sections.front().paragraphs) {
        definitions = definitions || (paragraph.find("Lost: recorded as lost") != std::string::npos &&
                                      paragraph.find("Lapsed: no purchase for more than") != std::string::npos);
    }
    EXPECT_TRUE(definitions);

    weak.ranking.basis = analytics::chooseRankBasis(std::nullopt, false);
    const auto loyalty =
        reports::loyaltyReport(weak, analytics::computeCohortRetention(*s_repository, weak.until), *s_context);
    EXPECT_NE(fact(loyalty, "Ranking")->find("Ranked by revenue, not profit"), std::string::npos);
}
