#pragma once

#include "storage/repository.h"
#include "workspace.h"

#include <QMainWindow>

#include <memory>
#include <string>
#include <vector>

class QLabel;
class QTimer;
class QLineEdit;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace rapport::ui {

class AnalysisService;
class AnalyticsPage;
class ChangeNotifier;
class CustomerDetailsView;
class CustomerListModel;
class CustomersPage;
class DashboardPage;
class EpisodesPage;
class PartnershipsPage;
class ReportsPage;
class CampaignsPage;
class ImportDialog;
class DuplicatesDialog;
class TaskIndicator;

/**
 * The main window: a sidebar of pages (Dashboard, Customers, Episodes, Partnerships, Analytics, Reports),
 * menus and toolbar with shortcuts, and a status bar with the database, counts and background work.
 * Whole-base work (analysis, counts, demo data, backup) runs on workers; the window stays responsive.
 */
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    enum PageIndex {
        DashboardPageIndex,
        CustomersPageIndex,
        EpisodesPageIndex,
        PartnershipsPageIndex,
        AnalyticsPageIndex,
        ReportsPageIndex,
        CampaignsPageIndex,
        PageCount
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Opens a database, replacing the current one; shows a message and returns false on failure. */
    bool openDatabase(const QString& path);
    /** Whether the last openDatabase returned false because the user stopped an upgrade, not because it failed. */
    [[nodiscard]] bool openWasCancelled() const { return m_openCancelled; }
    /**
     * When the open database has no customers: asks which currency its amounts are in (a new database was
     * created with the proposed one) and whether to generate demo data. True when it asked.
     */
    bool offerDemoDataIfEmpty();
    /**
     * Once per database: when it has customers but no currency (made before Rapport kept one), offers to set it,
     * proposing the currency of the retired setting "display/currency" or of the system's country.
     */
    void offerCurrencyIfMissing();
    /** Edit > Currency… without the dialog: relabels every amount as `isoCode`, undoably; "" on success. */
    QString changeCurrency(const QString& isoCode);
    void showPage(PageIndex page);
    void openCustomer(core::CustomerId id);
    /** Opens the log-episode dialog; the stored episode becomes an undoable command. */
    void logEpisode(core::CustomerId customerId);
    /** File > New customer: the profile dialog, warning of a customer already in the base; undoable. */
    void newCustomer();
    /** Edit > Delete customer: after a confirmation (skipped for tests) one without episodes; "" on success. */
    QString deleteCustomer(core::CustomerId id, bool confirm);

    [[nodiscard]] CustomerListModel* customerModel() const;
    [[nodiscard]] QTableView* customerTable() const;
    [[nodiscard]] CustomerDetailsView* detailsView() const;
    [[nodiscard]] QLineEdit* searchField() const;
    [[nodiscard]] QStackedWidget* pages() const { return m_pages; }
    [[nodiscard]] QListWidget* sidebar() const { return m_sidebar; }
    /** The UI thread's connection, or null before a database is open. */
    [[nodiscard]] storage::Repository* repository() const { return m_repository.get(); }
    [[nodiscard]] AnalysisService* analysis() const { return m_analysis; }
    [[nodiscard]] QUndoStack* undoStack() const { return m_undoStack; }
    [[nodiscard]] Workspace& workspace() { return m_workspace; }
    [[nodiscard]] DashboardPage* dashboardPage() const { return m_dashboard; }
    [[nodiscard]] CustomersPage* customersPage() const { return m_customers; }
    [[nodiscard]] EpisodesPage* episodesPage() const { return m_episodes; }
    [[nodiscard]] PartnershipsPage* partnershipsPage() const { return m_partnerships; }
    [[nodiscard]] AnalyticsPage* analyticsPage() const { return m_analytics; }
    [[nodiscard]] ReportsPage* reportsPage() const { return m_reports; }
    [[nodiscard]] CampaignsPage* campaignsPage() const { return m_campaigns; }
    /** File > Import: the import dialog for the open database (returned for tests; it deletes itself on close). */
    ImportDialog* showImportDialog();
    /** Edit > Export personal data: one customer's record as JSON; asks for the file when `path` is empty. */
    QString exportPersonalData(core::CustomerId id, QString path = {});
    /** Edit > Erase personal data: after a confirmation (skipped for tests), recorded; "" on success. */
    QString erasePersonalData(core::CustomerId id, bool confirm);
    /** Edit > Find duplicates: the dialog, already searching (it deletes itself on close). */
    DuplicatesDialog* showDuplicatesDialog();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void newDatabase();
    void openDatabaseDialog();
    /** File > Connect to team database: the dialog, then the connection. */
    void connectToTeamDatabase();
    /** Asks the database what others changed and refreshes what shows it (a timer calls it). */
    void applyChangesByOthers();
    /** Drops the change notices of this window's own background writes (analysis scores, imports, demo data). */
    void absorbOwnChanges();
    void backupDatabase();
    void generateDemoData(qint64 customers);
    void analysisSnapshotChanged();
    /** Edit > Currency…: the dialog, then changeCurrency(). */
    void chooseCurrency();
    /** Reads the open database's currency into what every amount is shown with; true when it changed. */
    bool showDatabaseCurrency();
    /** Shows every amount again, in the currency now set. */
    void redrawAmounts();

    Workspace m_workspace;
    std::unique_ptr<storage::Repository> m_repository;
    AnalysisService* m_analysis = nullptr;
    QUndoStack* m_undoStack = nullptr;
    bool m_opening = false;       // openDatabase is under way
    bool m_openCancelled = false; // the last openDatabase was stopped by the user
    ChangeNotifier* m_notifier = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    DashboardPage* m_dashboard = nullptr;
    CustomersPage* m_customers = nullptr;
    EpisodesPage* m_episodes = nullptr;
    PartnershipsPage* m_partnerships = nullptr;
    AnalyticsPage* m_analytics = nullptr;
    ReportsPage* m_reports = nullptr;
    CampaignsPage* m_campaigns = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    TaskIndicator* m_task = nullptr;
    QMenu* m_recentMenu = nullptr;
    QTimer* m_changesTimer = nullptr;
    std::string m_login;                                 // the signed-in login of a team database
    std::vector<storage::ChangeNotice> m_pendingNotices; // colleagues' notices taken with this window's own
};

} // namespace rapport::ui
