#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <string>

class QWidget;

namespace rapport::ui {
class MainWindow;
}

namespace rapport::test {

/** One text a user can read, and where: "CustomersPage > QTableView customerTable: header 3". */
struct VisibleText {
    QString where;
    QString text;
};

/**
 * Every text `root` shows or offers while it is open: window titles, labels, buttons, group boxes, tabs and their
 * tooltips, placeholders, line and text edits, combo box items, spin box prefixes and suffixes, the horizontal
 * headers and the first rows of item views, the actions of menus, menu bars, tool bars and context menus, the
 * status bar's message, and charts' titles, axis titles, categories and legends. Only widgets visible in `root`
 * count; rich text is read as plain text. The walk knows nothing of languages: a test decides what is wrong.
 */
QList<VisibleText> collectVisibleTexts(QWidget* root);

/** The customers whose cards the visit opens. */
struct VisitedCustomers {
    long long full = 0;      // contact persons, tasks, costs, assessments, a ladder stage set by hand
    long long lost = 0;      // recorded as lost, with a win-back under way
    long long deletable = 0; // without episodes
};

/**
 * Shows every page of the window (each tab of the customer card, each chart of the analytics page, both tabs of the
 * partnerships page) and opens every dialog reachable from the menus, the pages and the card that can be opened
 * without writing anything or choosing a file, handing each scene to `look` while it is on screen. `scene` names
 * it ("Customers > card > tab 2", "dialog: new task"). The window must be open on a database whose analysis has
 * finished.
 */
void visitEveryPageAndDialog(ui::MainWindow& window, const VisitedCustomers& customers,
                             const std::function<void(const QString& scene, QWidget* shown)>& look);

/** Runs `open`, which shows a modal dialog, hands the dialog to `look` while it is open, then cancels it. */
void lookAtModal(const QString& scene, const std::function<void()>& open,
                 const std::function<void(const QString& scene, QWidget* shown)>& look);

/** The texts the visit itself brings on screen: the file it imports (its path, headers and values). */
QStringList dataOfTheVisit();

/**
 * Every text a visit of a window open on `databaseFile` may show that is data, not the app's words: what the base
 * stores (`baseData`), the file's path and name, the user's name, the visit's own data, the connect dialog's
 * defaults and the languages' own names. Longest first, so that a name is taken out before a word of it.
 */
QStringList dataOnScreen(const QStringList& baseData, const std::string& databaseFile);

} // namespace rapport::test
