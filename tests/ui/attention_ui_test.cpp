// The "Needs attention" list on the dashboard (issue 18, item 5): it shows the customers who need attention with the
// right reasons, computed off the UI thread, and activating a row opens that customer's card.
#include "analysis_service.h"
#include "attention_list.h"
#include "customer_details_view.h"
#include "days_ago.h"
#include "due_work_loader.h"
#include "main_window.h"
#include "pages/dashboard_page.h"
#include "storage/fixtures.h"
#include "support/temp_dir.h"
#include "winback_list.h"
#include "worker_pool.h"

#include <QDate>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QThreadPool>

#include <gtest/gtest.h>
#include <map>
#include <set>

namespace rapport {
namespace {

using test::daysAgo;

class AttentionUiTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto repository = storage::openRepository(path());
        m_overdue = repository->addCustomer(test::makeCustomer("Overdue Buyer AB"));
        for (const int days : {70, 60, 50, 30}) { // every 10 days, then 30 days without: overdue
            repository->addEpisode(test::makePurchase(m_overdue, daysAgo(days), 40'000));
        }
        m_complainer = repository->addCustomer(test::makeCustomer("Kowalska Complaint"));
        repository->addEpisode(test::makeContact(m_complainer, daysAgo(20), core::EpisodeKind::Complaint));
        m_leaver = repository->addCustomer(test::makeCustomer("Nowak sp. z o.o."));
        core::ContactPerson buyer;
        buyer.customerId = m_leaver;
        buyer.name = "Jan Nowak";
        buyer.role = "Purchasing manager";
        buyer.activeTo = core::Date::parseIso(daysAgo(5));
        repository->addContactPerson(buyer);
        m_fine = repository->addCustomer(test::makeCustomer("All Well Ltd"));
        repository->addEpisode(test::makeContact(m_fine, daysAgo(20), core::EpisodeKind::Complaint));
        repository->addEpisode(test::makeContact(m_fine, daysAgo(19), core::EpisodeKind::Call));
    }

    [[nodiscard]] std::string path() const { return m_dir.file("attention.sqlite"); }

    /** Waits until the analysis that opening starts is done and the list it refreshes is computed. */
    static bool settled(ui::MainWindow& window, ui::AttentionList& list) {
        const auto idle = [&] { return !window.analysis()->isRunning() && !list.isLoading(); };
        if (!QTest::qWaitFor(idle, 60'000)) {
            return false;
        }
        QTest::qWait(100); // the analysis' finished signal may still be on its way and start one more reload
        return QTest::qWaitFor(idle, 60'000);
    }

    test::TempDir m_dir;
    core::CustomerId m_overdue = 0, m_complainer = 0, m_leaver = 0, m_fine = 0;
};

TEST_F(AttentionUiTest, TheListShowsTheRightReasonsAndOpensTheCustomer) {
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(path())));
    auto* list = window.dashboardPage()->attentionList();
    ASSERT_NE(list, nullptr);
    ASSERT_TRUE(settled(window, *list));

    std::map<core::CustomerId, std::set<analytics::AttentionReason>> shown;
    std::map<core::CustomerId, int> rowOf;
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        const auto* item = list->topLevelItem(row);
        const auto id = item->data(0, ui::AttentionList::kCustomerIdRole).toLongLong();
        shown[id].insert(
            static_cast<analytics::AttentionReason>(item->data(1, ui::AttentionList::kReasonRole).toInt()));
        rowOf.emplace(id, row);
        EXPECT_FALSE(item->text(1).isEmpty());
        EXPECT_FALSE(item->text(3).isEmpty()) << "every row says why";
        EXPECT_FALSE(item->text(2).isEmpty()) << "and what is at stake";
    }
    EXPECT_TRUE(shown[m_overdue].contains(analytics::AttentionReason::PurchaseOverdue));
    EXPECT_TRUE(shown[m_complainer].contains(analytics::AttentionReason::ComplaintUnanswered));
    EXPECT_TRUE(shown[m_leaver].contains(analytics::AttentionReason::DecisionMakerLeft));
    EXPECT_FALSE(rowOf.contains(m_fine)) << "an answered complaint needs no attention";
    EXPECT_EQ(list->topLevelItem(rowOf[m_leaver])->text(0), QStringLiteral("Nowak sp. z o.o."));
    EXPECT_TRUE(list->topLevelItem(rowOf[m_leaver])->text(3).contains(QStringLiteral("Jan Nowak")));
    EXPECT_EQ(list->total(), static_cast<std::size_t>(list->topLevelItemCount()));

    // The tab tells how many; Enter on a row opens that customer's card.
    auto* tabs = window.dashboardPage()->findChild<QTabWidget*>(QStringLiteral("dueWorkTabs"));
    ASSERT_NE(tabs, nullptr);
    EXPECT_TRUE(tabs->tabText(2).contains(QString::number(list->topLevelItemCount())))
        << tabs->tabText(2).toStdString();
    for (const auto id : {m_complainer, m_overdue, m_leaver}) {
        list->setCurrentItem(list->topLevelItem(rowOf[id]));
        QTest::keyClick(list, Qt::Key_Return);
        EXPECT_EQ(window.pages()->currentIndex(), ui::MainWindow::CustomersPageIndex);
        EXPECT_EQ(window.detailsView()->customerId(), id);
        window.pages()->setCurrentIndex(0);
    }
}

TEST_F(AttentionUiTest, AContactLoggedElsewhereTakesTheCustomerOffAfterARefresh) {
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(path())));
    auto* list = window.dashboardPage()->attentionList();
    ASSERT_TRUE(settled(window, *list));
    const auto listed = [&](core::CustomerId id) {
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            if (list->topLevelItem(row)->data(0, ui::AttentionList::kCustomerIdRole).toLongLong() == id) {
                return true;
            }
        }
        return false;
    };
    ASSERT_TRUE(listed(m_complainer));
    storage::openRepository(path())->addEpisode(test::makeContact(m_complainer, daysAgo(1), core::EpisodeKind::Call));
    window.dashboardPage()->refresh();
    ASSERT_TRUE(settled(window, *list));
    EXPECT_FALSE(listed(m_complainer)) << "the complaint was answered by the call";
    EXPECT_TRUE(listed(m_leaver));
}

TEST_F(AttentionUiTest, WhileTheAnalysisRunsTheListWaitsAndShowsNoOlderLoad) {
    // The dashboard's lists wait for a running analysis (its end reloads them); a load already on its way is told
    // to stop, and whatever it found is never shown.
    ui::AttentionList list;
    ui::WinBackList winBack;
    ui::DueWorkLoader loader(&list, &winBack);
    loader.reload(QString::fromStdString(path()), 50);
    loader.waitForAnalysis();
    ASSERT_TRUE(ui::workerPool()->waitForDone(60'000));
    QTest::qWait(100); // the finished load's answer reaches the list through the event loop
    EXPECT_TRUE(list.isLoading());
    EXPECT_TRUE(winBack.isLoading());
    EXPECT_EQ(list.topLevelItemCount(), 0);
    EXPECT_EQ(list.summary(), ui::AttentionList::tr("Looking for customers who need attention…"));

    loader.reload(QString::fromStdString(path()), 50);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !list.isLoading(); }, 60'000));
    EXPECT_GT(list.topLevelItemCount(), 0);
    EXPECT_FALSE(winBack.isLoading()) << "both lists come from the one load";

    // Opening a database starts its analysis first: the dashboard's list waits for it, then comes from its scores.
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(path())));
    auto* shown = window.dashboardPage()->attentionList();
    EXPECT_TRUE(window.analysis()->isRunning());
    EXPECT_TRUE(shown->isLoading());
    ASSERT_TRUE(settled(window, *shown));
    EXPECT_GT(shown->topLevelItemCount(), 0);
}

TEST_F(AttentionUiTest, AnotherDatabaseShowsNoneOfTheFirstOnesRows) {
    // While the other database's analysis runs its list waits; the first database's rows must not wait with it:
    // their ids would open other customers there.
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(path())));
    auto* list = window.dashboardPage()->attentionList();
    ASSERT_TRUE(settled(window, *list));
    ASSERT_GT(list->topLevelItemCount(), 0);

    const auto other = m_dir.file("other.sqlite");
    storage::openRepository(other)->addCustomer(test::makeCustomer("Someone Else AB"));
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(other)));
    EXPECT_EQ(list->topLevelItemCount(), 0);
    EXPECT_EQ(list->total(), 0U);
    ASSERT_TRUE(settled(window, *list));
}

} // namespace
} // namespace rapport
