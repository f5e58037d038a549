#pragma once

#include "storage/connection_string.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rapport::ui {

/**
 * File > Connect to team database: where the team's PostgreSQL server is and who signs in. The password is
 * optional (libpq reads ~/.pgpass); when typed it lives only in memory and is never saved.
 */
class ConnectDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);
    [[nodiscard]] storage::ConnectionParameters parameters() const;

    void accept() override;

private:
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_sslMode = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace rapport::ui
