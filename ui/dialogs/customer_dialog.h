#pragma once

#include "core/customer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace rapport::storage {
class Repository;
}

namespace rapport::ui {

class DateEdit;
class MoneyEdit;

/**
 * Edits a customer's profile. OK is refused while the profile is not valid, with every problem listed in
 * the dialog; the caller writes the result as an undoable command.
 */
class CustomerDialog final : public QDialog {
    Q_OBJECT

public:
    CustomerDialog(const core::Customer& customer, QWidget* parent);
    [[nodiscard]] core::Customer customer() const;
    /** The problems of what is entered now, as shown to the user; empty when OK would be accepted. */
    [[nodiscard]] QString problems() const;

    void accept() override;

    /**
     * Warns while typing when the customer may be in the base already, with a button that closes this dialog
     * to open that one instead (existingChosen() then names it).
     */
    void checkDuplicates(storage::Repository& repository);
    [[nodiscard]] core::CustomerId existingChosen() const { return m_existingChosen; }

private:
    core::CustomerId m_existingChosen = 0;
    core::Customer m_original;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_legalName = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_market = nullptr;
    QLineEdit* m_segment = nullptr;
    QLineEdit* m_owner = nullptr;
    QCheckBox* m_shared = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_country = nullptr;
    QLineEdit* m_emails = nullptr;
    QLineEdit* m_phones = nullptr;
    QLineEdit* m_tags = nullptr;
    QComboBox* m_preferredChannel = nullptr;
    QCheckBox* m_acquired = nullptr;
    DateEdit* m_acquiredOn = nullptr;
    QComboBox* m_acquisitionChannel = nullptr;
    MoneyEdit* m_acquisitionCost = nullptr;
    QSpinBox* m_householdSize = nullptr;
    QComboBox* m_incomeBand = nullptr;
    QCheckBox* m_processingConsent = nullptr;
    QCheckBox* m_marketingConsent = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace rapport::ui
