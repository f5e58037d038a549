#include "analysis_service.h"
#include "customer_details_view.h"
#include "customer_list_model.h"
#include "main_window.h"
#include "pages/customers_page.h"
#include "ui/ui_fixture.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>

using namespace rapport;
using namespace rapport::test;

namespace {

class MainWindowTest : public DemoDatabaseFixture {
protected:
    static void SetUpTestSuite() { createDemo(800); }
};

QString titleOf(ui::CustomerDetailsView* view) {
    return view->findChild<QLabel*>(QStringLiteral("customerTitle"))->text();
}

} // namespace

TEST_F(MainWindowTest, OpensTheDatabaseAndShowsTheFirstCustomer) {
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* model = window.customerModel();
    EXPECT_EQ(model->rowCount(), ui::CustomerListModel::kPageSize);
    const auto firstId = model->customerIdAt(0);
    EXPECT_EQ(window.detailsView()->customerId(), firstId);
    auto repository = storage::openRepository(databasePath());
    EXPECT_EQ(titleOf(window.detailsView()).toStdString(), repository->customer(firstId)->displayName);
}

TEST_F(MainWindowTest, SelectingARowShowsThatCustomersEpisodes) {
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
    window.show();
    window.customerModel()->sort(ui::CustomerListModel::Purchases, Qt::DescendingOrder);
    window.customerTable()->selectRow(0);
    const auto id = window.customerModel()->customerIdAt(0);
    EXPECT_EQ(window.detailsView()->customerId(), id);
    auto repository = storage::openRepository(databasePath());
    const auto row = repository->customerRow(id).value();
    auto* episodes = window.detailsView()->findChild<QTreeWidget*>(QStringLiteral("episodeTree"));
    ASSERT_NE(episodes, nullptr);
    EXPECT_EQ(episodes->topLevelItemCount(),
              std::min<int>(static_cast<int>(row.episodes), ui::CustomerDetailsView::kEpisodeLimit));
}

// Every edit, undo and analysis reloads the list; the user's selection, current row and place stay.
TEST_F(MainWindowTest, AReloadKeepsTheSelectionTheCurrentRowAndTheScrolledToPlace) {
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.analysis()->isRunning(); }, 60'000));
    auto* model = window.customerModel();
    auto* table = window.customerTable();
    // Scrolled past the first page, three rows picked with Ctrl, the last one current.
    while (model->rowCount() < 500 && model->canFetchMore({})) {
        model->fetchMore({});
    }
    ASSERT_GE(model->rowCount(), 500);
    const QList<int> rows{410, 420, 430};
    QSet<core::CustomerId> picked;
    table->clearSelection(); // opening selected the first row
    for (const int row : rows) {
        table->selectionModel()->setCurrentIndex(model->index(row, 0),
                                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
        picked.insert(model->customerIdAt(row));
    }
    const auto current = model->customerIdAt(rows.back());
    table->scrollTo(model->index(400, 0), QAbstractItemView::PositionAtTop);
    const int scrolledTo = table->verticalScrollBar()->value();
    ASSERT_GT(scrolledTo, 0);
    ASSERT_EQ(window.detailsView()->customerId(), current);
    const auto before = window.customersPage()->selectedIds();
    ASSERT_EQ(QSet<core::CustomerId>(before.begin(), before.end()), picked);

    window.customersPage()->reload();

    EXPECT_GE(model->rowCount(), 500);
    const auto selected = window.customersPage()->selectedIds();
    EXPECT_EQ(QSet<core::CustomerId>(selected.begin(), selected.end()), picked);
    ASSERT_TRUE(table->currentIndex().isValid());
    EXPECT_EQ(model->customerIdAt(table->currentIndex().row()), current);
    EXPECT_EQ(window.detailsView()->customerId(), current);
    EXPECT_EQ(table->verticalScrollBar()->value(), scrolledTo);

    // Reloaded while another page is shown (an analysis ending, a colleague's change): the same place on return.
    window.showPage(ui::MainWindow::DashboardPageIndex);
    window.customersPage()->reload();
    window.showPage(ui::MainWindow::CustomersPageIndex);
    QApplication::processEvents();
    EXPECT_EQ(table->verticalScrollBar()->value(), scrolledTo);
    EXPECT_EQ(model->customerIdAt(table->currentIndex().row()), current);

    // The selected customers leave the list (archived elsewhere): nothing selected, and the Selection menu says so.
    QToolButton* selectionButton = nullptr;
    for (auto* button : window.customersPage()->findChildren<QToolButton*>()) {
        selectionButton = button->text().startsWith(QStringLiteral("Selection")) ? button : selectionButton;
    }
    ASSERT_NE(selectionButton, nullptr);
    EXPECT_EQ(selectionButton->text().toStdString(), "Selection (3)");
    auto repository = storage::openRepository(databasePath());
    const auto archive = [&](bool archived) {
        for (const auto id : picked) {
            auto customer = repository->customer(id).value();
            customer.archivedOn = archived ? std::optional(core::Date::fromYmd(2026, 1, 1)) : std::nullopt;
            repository->updateCustomer(customer);
        }
    };
    archive(true);
    window.customersPage()->reload();
    EXPECT_TRUE(window.customersPage()->selectedIds().isEmpty());
    EXPECT_FALSE(selectionButton->isEnabled());
    EXPECT_EQ(selectionButton->text().toStdString(), "Selection");
    archive(false); // the other tests' base as it was
}

// The toolbar's Undo and Redo keep one word: the command's name would push the rest out of a 1024-pixel window.
TEST_F(MainWindowTest, TheToolbarSaysUndoAndRedoAndNamesTheCommandInItsTooltip) {
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
    window.show();
    auto* toolbar = window.findChild<QToolBar*>(QStringLiteral("mainToolbar"));
    ASSERT_NE(toolbar, nullptr);
    const auto button = [toolbar](const QString& word) -> QAction* {
        for (auto* action : toolbar->actions()) {
            if (action->text() == word) {
                return action;
            }
        }
        return nullptr;
    };
    auto* undo = button(QStringLiteral("Undo"));
    auto* redo = button(QStringLiteral("Redo"));
    ASSERT_NE(undo, nullptr);
    ASSERT_NE(redo, nullptr);
    EXPECT_FALSE(undo->isEnabled());

    int undone = 0;
    struct Counted : QUndoCommand {
        explicit Counted(int& undone)
            : QUndoCommand(QStringLiteral("Assign owner Ola Nowak to customers (3)"))
            , n(undone) {}
        void undo() override { ++n; }
        int& n;
    };
    window.undoStack()->push(new Counted(undone));
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_EQ(undo->text(), QStringLiteral("Undo"));
    EXPECT_TRUE(undo->toolTip().contains(QStringLiteral("Assign owner Ola Nowak to customers (3)")))
        << undo->toolTip().toStdString();
    EXPECT_LT(toolbar->widgetForAction(undo)->sizeHint().width(), 120);

    undo->trigger();
    EXPECT_EQ(undone, 1);
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_TRUE(redo->isEnabled());
    EXPECT_EQ(redo->text(), QStringLiteral("Redo"));
    EXPECT_TRUE(redo->toolTip().contains(QStringLiteral("Assign owner"))) << redo->toolTip().toStdString();
}

TEST_F(MainWindowTest, TypingInTheSearchFieldFiltersTheList) {
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
    window.show();
    auto repository = storage::openRepository(databasePath());
    const auto target = repository->customer(42).value();
    const auto email = QString::fromStdString(target.emails.front().value);
    QTest::keyClicks(window.searchField(), email.left(email.indexOf(QLatin1Char('@'))));
    QTest::keyClick(window.searchField(), Qt::Key_Return);
    ASSERT_GE(window.customerModel()->rowCount(), 1);
    bool found = false;
    for (int row = 0; row < window.customerModel()->rowCount(); ++row) {
        found = found || window.customerModel()->customerIdAt(row) == 42;
    }
    EXPECT_TRUE(found);
}

TEST_F(MainWindowTest, RefusesAFileThatIsNotADatabase) {
    TempDir dir;
    const auto path = dir.file("picture.sqlite");
    writeBytes(path, "GIF89a not a database");
    ui::MainWindow window;
    // The error dialog is modal; close it as a user would, then check the outcome.
    QTimer::singleShot(200, [] {
        if (auto* dialog = QApplication::activeModalWidget()) {
            dialog->close();
        }
    });
    EXPECT_FALSE(window.openDatabase(QString::fromStdString(path)));
    EXPECT_EQ(readBytes(path), "GIF89a not a database");
}
