#pragma once

#include "storage/repository.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;

namespace rapport::ui {

class CustomerDetailsView;
class CustomerListModel;

/**
 * The first window: the customer list over the whole base with search, and the selected customer's
 * details. The full navigation (dashboard, episodes, partnerships, analytics, reports) builds on it.
 */
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Opens a database, replacing the current one; shows a message and returns false on failure. */
    bool openDatabase(const QString& path);
    /** When the open database has no customers, asks whether to generate demo data. */
    void offerDemoDataIfEmpty();
    [[nodiscard]] CustomerListModel* customerModel() const { return m_model.get(); }
    [[nodiscard]] QTableView* customerTable() const { return m_table; }
    [[nodiscard]] CustomerDetailsView* detailsView() const { return m_details; }
    [[nodiscard]] QLineEdit* searchField() const { return m_search; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void applySearch();
    void showSelectedCustomer();
    void refreshCount();
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void newDatabase();
    void openDatabaseDialog();
    void backupDatabase();
    void generateDemoData(qint64 customers);

    std::unique_ptr<storage::Repository> m_repository;
    std::unique_ptr<CustomerListModel> m_model;
    QString m_path;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    CustomerDetailsView* m_details = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QTimer* m_searchTimer = nullptr;
    QMenu* m_recentMenu = nullptr;
    int m_countGeneration = 0;
};

} // namespace rapport::ui
