// The Analytics page says what the data cannot support: a ranking by revenue for lack of margins, lapsed
// customers beside the (zero) lost ones, and a weak model fit with what follows. Small real SQLite bases.
#include "analysis_service.h"
#include "main_window.h"
#include "pages/analytics_page.h"
#include "storage/fixtures.h"
#include "support/temp_dir.h"
#include "ui/english.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtCharts/QChartView>

#include <gtest/gtest.h>

using namespace rapport;
using namespace rapport::test;

namespace {

std::string day(int year, int month, int dayOfMonth) {
    char text[32]; // room for any int, or GCC's format check fails the -O1 sanitizer build
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, dayOfMonth);
    return text;
}

/**
 * `steady` buyers who buy every month of 2024 and 2025, and `stopped` ones who bought monthly in 2024 only;
 * no purchase carries a margin.
 */
void fillBase(const std::string& path, int steady, int stopped) {
    auto repository = storage::openRepository(path);
    for (int i = 0; i < steady + stopped; ++i) {
        const auto id = repository->addCustomer(makeCustomer("Buyer " + std::to_string(i)));
        const int lastYear = i < stopped ? 2024 : 2025;
        for (int year = 2024; year <= lastYear; ++year) {
            for (int month = 1; month <= 12; ++month) {
                auto e = makePurchase(id, day(year, month, 1 + i % 27), 1'000 + 300 * i);
                e.margin.reset();
                repository->addEpisode(e);
            }
        }
    }
}

void openAndAnalyse(ui::MainWindow& window, const std::string& path) {
    QSignalSpy finished(window.analysis(), &ui::AnalysisService::finished);
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(path)));
    ASSERT_TRUE(finished.wait(60'000));
    ASSERT_TRUE(finished.front().at(0).toBool()) << finished.front().at(1).toString().toStdString();
}

/** A chart's title as read, without the line breaks it was wrapped with. */
std::string chartTitle(const ui::AnalyticsPage& page, const char* objectName) {
    const auto* view = page.findChild<QChartView*>(QString::fromLatin1(objectName));
    return view->chart()->title().replace(QStringLiteral("<br>"), QStringLiteral(" ")).toStdString();
}

} // namespace

TEST(HonestAnalyticsPage, SaysTheRankingIsByRevenueAndShowsLapsedBesideLost) {
    TempDir dir;
    const auto path = dir.file("no-margins.sqlite");
    fillBase(path, 30, 8);
    ui::MainWindow window;
    openAndAnalyse(window, path);
    window.showPage(ui::MainWindow::AnalyticsPageIndex);
    const auto* page = window.analyticsPage();
    const auto snapshot = window.analysis()->snapshot();
    ASSERT_TRUE(snapshot);
    ASSERT_TRUE(snapshot->analysis.ranking.basis.fellBackToRevenue);

    const auto* notes = page->limitationsLabel();
    EXPECT_FALSE(notes->isHidden());
    const auto text = asEnglish(notes->text()).toStdString();
    EXPECT_NE(text.find("Ranked by revenue, not profit: no purchase analysed carries a margin"), std::string::npos)
        << text;
    EXPECT_NE(text.find("Nobody was recorded as lost in the last year, but 8 buyers lapsed"), std::string::npos)
        << text;
    EXPECT_NE(chartTitle(*page, "paretoChart").find("Pareto curve of revenue (no margins recorded, so not of profit)"),
              std::string::npos)
        << chartTitle(*page, "paretoChart");
    const auto churn = chartTitle(*page, "churnReasonsChart");
    EXPECT_NE(churn.find("lost in the last year: 0"), std::string::npos) << churn;
    EXPECT_NE(churn.find("Lapsed in the last year: 8"), std::string::npos) << churn;
    EXPECT_NE(churn.find("Lost: recorded as lost with a reason."), std::string::npos) << churn;
}

TEST(HonestAnalyticsPage, NamesAWeakFitInTheModelFitChart) {
    // Everybody buys every month up to the end: nobody looks dead, so the dropout parameters are not pinned down.
    TempDir dir;
    const auto path = dir.file("steady.sqlite");
    fillBase(path, 40, 0);
    ui::MainWindow window;
    openAndAnalyse(window, path);
    window.showPage(ui::MainWindow::AnalyticsPageIndex);
    const auto* page = window.analyticsPage();
    const auto snapshot = window.analysis()->snapshot();
    ASSERT_TRUE(snapshot);
    ASSERT_TRUE(snapshot->analysis.fit.purchaseModelWeak);
    const auto title = chartTitle(*page, "modelFitChart");
    EXPECT_NE(title.find("WEAK FIT"), std::string::npos) << title;
    EXPECT_NE(page->limitationsLabel()->text().toStdString().find("Weak model fit:"), std::string::npos);
}
