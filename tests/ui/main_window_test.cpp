#include "customer_details_view.h"
#include "customer_list_model.h"
#include "main_window.h"
#include "ui/ui_fixture.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

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
