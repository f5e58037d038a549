#include "dialogs/empty_database_dialog.h"

#include "dialogs/currency_dialog.h"
#include "dialogs/dialog_size.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

EmptyDatabaseDialog::EmptyDatabaseDialog(const QString& location, const QString& currency, const QString& proposed,
                                         bool mayChooseCurrency, qint64 demoCustomers, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("emptyDatabaseDialog"));
    setWindowTitle(tr("Empty database"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("%1 has no customers yet.").arg(location), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (mayChooseCurrency) {
        auto* form = new QFormLayout();
        m_currencies = new QComboBox(this);
        m_currencies->setObjectName(QStringLiteral("currencyChoice"));
        m_currencies->setMaxVisibleItems(16);
        fillCurrencyCombo(m_currencies, currency.isEmpty() ? proposed : currency);
        if (m_currencies->currentIndex() < 0) {
            m_currencies->setCurrentIndex(0);
        }
        form->addRow(tr("Amounts are in &this currency:"), m_currencies);
        layout->addLayout(form);
    }
    auto* demo = new QLabel(tr("Generate demo data (%L1 customers of a relationship-marketing business, three years of "
                               "history) to explore Rapport?")
                                .arg(demoCustomers),
                            this);
    demo->setWordWrap(true);
    layout->addWidget(demo);

    auto* buttons = new QDialogButtonBox(this);
    auto* generate = buttons->addButton(tr("&Generate demo data"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Start empty"), QDialogButtonBox::RejectRole);
    generate->setDefault(true);
    connect(buttons, &QDialogButtonBox::clicked, this, [this, generate](QAbstractButton* button) {
        m_demoData = button == generate;
        accept(); // both answers keep the currency chosen
    });
    layout->addWidget(buttons);
    resizeForWrappedTexts(*this, 480);
}

QString EmptyDatabaseDialog::currency() const {
    return m_currencies != nullptr ? m_currencies->currentData().toString() : QString();
}

} // namespace rapport::ui
