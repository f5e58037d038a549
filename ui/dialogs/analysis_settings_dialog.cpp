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

#include <functional>

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
    return value ? QLocale().toString(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

/**
 * "12 months", "1 month", "5 miesięcy": the words around a spin box's number follow the number, in whatever
 * order the language puts them. `words(n)` is a translation with %Ln; the box's prefix and suffix are what
 * stands before and after the number in it.
 */
void followPlural(QSpinBox* box, const std::function<QString(int)>& words) {
    const auto update = [box, words](int value) {
        const QString text = words(value);
        const QString number = box->locale().toString(value);
        const auto at = text.indexOf(number);
        if (at < 0) {
            box->setSuffix(QLatin1Char(' ') + text); // a translation without the number: after it
            return;
        }
        box->setPrefix(text.left(at));
        box->setSuffix(text.mid(at + number.size()));
    };
    QObject::connect(box, &QSpinBox::valueChanged, box, update);
    update(box->value());
}

} // namespace

AnalysisSettingsDialog::AnalysisSettingsDialog(const analytics::BaseAnalysisOptions& options, QWidget* parent)
    : QDialog(parent)
    , m_options(options) {
    setWindowTitle(tr("Analysis settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    const auto months = [](int n) { return tr("%Ln month(s)", "a spin box: the number of months", n); };
    m_window = new QSpinBox(this);
    m_window->setObjectName(QStringLiteral("analysisWindow"));
    m_window->setRange(1, 120);
    m_window->setValue(static_cast<int>(options.windowMonths));
    followPlural(m_window, months);
    m_cost = new MoneyEdit(this); // the sign of the database's currency after the amount
    m_cost->setText(thresholdText(options.fourGroups.costThreshold));
    m_cost->setObjectName(QStringLiteral("analysisCostThreshold"));
    m_cost->setPlaceholderText(tr("the median of the buyers"));
    m_frequency = new QLineEdit(thresholdText(options.fourGroups.frequencyThreshold), this);
    m_frequency->setObjectName(QStringLiteral("analysisFrequencyThreshold"));
    m_frequency->setPlaceholderText(tr("the median of the buyers"));
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("analysisModel"));
    m_model->addItem(tr("BG/NBD (Fader, Hardie and Lee 2005)"), static_cast<int>(analytics::PurchaseModel::BgNbd));
    m_model->addItem(tr("Pareto/NBD (Schmittlein, Morrison and Colombo 1987)"),
                     static_cast<int>(analytics::PurchaseModel::ParetoNbd));
    m_model->setCurrentIndex(options.model == analytics::PurchaseModel::BgNbd ? 0 : 1);
    m_horizon = new QSpinBox(this);
    m_horizon->setObjectName(QStringLiteral("analysisHorizon"));
    m_horizon->setRange(1, 120);
    m_horizon->setValue(options.horizonMonths);
    followPlural(m_horizon, months);
    // The box reads and shows numbers the locale's way: "1,25" where the decimal separator is a comma.
    m_discount = new QDoubleSpinBox(this);
    m_discount->setObjectName(QStringLiteral("analysisDiscount"));
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
        lines << tr("Cost threshold: expected a positive amount such as %1, or nothing for the median")
                     .arg(QLocale().toString(55.0, 'f', 2));
    }
    if (!parseThreshold(m_frequency->text())) {
        lines << tr("Frequency threshold: expected a positive number such as %1, or nothing for the median")
                     .arg(QLocale().toString(0.5));
    }
    return lines.join(QLatin1Char('\n'));
}

void AnalysisSettingsDialog::accept() {
    if (showProblems(m_error, problems())) {
        QDialog::accept();
    }
}

} // namespace rapport::ui
