// The analytics page's Complaints and By dimension tabs on a demo base, each computed on a worker when shown and
// compared with the use case the CLI prints (app::complaintHandling, app::analyseByDimension); and the Campaigns
// page's report of the selected campaign, written on a worker and read back with pdftotext.
#include "analysis_service.h"
#include "app/attention.h"
#include "app/campaign_results.h"
#include "app/customer_knowledge.h"
#include "complaints_view.h"
#include "dimension_view.h"
#include "formatting.h"
#include "i18n/domain_terms.h"
#include "main_window.h"
#include "pages/analytics_page.h"
#include "pages/campaigns_page.h"
#include "support/office.h"
#include "ui/ui_fixture.h"

#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

namespace rapport::test {
namespace {

class AnalyticsTabsUiTest : public DemoDatabaseFixture {
protected:
    static void SetUpTestSuite() { createDemo(300); }
    /** Opens the demo base and waits for the analysis that opening starts: it stores the scores the tabs read. */
    static void openAndAnalyse(ui::MainWindow& window) {
        QSignalSpy finished(window.analysis(), &ui::AnalysisService::finished);
        ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
        ASSERT_TRUE(finished.wait(60'000));
    }
};

TEST_F(AnalyticsTabsUiTest, TheComplaintsTabShowsTheFiguresByOwnerAndByMonth) {
    ui::MainWindow window;
    openAndAnalyse(window);
    window.showPage(ui::MainWindow::AnalyticsPageIndex);
    auto* page = window.analyticsPage();
    auto* view = page->complaintsView();
    ASSERT_NE(view, nullptr);
    QSignalSpy computed(view, &ui::ComplaintsView::computed);
    page->tabs()->setCurrentWidget(view); // computed when shown, on a worker
    ASSERT_TRUE(computed.count() > 0 || computed.wait(60'000));

    auto repository = storage::openRepository(databasePath());
    const auto expected = app::complaintHandling(*repository, core::Date::today());
    ASSERT_GT(expected.total.complaints, 0) << "the demo records complaints";
    const QString summary = view->summary()->text();
    EXPECT_TRUE(summary.contains(ui::formatCount(expected.total.complaints) + QStringLiteral(" complaint")))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(ui::formatPercent(expected.total.shareAnswered(), 1))) << summary.toStdString();
    const QString silent = view->silentUnhappy()->text();
    EXPECT_TRUE(silent.contains(ui::formatPercent(expected.silentShare(), 1))) << silent.toStdString();
    EXPECT_TRUE(silent.contains(QStringLiteral("65 %")) && silent.contains(QStringLiteral("90 %")))
        << "the seeds' point beside the base's own figure: " << silent.toStdString();

    auto* owners = view->byOwner();
    ASSERT_EQ(owners->topLevelItemCount(), static_cast<int>(expected.byOwner.size()));
    for (int row = 0; row < owners->topLevelItemCount(); ++row) {
        const auto& group = expected.byOwner[static_cast<std::size_t>(row)];
        auto* item = owners->topLevelItem(row);
        if (!group.key.empty()) {
            EXPECT_EQ(item->text(0).toStdString(), group.key);
        }
        EXPECT_EQ(item->text(1), ui::formatCount(group.figures.complaints));
        EXPECT_EQ(item->text(2), ui::formatCount(group.figures.answered));
        EXPECT_EQ(item->text(3), ui::formatPercent(group.figures.shareAnswered(), 1));
    }
    auto* months = view->byMonth();
    ASSERT_EQ(months->topLevelItemCount(), static_cast<int>(expected.byMonth.size()));
    const auto& latest = expected.byMonth.back(); // shown first
    EXPECT_EQ(months->topLevelItem(0)->text(1), ui::formatCount(latest.figures.complaints));
}

TEST_F(AnalyticsTabsUiTest, TheByDimensionTabShowsTheBreakdownOfTheChosenDimension) {
    ui::MainWindow window;
    openAndAnalyse(window);
    window.showPage(ui::MainWindow::AnalyticsPageIndex);
    auto* page = window.analyticsPage();
    auto* view = page->dimensionView();
    ASSERT_NE(view, nullptr);
    QSignalSpy computed(view, &ui::DimensionView::computed);
    page->tabs()->setCurrentWidget(view);
    ASSERT_TRUE(computed.count() > 0 || computed.wait(60'000));

    auto repository = storage::openRepository(databasePath());
    const auto bySegment = app::analyseByDimension(*repository, analytics::Dimension::Segment, core::Date::today());
    ASSERT_TRUE(bySegment.scored) << "the analysis stored its scores: the groups and churn are filled";
    auto* values = view->valueTable();
    auto* groups = view->groupsTable();
    ASSERT_EQ(values->topLevelItemCount(), static_cast<int>(bySegment.rows.size()) + 1) << "the rows and the total";
    for (std::size_t row = 0; row < bySegment.rows.size(); ++row) {
        const auto& expected = bySegment.rows[row];
        auto* item = values->topLevelItem(static_cast<int>(row));
        if (!expected.value.empty()) {
            EXPECT_EQ(item->text(0).toStdString(), expected.value);
        }
        EXPECT_EQ(item->text(1), ui::formatCount(expected.customers));
        EXPECT_EQ(item->text(2), QLocale().toString(static_cast<qlonglong>(
                                     std::llround(core::Money::fromMinor(expected.revenueMinor).toDouble()))));
        EXPECT_EQ(item->text(4), ui::formatPercent(expected.revenueShare, 1));
        auto* group = groups->topLevelItem(static_cast<int>(row));
        EXPECT_EQ(group->text(1), ui::formatCount(expected.fourGroups[1]));
        EXPECT_EQ(group->text(9), ui::formatCount(expected.lost));
    }
    auto* total = values->topLevelItem(values->topLevelItemCount() - 1);
    EXPECT_EQ(total->text(1), ui::formatCount(bySegment.total.customers));

    computed.clear();
    view->setDimension(analytics::Dimension::AcquisitionChannel);
    ASSERT_TRUE(computed.wait(60'000));
    const auto byChannel =
        app::analyseByDimension(*repository, analytics::Dimension::AcquisitionChannel, core::Date::today());
    ASSERT_EQ(values->topLevelItemCount(), static_cast<int>(byChannel.rows.size()) + 1);
    bool named = false;
    for (std::size_t row = 0; row < byChannel.rows.size(); ++row) {
        const auto channel = core::fromCode<core::Channel>(byChannel.rows[row].value);
        if (channel) {
            EXPECT_EQ(values->topLevelItem(static_cast<int>(row))->text(0), i18n::term(*channel));
            named = true;
        }
        EXPECT_EQ(values->topLevelItem(static_cast<int>(row))->text(5),
                  QLocale().toString(static_cast<qlonglong>(
                      std::llround(core::Money::fromMinor(byChannel.rows[row].acquisitionCostMinor).toDouble()))));
    }
    EXPECT_TRUE(named) << "the demo records acquisition channels";
    EXPECT_EQ(values->headerItem()->text(0), QStringLiteral("Acquisition channel"));
}

TEST_F(AnalyticsTabsUiTest, TheCampaignsPageWritesTheSelectedCampaignsReport) {
    if (!havePdfToText()) {
        GTEST_SKIP() << "pdftotext is not installed";
    }
    ui::MainWindow window;
    auto& page = *window.campaignsPage();
    {
        QSignalSpy loaded(&page, &ui::CampaignsPage::loaded);
        ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
        ASSERT_TRUE(loaded.wait(30'000) || !page.entries().empty());
    }
    int reward = -1;
    for (int row = 0; row < page.table()->rowCount(); ++row) {
        if (page.table()->item(row, 0)->text() == QStringLiteral("Loyalty reward for regular customers")) {
            reward = row;
        }
    }
    ASSERT_GE(reward, 0);
    page.table()->selectRow(reward);
    const auto& entry = page.entries()[static_cast<std::size_t>(reward)];
    ASSERT_TRUE(entry.result.has_value());
    const auto& m = entry.result->measurement;

    TempDir out;
    const QString pdf = QString::fromStdString(out.file("reward.pdf"));
    QSignalSpy written(&page, &ui::CampaignsPage::reportWritten);
    page.exportReport(pdf);
    ASSERT_TRUE(written.wait(60'000));
    EXPECT_TRUE(written.at(0).at(1).toString().isEmpty()) << written.at(0).at(1).toString().toStdString();
    const auto text = pdfText(pdf.toStdString());
    EXPECT_NE(text.find("Campaign report: Loyalty reward for regular customers"), std::string::npos) << text;
    EXPECT_NE(text.find(ui::formatCount(m.treated.customers).toStdString()), std::string::npos);
    EXPECT_NE(text.find("Newcombe"), std::string::npos);

    written.clear();
    const QString csv = QString::fromStdString(out.file("reward.csv")); // the format follows the extension
    page.exportReport(csv);
    ASSERT_TRUE(written.wait(60'000));
    std::ifstream in(csv.toStdString(), std::ios::binary);
    std::stringstream rows;
    rows << in.rdbuf();
    const auto table = parseCsv(rows.str());
    ASSERT_EQ(table.size(), 3U) << rows.str();
    EXPECT_EQ(table[1][1], std::to_string(m.treated.customers));
    EXPECT_EQ(table[2][1], std::to_string(m.control.customers));
}

TEST_F(AnalyticsTabsUiTest, TheCampaignsPageShowsTheResultsBySegment) {
    ui::MainWindow window;
    auto& page = *window.campaignsPage();
    {
        QSignalSpy loaded(&page, &ui::CampaignsPage::loaded);
        ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
        ASSERT_TRUE(loaded.wait(30'000) || !page.entries().empty());
    }
    int reward = -1;
    for (int row = 0; row < page.table()->rowCount(); ++row) {
        if (page.table()->item(row, 0)->text() == QStringLiteral("Loyalty reward for regular customers")) {
            reward = row;
        }
    }
    ASSERT_GE(reward, 0);
    page.table()->selectRow(reward);
    const auto id = page.entries()[static_cast<std::size_t>(reward)].summary.campaign.id;
    QSignalSpy shown(&page, &ui::CampaignsPage::resultsByShown);
    page.showResultsBy(analytics::Dimension::Segment);
    ASSERT_TRUE(shown.wait(60'000));

    auto repository = storage::openRepository(databasePath());
    const auto expected =
        app::measureCampaignByDimension(*repository, id, analytics::Dimension::Segment, core::Date::today());
    ASSERT_GE(expected.parts.rows.size(), 2U);
    const QString text = page.report()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("By segment"))) << text.toStdString();
    for (const auto& row : expected.parts.rows) {
        const auto& m = row.measurement;
        // One line per value: its name, then its treated and control customers.
        const QString line = QString::fromStdString(row.value) + QLatin1Char('\n') +
                             ui::formatCount(m.treated.customers) + QLatin1Char('\n') +
                             ui::formatCount(m.control.customers);
        EXPECT_TRUE(text.contains(line)) << line.toStdString() << "\n---\n" << text.toStdString();
    }

    page.showResultsBy(std::nullopt);
    EXPECT_FALSE(page.report()->toPlainText().contains(QStringLiteral("By segment")));
}

TEST_F(AnalyticsTabsUiTest, EveryValueAxisDrawsItsTickLabels) {
    // Qt Charts draws no tick label at all for a format it cannot use (the Pareto curve's "%d %" showed bare axes).
    ui::MainWindow window;
    openAndAnalyse(window);
    window.resize(1024, 700);
    window.show();
    window.showPage(ui::MainWindow::AnalyticsPageIndex);
    auto* page = window.analyticsPage();
    int axesSeen = 0;
    for (auto* view : page->findChildren<QChartView*>()) {
        if (view->chart()->series().isEmpty()) {
            continue; // the customers-behind chart before a point is clicked
        }
        page->tabs()->setCurrentWidget(view);
        QCoreApplication::processEvents();
        QStringList drawn;
        for (const auto* item : view->scene()->items()) {
            if (const auto* text = dynamic_cast<const QGraphicsTextItem*>(item); text != nullptr && text->isVisible()) {
                drawn << text->toPlainText();
            }
        }
        for (const auto* axis : view->chart()->axes()) {
            const auto* values = qobject_cast<const QValueAxis*>(axis);
            if (values == nullptr || !values->labelsVisible()) {
                continue;
            }
            ++axesSeen;
            // The axis's second tick (ticks are evenly spaced from min to max) is drawn with its value.
            const double step = (values->max() - values->min()) / std::max(1, values->tickCount() - 1);
            const double tick = values->min() + step;
            const auto hasTick = std::any_of(drawn.begin(), drawn.end(), [tick, step](const QString& label) {
                QString digits = label;
                digits.remove(QRegularExpression(QStringLiteral("[^0-9.\\-]")));
                bool ok = false;
                const double value = digits.toDouble(&ok);
                return ok && std::abs(value - tick) <= 0.01 * std::abs(step);
            });
            EXPECT_TRUE(hasTick) << view->objectName().toStdString() << ": no label " << tick << " among "
                                 << drawn.join(QStringLiteral(" | ")).toStdString();
        }
    }
    EXPECT_GE(axesSeen, 4) << "the Pareto curve's two axes and the bar charts' value axes";
}

} // namespace
} // namespace rapport::test
