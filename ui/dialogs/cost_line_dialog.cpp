#include "dialogs/cost_line_dialog.h"

#include "dialogs/validation_message.h"
#include "formatting.h"
#include "i18n/domain_terms.h"
#include "money_input.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport::ui {

QString costLineName(core::CostLine line) {
    // The line's number in the seed's table 7.3 before its name, as the table lists them.
    const char* number = "";
    switch (line) {
    case core::CostLine::Delivery:
        number = "5.1.1";
        break;
    case core::CostLine::StoreStaffBonus:
        number = "5.1.2";
        break;
    case core::CostLine::UnsoldReturns:
        number = "5.1.3";
        break;
    case core::CostLine::DatabaseUpkeep:
        number = "5.2";
        break;
    case core::CostLine::SalesManagerPay:
        number = "5.3";
        break;
    case core::CostLine::Other:
        number = "5.4";
        break;
    }
    return CostLineDialog::tr("%1 %2", "a line of table 7.3: its number and name")
        .arg(QLatin1String(number), i18n::term(line));
}

CostLineDialog::CostLineDialog(const core::RelationshipCost& cost, int customers, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(customers > 1 ? tr("Cost line for %Ln customer(s)", nullptr, customers) : tr("Cost line"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    layout->addLayout(form);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("costYear"));
    m_year->setRange(1900, 2200);
    m_year->setValue(cost.year != 0 ? cost.year : QDate::currentDate().year());
    m_line = new QComboBox(this);
    m_line->setObjectName(QStringLiteral("costLine"));
    for (const auto& [value, code] : core::EnumNames<core::CostLine>::values) {
        m_line->addItem(costLineName(value), static_cast<int>(value));
    }
    // A new entry starts at the table's first line (5.1.1), an existing one at its own.
    m_line->setCurrentIndex(cost.year == 0 ? 0 : std::max(0, m_line->findData(static_cast<int>(cost.line))));
    m_amount = new MoneyEdit(this);
    m_amount->setMoney(cost.amount.minor() != 0 ? std::optional(cost.amount) : std::nullopt);
    m_amount->setObjectName(QStringLiteral("costAmount"));
    m_amount->setPlaceholderText(tr("e.g. 1250.00"));
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Line:"), m_line);
    form->addRow(tr("&Amount:"), m_amount);
    m_spread =
        new QCheckBox(tr("&Spread the amount over the %Ln customer(s) (else each gets it)", nullptr, customers), this);
    m_spread->setObjectName(QStringLiteral("costSpread"));
    m_spread->setVisible(customers > 1);
    m_spread->setChecked(customers > 1);
    form->addRow(QString(), m_spread);
    m_error = addValidationMessage(this, layout);
    addOkCancel(this, layout);
    m_amount->setFocus();
}

int CostLineDialog::year() const {
    return m_year->value();
}

core::CostLine CostLineDialog::line() const {
    return static_cast<core::CostLine>(m_line->currentData().toInt());
}

core::Money CostLineDialog::amount() const {
    return m_amount->money().value_or(core::Money{});
}

bool CostLineDialog::spread() const {
    return m_spread->isVisible() && m_spread->isChecked();
}

QString CostLineDialog::problems() const {
    const auto value = m_amount->isBlank() ? std::optional(core::Money{}) : m_amount->money();
    if (!value) {
        return tr("Amount: expected an amount such as 1250.00, got \"%1\"").arg(m_amount->text());
    }
    if (value->minor() < 0) {
        return tr("Amount: a cost cannot be negative");
    }
    return {};
}

void CostLineDialog::accept() {
    if (showProblems(m_error, problems(), tr("Please correct:"))) {
        QDialog::accept();
    }
}

} // namespace rapport::ui
