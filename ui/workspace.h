#pragma once

#include "core/ids.h"
#include "storage/queries.h"

#include <QString>
#include <QWidget>

#include <chrono>
#include <functional>

class QUndoStack;

namespace rapport::storage {
class Repository;
}

namespace rapport::ui {

class AnalysisService;
class ChangeNotifier;

/**
 * How long a worker's write (an import, stored scores, demo data) waits for another program's write to the same
 * database, with "Busy, waiting" in the status bar, before it fails. The UI thread's own edits keep the storage
 * default of seconds: the window must not freeze behind a long import elsewhere.
 */
inline constexpr std::chrono::minutes kWorkerBusyLimit{5};

/** What every page works with. The main window owns it; the repository changes when a database is opened. */
struct Workspace {
    storage::Repository* repository = nullptr; // the UI thread's connection: indexed page reads only
    QString databasePath;
    AnalysisService* analysis = nullptr;
    QUndoStack* undoStack = nullptr;
    ChangeNotifier* notifier = nullptr;
    std::function<void(core::CustomerId)> openCustomer;
    /** Shows the customer list with a filter, e.g. the customers behind a bar of a chart. */
    std::function<void(const storage::CustomerFilter&)> showCustomers;
    /** Shows every follow-up due (the Episodes page), from lists that show only some. */
    std::function<void()> showFollowUps;
    /** Opens the dialog to log an episode, for a customer or with the chooser empty (0). */
    std::function<void(core::CustomerId)> logEpisode;
};

/** One page of the main window's sidebar. */
class Page : public QWidget {
    Q_OBJECT

public:
    Page(Workspace& workspace, QWidget* parent)
        : QWidget(parent)
        , m_workspace(workspace) {}
    /** A database was opened (or closed: repository null); drop what belongs to the old one. */
    virtual void databaseChanged() = 0;

protected:
    Workspace& m_workspace;
};

} // namespace rapport::ui
