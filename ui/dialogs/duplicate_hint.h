#pragma once

#include "core/ids.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace rapport::storage {
class Repository;
}

namespace rapport::ui {

/**
 * Warns while a customer is typed in that they may be in the base already: same e-mail, same phone, or a
 * name that differs by at most one letter (compared as the duplicates finder compares names). It asks the
 * search index a few rows at a time, after typing pauses, so it stays quick on a million customers.
 */
class DuplicateHint final : public QWidget {
    Q_OBJECT

public:
    DuplicateHint(storage::Repository& repository, core::CustomerId self, QLineEdit* name, QLineEdit* emails,
                  QLineEdit* phones, QWidget* parent);
    /** The customer the hint names now (0: none). */
    [[nodiscard]] core::CustomerId candidate() const { return m_candidate; }
    /** Looks now instead of after the pause (tests, and the dialog's first show). */
    void check();

signals:
    void openRequested(core::CustomerId id);

private:
    storage::Repository& m_repository;
    core::CustomerId m_self;
    QLineEdit* m_name;
    QLineEdit* m_emails;
    QLineEdit* m_phones;
    QLabel* m_text = nullptr;
    QPushButton* m_open = nullptr;
    QTimer* m_pause = nullptr;
    core::CustomerId m_candidate = 0;
};

} // namespace rapport::ui
