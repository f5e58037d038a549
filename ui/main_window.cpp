#include "main_window.h"

#include "analysis_service.h"
#include "app/currency_change.h"
#include "app/customer_edits.h"
#include "app/entity_json.h"
#include "app/relationship_edits.h"
#include "card/lost_customer_tab.h"
#include "commands.h"
#include "customer_details_view.h"
#include "customer_list_model.h"
#include "database_opening.h"
#include "demo_data_job.h"
#include "dialogs/audit_dialog.h"
#include "dialogs/connect_dialog.h"
#include "dialogs/currency_dialog.h"
#include "dialogs/customer_dialog.h"
#include "dialogs/duplicates_dialog.h"
#include "dialogs/empty_database_dialog.h"
#include "dialogs/episode_dialog.h"
#include "dialogs/import_dialog.h"
#include "dialogs/service_levels_dialog.h"
#include "first_start_geometry.h"
#include "formatting.h"
#include "language_menu.h"
#include "pages/analytics_page.h"
#include "pages/campaigns_page.h"
#include "pages/customers_page.h"
#include "pages/dashboard_page.h"
#include "pages/episodes_page.h"
#include "pages/partnerships_page.h"
#include "pages/reports_page.h"
#include "platform/paths.h"
#include "storage/connection_string.h"
#include "storage/errors.h"
#include "storage/waiting.h"
#include "task_indicator.h"
#include "worker_pool.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <spdlog/spdlog.h>
#include <utility>

namespace rapport::ui {

namespace {

/**
 * A saved window geometry fitted to the screen it opens on when it no longer fits there (saved on a 1280x800 screen,
 * 1264x752 and maximized, opened on a 1024x700 one: its right and bottom were off the screen where nothing
 * maximizes it, and again once the user left maximized); empty when it fits. Read by restoring it into a window
 * that is never shown: restored into the main window, Qt keeps its own record of a maximized window's normal size
 * and brings it back, however large, when the user leaves maximized.
 */
std::optional<FirstStartGeometry> refitForThisScreen(const QByteArray& saved) {
    QWidget probe;
    if (!probe.restoreGeometry(saved) || probe.isFullScreen() || probe.screen() == nullptr) {
        return std::nullopt;
    }
    const bool maximized = probe.isMaximized();
    const QRect normal = maximized && probe.normalGeometry().isValid() ? probe.normalGeometry() : probe.geometry();
    auto refit = refitSavedGeometry(normal, probe.screen()->availableGeometry());
    if (refit && maximized) {
        refit->maximized = true;
    }
    return refit;
}

constexpr int kMaxRecent = 8;
constexpr qint64 kDemoCustomers = 5000;
const auto kRecentKey = QStringLiteral("recentDatabases");

/** One indexed row instead of counting the whole base on the UI thread. A read error counts as "not empty". */
bool hasCustomers(storage::Repository& repository) {
    try {
        storage::CustomerPageRequest request;
        request.limit = 1;
        return !repository.customerPage(request).rows.empty();
    } catch (const std::exception& error) {
        spdlog::warn("checking for customers failed: {}", error.what());
        return true;
    }
}

/** A team member's role in words (storage::TeamSession::role holds its code). */
QString roleName(const std::string& role) {
    if (role == "admin") {
        return MainWindow::tr("administrator", "a team role");
    }
    if (role == "manager") {
        return MainWindow::tr("sales manager", "a team role");
    }
    if (role == "analyst") {
        return MainWindow::tr("analyst", "a team role");
    }
    if (role == "superuser" || role == "owner") {
        return MainWindow::tr("database administrator", "a team role");
    }
    return fromUtf8(role);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("Rapport"));
    m_analysis = new AnalysisService(this);
    m_undoStack = new QUndoStack(this);
    m_notifier = new ChangeNotifier();
    m_notifier->setParent(this);
    // Another program (an import from the command line, a second window) holds the write lock: the worker
    // waiting for it says so. Called on the worker's thread; the status bar is touched on this one.
    storage::setWaitListener([this](const storage::WaitNotice& notice) {
        const auto waited = static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(notice.waited).count());
        const bool finished = notice.finished;
        const bool gaveUp = notice.gaveUp;
        QMetaObject::invokeMethod(
            this,
            [this, waited, finished, gaveUp] {
                if (gaveUp) {
                    statusBar()->showMessage(tr("Gave up waiting for the other program after %n s.", nullptr, waited),
                                             10000);
                } else if (finished) {
                    statusBar()->showMessage(tr("Done waiting for the other program (%n s).", nullptr, waited), 5000);
                } else {
                    statusBar()->showMessage(
                        tr("Busy, waiting: another program is writing to this database (%n s)...", nullptr, waited));
                }
            },
            Qt::QueuedConnection);
    });
    m_workspace.analysis = m_analysis;
    m_workspace.undoStack = m_undoStack;
    m_workspace.notifier = m_notifier;
    m_workspace.openCustomer = [this](core::CustomerId id) { openCustomer(id); };
    m_workspace.showFollowUps = [this] { showPage(EpisodesPageIndex); };
    m_workspace.showCustomers = [this](const storage::CustomerFilter& filter) {
        showPage(CustomersPageIndex);
        m_customers->showFilter(filter);
    };
    m_workspace.logEpisode = [this](core::CustomerId id) { logEpisode(id); };

    auto* central = new QWidget(this);
    auto* centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(4, 4, 4, 0);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setFixedWidth(m_sidebar->fontMetrics().horizontalAdvance(tr("Partnerships")) + 56);
    m_pages = new QStackedWidget(central);
    m_dashboard = new DashboardPage(m_workspace, m_pages);
    m_customers = new CustomersPage(m_workspace, m_pages);
    m_episodes = new EpisodesPage(m_workspace, m_pages);
    m_partnerships = new PartnershipsPage(m_workspace, m_pages);
    m_analytics = new AnalyticsPage(m_workspace, m_pages);
    m_reports = new ReportsPage(m_workspace, m_pages);
    m_campaigns = new CampaignsPage(m_workspace, m_pages);
    const std::array<std::pair<QString, QStyle::StandardPixmap>, PageCount> entries{{
        {tr("Dashboard"), QStyle::SP_ComputerIcon},
        {tr("Customers"), QStyle::SP_DirHomeIcon},
        {tr("Episodes"), QStyle::SP_FileDialogDetailedView},
        {tr("Partnerships"), QStyle::SP_DriveNetIcon},
        {tr("Analytics"), QStyle::SP_FileDialogContentsView},
        {tr("Reports"), QStyle::SP_FileIcon},
        {tr("Campaigns"), QStyle::SP_MessageBoxInformation},
    }};
    for (const auto& [title, icon] : entries) {
        new QListWidgetItem(style()->standardIcon(icon), title, m_sidebar);
    }
    for (QWidget* page : std::initializer_list<QWidget*>{m_dashboard, m_customers, m_episodes, m_partnerships,
                                                         m_analytics, m_reports, m_campaigns}) {
        m_pages->addWidget(page);
    }
    centralLayout->addWidget(m_sidebar);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        if (index == ReportsPageIndex) {
            m_reports->pageShown();
        }
    });

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_countLabel = new QLabel(this);
    m_task = new TaskIndicator(this);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_task);
    statusBar()->addPermanentWidget(m_countLabel);
    connect(m_customers, &CustomersPage::countChanged, m_countLabel, &QLabel::setText);

    connect(m_analysis, &AnalysisService::started, this,
            [this] { m_task->begin(tr("Analysing the customer base…"), [this] { m_analysis->cancel(); }); });
    connect(m_analysis, &AnalysisService::progressed, m_task, &TaskIndicator::setText);
    connect(m_analysis, &AnalysisService::abandoned, m_task, &TaskIndicator::end);
    connect(m_analysis, &AnalysisService::finished, this, [this](bool ok, const QString& message) {
        absorbOwnChanges(); // the scores it stored through its own connection
        m_task->end();
        statusBar()->showMessage(message, ok ? 8000 : 15000);
        if (!ok) {
            // A new snapshot (snapshotChanged, just before) has refreshed both pages; without one they still show
            // "analysing", and the dashboard's lists still wait for it. Refreshing twice cost the window 0.3 s.
            m_analytics->refresh();
            m_dashboard->refresh();
        }
        m_customers->loadFilterChoices(); // the levels customers now hold
    });
    connect(m_analysis, &AnalysisService::snapshotChanged, this, &MainWindow::analysisSnapshotChanged);
    connect(m_notifier, &ChangeNotifier::customersChanged, this, [this] {
        m_customers->reload();
        m_dashboard->refresh(); // a task or follow-up may have been added or done
    });
    connect(m_notifier, &ChangeNotifier::episodesChanged, this, [this] {
        m_customers->reload();
        m_episodes->reload();
        m_dashboard->refresh();
        m_campaigns->reload(); // a purchase in a response window changes a measurement
    });
    // What colleagues change arrives without a restart: a team database sends notices (LISTEN/NOTIFY), a file
    // tells when another program wrote to it. Asking is a non-blocking look at the connection.
    m_changesTimer = new QTimer(this);
    m_changesTimer->setInterval(2000);
    connect(m_changesTimer, &QTimer::timeout, this, &MainWindow::applyChangesByOthers);
    m_changesTimer->start();
    connect(m_notifier, &ChangeNotifier::partnershipsChanged, this, [this] { m_partnerships->reload(); });
    connect(m_notifier, &ChangeNotifier::campaignsChanged, m_campaigns, &CampaignsPage::reload);
    connect(m_notifier, &ChangeNotifier::serviceLevelsChanged, this, [this] {
        m_customers->loadFilterChoices();
        m_customers->reload();
    });
    connect(m_notifier, &ChangeNotifier::currencyChanged, this, &MainWindow::redrawAmounts);
    connect(m_notifier, &ChangeNotifier::writeFailed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Undo/redo"), message); });

    createActions();
    showPage(CustomersPageIndex);

    QSettings settings;
    const auto savedGeometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (const auto refit = savedGeometry.isEmpty() ? std::nullopt : refitForThisScreen(savedGeometry)) {
        setGeometry(refit->normal);
        if (refit->maximized) {
            setWindowState(windowState() | Qt::WindowMaximized);
        }
    } else {
        restoreGeometry(savedGeometry);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry"))) {
        // The primary screen, where a new window opens: before it is shown, screen() is the one at its default
        // position, which may be another monitor's.
        if (const auto* primary = QGuiApplication::primaryScreen(); primary != nullptr) {
            const auto first = firstStartGeometry(primary->availableGeometry(), QSize(1280, 800));
            setGeometry(first.normal);
            if (first.maximized) {
                setWindowState(windowState() | Qt::WindowMaximized);
            }
        } else {
            resize(1280, 800);
        }
    }
    if (settings.contains(QStringLiteral("window/page"))) {
        showPage(static_cast<PageIndex>(
            std::clamp(settings.value(QStringLiteral("window/page")).toInt(), 0, static_cast<int>(PageCount) - 1)));
    }
}

MainWindow::~MainWindow() {
    storage::setWaitListener({}); // waits for a notice being posted from a worker right now
    m_analysis->cancel();
    m_undoStack->clear(); // commands refer to the repository
}

CustomerListModel* MainWindow::customerModel() const {
    return m_customers->model();
}

QTableView* MainWindow::customerTable() const {
    return m_customers->table();
}

CustomerDetailsView* MainWindow::detailsView() const {
    return m_customers->details();
}

QLineEdit* MainWindow::searchField() const {
    return m_customers->searchField();
}

void MainWindow::showPage(PageIndex page) {
    m_sidebar->setCurrentRow(page);
    m_pages->setCurrentIndex(page);
}

void MainWindow::openCustomer(core::CustomerId id) {
    showPage(CustomersPageIndex);
    m_customers->selectCustomer(id);
}

void MainWindow::createActions() {
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* newCustomerAction = fileMenu->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("New &customer…"),
                                                  this, &MainWindow::newCustomer);
    newCustomerAction->setObjectName(QStringLiteral("newCustomerAction"));
    newCustomerAction->setShortcut(QKeySequence::New);
    newCustomerAction->setShortcutContext(Qt::ApplicationShortcut);
    fileMenu->addSeparator();
    auto* newAction = fileMenu->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    auto* openAction = fileMenu->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open database…"),
                                           this, &MainWindow::openDatabaseDialog);
    openAction->setShortcut(QKeySequence::Open);
    auto* connectAction =
        fileMenu->addAction(tr("&Connect to team database…"), this, &MainWindow::connectToTeamDatabase);
    connectAction->setObjectName(QStringLiteral("connectAction"));
    connectAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_recentMenu = fileMenu->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentDatabasesMenu"));
    rebuildRecentMenu();
    fileMenu->addSeparator();
    auto* backupAction = fileMenu->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Back up…"), this,
                                             &MainWindow::backupDatabase);
    backupAction->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    auto* importAction = fileMenu->addAction(tr("&Import…"), this, [this] { showImportDialog(); });
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    auto* demoAction = fileMenu->addAction(tr("Generate &demo data…"), this, [this] {
        if (m_repository && hasCustomers(*m_repository) &&
            QMessageBox::question(this, tr("Demo data"),
                                  tr("This database already has customers. Add %Ln demo customer(s) to them?", nullptr,
                                     static_cast<int>(kDemoCustomers))) != QMessageBox::Yes) {
            return;
        }
        generateDemoData(kDemoCustomers);
    });
    demoAction->setObjectName(QStringLiteral("demoDataAction"));
    fileMenu->addSeparator();
    auto* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    auto* editMenu = menuBar()->addMenu(tr("&Edit"));
    auto* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    auto* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    editMenu->addAction(tr("Find &duplicates…"), this, [this] { showDuplicatesDialog(); })
        ->setObjectName(QStringLiteral("findDuplicatesAction"));
    auto* findAction = editMenu->addAction(tr("&Find customer"), this, [this] {
        showPage(CustomersPageIndex);
        m_customers->focusSearch();
    });
    findAction->setShortcut(QKeySequence::Find);
    auto* editCustomer = editMenu->addAction(tr("&Edit customer…"), this, [this] {
        showPage(CustomersPageIndex);
        m_customers->details()->editCustomer();
    });
    editCustomer->setObjectName(QStringLiteral("editCustomerAction"));
    editCustomer->setShortcut(QKeySequence(tr("Ctrl+E")));
    auto* logAction =
        editMenu->addAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Log episode…"), this, [this] {
            // The card's customer only when the card is in view: from another
            // page the dialog starts in the customer field, not on a stranger.
            logEpisode(m_pages->currentIndex() == CustomersPageIndex ? m_customers->details()->customerId() : 0);
        });
    logAction->setObjectName(QStringLiteral("logEpisodeAction"));
    logAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    logAction->setShortcutContext(Qt::ApplicationShortcut);

    editMenu->addAction(tr("C&urrency…"), this, &MainWindow::chooseCurrency)
        ->setObjectName(QStringLiteral("currencyAction"));
    editMenu->addSeparator();
    auto* lostAction = editMenu->addAction(tr("Record lost &customer…"), this, [this] {
        LostCustomerTab::recordLoss(m_workspace, m_customers->details()->customerId(), this);
    });
    lostAction->setObjectName(QStringLiteral("recordLostCustomerAction"));
    auto* deleteAction = editMenu->addAction(tr("&Delete customer…"), this,
                                             [this] { deleteCustomer(m_customers->details()->customerId(), true); });
    deleteAction->setObjectName(QStringLiteral("deleteCustomerAction"));
    deleteAction->setToolTip(tr("Only a customer without episodes, e.g. entered by mistake; Undo brings it back"));
    m_customers->addRowActions({newCustomerAction, logAction, lostAction, deleteAction});

    editMenu->addAction(tr("Customer &profile report"), this, [this] {
        const auto id = m_customers->details()->customerId();
        if (id <= 0) {
            QMessageBox::information(this, tr("Customer profile report"), tr("Choose a customer in the list first."));
            return;
        }
        m_reports->setKind(ReportsPage::Kind::CustomerProfile);
        m_reports->setProfileCustomer(id);
        showPage(ReportsPageIndex);
    });
    editMenu->addSeparator();
    editMenu->addAction(tr("E&xport personal data…"), this,
                        [this] { exportPersonalData(m_customers->details()->customerId()); });
    editMenu
        ->addAction(tr("E&rase personal data…"), this,
                    [this] { erasePersonalData(m_customers->details()->customerId(), true); })
        ->setObjectName(QStringLiteral("erasePersonalDataAction"));
    auto* auditAction = editMenu->addAction(tr("&Audit trail…"), this, [this] {
        if (!m_repository) {
            return;
        }
        auto* dialog = new AuditDialog(*m_repository, m_customers->details()->customerId(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    auditAction->setObjectName(QStringLiteral("auditTrailAction"));

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    for (int page = 0; page < PageCount; ++page) {
        auto* action = viewMenu->addAction(m_sidebar->item(page)->text(), this,
                                           [this, page] { showPage(static_cast<PageIndex>(page)); });
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(page + 1)));
    }
    viewMenu->addSeparator();
    auto* reloadAction = viewMenu->addAction(tr("Re&load lists"), this, [this] {
        m_customers->reload();
        m_episodes->reload();
        m_partnerships->reload();
        m_dashboard->refresh();
    });
    reloadAction->setShortcut(QKeySequence(tr("Ctrl+R")));
    auto* analyseAction = viewMenu->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Run &analysis"),
                                              m_analysis, &AnalysisService::run);
    analyseAction->setShortcut(QKeySequence::Refresh);
    viewMenu
        ->addAction(tr("Analysis &settings…"), this,
                    [this] {
                        showPage(AnalyticsPageIndex);
                        m_analytics->openSettings();
                    })
        ->setObjectName(QStringLiteral("analysisSettingsAction"));
    auto* levelsAction = viewMenu->addAction(tr("Service &levels…"), this, [this] {
        if (m_workspace.repository != nullptr) {
            ServiceLevelsDialog dialog(m_workspace, this);
            dialog.exec();
        }
    });
    levelsAction->setObjectName(QStringLiteral("serviceLevelsAction"));
    viewMenu->addSeparator();
    viewMenu->addMenu(createLanguageMenu(this));

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* shortcutsAction = helpMenu->addAction(tr("&Keyboard shortcuts"), this, [this] {
        // Each description is its own text; the keys are named by QKeySequence in the user's language.
        const auto keys = [](const QKeySequence& sequence) { return sequence.toString(QKeySequence::NativeText); };
        const std::pair<QString, QString> rows[] = {
            {tr("%1 … %2", "a range of shortcuts")
                 .arg(keys(QKeySequence(Qt::CTRL | Qt::Key_1)), keys(QKeySequence(Qt::CTRL | Qt::Key_7))),
             tr("Dashboard, Customers, Episodes, Partnerships, Analytics, Reports, Campaigns")},
            {keys(QKeySequence::Find), tr("Find a customer")},
            {keys(QKeySequence(tr("Ctrl+L"))), tr("Log an episode")},
            {keys(QKeySequence(tr("Ctrl+E"))), tr("Edit the customer")},
            {keys(QKeySequence::Undo), tr("Undo")},
            {keys(QKeySequence::Redo), tr("Redo")},
            {keys(QKeySequence::Refresh), tr("Run the analysis")},
            {keys(QKeySequence(tr("Ctrl+R"))), tr("Reload the lists")},
            {keys(QKeySequence(tr("Ctrl+Shift+B"))), tr("Back up the database")},
        };
        QString table = QStringLiteral("<table cellpadding='3'>");
        for (const auto& [shortcut, what] : rows) {
            table +=
                QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(shortcut.toHtmlEscaped(), what.toHtmlEscaped());
        }
        table += QStringLiteral("</table>");
        QMessageBox::information(this, tr("Keyboard shortcuts"), table);
    });
    shortcutsAction->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    auto* aboutAction = helpMenu->addAction(tr("&About Rapport"), this, [this] {
        QMessageBox::about(this, tr("About Rapport"),
                           QStringLiteral("<h3>Rapport %1</h3><p>%2</p><p>%3</p>")
                               .arg(QApplication::applicationVersion(),
                                    tr("A CRM for relationship marketing: customers, contact persons and every episode "
                                       "of the relationship on one timeline.")
                                        .toHtmlEscaped(),
                                    tr("MIT licence.").toHtmlEscaped()));
    });
    aboutAction->setObjectName(QStringLiteral("aboutAction"));

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(newCustomerAction);
    toolbar->addAction(openAction);
    toolbar->addAction(backupAction);
    toolbar->addSeparator();
    toolbar->addAction(logAction);
    // Only "Undo" and "Redo" in the toolbar: the stack's actions name the command ("Undo Assign owner Ola Nowak to
    // customers (3)"), which pushed Redo and Run analysis out of a 1024-pixel window. The command is the tooltip.
    const auto toolbarButton = [this](QAction* full, const QString& word) {
        auto* button = new QAction(word, this);
        connect(button, &QAction::triggered, full, &QAction::trigger);
        const auto follow = [button, full] {
            button->setEnabled(full->isEnabled());
            button->setToolTip(full->toolTip());
        };
        connect(full, &QAction::changed, button, follow);
        follow();
        return button;
    };
    toolbar->addAction(toolbarButton(undo, tr("Undo")));
    toolbar->addAction(toolbarButton(redo, tr("Redo")));
    toolbar->addSeparator();
    toolbar->addAction(analyseAction);
}

bool MainWindow::openDatabase(const QString& path) {
    // The open runs beside the window's events (openWithProgress): another asked for meanwhile is not started.
    if (m_opening) {
        return false;
    }
    const QScopedValueRollback opening(m_opening, true);
    m_openCancelled = false;
    const bool team = storage::isConnectionString(path.toStdString());
    QString location = path;
    std::unique_ptr<storage::Repository> repository;
    // A database created by this open starts in the proposed currency; the empty-database offer confirms it.
    storage::OpenOptions options;
    if (const QString proposed = proposedCurrency(); !proposed.isEmpty()) {
        options.currency = core::Currency::parse(proposed.toStdString());
    }
    // The name the open's dialog shows, should it take long enough for one (an older file's upgrade).
    const QString shownName =
        team ? fromUtf8(storage::withoutPassword(path.toStdString())) : QDir::toNativeSeparators(path);
    const auto open = [&] { repository = openWithProgress(this, location.toStdString(), options, shownName); };
    try {
        try {
            open();
        } catch (const storage::StorageError& error) {
            // No password in ~/.pgpass: ask once, keep it in memory for this session only.
            const bool needsPassword = team && QString::fromUtf8(error.what()).contains(QStringLiteral("password")) &&
                                       !location.contains(QStringLiteral("password="));
            if (!needsPassword) {
                throw;
            }
            bool ok = false;
            const QString password = QInputDialog::getText(
                this, tr("Team database"),
                tr("Password for %1:").arg(fromUtf8(storage::withoutPassword(location.toStdString()))),
                QLineEdit::Password, QString(), &ok);
            if (!ok) {
                return false;
            }
            QString escaped = password;
            escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('\''), QStringLiteral("\\'"));
            location += QStringLiteral(" password='%1'").arg(escaped);
            open();
        }
    } catch (const storage::CancelledError& error) {
        spdlog::info("opening {} stopped: {}", shownName.toStdString(), error.what());
        m_openCancelled = true;
        // At the start there is no window yet, and without a database Rapport closes.
        QMessageBox::information(isVisible() ? this : nullptr, tr("Database not opened"),
                                 isVisible() ? tr("The upgrade of %1 was stopped. The file was left as it was; it is "
                                                  "upgraded the next time you open it.")
                                                   .arg(shownName)
                                             : tr("The upgrade of %1 was stopped. The file was left as it was; it is "
                                                  "upgraded the next time you open it. Rapport closes now.")
                                                   .arg(shownName));
        return false;
    } catch (const std::exception& error) {
        const QString shown = fromUtf8(storage::withoutPassword(path.toStdString()));
        spdlog::error("opening {} failed: {}", shown.toStdString(), error.what());
        QMessageBox::critical(this, tr("Cannot open database"),
                              tr("Rapport could not open %1.\n\n%2").arg(shown, QString::fromUtf8(error.what())));
        return false;
    }
    m_undoStack->clear(); // its commands belong to the old database
    m_workspace.repository = nullptr;
    m_analysis->setDatabasePath(location);
    m_repository = std::move(repository);
    m_workspace.repository = m_repository.get();
    m_workspace.databasePath = location;
    m_repository->takeChanges(); // start listening from now
    m_pendingNotices.clear();
    m_login.clear();
    showDatabaseCurrency(); // before the pages load: every amount they show carries it
    // The analysis starts before the pages load: it is first on the workers, and the dashboard's whole-base lists
    // see it running and wait for its scores instead of reading the base beside it.
    if (hasCustomers(*m_repository)) {
        m_analysis->run();
    }
    for (auto* page : std::initializer_list<Page*>{m_dashboard, m_customers, m_episodes, m_partnerships, m_analytics,
                                                   m_reports, m_campaigns}) {
        page->databaseChanged();
    }
    const QString shown = fromUtf8(m_repository->location());
    if (team) {
        const auto session = m_repository->teamSession();
        if (session) {
            m_login = session->login;
            m_databaseLabel->setText(tr("Team database: %1 · signed in as %2 (%3)")
                                         .arg(shown, fromUtf8(session->login), roleName(session->role)));
        } else {
            m_databaseLabel->setText(tr("Team database: %1").arg(shown));
        }
        setWindowTitle(tr("Team database – Rapport"));
        if (session && (session->role == "superuser" || session->role == "owner")) {
            QMessageBox::warning(this, tr("Team database"),
                                 tr("You are signed in as %1, who owns the tables or bypasses row-level security: you "
                                    "see and can change every customer. Work with a login of a team member "
                                    "(rapport-cli team add-user).")
                                     .arg(fromUtf8(session->login)));
        }
    } else {
        m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(path)));
        m_databaseLabel->setToolTip({});
        // Said for as long as the file is open, not as a passing message the analysis's own would replace: the
        // copy takes as much room as the file, and the user may want it back or away.
        if (const auto backup = m_repository->upgradeBackup(); !backup.empty()) {
            const QString copy = QDir::toNativeSeparators(QString::fromStdString(backup));
            m_databaseLabel->setText(tr("Database: %1 · upgraded; the file as it was is kept beside it")
                                         .arg(QDir::toNativeSeparators(path)));
            m_databaseLabel->setToolTip(tr("Upgraded from an older Rapport. The file as it was: %1").arg(copy));
        }
        setWindowTitle(tr("%1 – Rapport").arg(QFileInfo(path).fileName()));
    }
    rememberRecent(team ? fromUtf8(storage::withoutPassword(path.toStdString())) : path);
    return true;
}

void MainWindow::connectToTeamDatabase() {
    ConnectDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && openDatabase(fromUtf8(storage::connectionString(dialog.parameters())))) {
        offerCurrencyIfMissing(); // demo data is never offered into a team's database
    }
}

void MainWindow::absorbOwnChanges() {
    // This window's own workers write through connections of their own, which the database reports like anyone
    // else's: what they wrote is reloaded by whoever started them. Their notices are dropped here (a file cannot
    // say who wrote, a team database names this login); colleagues' notices stay for the next look.
    if (!m_repository) {
        return;
    }
    try {
        for (auto& notice : m_repository->takeChanges()) {
            if (notice.table != "*" && notice.by != m_login) {
                m_pendingNotices.push_back(std::move(notice));
            }
        }
    } catch (const std::exception& error) {
        spdlog::warn("reading change notices failed: {}", error.what());
    }
    // A file's notice says only "changed": one dropped here may have been another program's change of the currency.
    if (showDatabaseCurrency()) {
        redrawAmounts();
    }
}

void MainWindow::applyChangesByOthers() {
    if (!m_repository) {
        return;
    }
    auto notices = std::exchange(m_pendingNotices, {});
    try {
        auto more = m_repository->takeChanges();
        notices.insert(notices.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    } catch (const std::exception& error) {
        statusBar()->showMessage(tr("Not updated: %1").arg(fromUtf8(error.what())), 10000);
        return;
    }
    if (notices.empty()) {
        return;
    }
    // An admin's change of the currency (a team notice "rapport_meta"), or any change by another program to a
    // file: one row to read, and every amount is redrawn when it differs.
    if (showDatabaseCurrency()) {
        redrawAmounts();
    }
    QList<qlonglong> customers;
    QStringList people;
    bool episodes = false;
    for (const auto& notice : notices) {
        for (const auto id : notice.customerIds) {
            if (!customers.contains(id)) {
                customers << id;
            }
        }
        episodes = episodes || notice.table == "episode" || notice.table == "*";
        if (!notice.by.empty() && !people.contains(fromUtf8(notice.by))) {
            people << fromUtf8(notice.by);
        }
    }
    if (episodes) {
        emit m_notifier->episodesChanged(customers.isEmpty() ? 0 : customers.front());
    } else {
        emit m_notifier->customersChanged(customers);
    }
    statusBar()->showMessage(people.isEmpty()
                                 ? tr("Updated with changes made elsewhere")
                                 : tr("Updated with changes by %1").arg(QLocale().createSeparatedList(people)),
                             8000);
}

void MainWindow::analysisSnapshotChanged() {
    if (m_workspace.repository == nullptr) {
        // Between two databases (openDatabase): the pages load the new one next; reloading now would read the old
        // one, and start the dashboard's whole-base lists on it.
        return;
    }
    // New scores are stored beside the customers: the list shows them after a reload.
    m_customers->reload();
    m_dashboard->refresh();
    m_analytics->refresh();
    m_reports->refresh();
    m_campaigns->reload(); // stratified lists and filters read the stored scores
}

void MainWindow::logEpisode(core::CustomerId customerId) {
    if (!m_repository) {
        return;
    }
    EpisodeDialog dialog(*m_repository, customerId, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    try {
        pushEdit(*m_undoStack, *m_repository, *m_notifier, app::addEpisode(dialog.episode()), tr("Log episode"));
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Log episode"),
                             tr("The episode was not saved: %1").arg(QString::fromUtf8(error.what())));
        return;
    }
    statusBar()->showMessage(tr("Episode logged."), 5000);
}

void MainWindow::newCustomer() {
    if (!m_repository) {
        return;
    }
    core::Customer blank;
    blank.owner = platform::userName();
    CustomerDialog dialog(blank, this);
    dialog.checkDuplicates(*m_repository);
    const int answer = dialog.exec();
    if (dialog.existingChosen() != 0) {
        openCustomer(dialog.existingChosen());
        return;
    }
    if (answer != QDialog::Accepted) {
        return;
    }
    const auto customer = dialog.customer();
    try {
        const auto edit = pushEdit(*m_undoStack, *m_repository, *m_notifier, app::createCustomer(customer),
                                   tr("New customer %1").arg(fromUtf8(customer.displayName)));
        openCustomer(edit.after<core::Customer>()->id);
        statusBar()->showMessage(tr("Customer %1 created.").arg(fromUtf8(customer.displayName)), 5000);
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("New customer"),
                             tr("The customer was not saved: %1").arg(QString::fromUtf8(error.what())));
    }
}

QString MainWindow::deleteCustomer(core::CustomerId id, bool confirm) {
    if (!m_repository || id <= 0) {
        return tr("Choose a customer in the list first.");
    }
    try {
        auto edit = app::deleteCustomer(*m_repository, id);
        const auto* customer = edit.changes().empty() ? nullptr : &edit.changes().back();
        const QString name = customer != nullptr
                                 ? fromUtf8(std::get<app::RowChange<core::Customer>>(*customer).before->displayName)
                                 : QString();
        if (confirm && QMessageBox::question(this, tr("Delete customer"),
                                             tr("Delete %1 with their contact persons, tasks and cost lines?\n\n"
                                                "Edit > Undo brings them back.")
                                                 .arg(name)) != QMessageBox::Yes) {
            return tr("Not deleted.");
        }
        pushEdit(*m_undoStack, *m_repository, *m_notifier, std::move(edit), tr("Delete customer %1").arg(name));
        statusBar()->showMessage(tr("%1 deleted; Edit > Undo brings them back.").arg(name), 8000);
        return {};
    } catch (const std::exception& error) {
        const QString message = tr("The customer was not deleted: %1").arg(QString::fromUtf8(error.what()));
        if (confirm) {
            QMessageBox::warning(this, tr("Delete customer"), message);
        }
        return message;
    }
}

bool MainWindow::offerDemoDataIfEmpty() {
    if (!m_repository || hasCustomers(*m_repository)) {
        return false;
    }
    const QString current = databaseCurrency();
    EmptyDatabaseDialog dialog(QDir::toNativeSeparators(m_workspace.databasePath), current, proposedCurrency(),
                               app::mayChangeCurrency(*m_repository), kDemoCustomers, this);
    if (dialog.exec() != QDialog::Accepted) {
        return true;
    }
    // Chosen where the database was made: part of creating it, not an edit to undo.
    if (const QString chosen = dialog.currency(); !chosen.isEmpty() && chosen != current) {
        try {
            app::changeCurrency(*m_repository, app::currencyFromText(chosen.toStdString())).apply(*m_repository);
        } catch (const std::exception& error) {
            QMessageBox::warning(this, tr("Currency"),
                                 tr("The currency was not set: %1").arg(QString::fromUtf8(error.what())));
        }
        showDatabaseCurrency();
        redrawAmounts();
    }
    if (dialog.demoData()) {
        generateDemoData(kDemoCustomers);
    }
    return true;
}

void MainWindow::newDatabase() {
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QString(),
                                                      tr("Rapport databases (*.sqlite);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
                             tr("%1 already exists. Choose a new name, or use File > Open.").arg(path));
        return;
    }
    if (openDatabase(path)) {
        offerDemoDataIfEmpty();
    }
}

void MainWindow::openDatabaseDialog() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_workspace.databasePath).absolutePath(),
                                     tr("Rapport databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty() && openDatabase(path)) {
        offerCurrencyIfMissing();
    }
}

void MainWindow::backupDatabase() {
    if (m_workspace.databasePath.isEmpty()) {
        return;
    }
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Back up database"), m_workspace.databasePath + QStringLiteral(".backup"),
                                     tr("Rapport databases (*.sqlite *.backup);;All files (*)"));
    if (target.isEmpty()) {
        return;
    }
    statusBar()->showMessage(tr("Backing up to %1…").arg(target));
    const std::string source = m_workspace.databasePath.toStdString();
    const std::string destination = target.toStdString();
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, target] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Backed up to %1").arg(target), 8000);
        } else {
            statusBar()->clearMessage();
            QMessageBox::warning(this, tr("Backup failed"), tr("The database was not backed up: %1").arg(error));
        }
    });
    watcher->setFuture(runInWorkerPool([source, destination]() -> QString {
        try {
            // Read-only: a backup never creates, migrates or checkpoints the file it copies.
            storage::OpenOptions open;
            open.readOnly = true;
            open.acceptOlderSchema = true;
            open.busyLimit = kWorkerBusyLimit;
            storage::openRepository(source, open)->backupTo(destination);
            return {};
        } catch (const std::exception& error) {
            return QString::fromUtf8(error.what());
        }
    }));
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute =
        storage::isConnectionString(path.toStdString()) ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (openDatabase(path)) {
                offerCurrencyIfMissing();
            }
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::generateDemoData(qint64 customers) {
    auto* job = new DemoDataJob(m_workspace.databasePath, customers, this);
    connect(job, &DemoDataJob::finished, this, [this](bool cancelled, const QString& error) {
        if (cancelled) {
            statusBar()->showMessage(tr("Demo data cancelled; the database is unchanged."), 8000);
        } else if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Demo data"),
                                 tr("Generating demo data failed; the database is unchanged.\n\n%1").arg(error));
        } else {
            statusBar()->showMessage(tr("Demo data generated."), 8000);
        }
        absorbOwnChanges();
        m_customers->reload();
        m_analysis->run();
    });
    job->start();
}

QString MainWindow::exportPersonalData(core::CustomerId id, QString path) {
    const auto customer = m_repository && id > 0 ? m_repository->customer(id) : std::nullopt;
    if (!customer) {
        QMessageBox::information(this, tr("Export personal data"), tr("Choose a customer in the list first."));
        return tr("no customer chosen");
    }
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Export personal data"),
                                            QStringLiteral("customer-%1.json").arg(id), tr("JSON files (*.json)"));
        if (path.isEmpty()) {
            return tr("cancelled");
        }
    }
    // One customer's rows, by index (episodes a page at a time): fine on this thread.
    auto document = app::personalDataJson(*m_repository, *customer);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::fromStdString(document.dump(2) + "\n")) < 0 ||
        !file.commit()) {
        const QString error = tr("Cannot write %1: %2").arg(path, file.errorString());
        QMessageBox::warning(this, tr("Export personal data"), error);
        return error;
    }
    // The record of the export (who, when) belongs to the data-subject request as much as the file does.
    m_repository->recordPersonalDataExport(id, platform::userName());
    statusBar()->showMessage(
        tr("Personal data of customer #%1 written to %2").arg(id).arg(QDir::toNativeSeparators(path)), 8000);
    return {};
}

QString MainWindow::erasePersonalData(core::CustomerId id, bool confirm) {
    const auto customer = m_repository && id > 0 ? m_repository->customer(id) : std::nullopt;
    if (!customer) {
        QMessageBox::information(this, tr("Erase personal data"), tr("Choose a customer in the list first."));
        return tr("no customer chosen");
    }
    if (confirm) {
        QMessageBox question(QMessageBox::Warning, tr("Erase personal data"),
                             tr("Erase the name, address, e-mails, phones, tags, notes, consents and contact persons "
                                "of %1, and the notes of their episodes, tasks and churn records?\n\nTheir episodes "
                                "keep dates, kinds and amounts, so totals stay. This cannot be undone: back up "
                                "first (File > Back up).")
                                 .arg(QString::fromStdString(customer->displayName)),
                             QMessageBox::Yes | QMessageBox::Cancel, this);
        question.setDefaultButton(QMessageBox::Cancel);
        if (question.exec() != QMessageBox::Yes) {
            return tr("cancelled");
        }
    }
    try {
        m_repository->erasePersonalData(id, platform::userName());
    } catch (const std::exception& error) {
        const QString message = tr("Nothing was erased: %1").arg(QString::fromUtf8(error.what()));
        QMessageBox::warning(this, tr("Erase personal data"), message);
        return message;
    }
    // The erased values must not come back through an undo of an earlier edit.
    m_undoStack->clear();
    emit m_notifier->customersChanged({static_cast<qlonglong>(id)});
    statusBar()->showMessage(tr("Personal data of customer #%1 erased; the erasure is recorded.").arg(id), 8000);
    return {};
}

DuplicatesDialog* MainWindow::showDuplicatesDialog() {
    if (!m_repository) {
        QMessageBox::information(this, tr("Find duplicates"), tr("Open or create a database first."));
        return nullptr;
    }
    auto* dialog = new DuplicatesDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->search();
    return dialog;
}

ImportDialog* MainWindow::showImportDialog() {
    if (!m_repository) {
        QMessageBox::information(this, tr("Import"), tr("Open or create a database first."));
        return nullptr;
    }
    auto* dialog = new ImportDialog(m_workspace.databasePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::runFinished, this, [this](bool dryRun, bool written) {
        if (!dryRun && written) {
            // An import is not undone with Edit > Undo (a backup restores the base); the edits before it are
            // forgotten too, so that no undo writes old values over what the import brought.
            m_undoStack->clear();
            statusBar()->showMessage(tr("Import written. An import cannot be undone: Edit > Undo starts afresh."),
                                     10000);
            absorbOwnChanges();
            m_customers->reload();
            m_analysis->run();
        }
    });
    dialog->show();
    return dialog;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // An open under way (openWithProgress) cannot be left half-way; its dialog's Cancel stops a backup.
    if (m_opening) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), m_pages->currentIndex());
    m_analysis->cancel();
    event->accept();
}

} // namespace rapport::ui
