// The app on a team database, offscreen: a manager sees only their customers, a colleague's change appears
// without a restart, and a save over someone else's change shows both versions instead of overwriting.
#include "customer_details_view.h"
#include "dialogs/audit_dialog.h"
#include "dialogs/conflict_dialog.h"
#include "dialogs/customer_dialog.h"
#include "main_window.h"
#include "team/team_fixture.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace rapport;
using namespace rapport::test;

namespace {

class TeamAppTest : public TeamTest {
protected:
    template <typename Dialog, typename Act> static void onNextDialog(Act act) {
        QTimer::singleShot(0, [act] {
            auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr);
            act(*dialog);
        });
    }
    [[nodiscard]] QString connectionOf(const std::string& login) const {
        return QString::fromStdString(m_database.location() + " user=" + login);
    }
};

} // namespace

TEST_F(TeamAppTest, AManagerSeesTheirOwnAndSharedCustomersAndColleaguesChangesArrive) {
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(connectionOf(m_anna)));
    window.show();
    EXPECT_EQ(window.customerTable()->model()->rowCount(), 2); // Amber Foods (hers) and Baltic Trade (shared)
    const auto* label = window.statusBar()->findChild<QLabel*>();
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QString::fromStdString("signed in as " + m_anna + " (sales manager)")))
        << label->text().toStdString();

    // Erik logs a call with the shared customer on his computer; Anna's window learns of it by itself.
    auto erik = signIn(m_erik);
    erik->addEpisode(callTo(m_shared));
    const auto expected = QString::fromStdString("Updated with changes by " + m_erik);
    for (int i = 0; i < 40 && !window.statusBar()->currentMessage().contains(expected); ++i) {
        QTest::qWait(100);
    }
    EXPECT_EQ(window.statusBar()->currentMessage(), expected);
}

TEST_F(TeamAppTest, ASaveOverAColleaguesChangeShowsBothVersionsAndKeepsTheChosenOne) {
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(connectionOf(m_anna)));
    window.show();
    window.customerTable()->selectRow(0); // sorted by name: Amber Foods
    ASSERT_EQ(window.detailsView()->customerId(), m_annas);
    auto otherComputer = signIn(m_anna);

    int differences = 0;
    onNextDialog<ui::CustomerDialog>([&](ui::CustomerDialog& dialog) {
        dialog.findChild<QLineEdit*>(QStringLiteral("customerName"))->setText(QStringLiteral("Amber Foods Group"));
        // Meanwhile the same customer is saved from the other computer.
        auto meanwhile = *otherComputer->customer(m_annas);
        meanwhile.notes = "new delivery address agreed";
        otherComputer->updateCustomer(meanwhile);
        onNextDialog<ui::ConflictDialog>([&](ui::ConflictDialog& conflict) {
            differences = conflict.findChild<QTableWidget*>(QStringLiteral("conflictTable"))->rowCount();
            conflict.findChild<QPushButton*>(QStringLiteral("keepMine"))->click();
        });
        dialog.accept();
    });
    window.detailsView()->editCustomer();
    EXPECT_EQ(differences, 2); // the name (Anna's) and the notes (the other save's)
    const auto stored = *m_admin->customer(m_annas);
    EXPECT_EQ(stored.displayName, "Amber Foods Group");
    // Keeping her version means her dialog's fields, chosen with the other version in view.
    EXPECT_EQ(stored.notes, "");
    EXPECT_EQ(stored.version.value, 3);
}

TEST_F(TeamAppTest, TheAuditTrailShowsAdminsWhoChangedWhatAndRefusesManagers) {
    auto anna = signIn(m_anna);
    auto annas = *anna->customer(m_annas);
    annas.segment = "HoReCa";
    anna->updateCustomer(annas);

    ui::AuditDialog forAdmin(*m_admin, m_annas);
    ASSERT_GT(forAdmin.table()->rowCount(), 0);
    EXPECT_EQ(forAdmin.table()->item(0, 1)->text().toStdString(), m_anna); // newest first: Anna's update
    EXPECT_EQ(forAdmin.table()->item(0, 2)->text(), QStringLiteral("Customer #%1 changed").arg(m_annas));
    EXPECT_EQ(forAdmin.table()->item(0, 4)->text(), QStringLiteral("Segment:  → HoReCa")); // was empty

    ui::AuditDialog forManager(*anna, m_annas);
    EXPECT_EQ(forManager.table()->rowCount(), 0);
    EXPECT_FALSE(forManager.reload());
}
