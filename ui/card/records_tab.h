#pragma once

#include "app/edit.h"
#include "core/ids.h"

#include <QWidget>

class QHBoxLayout;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace rapport::storage {
class Repository;
}

namespace rapport::ui {

struct Workspace;

/**
 * A tab of the customer card that lists records of one kind (contact persons, cost lines, tasks, the loss and
 * its win-back) with buttons to add and change them. Every change is an undoable edit; after it the card
 * reloads through the change notifier, so the tab shows what is stored.
 */
class RecordsTab : public QWidget {
    Q_OBJECT

public:
    static constexpr int kRecordRole = Qt::UserRole + 20; // the record's id (or index) on each row

    RecordsTab(Workspace& workspace, const QStringList& headers, QWidget* parent);
    /** Shows the records of a customer (0: none). */
    void showCustomer(core::CustomerId id);
    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    [[nodiscard]] core::CustomerId customerId() const { return m_customerId; }

protected:
    virtual void fill(storage::Repository& repository, core::CustomerId id) = 0;
    /** Called when the selection changes: enable the buttons that need a record. */
    virtual void selectionChanged() {}
    QPushButton* addButton(const QString& text, const QString& objectName, void (RecordsTab::*slot)());
    QPushButton* addButton(const QString& text, const QString& objectName, std::function<void()> action);
    [[nodiscard]] QTreeWidgetItem* currentItem() const;
    [[nodiscard]] qlonglong currentRecord() const;
    /** Performs an edit as an undoable command; shows why when it is refused. True when it was written. */
    bool perform(app::Edit edit, const QString& text);
    [[nodiscard]] storage::Repository* repository() const;

    Workspace& m_workspace;

private:
    QTreeWidget* m_tree = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    core::CustomerId m_customerId = 0;
};

} // namespace rapport::ui
