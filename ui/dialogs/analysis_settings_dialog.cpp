#include "dialogs/analysis_settings_dialog.h"

#include "dialogs/validation_message.h"
#include "money_input.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

/** Empty text means "not set"; otherwise a positive number in the user's locale or with a point. */
std::optional<std::optional<double>> parseThreshold(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return std::optional<double>();
    }
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok) {
        value = QLocale::c().toDouble(trimmed, &ok);
    }
    if (!ok || value <= 0) {
        return std::nullopt;
    }
    return std::optional<double>(value);
}

QString thresholdText(const std::optional<double>& value) {
    return value ? QLocale().toString(*value) : QString();
}

} // namespace

AnalysisSettingsDialog::AnalysisSettingsDialog(const analytics::BaseAnalysisOptions& options, QWidget* parent)
    : QDialog(parent)
    , m_options(options) {
    setWindowTitle(tr("Analysis settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    m_window = new QSpinBox(this);
    m_window->setRange(1, 120);
    m_window->setSuffix(tr(" months"));
    m_window->setValue(static_cast<int>(options.windowMonths));
    m_cost = new MoneyEdit(this); // the sign of the database's currency after the amount
    m_cost->setText(thresholdText(options.fourGroups.costThreshold));
    m_cost->setPlaceholderText(tr("the median of the buyers"));
    m_frequency = new QLineEdit(thresholdText(options.fourGroups.frequencyThreshold), this);
    m_frequency->setPlaceholderText(tr("the median of the buyers"));
    m_model = new QComboBox(this);
    m_model->addItem(tr("BG/NBD (Fader, Hardie and Lee 2005)"), static_cast<int>(analytics::PurchaseModel::BgNbd));
    m_model->addItem(tr("Pareto/NBD (Schmittlein, Morrison and Colombo 1987)"),
                     static_cast<int>(analytics::PurchaseModel::ParetoNbd));
    m_model->setCurrentIndex(options.model == analytics::PurchaseModel::BgNbd ? 0 : 1);
    m_horizon = new QSpinBox(this);
    m_horizon->setRange(1, 120);
    m_horizon->setSuffix(tr(" months"));
    m_horizon->setValue(options.horizonMonths);
    m_discount = new QDoubleSpinBox(this);
    m_discount->setRange(0, 10);
    m_discount->setDecimals(2);
    m_discount->setSuffix(tr(" % a month"));
    m_discount->setValue(options.monthlyDiscount * 100);
    form->addRow(tr("&Window:"), m_window);
    form->addRow(tr("&Cost threshold (per purchase):"), m_cost);
    form->addRow(tr("&Frequency threshold (purchases a month):"), m_frequency);
    form->addRow(tr("Purchase &model:"), m_model);
    form->addRow(tr("&Horizon of predicted value:"), m_horizon);
    form->addRow(tr("&Discount rate:"), m_discount);
    layout->addLayout(form);
    m_error = addValidationMessage(this, layout);
    addOkCancel(this, layout);
}

analytics::BaseAnalysisOptions AnalysisSettingsDialog::options() const {
    auto o = m_options;
    o.windowMonths = m_window->value();
    o.fourGroups.costThreshold = parseThreshold(m_cost->text()).value_or(std::nullopt);
    o.fourGroups.frequencyThreshold = parseThreshold(m_frequency->text()).value_or(std::nullopt);
    o.model = static_cast<analytics::PurchaseModel>(m_model->currentData().toInt());
    o.horizonMonths = m_horizon->value();
    o.monthlyDiscount = m_discount->value() / 100.0;
    return o;
}

QString AnalysisSettingsDialog::problems() const {
    QStringList lines;
    if (!parseThreshold(m_cost->text())) {
        lines << tr("Cost threshold: expected a positive amount such as 55.00, or nothing for the median");
    }
    if (!parseThreshold(m_frequency->text())) {
        lines << tr("Frequency threshold: expected a positive number such as 0.5, or nothing for the median");
    }
    return lines.join(QLatin1Char('\n'));
}

void AnalysisSettingsDialog::accept() {
    if (showProblems(m_error, problems())) {
        QDialog::accept();
    }
}

} // namespace rapport::ui
