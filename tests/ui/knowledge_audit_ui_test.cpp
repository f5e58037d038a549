// The Knowledge audit tab of the analytics page: the seed's eight questions answered from a demo base, computed in
// the background, and the customers to complete first one activation away from their card.
#include "analysis_service.h"
#include "app/customer_knowledge.h"
#include "customer_details_view.h"
#include "knowledge_audit_view.h"
#include "main_window.h"
#include "pages/analytics_page.h"
#include "pages/reports_page.h"
#include "reports/knowledge_text.h"
#include "ui/ui_fixture.h"

#include <QProgressBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

namespace rapport::test {
namespace {

class KnowledgeAuditUiTest : public DemoDatabaseFixture {
protected:
    static void SetUpTestSuite() { createDemo(300); }
};

TEST_F(KnowledgeAuditUiTest, TheAuditPageShowsTheEightAnswers) {
    ui::MainWindow window;
    // The audit weighs customers by the stored scores: the analysis that opening starts stores them, and the audit
    // and the expected figures below must both come after it (else they race with it).
    QSignalSpy analysed(window.analysis(), &ui::AnalysisService::finished);
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
    ASSERT_TRUE(analysed.wait(60'000));
    window.showPage(ui::MainWindow::AnalyticsPageIndex);
    auto* page = window.analyticsPage();
    auto* view = page->knowledgeView();
    ASSERT_NE(view, nullptr);
    QSignalSpy audited(view, &ui::KnowledgeAuditView::audited);
    page->tabs()->setCurrentWidget(view); // the audit runs when its tab is shown, on a worker
    ASSERT_TRUE(audited.count() > 0 || audited.wait(60'000));

    auto repository = storage::openRepository(databasePath());
    const auto expected = app::auditCustomerKnowledge(*repository, core::Date::today(), 50);
    auto* questions = view->questions();
    ASSERT_EQ(questions->topLevelItemCount(), analytics::kKnowledgeQuestionCount);
    for (int row = 0; row < questions->topLevelItemCount(); ++row) {
        const auto& coverage = expected.questions[static_cast<std::size_t>(row)];
        auto* item = questions->topLevelItem(row);
        EXPECT_EQ(item->text(1), reports::knowledgeQuestionText(coverage.question));
        EXPECT_FALSE(item->text(4).isEmpty()) << "what is missing, or that nothing is";
        auto* customers = qobject_cast<QProgressBar*>(questions->itemWidget(item, 2));
        auto* value = qobject_cast<QProgressBar*>(questions->itemWidget(item, 3));
        ASSERT_NE(customers, nullptr);
        ASSERT_NE(value, nullptr);
        EXPECT_EQ(customers->value(), static_cast<int>(coverage.customerShare() * 1000 + 0.5)) << row;
        EXPECT_EQ(value->value(), static_cast<int>(coverage.valueShare() * 1000 + 0.5)) << row;
    }
    // Question 6 (competitors' strategies): the demo records no assessment of alternatives, so its most valuable
    // customers are listed; activating one opens their card.
    questions->setCurrentItem(questions->topLevelItem(5));
    const auto& competitors = expected.coverage(analytics::KnowledgeQuestion::Competitors);
    ASSERT_FALSE(competitors.toComplete.empty());
    auto* list = view->customersToComplete();
    ASSERT_EQ(list->topLevelItemCount(), static_cast<int>(competitors.toComplete.size()));
    EXPECT_EQ(list->topLevelItem(0)->text(0).toStdString(), competitors.toComplete.front().name);
    emit list->itemActivated(list->topLevelItem(0), 0);
    EXPECT_EQ(window.pages()->currentIndex(), ui::MainWindow::CustomersPageIndex);
    EXPECT_EQ(window.detailsView()->customerId(), competitors.toComplete.front().id);
}

TEST_F(KnowledgeAuditUiTest, TheReportsPageMakesTheKnowledgeAuditReportInTheBackground) {
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
    window.showPage(ui::MainWindow::ReportsPageIndex);
    auto* page = window.reportsPage();
    page->setKind(ui::ReportsPage::Kind::KnowledgeAudit);
    ASSERT_TRUE(QTest::qWaitFor([page] { return page->report() != nullptr; }, 60'000));
    EXPECT_EQ(page->report()->title, "Customer-knowledge audit");
    ASSERT_FALSE(page->report()->sections.empty());
    ASSERT_FALSE(page->report()->sections.front().tables.empty());
    EXPECT_EQ(page->report()->sections.front().tables.front().rows.size(), 8U);
}

} // namespace
} // namespace rapport::test
