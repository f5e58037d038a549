#pragma once

#include "core/ids.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace rapport::storage {
class Repository;
}

namespace rapport::ui {

/**
 * Edit > Audit trail: who changed what and when in a team database, newest first, as its triggers recorded it;
 * for one customer or the whole base. Admins only: the database refuses everyone else.
 */
class AuditDialog final : public QDialog {
    Q_OBJECT

public:
    AuditDialog(storage::Repository& repository, core::CustomerId customerId, QWidget* parent = nullptr);
    /** Reads the trail again; false (with the reason shown) when the database refused. */
    bool reload();
    [[nodiscard]] QTableWidget* table() const { return m_table; }

private:
    storage::Repository& m_repository;
    core::CustomerId m_customerId;
    QCheckBox* m_onlyCustomer = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace rapport::ui
