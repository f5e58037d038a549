// A sales manager's day in the app, driven through its dialogs as a user would: a new customer, a contact person,
// a lost customer with a reason, a cost line and a partnership; each is seen on the card, in the churn-reasons
// chart and in the profitability report after the next analysis, and each can be undone.
#include "analysis_service.h"
#include "card/assessments_tab.h"
#include "card/contact_persons_tab.h"
#include "card/costs_tab.h"
#include "card/lost_customer_tab.h"
#include "card/tasks_tab.h"
#include "customer_details_view.h"
#include "customer_list_model.h"
#include "date_edit.h"
#include "dialogs/contact_person_dialog.h"
#include "dialogs/cost_line_dialog.h"
#include "dialogs/customer_dialog.h"
#include "dialogs/partnership_dialog.h"
#include "main_window.h"
#include "pages/customers_page.h"
#include "pages/dashboard_page.h"
#include "pages/partnerships_page.h"
#include "pages/reports_page.h"
#include "task_list.h"
#include "ui/ui_fixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>

namespace rapport {
namespace {

class WorkingCrmTest : public test::DemoDatabaseFixture {
protected:
    static void SetUpTestSuite() { createDemo(400); }
    void SetUp() override { m_repository = storage::openRepository(databasePath()); }

    template <typename Dialog, typename Act> static void onNextDialog(Act act) {
        QTimer::singleShot(0, [act] {
            auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr) << "no dialog of the expected kind opened";
            act(*dialog);
        });
    }
    static void analyse(ui::MainWindow& window) {
        QSignalSpy finished(window.analysis(), &ui::AnalysisService::finished);
        if (!window.analysis()->isRunning()) {
            window.analysis()->run();
        }
        ASSERT_TRUE(finished.wait(60'000));
        ASSERT_TRUE(finished.back().at(0).toBool()) << finished.back().at(1).toString().toStdString();
    }
    static std::int64_t reasonCount(const ui::MainWindow& window, const std::string& code) {
        for (const auto& share : window.analysis()->snapshot()->analysis.churn.reasons) {
            if (share.reason.code == code) {
                return share.customers;
            }
        }
        return -1;
    }

    std::unique_ptr<storage::Repository> m_repository;
};

TEST_F(WorkingCrmTest, ASalesManagersDayLandsOnTheCardTheChurnChartAndTheProfitabilityReport) {
    ui::MainWindow window;
    QSignalSpy firstRun(window.analysis(), &ui::AnalysisService::finished);
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
    ASSERT_TRUE(firstRun.wait(60'000));
    window.show();
    const auto lostBefore = reasonCount(window, "partner_incompatibility");
    ASSERT_GE(lostBefore, 0);

    // New customer (File > New customer, Ctrl+N).
    onNextDialog<ui::CustomerDialog>([](ui::CustomerDialog& dialog) {
        dialog.findChild<QLineEdit*>(QStringLiteral("customerName"))->setText(QStringLiteral("Hurtownia Zielińska"));
        dialog.findChild<QLineEdit*>(QStringLiteral("customerEmails"))
            ->setText(QStringLiteral("biuro@zielinska.example"));
        dialog.accept();
    });
    window.findChild<QAction*>(QStringLiteral("newCustomerAction"))->trigger();
    const auto id = window.detailsView()->customerId();
    ASSERT_GT(id, 0);
    const auto created = m_repository->customer(id);
    ASSERT_TRUE(created.has_value());
    EXPECT_EQ(created->displayName, "Hurtownia Zielińska");
    EXPECT_EQ(window.undoStack()->undoText().toStdString(), "New customer Hurtownia Zielińska");

    // A purchase arrives from the shop's export, so the customer is a buyer the ranking lists.
    core::Episode purchase;
    purchase.customerId = id;
    purchase.occurredOn = core::Date::fromYmd(2025, 11, 20);
    purchase.kind = core::EpisodeKind::Purchase;
    purchase.channel = core::Channel::PointOfSale;
    purchase.revenue = core::Money::fromMinor(1'250'000);
    purchase.margin = core::Money::fromMinor(400'000);
    m_repository->addEpisode(purchase);

    // A contact person who decides: recorded, and the change of who decides becomes an episode.
    auto* contacts = window.detailsView()->findChild<ui::ContactPersonsTab*>();
    ASSERT_NE(contacts, nullptr);
    onNextDialog<ui::ContactPersonDialog>([](ui::ContactPersonDialog& dialog) {
        dialog.findChild<QLineEdit*>(QStringLiteral("contactName"))->setText(QStringLiteral("Ewa Zielińska"));
        dialog.findChild<QLineEdit*>(QStringLiteral("contactRole"))->setText(QStringLiteral("Właścicielka"));
        dialog.findChild<QCheckBox*>(QStringLiteral("contactDecides"))->setChecked(true);
        dialog.accept();
    });
    contacts->addPerson();
    ASSERT_EQ(m_repository->contactPersons(id).size(), 1U);
    EXPECT_EQ(m_repository->contactPersons(id).front().name, "Ewa Zielińska");
    EXPECT_EQ(m_repository->customerRow(id)->episodes, 2) << "the purchase and the change of who decides";
    ASSERT_EQ(contacts->tree()->topLevelItemCount(), 1);
    EXPECT_EQ(contacts->tree()->topLevelItem(0)->text(0).toStdString(), "Ewa Zielińska");

    // Record the loss, with the reason from the catalogue.
    onNextDialog<QDialog>([](QDialog& dialog) {
        auto* reason = dialog.findChild<QComboBox*>(QStringLiteral("lossReason"));
        ASSERT_NE(reason, nullptr);
        reason->setCurrentIndex(reason->findData(QStringLiteral("partner_incompatibility")));
        // Within the analysed period: the demo base ends on 31 December 2025.
        dialog.findChild<ui::DateEdit*>(QStringLiteral("lossDate"))->setDate(QDate(2025, 12, 15));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("lossDetails"))
            ->setPlainText(QStringLiteral("Could not work with our courier"));
        dialog.accept();
    });
    window.findChild<QAction*>(QStringLiteral("recordLostCustomerAction"))->trigger();
    const auto records = m_repository->churnRecords(id);
    ASSERT_EQ(records.size(), 1U);
    EXPECT_EQ(records.front().reasonCode, "partner_incompatibility");
    auto* loss = window.detailsView()->findChild<ui::LostCustomerTab*>();
    ASSERT_EQ(loss->tree()->topLevelItemCount(), 1);
    EXPECT_TRUE(loss->tree()->topLevelItem(0)->text(1).startsWith(QStringLiteral("Inability to work")));

    // A cost line of table 7.3 on the card.
    auto* costs = window.detailsView()->findChild<ui::CostsTab*>();
    onNextDialog<ui::CostLineDialog>([](ui::CostLineDialog& dialog) {
        dialog.findChild<QComboBox*>(QStringLiteral("costLine"))
            ->setCurrentIndex(static_cast<int>(core::CostLine::Delivery));
        dialog.findChild<QLineEdit*>(QStringLiteral("costAmount"))->setText(QStringLiteral("1500.00"));
        dialog.findChild<QSpinBox*>(QStringLiteral("costYear"))->setValue(2025);
        dialog.accept();
    });
    costs->editCost(true);
    const auto storedCosts = m_repository->relationshipCosts(id);
    ASSERT_EQ(storedCosts.size(), 1U);
    EXPECT_EQ(storedCosts.front().amount.minor(), 150'000);
    EXPECT_EQ(storedCosts.front().line, core::CostLine::Delivery);
    EXPECT_EQ(costs->tree()->topLevelItemCount(), 1);

    // A partnership with the customer as the partner.
    onNextDialog<ui::PartnershipDialog>([](ui::PartnershipDialog& dialog) {
        dialog.findChild<QLineEdit*>(QStringLiteral("partnerName"))->setText(QStringLiteral("Hurtownia Zielińska"));
        auto* search = dialog.findChild<QLineEdit*>(QStringLiteral("partnerCustomerSearch"));
        search->setText(QStringLiteral("Hurtownia Zielińska"));
        emit search->textEdited(search->text());
        QTest::qWait(400); // the search runs when typing pauses
        auto* customer = dialog.findChild<QComboBox*>(QStringLiteral("partnerCustomer"));
        ASSERT_GT(customer->count(), 1);
        dialog.findChild<QCheckBox*>(QStringLiteral("bond_economic"))->setChecked(true);
        dialog.findChild<QLineEdit*>(QStringLiteral("valueShared"))->setText(QStringLiteral("20000"));
        dialog.accept();
    });
    window.partnershipsPage()->newPartnership();
    const auto partnerships = m_repository->partnerships();
    const auto ours = std::find_if(partnerships.begin(), partnerships.end(),
                                   [&](const core::Partnership& p) { return p.partnerCustomerId == id; });
    ASSERT_NE(ours, partnerships.end());
    EXPECT_EQ(ours->valueShared.minor(), 2'000'000);
    EXPECT_EQ(ours->bonds, std::vector{core::Bond::Economic});
    bool listed = false;
    for (int row = 0; row < window.partnershipsPage()->table()->rowCount(); ++row) {
        listed =
            listed || window.partnershipsPage()->table()->item(row, 0)->data(Qt::UserRole).toLongLong() == ours->id;
    }
    EXPECT_TRUE(listed);

    // The next analysis counts the recorded reason and the cost line.
    analyse(window);
    EXPECT_EQ(reasonCount(window, "partner_incompatibility"), lostBefore + 1);
    auto* chart = window.findChild<QChartView*>(QStringLiteral("churnReasonsChart"));
    ASSERT_NE(chart, nullptr);
    ASSERT_FALSE(chart->chart()->series().isEmpty());

    window.reportsPage()->setKind(ui::ReportsPage::Kind::Profitability);
    window.showPage(ui::MainWindow::ReportsPageIndex); // the report is analysed and made on a worker
    ASSERT_TRUE(QTest::qWaitFor([&window] { return window.reportsPage()->report() != nullptr; }, 60'000));
    const auto* report = window.reportsPage()->report();
    const reports::Table* ranking = nullptr;
    for (const auto* table : reports::allTables(*report)) {
        if (table->id == "ranking") {
            ranking = table;
        }
    }
    ASSERT_NE(ranking, nullptr);
    std::size_t costColumn = 0;
    while (costColumn < ranking->columns.size() && ranking->columns[costColumn].title != "5 Costs") {
        ++costColumn;
    }
    ASSERT_LT(costColumn, ranking->columns.size());
    const auto row = std::find_if(ranking->rows.begin(), ranking->rows.end(), [&](const auto& cells) {
        const auto* cell = std::get_if<std::int64_t>(&cells[1]);
        return cell != nullptr && *cell == id;
    });
    ASSERT_NE(row, ranking->rows.end()) << "the new buyer is not in the profitability ranking";
    const auto* cost = std::get_if<double>(&(*row)[costColumn]);
    ASSERT_NE(cost, nullptr);
    EXPECT_GT(*cost, 0.0) << "the cost line entered on the card is not in the report";

    // Every step is undoable, newest first. The creation is not: the customer has a purchase from elsewhere now,
    // and removing the customer would remove it; the user is told, and the customer stays.
    QString refusal;
    onNextDialog<QMessageBox>([&refusal](QMessageBox& box) {
        refusal = box.text();
        box.accept();
    });
    while (window.undoStack()->canUndo()) {
        window.undoStack()->undo();
    }
    EXPECT_TRUE(refusal.contains(QStringLiteral("episodes now"))) << refusal.toStdString();
    EXPECT_TRUE(m_repository->partnerships().size() == partnerships.size() - 1);
    EXPECT_TRUE(m_repository->relationshipCosts(id).empty());
    EXPECT_TRUE(m_repository->churnRecords(id).empty());
    EXPECT_TRUE(m_repository->contactPersons(id).empty());
    // The purchase came from elsewhere: the customer with a history is kept, and the undo of the creation says so.
    EXPECT_TRUE(m_repository->customer(id).has_value());
}

TEST_F(WorkingCrmTest, ATaskAddedOnTheCardIsOnTheDashboardUntilDone) {
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
    window.openCustomer(11);
    auto* tasks = window.detailsView()->findChild<ui::TasksTab*>();
    ASSERT_NE(tasks, nullptr);
    onNextDialog<QDialog>([](QDialog& dialog) {
        dialog.findChild<QLineEdit*>(QStringLiteral("taskTitle"))->setText(QStringLiteral("Call about the renewal"));
        dialog.findChild<QLineEdit*>(QStringLiteral("taskOwner"))->setText(QStringLiteral("Ola Nowak"));
        dialog.findChild<ui::DateEdit*>(QStringLiteral("taskDue"))->setDate(QDate::currentDate());
        dialog.accept();
    });
    tasks->addTask();
    ASSERT_EQ(m_repository->tasks(11).size(), 1U);

    auto* owner = window.dashboardPage()->findChild<QComboBox*>(QStringLiteral("taskOwner"));
    ASSERT_NE(owner, nullptr);
    const int ola = owner->findData(QStringLiteral("Ola Nowak"));
    owner->setCurrentIndex(std::max(0, ola)); // Ola is not among the customers' owners: then everyone's
    emit owner->activated(owner->currentIndex());
    auto* list = window.dashboardPage()->taskList();
    bool shown = false;
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        shown = shown || list->topLevelItem(row)->text(1) == QStringLiteral("Call about the renewal");
    }
    EXPECT_TRUE(shown) << "a task due today is not on the dashboard";

    tasks->tree()->setCurrentItem(tasks->tree()->topLevelItem(0));
    tasks->toggleDone();
    EXPECT_TRUE(m_repository->tasks(11).front().done);
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        EXPECT_NE(list->topLevelItem(row)->text(1), QStringLiteral("Call about the renewal")) << "done, still listed";
    }
    window.undoStack()->undo();
    EXPECT_FALSE(m_repository->tasks(11).front().done);
}

TEST_F(WorkingCrmTest, ArchivedCustomersLeaveTheListAndComeBackWithTheFilterOrUndo) {
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
    auto* table = window.customerTable();
    const auto before = m_repository->customerCount({});
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const auto first = table->model()->index(0, 0).data(ui::CustomerListModel::CustomerIdRole).toLongLong();
    onNextDialog<QMessageBox>([](QMessageBox& box) { box.button(QMessageBox::Yes)->click(); });
    window.findChild<QAction*>(QStringLiteral("archiveCustomersAction"))->trigger();
    EXPECT_EQ(m_repository->customerCount({}), before - 2);
    ASSERT_TRUE(m_repository->customer(first)->archivedOn.has_value());

    auto* filter = window.customersPage()->findChild<QComboBox*>(QStringLiteral("archiveFilter"));
    filter->setCurrentIndex(filter->findData(static_cast<int>(storage::ArchiveFilter::Archived)));
    EXPECT_EQ(window.customerModel()->rowCount(), 2);

    window.undoStack()->undo();
    EXPECT_EQ(m_repository->customerCount({}), before);
    EXPECT_FALSE(m_repository->customer(first)->archivedOn.has_value());
}

TEST_F(WorkingCrmTest, AJudgedComponentIsAssessedWithItsHistory) {
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
    window.openCustomer(21);
    auto* tab = window.detailsView()->findChild<ui::AssessmentsTab*>();
    ASSERT_NE(tab, nullptr);
    for (const int score : {2, 4}) {
        onNextDialog<QDialog>([score](QDialog& dialog) {
            auto* component = dialog.findChild<QComboBox*>(QStringLiteral("assessmentComponent"));
            component->setCurrentIndex(component->findData(static_cast<int>(core::AssessmentComponent::Commitment)));
            dialog.findChild<QSpinBox*>(QStringLiteral("assessmentScore"))->setValue(score);
            dialog.findChild<QLineEdit*>(QStringLiteral("assessmentNote"))->setText(QStringLiteral("after the visit"));
            dialog.accept();
        });
        tab->assess();
    }
    // Under the measured components on the same tab, both shown.
    window.show();
    window.detailsView()->tabs()->setCurrentIndex(1);
    EXPECT_TRUE(tab->isVisible());
    auto* split = window.detailsView()->findChild<QSplitter*>(QStringLiteral("relationshipSplitter"));
    ASSERT_NE(split, nullptr);
    EXPECT_TRUE(split->widget(0)->isVisible()) << "the measured components are hidden";
    EXPECT_GT(split->sizes().at(0), split->sizes().at(1)) << "the measured components are squeezed";
    const auto history = m_repository->assessments(21);
    ASSERT_EQ(history.size(), 2U);
    EXPECT_EQ(tab->tree()->topLevelItemCount(), 2);
    EXPECT_TRUE(tab->tree()->topLevelItem(0)->font(0).bold()) << "the latest view is not marked";
    EXPECT_FALSE(tab->tree()->topLevelItem(1)->font(0).bold()) << "the earlier view is not history";
    window.undoStack()->undo();
    ASSERT_EQ(m_repository->assessments(21).size(), 1U);
    EXPECT_EQ(m_repository->assessments(21).front().score, 2);
}

TEST_F(WorkingCrmTest, ASaveOverAColleaguesChangeAsksAndUndoBringsTheirsBack) {
    core::ContactPerson jan;
    jan.customerId = 31;
    jan.name = "Jan Kowalski";
    jan.id = m_repository->addContactPerson(jan);
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
    window.openCustomer(31);
    auto* contacts = window.detailsView()->findChild<ui::ContactPersonsTab*>();
    ASSERT_NE(contacts, nullptr);
    contacts->tree()->setCurrentItem(contacts->tree()->topLevelItem(0));

    auto theirs = jan;
    theirs.notes = "prefers e-mail";
    QString asked;
    onNextDialog<ui::ContactPersonDialog>([&](ui::ContactPersonDialog& dialog) {
        dialog.findChild<QLineEdit*>(QStringLiteral("contactRole"))->setText(QStringLiteral("Owner"));
        m_repository->updateContactPerson(theirs); // a colleague saves while the dialog is open
        onNextDialog<QMessageBox>([&](QMessageBox& box) {
            asked = box.objectName();
            for (auto* button : box.buttons()) {
                if (box.buttonRole(button) == QMessageBox::AcceptRole) {
                    button->click(); // save mine over theirs
                }
            }
        });
        dialog.accept();
    });
    contacts->editPerson();
    EXPECT_EQ(asked, QStringLiteral("saveConflict")) << "the conflict was not put to the user";
    const auto stored = m_repository->contactPersons(31);
    ASSERT_EQ(stored.size(), 1U);
    EXPECT_EQ(stored.front().role, "Owner");
    EXPECT_EQ(stored.front().notes, "") << "mine was written over theirs as a whole";
    window.undoStack()->undo();
    EXPECT_EQ(m_repository->contactPersons(31).front(), theirs) << "undo must bring back the colleague's version";
}

TEST_F(WorkingCrmTest, ACustomerEnteredTwiceIsCaughtWhileTyping) {
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
    const auto existing = m_repository->customer(7).value();
    ASSERT_FALSE(existing.emails.empty());
    onNextDialog<ui::CustomerDialog>([&](ui::CustomerDialog& dialog) {
        auto* email = dialog.findChild<QLineEdit*>(QStringLiteral("customerEmails"));
        QTest::keyClicks(email, QString::fromStdString(existing.emails.front().value));
        QTest::qWait(500); // the check runs when typing pauses
        auto* open = dialog.findChild<QPushButton*>(QStringLiteral("openExistingCustomer"));
        ASSERT_NE(open, nullptr);
        ASSERT_TRUE(open->isVisible()) << "no warning for an e-mail already in the base";
        open->click();
    });
    const auto before = m_repository->customerCount({});
    window.newCustomer();
    EXPECT_EQ(window.detailsView()->customerId(), 7);
    EXPECT_EQ(m_repository->customerCount({}), before);
    EXPECT_FALSE(window.undoStack()->canUndo());
}

TEST_F(WorkingCrmTest, ACustomerWithEpisodesIsNotDeletedAndOneWithoutComesBackOnUndo) {
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
    EXPECT_FALSE(window.deleteCustomer(3, false).isEmpty()) << "a customer with a history was deleted";
    EXPECT_TRUE(m_repository->customer(3).has_value());

    core::Customer blank;
    blank.displayName = "Entered by mistake";
    const auto id = m_repository->addCustomer(blank);
    core::ContactPerson person;
    person.customerId = id;
    person.name = "Jan Mistake";
    m_repository->addContactPerson(person);
    const auto people = m_repository->contactPersons(id);
    EXPECT_EQ(window.deleteCustomer(id, false), QString());
    EXPECT_FALSE(m_repository->customer(id).has_value());
    window.undoStack()->undo();
    ASSERT_TRUE(m_repository->customer(id).has_value());
    EXPECT_EQ(m_repository->contactPersons(id), people);
}

} // namespace
} // namespace rapport
