#pragma once

#include "workspace.h"

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace rapport::ui {

class CustomerDetailsView;
class CustomerListModel;

/**
 * The whole customer base in a paged, server-sorted table with search as you type and filters, the selected
 * customer's card beside it, and bulk actions on a selection (assign owner, add tag, export).
 */
class CustomersPage final : public Page {
    Q_OBJECT

public:
    /** The selected customers as XLSX or CSV (by the file's extension), on a worker; asks for the file when
     * `path` is empty. countChanged says when it is done. */
    void exportSelection(QString path = {});
    CustomersPage(Workspace& workspace, QWidget* parent);
    ~CustomersPage() override;

    void databaseChanged() override;
    /** Replaces search and filters, e.g. to show the customers behind a chart. */
    void showFilter(const storage::CustomerFilter& filter);
    void selectCustomer(core::CustomerId id);
    void focusSearch();
    /** Adds actions (new customer, record a loss ...) to the list's context menu, before the bulk ones. */
    void addRowActions(const QList<QAction*>& actions);
    /** Archives the selected customers (after a question) or restores them: one undoable edit. */
    void archiveSelection(bool archive);
    /** Reloads rows and the card after writes (an edit, an import, a finished analysis). */
    void reload();
    /** Reads the filters' choices again (segments, owners, tags, service levels) on a worker. */
    void loadFilterChoices();

    [[nodiscard]] CustomerListModel* model() const { return m_model.get(); }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] CustomerDetailsView* details() const { return m_details; }
    [[nodiscard]] QLineEdit* searchField() const { return m_search; }
    [[nodiscard]] QList<core::CustomerId> selectedIds() const;

signals:
    void countChanged(const QString& text);

private:
    void applyFilter();
    void refreshCount();
    void showSelectedCustomer();
    void updateBulkActions();
    void assignOwner();
    void addTag();
    [[nodiscard]] storage::CustomerFilter currentFilter() const;

    std::unique_ptr<CustomerListModel> m_model;
    QLineEdit* m_search = nullptr;
    QComboBox* m_segment = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_churn = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_tag = nullptr;
    QToolButton* m_clearFilters = nullptr;
    QToolButton* m_selectionButton = nullptr;
    QAction* m_ownerAction = nullptr;
    QAction* m_tagAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_costAction = nullptr;
    QAction* m_archiveAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QComboBox* m_archive = nullptr;
    QLabel* m_scoreHint = nullptr;
    QTableView* m_table = nullptr;
    CustomerDetailsView* m_details = nullptr;
    QTimer* m_searchTimer = nullptr;
    int m_countGeneration = 0;
    bool m_settingFilter = false;
    bool m_restoringSelection = false; // reload() puts the selection back
};

} // namespace rapport::ui
