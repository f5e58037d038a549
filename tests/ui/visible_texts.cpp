#include "ui/visible_texts.h"

#include "customer_details_view.h"
#include "date_edit.h"
#include "dialogs/analysis_settings_dialog.h"
#include "dialogs/conflict_dialog.h"
#include "dialogs/contact_person_dialog.h"
#include "dialogs/cost_line_dialog.h"
#include "dialogs/customer_dialog.h"
#include "dialogs/duplicates_dialog.h"
#include "dialogs/episode_dialog.h"
#include "dialogs/import_dialog.h"
#include "dialogs/import_texts.h"
#include "dialogs/ladder_stage_dialog.h"
#include "dialogs/partnership_dialog.h"
#include "i18n/language.h"
#include "main_window.h"
#include "pages/analytics_page.h"
#include "pages/customers_page.h"
#include "pages/partnerships_page.h"
#include "platform/paths.h"
#include "support/temp_dir.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>

namespace rapport::test {

namespace {

constexpr int kRowsRead = 30;
const char* const kImportedFile = "klienci.csv";
// Besides the columns Rapport reads, one it has no field for, one without a header and one repeated: the dialog
// says why it leaves each unread.
const char* const kImportedText = "Nazwa;E-mail;Miasto;Numer GG;;E-mail\r\n"
                                  "Hurtownia Bursztyn;biuro@bursztyn.pl;Gdańsk;4471120;;sklep@bursztyn.pl\r\n";

// Sales a shop exported with one bad row of each common kind: a buyer the base does not have, a day no calendar
// has, an amount with letters, a row short of a field, one with a field too many, and a quote never closed. The
// dry run says why it would reject each, in the user's words.
const char* const kSalesFile = "sprzedaz.csv";
const char* const kSalesText = "Kontrahent;Data;Kwota\r\n"
                               "K-404;2025-03-07;120,50\r\n"
                               "K-404;2025-02-30;10,00\r\n"
                               "K-404;2025-03-09;dwanaście\r\n"
                               "K-404;2025-03-10\r\n"
                               "K-404;2025-03-11;5,00;FV 12\r\n"
                               "K-404;2025-03-12;\"7,00\r\n";

// Sales without a date column: the dialog says what is missing before it runs anything.
const char* const kUndatedFile = "bez_daty.csv";
const char* const kUndatedText = "Kontrahent;Kwota\r\nK-404;10,00\r\n";

/** Where the visit writes the files it imports, for the whole run: their paths are on screen, so they are data. */
const TempDir& importFolder() {
    static const TempDir folder;
    return folder;
} // rows of each item view: enough to meet every kind of cell, not the whole base

QString plain(const QString& text) {
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

/** "MainWindow > QStackedWidget > CustomersPage > QTableView customerTable". */
QString whereIs(const QObject* object) {
    QStringList names;
    for (const QObject* o = object; o != nullptr; o = o->parent()) {
        const QString kind = QString::fromLatin1(o->metaObject()->className()).section(QStringLiteral("::"), -1);
        names.prepend(o->objectName().isEmpty() ? kind : kind + QLatin1Char(' ') + o->objectName());
    }
    return names.join(QStringLiteral(" > "));
}

class Collector {
public:
    void add(const QObject* where, const QString& what, const QString& text) {
        const QString shown = plain(text).trimmed();
        if (!shown.isEmpty()) {
            m_texts.push_back({whereIs(where) + QStringLiteral(": ") + what, shown});
        }
    }

    void actions(const QObject* where, const QList<QAction*>& actions, int depth = 0) {
        for (const QAction* action : actions) {
            if (action->isSeparator() || !action->isVisible() || depth > 4) {
                continue;
            }
            add(where, QStringLiteral("action ") + action->objectName(), action->text());
            if (action->toolTip() != QString(action->text()).remove(QLatin1Char('&'))) {
                add(where, QStringLiteral("action tooltip ") + action->objectName(), action->toolTip());
            }
            if (action->menu() != nullptr) {
                add(where, QStringLiteral("menu ") + action->menu()->objectName(), action->menu()->title());
                this->actions(action->menu(), action->menu()->actions(), depth + 1);
            }
        }
    }

    void itemView(const QAbstractItemView* view) {
        const QAbstractItemModel* model = view->model();
        if (model == nullptr) {
            return;
        }
        const auto* tree = qobject_cast<const QTreeView*>(view);
        const auto* header = tree != nullptr ? tree->header() : view->findChild<QHeaderView*>();
        for (int column = 0; column < model->columnCount(); ++column) {
            if (header != nullptr && (header->isHidden() || header->isSectionHidden(column))) {
                continue;
            }
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                add(view, QStringLiteral("header %1").arg(column),
                    model->headerData(column, Qt::Horizontal, role).toString());
            }
        }
        for (int row = 0; row < std::min(model->rowCount(), kRowsRead); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                    add(view, QStringLiteral("row %1 column %2").arg(row).arg(column), index.data(role).toString());
                }
                if (auto* cell = view->indexWidget(index)) {
                    widget(cell);
                }
            }
        }
    }

    void chart(const QChartView* view) {
        const QChart* chart = view->chart();
        if (chart == nullptr) {
            return;
        }
        add(view, QStringLiteral("chart title"), chart->title());
        for (const QAbstractAxis* axis : chart->axes()) {
            add(view, QStringLiteral("axis title"), axis->titleText());
            if (auto* categories = qobject_cast<QBarCategoryAxis*>(const_cast<QAbstractAxis*>(axis))) {
                for (const QString& category : categories->categories()) { // categories() is not const
                    add(view, QStringLiteral("axis category"), category);
                }
            }
        }
        for (const QLegendMarker* marker : chart->legend()->markers()) {
            if (marker->isVisible()) {
                add(view, QStringLiteral("legend"), marker->label());
            }
        }
    }

    void widget(const QWidget* w) {
        if (w->isWindow()) {
            add(w, QStringLiteral("window title"), w->windowTitle());
        }
        add(w, QStringLiteral("tooltip"), w->toolTip());
        if (const auto* label = qobject_cast<const QLabel*>(w)) {
            add(w, QStringLiteral("text"), label->text());
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
            add(w, QStringLiteral("text"), button->text());
            if (const auto* tool = qobject_cast<const QToolButton*>(w); tool != nullptr && tool->menu() != nullptr) {
                actions(tool->menu(), tool->menu()->actions());
            }
        } else if (const auto* group = qobject_cast<const QGroupBox*>(w)) {
            add(w, QStringLiteral("title"), group->title());
        } else if (const auto* tabs = qobject_cast<const QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(w, QStringLiteral("tab %1").arg(i), tabs->tabText(i));
                add(w, QStringLiteral("tab tooltip %1").arg(i), tabs->tabToolTip(i));
            }
        } else if (const auto* line = qobject_cast<const QLineEdit*>(w)) {
            add(w, QStringLiteral("text"), line->text());
            add(w, QStringLiteral("placeholder"), line->placeholderText());
        } else if (const auto* edit = qobject_cast<const QPlainTextEdit*>(w)) {
            add(w, QStringLiteral("text"), edit->toPlainText());
            add(w, QStringLiteral("placeholder"), edit->placeholderText());
        } else if (const auto* rich = qobject_cast<const QTextEdit*>(w)) {
            add(w, QStringLiteral("text"), rich->toPlainText());
            add(w, QStringLiteral("placeholder"), rich->placeholderText());
        } else if (const auto* combo = qobject_cast<const QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                add(w, QStringLiteral("item %1").arg(i), combo->itemText(i));
                add(w, QStringLiteral("item tooltip %1").arg(i), combo->itemData(i, Qt::ToolTipRole).toString());
            }
        } else if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(w)) {
            add(w, QStringLiteral("special value"), spin->specialValueText());
            if (const auto* whole = qobject_cast<const QSpinBox*>(w)) {
                add(w, QStringLiteral("prefix and suffix"), whole->prefix() + whole->suffix());
            } else if (const auto* decimal = qobject_cast<const QDoubleSpinBox*>(w)) {
                add(w, QStringLiteral("prefix and suffix"), decimal->prefix() + decimal->suffix());
            }
        } else if (const auto* status = qobject_cast<const QStatusBar*>(w)) {
            add(w, QStringLiteral("message"), status->currentMessage());
        } else if (const auto* view = qobject_cast<const QAbstractItemView*>(w)) {
            itemView(view);
        } else if (const auto* chartView = qobject_cast<const QChartView*>(w)) {
            chart(chartView);
        }
        if (const auto* bar = qobject_cast<const QMenuBar*>(w)) {
            actions(bar, bar->actions());
        } else if (w->contextMenuPolicy() == Qt::ActionsContextMenu || qobject_cast<const QToolBar*>(w) != nullptr) {
            actions(w, w->actions());
        }
    }

    QList<VisibleText> m_texts;
};

void onModal(const QString& scene, const std::function<void()>& open,
             const std::function<void(const QString&, QWidget*)>& look) {
    bool seen = false;
    QTimer::singleShot(0, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal == nullptr) {
            return;
        }
        seen = true;
        QTest::qWait(50); // its layout and any text set by a queued call
        look(scene, modal);
        if (auto* dialog = qobject_cast<QDialog*>(modal)) {
            dialog->reject();
        } else {
            modal->close();
        }
    });
    open();
    QCoreApplication::processEvents();
    if (!seen) {
        ADD_FAILURE_AT(__FILE__, __LINE__) << "no dialog opened for " << scene.toStdString();
    }
}

/** Shows a dialog that is not modal, looks at it and closes it. */
void onDialog(const QString& scene, QDialog* dialog, const std::function<void(const QString&, QWidget*)>& look) {
    dialog->show();
    QTest::qWait(50);
    look(scene, dialog);
    dialog->close();
}

template <typename T> T* child(QObject* parent, const char* name) {
    auto* found = parent->findChild<T*>(QLatin1String(name));
    if (found == nullptr) {
        ADD_FAILURE_AT(__FILE__, __LINE__) << "no " << name;
    }
    return found;
}

void click(QObject* parent, const char* button) {
    if (auto* b = child<QAbstractButton>(parent, button)) {
        b->click();
    }
}

void trigger(QObject* parent, const char* action) {
    if (auto* a = child<QAction>(parent, action)) {
        a->trigger();
    }
}

void selectFirstRow(QTreeWidget* tree) {
    if (tree != nullptr && tree->topLevelItemCount() > 0) {
        tree->setCurrentItem(tree->topLevelItem(0));
    }
}

} // namespace

void lookAtModal(const QString& scene, const std::function<void()>& open,
                 const std::function<void(const QString& scene, QWidget* shown)>& look) {
    onModal(scene, open, look);
}

QStringList dataOfTheVisit() {
    QStringList data{QString::fromStdString(importFolder().file(kImportedFile)), QLatin1String(kImportedFile),
                     QString::fromStdString(importFolder().file(kSalesFile)),    QLatin1String(kSalesFile),
                     QString::fromStdString(importFolder().file(kUndatedFile)),  QLatin1String(kUndatedFile)};
    for (const char* text : {kImportedText, kSalesText, kUndatedText}) {
        for (const QString& line : QString::fromUtf8(text).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
            data << line.split(QLatin1Char(';'));
        }
    }
    return data;
}

QList<VisibleText> collectVisibleTexts(QWidget* root) {
    Collector collector;
    collector.widget(root);
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (w->isVisibleTo(root) && !w->isWindow()) {
            collector.widget(w);
        }
    }
    return collector.m_texts;
}

void visitEveryPageAndDialog(ui::MainWindow& window, const VisitedCustomers& visited,
                             const std::function<void(const QString& scene, QWidget* shown)>& look) {
    const auto customer = visited.full;
    using Page = ui::MainWindow::PageIndex;
    const auto settle = [] { QTest::qWait(150); }; // counts and filter choices come from workers

    // The pages; the customer card tab by tab; every chart; the partnership list and network.
    window.openCustomer(customer);
    settle();
    const QStringList pageNames{QStringLiteral("Dashboard"),    QStringLiteral("Customers"), QStringLiteral("Episodes"),
                                QStringLiteral("Partnerships"), QStringLiteral("Analytics"), QStringLiteral("Reports"),
                                QStringLiteral("Campaigns")};
    ASSERT_EQ(pageNames.size(), ui::MainWindow::PageCount) << "a page without a name here would not be looked at";
    for (int page = 0; page < ui::MainWindow::PageCount; ++page) {
        window.showPage(static_cast<Page>(page));
        settle();
        look(pageNames[page], &window);
    }
    window.showPage(Page::CustomersPageIndex);
    window.openCustomer(customer);
    auto* card = window.detailsView();
    for (int tab = 0; tab < card->tabs()->count(); ++tab) {
        card->tabs()->setCurrentIndex(tab);
        look(QStringLiteral("Customers > card > tab %1").arg(tab), &window);
    }
    window.showPage(Page::AnalyticsPageIndex);
    auto* analytics = window.analyticsPage();
    auto* drill = child<QComboBox>(analytics, "chartDrillChoice");
    for (int tab = 0; tab < analytics->tabs()->count(); ++tab) {
        analytics->tabs()->setCurrentIndex(tab);
        if (drill != nullptr && drill->count() > 1) { // the customers behind the chart's first part
            drill->setCurrentIndex(1);
            emit drill->activated(1);
        }
        look(QStringLiteral("Analytics > chart %1").arg(tab), &window);
    }
    window.showPage(Page::PartnershipsPageIndex);
    auto* partnerships = window.partnershipsPage();
    if (auto* tabs = partnerships->findChild<QTabWidget*>()) {
        tabs->setCurrentIndex(1);
        look(QStringLiteral("Partnerships > network"), &window);
        tabs->setCurrentIndex(0);
    }
    // A partnership still going: an ended one has no next stage.
    auto* nextStage = child<QPushButton>(partnerships, "partnershipStageButton");
    for (int row = 0; row < partnerships->table()->rowCount(); ++row) {
        partnerships->table()->selectRow(row);
        if (nextStage != nullptr && nextStage->isEnabled()) {
            break;
        }
    }
    onModal(
        QStringLiteral("dialog: new partnership"), [&] { click(partnerships, "newPartnership"); }, look);
    onModal(
        QStringLiteral("dialog: edit partnership"), [&] { click(partnerships, "editPartnership"); }, look);
    onModal(
        QStringLiteral("dialog: next stage"), [&] { click(partnerships, "partnershipStageButton"); }, look);
    onModal(
        QStringLiteral("dialog: end partnership"), [&] { click(partnerships, "endPartnership"); }, look);

    // The card's dialogs.
    window.showPage(Page::CustomersPageIndex);
    window.openCustomer(customer);
    card->tabs()->setCurrentIndex(1);
    onModal(
        QStringLiteral("dialog: ladder stage"), [&] { click(card, "setLadderStage"); }, look);
    onModal(
        QStringLiteral("dialog: assess"), [&] { click(card, "addAssessment"); }, look);
    onModal(
        QStringLiteral("dialog: new contact person"), [&] { click(card, "addContactPerson"); }, look);
    selectFirstRow(child<QTreeWidget>(card, "contactPersonTree"));
    onModal(
        QStringLiteral("dialog: edit contact person"), [&] { click(card, "editContactPerson"); }, look);
    onModal(
        QStringLiteral("dialog: end role"), [&] { click(card, "endContactRole"); }, look);
    onModal(
        QStringLiteral("dialog: new task"), [&] { click(card, "addTask"); }, look);
    onModal(
        QStringLiteral("dialog: new cost line"), [&] { click(card, "addCost"); }, look);
    selectFirstRow(child<QTreeWidget>(card, "costTree"));
    onModal(
        QStringLiteral("dialog: change cost line"), [&] { click(card, "editCost"); }, look);
    onModal(
        QStringLiteral("dialog: record lost customer"), [&] { click(card, "recordLoss"); }, look);

    // A lost customer's win-back; a customer without episodes, who may be deleted.
    window.openCustomer(visited.lost);
    card->tabs()->setCurrentIndex(card->tabs()->count() - 1);
    look(QStringLiteral("Customers > card of a lost customer > Lost"), &window);
    selectFirstRow(child<QTreeWidget>(card, "lossTree"));
    onModal(
        QStringLiteral("dialog: win-back attempt"), [&] { click(card, "logWinBack"); }, look);
    onModal(
        QStringLiteral("dialog: win-back outcome"), [&] { click(card, "winBackOutcome"); }, look);
    card->tabs()->setCurrentIndex(1);
    look(QStringLiteral("Customers > card of a lost customer > Relationship"), &window);
    window.openCustomer(visited.deletable);
    onModal(
        QStringLiteral("dialog: delete customer"), [&] { trigger(&window, "deleteCustomerAction"); }, look);
    window.openCustomer(customer);

    // The menus' dialogs, on the card's customer.
    onModal(
        QStringLiteral("dialog: new customer"), [&] { trigger(&window, "newCustomerAction"); }, look);
    onModal(
        QStringLiteral("dialog: edit customer"), [&] { trigger(&window, "editCustomerAction"); }, look);
    onModal(
        QStringLiteral("dialog: log episode"), [&] { trigger(&window, "logEpisodeAction"); }, look);
    onModal(
        QStringLiteral("dialog: erase personal data"), [&] { trigger(&window, "erasePersonalDataAction"); }, look);
    onModal(
        QStringLiteral("dialog: demo data"), [&] { trigger(&window, "demoDataAction"); }, look);
    onModal(
        QStringLiteral("dialog: connect"), [&] { trigger(&window, "connectAction"); }, look);
    onModal(
        QStringLiteral("dialog: analysis settings"), [&] { trigger(&window, "analysisSettingsAction"); }, look);
    onModal(
        QStringLiteral("dialog: keyboard shortcuts"), [&] { trigger(&window, "keyboardShortcutsAction"); }, look);
    onModal(
        QStringLiteral("dialog: about"), [&] { trigger(&window, "aboutAction"); }, look);
    window.showPage(Page::CustomersPageIndex);
    window.openCustomer(customer);
    trigger(&window, "auditTrailAction");
    for (auto* audit : window.findChildren<QDialog*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (audit->isVisible() && audit->findChild<QWidget*>(QStringLiteral("auditTable")) != nullptr) {
            onDialog(QStringLiteral("dialog: audit trail"), audit, look);
        }
    }
    if (auto* duplicates = window.showDuplicatesDialog()) {
        QSignalSpy searched(duplicates, &ui::DuplicatesDialog::searched);
        searched.wait(30'000);
        onDialog(QStringLiteral("dialog: duplicates"), duplicates, look);
    }
    if (auto* import = window.showImportDialog()) {
        look(QStringLiteral("dialog: import"), import);
        // A file of customers with Polish headers: the mapping table and what was read from the file.
        QFile csv(QString::fromStdString(importFolder().file(kImportedFile)));
        if (csv.open(QIODevice::WriteOnly)) {
            csv.write(kImportedText);
            csv.close();
        }
        import->setKind(io::ImportKind::Customers);
        import->setFile(csv.fileName());
        QSignalSpy finished(import, &ui::ImportDialog::runFinished);
        import->start(true);
        finished.wait(30'000);
        look(QStringLiteral("dialog: import, a dry run of klienci.csv"), import);
        QFile sales(QString::fromStdString(importFolder().file(kSalesFile)));
        if (sales.open(QIODevice::WriteOnly)) {
            sales.write(kSalesText);
            sales.close();
        }
        import->setKind(io::ImportKind::Transactions);
        import->setFile(sales.fileName());
        import->start(true);
        EXPECT_TRUE(finished.wait(30'000));
        // The scene below is worth looking at only with the reasons on screen.
        const auto* result = import->findChild<QPlainTextEdit*>(QStringLiteral("importResult"));
        EXPECT_TRUE(result != nullptr && result->toPlainText().contains(QStringLiteral("dwanaście")));
        look(QStringLiteral("dialog: import, a dry run of sprzedaz.csv with rows to reject"), import);
        QFile undated(QString::fromStdString(importFolder().file(kUndatedFile)));
        if (undated.open(QIODevice::WriteOnly)) {
            undated.write(kUndatedText);
            undated.close();
        }
        import->setFile(undated.fileName());
        const auto runs = finished.count();
        import->start(true); // refused at once: no run starts
        EXPECT_EQ(finished.count(), runs + 1);
        EXPECT_TRUE(result != nullptr && result->toPlainText().contains(ui::importFieldLabel("occurred_on")));
        look(QStringLiteral("dialog: import, bez_daty.csv without a date column"), import);
        import->close();
    }

    // The list's bulk actions on a selection of two.
    auto* customers = window.customersPage();
    customers->table()->selectionModel()->clearSelection();
    customers->table()->selectRow(0);
    customers->table()->setSelectionMode(QAbstractItemView::MultiSelection);
    customers->table()->selectRow(1);
    customers->table()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    onModal(
        QStringLiteral("dialog: assign owner"), [&] { trigger(customers, "assignOwnerAction"); }, look);
    onModal(
        QStringLiteral("dialog: add tag"), [&] { trigger(customers, "addTagAction"); }, look);
    onModal(
        QStringLiteral("dialog: cost line for a selection"), [&] { trigger(customers, "addCostLineAction"); }, look);
    onModal(
        QStringLiteral("dialog: archive"), [&] { trigger(customers, "archiveCustomersAction"); }, look);

    // Dialogs the app opens on its own: a save that met someone else's change.
    if (auto* repository = window.repository()) {
        if (auto mine = repository->customer(customer)) {
            auto theirs = *mine;
            theirs.notes += " (2)";
            ui::ConflictDialog conflict(*mine, theirs, &window);
            onDialog(QStringLiteral("dialog: changed by someone else"), &conflict, look);
        }
    }
}

QStringList dataOnScreen(const QStringList& baseData, const std::string& databaseFile) {
    const std::filesystem::path file(databaseFile);
    QStringList all = baseData;
    all << QString::fromStdString(file.string()) << QString::fromStdString(file.parent_path().string())
        << QString::fromStdString(file.filename().string()) << QString::fromStdString(platform::userName())
        << dataOfTheVisit()
        // The connect dialog's defaults: a server and a database name.
        << QStringLiteral("localhost") << QStringLiteral("rapport");
    // View > Language names each language in that language, whatever the program's language.
    for (const auto& language : i18n::languages()) {
        all << QString::fromUtf8(language.nativeName);
    }
    all.removeAll(QString()); // an empty user name would match between every two letters
    std::sort(all.begin(), all.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return all;
}

} // namespace rapport::test
