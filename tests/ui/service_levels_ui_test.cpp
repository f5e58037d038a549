// Service levels as a marketer sets them: the demo's suggested levels in their dialog, one removed (with the
// question answered) and brought back by Undo, the analysis giving customers their levels, and the customer list
// showing and filtering them.
#include "analysis_service.h"
#include "customer_list_model.h"
#include "dialogs/service_levels_dialog.h"
#include "main_window.h"
#include "pages/customers_page.h"
#include "ui/ui_fixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

namespace rapport::test {
namespace {

class ServiceLevelsUiTest : public DemoDatabaseFixture {
protected:
    static void SetUpTestSuite() { createDemo(300); }
};

TEST_F(ServiceLevelsUiTest, AMarketerSeesRemovesAndUndoesALevelAndTheListShowsEachCustomersLevel) {
    ui::MainWindow window;
    {
        QSignalSpy finished(window.analysis(), &ui::AnalysisService::finished);
        ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
        ASSERT_TRUE(finished.wait(60'000)); // opening analyses the base: customers take their levels
    }
    window.show();
    auto repository = storage::openRepository(databasePath());
    const auto levels = repository->serviceLevels();
    ASSERT_EQ(levels.size(), 4U) << "the demo has the suggested levels";
    std::int64_t assigned = 0;
    for (const auto& summary : levels) {
        assigned += summary.customers;
    }
    EXPECT_EQ(assigned, 300) << "the last level takes everyone the others leave";

    // The dialog lists them in rank order; removing Key asks first, and Undo brings it back.
    auto* action = window.findChild<QAction*>(QStringLiteral("serviceLevelsAction"));
    ASSERT_NE(action, nullptr);
    bool checked = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ui::ServiceLevelsDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("serviceLevelList"));
        ASSERT_EQ(list->topLevelItemCount(), 4);
        EXPECT_EQ(list->topLevelItem(0)->text(1), QStringLiteral("Win-back"));
        EXPECT_EQ(list->topLevelItem(1)->text(4), QLocale().toString(static_cast<qlonglong>(levels[1].customers)));
        EXPECT_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("suggestedLevelsButton"))->isEnabled());
        list->setCurrentItem(list->topLevelItem(1));
        QTimer::singleShot(0, [] {
            auto* question = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            ASSERT_NE(question, nullptr);
            question->button(QMessageBox::Yes)->click();
        });
        dialog->findChild<QPushButton*>(QStringLiteral("removeLevelButton"))->click();
        EXPECT_EQ(list->topLevelItemCount(), 3);
        EXPECT_TRUE(dialog->findChild<QPushButton*>(QStringLiteral("suggestedLevelsButton"))->isEnabled());
        checked = true;
        dialog->reject(); // closed without running the analysis: the question after a change is answered No
    });
    QTimer::singleShot(50, [] {
        if (auto* question = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            question->button(QMessageBox::No)->click();
        }
    });
    action->trigger();
    EXPECT_TRUE(checked);
    EXPECT_EQ(repository->serviceLevels().size(), 3U);
    storage::CustomerFilter held;
    held.serviceLevel = levels[1].level.id;
    EXPECT_EQ(repository->customerCount(held), 0) << "its customers have no level until the next run";
    window.undoStack()->undo();
    ASSERT_EQ(repository->serviceLevels().size(), 4U);
    EXPECT_EQ(repository->serviceLevels()[1].level, levels[1].level) << "the same level, under its id";

    // The list shows each customer's level by name and filters by it.
    {
        QSignalSpy finished(window.analysis(), &ui::AnalysisService::finished);
        window.analysis()->run();
        ASSERT_TRUE(finished.wait(60'000));
    }
    window.showPage(ui::MainWindow::CustomersPageIndex);
    auto* page = window.customersPage();
    auto* filter = page->findChild<QComboBox*>(QStringLiteral("levelFilter"));
    ASSERT_NE(filter, nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(filter->count() == 6, 10'000); // "Level", the four, "No level"
    const int key = filter->findText(QStringLiteral("Key"));
    ASSERT_GT(key, 0);
    filter->setCurrentIndex(key);
    auto* model = page->model();
    ASSERT_EQ(model->rowCount(), static_cast<int>(std::min<std::int64_t>(levels[1].customers, 200)));
    for (int row = 0; row < model->rowCount(); ++row) {
        EXPECT_EQ(model->index(row, ui::CustomerListModel::Level).data().toString(), QStringLiteral("Key"));
    }
}

} // namespace
} // namespace rapport::test
