// The "Win-back" tab on the dashboard (issue 18, item 4): it lists the lost and the lapsed customers with their
// reasons, computed off the UI thread, sums up the win-back rate beside the seed's benchmark, and activating a row
// opens that customer's card.
#include "analysis_service.h"
#include "customer_details_view.h"
#include "days_ago.h"
#include "main_window.h"
#include "pages/dashboard_page.h"
#include "storage/fixtures.h"
#include "support/temp_dir.h"
#include "winback_list.h"

#include <QDate>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>
#include <map>

namespace rapport {
namespace {

using test::daysAgo;

class WinBackUiTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto repository = storage::openRepository(path());
        m_lost = repository->addCustomer(test::makeCustomer("Lost Lighting sp. z o.o."));
        for (const int days : {120, 90, 60}) {
            repository->addEpisode(test::makePurchase(m_lost, daysAgo(days), 500'000, 200'000));
        }
        core::ChurnRecord record;
        record.customerId = m_lost;
        record.churnedOn = *core::Date::parseIso(daysAgo(30));
        record.reasonCode = "lower_prices";
        record.winBackAttempts = 2;
        record.outcome = core::WinBackOutcome::Failed;
        repository->addChurnRecord(record);

        m_lapsed = repository->addCustomer(test::makeCustomer("Quiet Buyer AB"));
        for (const int days : {100, 90, 80}) { // every 10 days, then silent for 80: lapsed 59 days ago
            repository->addEpisode(test::makePurchase(m_lapsed, daysAgo(days), 40'000, 10'000));
        }
        m_active = repository->addCustomer(test::makeCustomer("Still Buying Ltd"));
        for (const int days : {25, 15, 5}) {
            repository->addEpisode(test::makePurchase(m_active, daysAgo(days), 40'000, 10'000));
        }
    }

    [[nodiscard]] std::string path() const { return m_dir.file("winback.sqlite"); }

    /** Waits until the analysis that opening starts is done and the list it refreshes is computed. */
    static bool settled(ui::MainWindow& window, ui::WinBackList& list) {
        const auto idle = [&] { return !window.analysis()->isRunning() && !list.isLoading(); };
        if (!QTest::qWaitFor(idle, 60'000)) {
            return false;
        }
        QTest::qWait(100); // the analysis' finished signal may still be on its way and start one more reload
        return QTest::qWaitFor(idle, 60'000);
    }

    test::TempDir m_dir;
    core::CustomerId m_lost = 0, m_lapsed = 0, m_active = 0;
};

TEST_F(WinBackUiTest, TheTabListsTheLostAndTheLapsedAndOpensTheCustomer) {
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(path())));
    auto* list = window.dashboardPage()->winBackList();
    ASSERT_NE(list, nullptr);
    ASSERT_TRUE(settled(window, *list));

    std::map<core::CustomerId, int> rowOf;
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        rowOf.emplace(list->topLevelItem(row)->data(0, ui::WinBackList::kCustomerIdRole).toLongLong(), row);
    }
    ASSERT_EQ(rowOf.size(), 2U);
    ASSERT_TRUE(rowOf.contains(m_lost));
    ASSERT_TRUE(rowOf.contains(m_lapsed));
    EXPECT_FALSE(rowOf.contains(m_active));
    EXPECT_EQ(rowOf[m_lost], 0) << "the highest value at stake first";
    const auto* lost = list->topLevelItem(rowOf[m_lost]);
    EXPECT_EQ(lost->text(0), QStringLiteral("Lost Lighting sp. z o.o."));
    EXPECT_TRUE(lost->text(3).startsWith(QStringLiteral("2, ")))
        << "attempts and outcome: " << lost->text(3).toStdString();
    EXPECT_TRUE(lost->text(4).startsWith(QStringLiteral("Lower prices"))) << lost->text(4).toStdString();
    const auto* lapsed = list->topLevelItem(rowOf[m_lapsed]);
    EXPECT_TRUE(lapsed->text(4).contains(QStringLiteral("no contact"))) << lapsed->text(4).toStdString();
    EXPECT_EQ(lapsed->text(3), QStringLiteral("0"));
    EXPECT_NE(lost->text(1), lapsed->text(1)) << "lost and lapsed say so";

    auto* shown = window.dashboardPage()->findChild<QLabel*>(QStringLiteral("winBackShown"));
    ASSERT_NE(shown, nullptr);
    EXPECT_TRUE(shown->text().contains(QStringLiteral("ended (0 of 1)"))) << shown->text().toStdString();
    // By reason in the tooltip: the recorded reason and the lapsed customer's suspected one.
    EXPECT_TRUE(shown->toolTip().contains(QStringLiteral("Lower prices"))) << shown->toolTip().toStdString();
    EXPECT_TRUE(shown->toolTip().contains(QStringLiteral("lapsed, no contact"))) << shown->toolTip().toStdString();
    EXPECT_TRUE(shown->text().contains(QStringLiteral("50-100"))) << shown->text().toStdString();

    auto* tabs = window.dashboardPage()->findChild<QTabWidget*>(QStringLiteral("dueWorkTabs"));
    ASSERT_NE(tabs, nullptr);
    EXPECT_TRUE(tabs->tabText(3).contains(QStringLiteral("(2)"))) << tabs->tabText(3).toStdString();
    for (const auto id : {m_lapsed, m_lost}) {
        list->setCurrentItem(list->topLevelItem(rowOf[id]));
        QTest::keyClick(list, Qt::Key_Return);
        EXPECT_EQ(window.pages()->currentIndex(), ui::MainWindow::CustomersPageIndex);
        EXPECT_EQ(window.detailsView()->customerId(), id);
        window.pages()->setCurrentIndex(0);
    }
}

} // namespace
} // namespace rapport
