#include "dialogs/currency_dialog.h"

#include "core/currency.h"
#include "dialogs/dialog_size.h"
#include "i18n/money_format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

QString currencyLabel(const QString& code) {
    const QString sign = i18n::currencySymbol(code);
    //: A currency in a list: its ISO code and its sign, e.g. "PLN (zł)"
    return sign == code ? code : QObject::tr("%1 (%2)").arg(code, sign);
}

/** The retired per-user setting, read once more as a proposal: a code, or a sign the list of currencies knows. */
QString currencyOfOldSetting() {
    const QString old = QSettings().value(QStringLiteral("display/currency")).toString().trimmed();
    if (old.isEmpty()) {
        return {};
    }
    if (const auto currency = core::Currency::parse(old.toStdString())) {
        return QString::fromStdString(currency->code());
    }
    for (const auto& sign : i18n::currencySigns()) {
        if (old == QString::fromUtf8(sign.symbol)) {
            return QLatin1String(sign.code); // "kr" is ambiguous; the first listed (SEK) is the likeliest here
        }
    }
    return {};
}

} // namespace

QString proposedCurrency() {
    if (const QString old = currencyOfOldSetting(); !old.isEmpty()) {
        return old;
    }
    const auto ofLocale = core::currencyOfLocale(QLocale::system().name().toStdString());
    return ofLocale ? QString::fromStdString(ofLocale->code()) : QString();
}

void fillCurrencyCombo(QComboBox* combo, const QString& selected) {
    combo->clear();
    QStringList usual;
    for (const auto& sign : i18n::currencySigns()) {
        usual << QLatin1String(sign.code);
        combo->addItem(currencyLabel(usual.back()), usual.back());
    }
    combo->insertSeparator(combo->count());
    for (const auto code : core::knownCurrencyCodes()) {
        const QString text = QString::fromLatin1(code.data(), static_cast<qsizetype>(code.size()));
        if (!usual.contains(text)) {
            combo->addItem(currencyLabel(text), text);
        }
    }
    if (!selected.isEmpty() && combo->findData(selected) < 0) {
        combo->addItem(currencyLabel(selected), selected); // stored by a newer Rapport: keep it choosable
    }
    combo->setCurrentIndex(selected.isEmpty() ? -1 : combo->findData(selected));
}

CurrencyDialog::CurrencyDialog(const QString& current, const QString& proposed, Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_current(current) {
    setObjectName(QStringLiteral("currencyDialog"));
    auto* layout = new QVBoxLayout(this);
    QString intro;
    if (purpose == Purpose::FirstChoice) {
        setWindowTitle(tr("Choose the currency"));
        intro = tr("This database does not say which currency its amounts are in, so they are shown as plain "
                   "numbers. Choose the currency they are in; Edit > Currency… changes it later.");
    } else {
        setWindowTitle(tr("Currency of this database"));
        intro = current.isEmpty() ? tr("This database has no currency yet: its amounts are shown as plain numbers.")
                                  : tr("Every amount in this database is in %1.").arg(currencyLabel(current));
    }
    auto* introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);

    auto* form = new QFormLayout();
    m_currencies = new QComboBox(this);
    m_currencies->setObjectName(QStringLiteral("currencyChoice"));
    m_currencies->setMaxVisibleItems(16);
    fillCurrencyCombo(m_currencies, proposed.isEmpty() ? current : proposed);
    if (m_currencies->currentIndex() < 0) {
        m_currencies->setCurrentIndex(0);
    }
    form->addRow(tr("&Currency:"), m_currencies);
    layout->addLayout(form);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("currencyWarning"));
    m_warning->setWordWrap(true);
    layout->addWidget(m_warning);
    connect(m_currencies, &QComboBox::currentIndexChanged, this, &CurrencyDialog::updateWarning);
    updateWarning();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (purpose == Purpose::FirstChoice) {
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set currency"));
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Not now"));
    } else {
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change currency"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeForWrappedTexts(*this, 460);
}

QString CurrencyDialog::chosen() const {
    return m_currencies->currentData().toString();
}

void CurrencyDialog::updateWarning() {
    const QString code = chosen();
    if (code == m_current) {
        m_warning->setText(tr("This is the currency of the database now; nothing changes."));
        return;
    }
    // The whole point of the warning: a relabelling, never an exchange.
    m_warning->setText(tr("Amounts are not converted; every amount in this database will be shown in %1.").arg(code));
}

} // namespace rapport::ui
