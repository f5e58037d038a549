#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;

namespace rapport::ui {

/**
 * The currency to propose where one is chosen: the one a user of an earlier Rapport named in its setting
 * "display/currency" (a code or a sign such as "zł"), else the currency of the system locale's country (PLN for
 * pl_PL, SEK for sv_SE, EUR in the euro area ...); empty when neither says.
 */
QString proposedCurrency();

/** Fills a combo box with currencies: the usual ones with their signs ("PLN (zł)") first, then every other ISO
 * 4217 code; `selected` is chosen, or nothing when empty. The item data is the code. */
void fillCurrencyCombo(QComboBox* combo, const QString& selected);

/**
 * Chooses the currency of the open database: to change it (Edit > Currency…), or the first time for a database
 * that has none. Says plainly what a change does: amounts are not converted, only shown in the new currency.
 */
class CurrencyDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Purpose {
        Change,      // Edit > Currency…
        FirstChoice, // the one-time offer for a database without a currency
    };
    /** `current` is the database's currency (empty: none); `proposed` the one to start with. */
    CurrencyDialog(const QString& current, const QString& proposed, Purpose purpose, QWidget* parent);

    /** The ISO 4217 code chosen. */
    [[nodiscard]] QString chosen() const;
    [[nodiscard]] QComboBox* currencies() const { return m_currencies; }
    /** "Amounts are not converted; every amount in this database will be shown in SEK." */
    [[nodiscard]] QLabel* warning() const { return m_warning; }

private:
    void updateWarning();

    QString m_current;
    QComboBox* m_currencies = nullptr;
    QLabel* m_warning = nullptr;
};

} // namespace rapport::ui
