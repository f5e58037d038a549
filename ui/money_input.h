#pragma once

#include "core/money.h"
#include "formatting.h"

#include <QLineEdit>
#include <QLocale>

#include <optional>

class QLabel;

namespace rapport::ui {

/**
 * Reads an amount as a person types it in their locale, exactly: "1 234,50" or "1234,5" in Polish, Swedish,
 * Russian and Ukrainian, "1,234.50" or "1234.5" in English, "1.234,50" in German. Where the locale's decimal
 * separator is a comma and its digits are not grouped with points, a point is read as a decimal separator too
 * (the numeric keypad's key); the locale's grouping mark followed by one or two digits, alone and without the
 * locale's decimal separator, is read as the other convention's decimal separator ("129,90" in English, "12.50"
 * in German), since a group has three digits. Spaces of any kind group digits; other grouping marks must group
 * by three ("1,250" in English is 1250; "1,25,0" is refused). The
 * sign of `currency` (the database's) or its code before or after the number is ignored ("12,50 zł").
 * Nothing for empty text, for text that is not an amount, and for more than two decimals (refused, never
 * rounded). The locale gives the separators and signs; core::Money only ever sees canonical "-1234.50".
 */
std::optional<core::Money> parseMoneyInput(const QString& text, const QLocale& locale = QLocale(),
                                           const QString& currency = databaseCurrency());

/** An amount as an input field starts with it: the locale's decimal separator, no grouping ("1234,50"). */
QString moneyInputText(core::Money money, const QLocale& locale = QLocale());

/**
 * A field for an amount of money: typed in the locale's way (parseMoneyInput), with the sign of the database's
 * currency shown after the number ("zł"), or nothing when the database has no currency.
 */
class MoneyEdit final : public QLineEdit {
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget* parent = nullptr);
    /** The amount typed; nothing when the field is empty or holds something that is not an amount. */
    [[nodiscard]] std::optional<core::Money> money() const;
    /** True when nothing but spaces is typed: an optional amount left out. */
    [[nodiscard]] bool isBlank() const;
    /** Fills the field with an amount, or empties it. */
    void setMoney(const std::optional<core::Money>& money);
    /** The sign shown after the number, for tests; empty without a currency. */
    [[nodiscard]] QString suffix() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void placeSuffix();

    QLabel* m_suffix = nullptr;
};

} // namespace rapport::ui
