#pragma once

#include <QDialog>
#include <QString>

class QComboBox;

namespace rapport::ui {

/**
 * What a new (or empty) database is offered: its currency, chosen here where it was created, and demo data to
 * explore Rapport with. The currency row is left out for a team member who may not change it.
 */
class EmptyDatabaseDialog final : public QDialog {
    Q_OBJECT

public:
    /**
     * `location` is shown to the user; `currency` is the database's now (empty: none), offered as chosen, else
     * `proposed`. `mayChooseCurrency` false hides the choice.
     */
    EmptyDatabaseDialog(const QString& location, const QString& currency, const QString& proposed,
                        bool mayChooseCurrency, qint64 demoCustomers, QWidget* parent);

    /** The currency chosen (an ISO 4217 code); empty when there was no choice. */
    [[nodiscard]] QString currency() const;
    /** True when the user asked for demo data, false for an empty start. */
    [[nodiscard]] bool demoData() const { return m_demoData; }

private:
    QComboBox* m_currencies = nullptr;
    bool m_demoData = false;
};

} // namespace rapport::ui
