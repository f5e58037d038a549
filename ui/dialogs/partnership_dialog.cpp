#include "dialogs/partnership_dialog.h"

#include "date_edit.h"
#include "dialogs/enum_combo.h"
#include "dialogs/validation_message.h"
#include "formatting.h"
#include "i18n/domain_terms.h"
#include "money_input.h"
#include "storage/repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace rapport::ui {

PartnershipDialog::PartnershipDialog(storage::Repository& repository, const core::Partnership& partnership,
                                     QWidget* parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_original(partnership) {
    setWindowTitle(partnership.id != 0 ? tr("Edit partnership with %1").arg(fromUtf8(partnership.partnerName))
                                       : tr("New partnership"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    layout->addLayout(form);
    m_name = new QLineEdit(fromUtf8(partnership.partnerName), this);
    m_name->setObjectName(QStringLiteral("partnerName"));
    m_name->setMinimumWidth(320);
    m_customerSearch = new QLineEdit(this);
    m_customerSearch->setObjectName(QStringLiteral("partnerCustomerSearch"));
    m_customerSearch->setPlaceholderText(tr("Type to find the partner among the customers"));
    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("partnerCustomer"));
    m_customer->addItem(tr("Not a customer"));
    if (partnership.partnerCustomerId) {
        if (const auto row = repository.customerRow(*partnership.partnerCustomerId)) {
            m_customer->addItem(customerChoiceLabel(row->displayName, row->city, row->id),
                                QVariant::fromValue<qlonglong>(row->id));
            m_customer->setCurrentIndex(1);
        }
    }
    auto* pause = new QTimer(this);
    pause->setSingleShot(true);
    pause->setInterval(250);
    connect(m_customerSearch, &QLineEdit::textEdited, pause, qOverload<>(&QTimer::start));
    connect(pause, &QTimer::timeout, this, [this] { findCustomers(m_customerSearch->text()); });
    connect(m_customer, &QComboBox::activated, this, [this](int index) {
        // A customer chosen as the partner names the partnership, unless a name was typed already.
        if (index > 0 && m_name->text().trimmed().isEmpty()) {
            m_name->setText(m_customer->itemText(index).section(QStringLiteral(" — "), 0, 0));
        }
    });
    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("partnerDirection"));
    fillEnumCombo<core::PartnerDirection>(m_direction);
    setComboValue(m_direction, std::optional(partnership.direction));
    m_form = new QComboBox(this);
    m_form->setObjectName(QStringLiteral("partnershipForm"));
    fillEnumCombo<core::PartnershipForm>(m_form);
    setComboValue(m_form, std::optional(partnership.form));
    auto* bonds = new QWidget(this);
    auto* bondGrid = new QGridLayout(bonds);
    bondGrid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const auto& [bond, code] : core::EnumNames<core::Bond>::values) {
        auto* box = new QCheckBox(i18n::term(bond), bonds);
        box->setObjectName(QStringLiteral("bond_%1").arg(fromUtf8(code)));
        box->setChecked(std::find(partnership.bonds.begin(), partnership.bonds.end(), bond) != partnership.bonds.end());
        bondGrid->addWidget(box, i / 5, i % 5);
        m_bonds[static_cast<std::size_t>(i)] = box;
        ++i;
    }
    m_value = new MoneyEdit(this);
    m_value->setMoney(partnership.valueShared.minor() != 0 ? std::optional(partnership.valueShared) : std::nullopt);
    m_value->setObjectName(QStringLiteral("valueShared"));
    m_value->setPlaceholderText(tr("value created together and shared, per year"));
    auto* start = new QWidget(this);
    auto* startLayout = new QHBoxLayout(start);
    startLayout->setContentsMargins(0, 0, 0, 0);
    m_hasStart = new QCheckBox(tr("since"), start);
    m_hasStart->setChecked(partnership.startedOn.has_value() || partnership.id == 0);
    m_start = new DateEdit(partnership.startedOn ? toQDate(*partnership.startedOn) : QDate::currentDate(), start);
    m_start->setEnabled(m_hasStart->isChecked());
    connect(m_hasStart, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    startLayout->addWidget(m_hasStart);
    startLayout->addWidget(m_start, 1);
    m_notes = new QPlainTextEdit(fromUtf8(partnership.notes), this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);

    form->addRow(tr("&Partner:"), m_name);
    form->addRow(tr("Also a c&ustomer:"), m_customerSearch);
    form->addRow(QString(), m_customer);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Form:"), m_form);
    form->addRow(tr("Bonds:"), bonds);
    form->addRow(tr("&Value shared:"), m_value);
    form->addRow(tr("&Started:"), start);
    if (partnership.id == 0) {
        m_stage = new QComboBox(this);
        m_stage->setObjectName(QStringLiteral("partnershipStage"));
        fillEnumCombo<core::PartnershipStage>(m_stage);
        m_stage->removeItem(m_stage->findData(static_cast<int>(core::PartnershipStage::Rupture)));
        form->addRow(tr("S&tage:"), m_stage);
    }
    form->addRow(tr("N&otes:"), m_notes);
    m_error = addValidationMessage(this, layout);
    addOkCancel(this, layout);
    m_name->setFocus();
}

void PartnershipDialog::findCustomers(const QString& text) {
    const QVariant chosen = m_customer->currentData();
    while (m_customer->count() > 1) {
        m_customer->removeItem(1);
    }
    if (text.trimmed().size() >= 2) {
        try {
            storage::CustomerPageRequest request;
            request.filter.search = text.trimmed().toStdString();
            request.limit = 20;
            for (const auto& row : m_repository.customerPage(request).rows) {
                m_customer->addItem(customerChoiceLabel(row.displayName, row.city, row.id),
                                    QVariant::fromValue<qlonglong>(row.id));
            }
        } catch (const std::exception& error) {
            spdlog::warn("partner search failed: {}", error.what());
        }
    }
    const int keep = chosen.isValid() ? m_customer->findData(chosen) : -1;
    m_customer->setCurrentIndex(keep >= 0 ? keep : (m_customer->count() > 1 ? 1 : 0));
}

core::Partnership PartnershipDialog::partnership() const {
    auto p = m_original;
    p.partnerName = m_name->text().trimmed().toStdString();
    const QVariant customer = m_customer->currentData();
    p.partnerCustomerId = customer.isValid() ? std::optional<core::CustomerId>(customer.toLongLong()) : std::nullopt;
    p.direction = comboValue<core::PartnerDirection>(m_direction).value_or(core::PartnerDirection::Other);
    p.form = comboValue<core::PartnershipForm>(m_form).value_or(core::PartnershipForm::Other);
    p.bonds.clear();
    for (std::size_t i = 0; i < m_bonds.size(); ++i) {
        if (m_bonds[i]->isChecked()) {
            p.bonds.push_back(core::EnumNames<core::Bond>::values[i].first);
        }
    }
    p.valueShared = m_value->money().value_or(core::Money{});
    p.startedOn = m_hasStart->isChecked() ? std::optional(fromQDate(m_start->date())) : std::nullopt;
    p.notes = m_notes->toPlainText().toStdString();
    if (m_stage != nullptr) {
        p.stageHistory = {{comboValue<core::PartnershipStage>(m_stage).value_or(core::PartnershipStage::Formation),
                           p.startedOn.value_or(fromQDate(QDate::currentDate())),
                           {}}};
    }
    return p;
}

QString PartnershipDialog::problems() const {
    QStringList lines;
    if (!m_value->isBlank() && !m_value->money()) {
        lines << tr("Value shared: expected an amount such as 25000.00, got \"%1\"").arg(m_value->text());
    }
    const QString errors = describeFieldErrors(core::validationErrors(partnership()));
    if (!errors.isEmpty()) {
        lines << errors;
    }
    return lines.join(QLatin1Char('\n'));
}

void PartnershipDialog::accept() {
    if (showProblems(m_error, problems(), tr("Please correct:"))) {
        QDialog::accept();
    }
}

bool askStageChange(QWidget* parent, const core::Partnership& partnership, bool ending, core::PartnershipStage& stage,
                    core::Date& since, QString& note) {
    QDialog dialog(parent);
    dialog.setWindowTitle(
        ending ? PartnershipDialog::tr("End partnership with %1").arg(fromUtf8(partnership.partnerName))
               : PartnershipDialog::tr("Stage of partnership with %1").arg(fromUtf8(partnership.partnerName)));
    auto* form = new QFormLayout(&dialog);
    auto* combo = new QComboBox(&dialog);
    combo->setObjectName(QStringLiteral("stageChoice"));
    fillEnumCombo<core::PartnershipStage>(combo);
    if (ending) {
        setComboValue(combo, std::optional(core::PartnershipStage::Rupture));
        combo->setEnabled(false);
    } else {
        combo->removeItem(combo->findData(static_cast<int>(core::PartnershipStage::Rupture)));
        const int next = combo->findData(static_cast<int>(partnership.stage())) + 1;
        combo->setCurrentIndex(std::min(next, combo->count() - 1));
    }
    auto* date = new DateEdit(QDate::currentDate(), &dialog);
    date->setObjectName(QStringLiteral("stageDate"));
    auto* text = new QLineEdit(&dialog);
    text->setObjectName(QStringLiteral("stageNote"));
    text->setPlaceholderText(ending ? PartnershipDialog::tr("why it ended, e.g. quality problems")
                                    : PartnershipDialog::tr("what happened, e.g. first joint order"));
    auto* message = new QLabel(&dialog);
    message->setStyleSheet(QStringLiteral("color: #b00020"));
    message->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const auto chosen = fromQDate(date->date());
        if (!partnership.stageHistory.empty() && chosen < partnership.stageHistory.back().since) {
            message->setText(
                PartnershipDialog::tr("Date: the stage before began on %1; a later stage cannot begin earlier")
                    .arg(formatDate(partnership.stageHistory.back().since)));
            message->show();
        } else if (ending && text->text().trimmed().isEmpty()) {
            message->setText(PartnershipDialog::tr("Reason: please say why the partnership ended"));
            message->show();
        } else {
            dialog.accept();
        }
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(PartnershipDialog::tr("&Stage:"), combo);
    form->addRow(PartnershipDialog::tr("&Since:"), date);
    form->addRow(ending ? PartnershipDialog::tr("&Reason:") : PartnershipDialog::tr("&Note:"), text);
    form->addRow(message);
    form->addRow(buttons);
    text->setFocus();
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    stage = comboValue<core::PartnershipStage>(combo).value_or(core::PartnershipStage::Formation);
    since = fromQDate(date->date());
    note = text->text().trimmed();
    return true;
}

} // namespace rapport::ui
