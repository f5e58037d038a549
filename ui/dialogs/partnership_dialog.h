#pragma once

#include "core/partnership.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rapport::storage {
class Repository;
}

namespace rapport::ui {

class DateEdit;
class MoneyEdit;

/**
 * Creates or edits a partnership: the partner (a named organisation, or one of the customers, found by
 * typing), direction, form, the bonds that tie the parties, the value created and shared per year, the start,
 * and for a new one its first lifecycle stage. Stage changes and the end have their own dialog, as they add to
 * the history instead of changing it.
 */
class PartnershipDialog final : public QDialog {
    Q_OBJECT

public:
    PartnershipDialog(storage::Repository& repository, const core::Partnership& partnership, QWidget* parent);
    [[nodiscard]] core::Partnership partnership() const;
    [[nodiscard]] QString problems() const;
    void accept() override;

private:
    void findCustomers(const QString& text);

    storage::Repository& m_repository;
    core::Partnership m_original;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_customerSearch = nullptr;
    QComboBox* m_customer = nullptr;
    QComboBox* m_direction = nullptr;
    QComboBox* m_form = nullptr;
    std::array<QCheckBox*, 10> m_bonds{};
    MoneyEdit* m_value = nullptr;
    QCheckBox* m_hasStart = nullptr;
    DateEdit* m_start = nullptr;
    QComboBox* m_stage = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
};

/** Asks for a lifecycle stage (or the end: rupture), the day and a note; false when cancelled. */
bool askStageChange(QWidget* parent, const core::Partnership& partnership, bool ending, core::PartnershipStage& stage,
                    core::Date& since, QString& note);

} // namespace rapport::ui
