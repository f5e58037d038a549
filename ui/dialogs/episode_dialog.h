#pragma once

#include "core/episode.h"
#include "dialogs/placeholder_list.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace rapport::storage {
class Repository;
}

namespace rapport::ui {

class DateEdit;
class MoneyEdit;

/**
 * Logs one episode in seconds: find the customer by typing, pick kind and channel, and for a purchase the
 * amount. OK is refused with the problems listed until the episode is valid.
 */
class EpisodeDialog final : public QDialog {
    Q_OBJECT

public:
    EpisodeDialog(storage::Repository& repository, core::CustomerId customerId, QWidget* parent);
    [[nodiscard]] core::Episode episode() const;
    [[nodiscard]] QString problems() const;
    void accept() override;

    // For tests and keyboard users alike: the chooser's parts.
    [[nodiscard]] QLineEdit* customerSearch() const { return m_customerSearch; }
    [[nodiscard]] PlaceholderList* customerMatches() const { return m_matches; }
    [[nodiscard]] QLineEdit* referenceEdit() const { return m_reference; }

protected:
    /** Return in the customer search picks the first match instead of pressing OK; Down moves to the list. */
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void searchCustomers();
    void pickFirstMatch();
    void chooseCustomer(core::CustomerId id, const QString& name);
    void updateMoneyFields();

    storage::Repository& m_repository;
    core::CustomerId m_customerId = 0;
    QLineEdit* m_customerSearch = nullptr;
    PlaceholderList* m_matches = nullptr;
    QLabel* m_chosen = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_channel = nullptr;
    DateEdit* m_date = nullptr;
    MoneyEdit* m_revenue = nullptr;
    MoneyEdit* m_margin = nullptr;
    QLineEdit* m_reference = nullptr; // the document number: an invoice, a credit note, an order
    QComboBox* m_satisfaction = nullptr;
    QCheckBox* m_critical = nullptr;
    QCheckBox* m_followUp = nullptr;
    DateEdit* m_followUpOn = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
    QTimer* m_searchTimer = nullptr;
};

} // namespace rapport::ui
