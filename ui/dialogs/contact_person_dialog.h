#pragma once

#include "core/contact_person.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rapport::ui {

class DateEdit;

/**
 * Adds or edits a contact person at a customer: name, role, whether they decide, their e-mails and phones, and
 * when the role began (and ended: an ended role stays as history). OK is refused while anything is not valid.
 */
class ContactPersonDialog final : public QDialog {
    Q_OBJECT

public:
    ContactPersonDialog(const core::ContactPerson& person, QWidget* parent);
    [[nodiscard]] core::ContactPerson person() const;
    [[nodiscard]] QString problems() const;
    void accept() override;

private:
    core::ContactPerson m_original;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_role = nullptr;
    QCheckBox* m_decisionMaker = nullptr;
    QLineEdit* m_emails = nullptr;
    QLineEdit* m_phones = nullptr;
    QCheckBox* m_hasFrom = nullptr;
    DateEdit* m_from = nullptr;
    QCheckBox* m_hasTo = nullptr;
    DateEdit* m_to = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace rapport::ui
