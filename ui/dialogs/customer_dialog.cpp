#include "dialogs/customer_dialog.h"

#include "date_edit.h"
#include "dialogs/contact_points_text.h"
#include "dialogs/duplicate_hint.h"
#include "dialogs/enum_combo.h"
#include "dialogs/validation_message.h"
#include "formatting.h"
#include "money_input.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

QLineEdit* line(const std::string& text, QWidget* parent) {
    auto* edit = new QLineEdit(fromUtf8(text), parent);
    edit->setMinimumWidth(280);
    return edit;
}

} // namespace

CustomerDialog::CustomerDialog(const core::Customer& customer, QWidget* parent)
    : QDialog(parent)
    , m_original(customer) {
    setWindowTitle(customer.id != 0 ? tr("Edit %1").arg(fromUtf8(customer.displayName)) : tr("New customer"));
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    layout->addWidget(tabs);

    auto* identity = new QWidget(tabs);
    auto* form = new QFormLayout(identity);
    m_name = line(customer.displayName, identity);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_legalName = line(customer.legalName, identity);
    m_kind = new QComboBox(identity);
    fillEnumCombo<core::CustomerKind>(m_kind);
    setComboValue(m_kind, std::optional(customer.kind));
    m_market = new QComboBox(identity);
    m_market->addItem(tr("Consumer (B2C)"), static_cast<int>(core::Market::B2C));
    m_market->addItem(tr("Business (B2B)"), static_cast<int>(core::Market::B2B));
    setComboValue(m_market, std::optional(customer.market));
    m_segment = line(customer.segment, identity);
    m_owner = line(customer.owner, identity);
    m_shared = new QCheckBox(tr("Every sales manager of the team may see and edit it"), identity);
    m_shared->setObjectName(QStringLiteral("customerShared"));
    m_shared->setChecked(customer.shared);
    m_emails = line(joinContactValues(customer.emails).toStdString(), identity);
    m_emails->setObjectName(QStringLiteral("customerEmails"));
    m_emails->setPlaceholderText(tr("Several separated by commas"));
    m_phones = line(joinContactValues(customer.phones).toStdString(), identity);
    m_phones->setPlaceholderText(tr("Several separated by commas, e.g. +48 601 234 567"));
    m_street = line(customer.address.street, identity);
    m_postcode = line(customer.address.postcode, identity);
    m_city = line(customer.address.city, identity);
    m_region = line(customer.address.region, identity);
    m_country = line(customer.address.country, identity);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Legal name:"), m_legalName);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Market:"), m_market);
    form->addRow(tr("&Segment:"), m_segment);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("S&hared:"), m_shared);
    form->addRow(tr("&E-mail:"), m_emails);
    form->addRow(tr("&Phone:"), m_phones);
    form->addRow(tr("Street:"), m_street);
    form->addRow(tr("Postcode:"), m_postcode);
    form->addRow(tr("City:"), m_city);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Country:"), m_country);
    tabs->addTab(identity, tr("Identity"));

    auto* relationship = new QWidget(tabs);
    auto* form2 = new QFormLayout(relationship);
    m_acquired = new QCheckBox(tr("Acquired (a customer, no longer a prospect)"), relationship);
    m_acquired->setChecked(customer.acquiredOn.has_value());
    m_acquiredOn =
        new DateEdit(customer.acquiredOn ? toQDate(*customer.acquiredOn) : QDate::currentDate(), relationship);
    m_acquiredOn->setEnabled(m_acquired->isChecked());
    connect(m_acquired, &QCheckBox::toggled, m_acquiredOn, &QWidget::setEnabled);
    m_acquisitionChannel = new QComboBox(relationship);
    fillEnumCombo<core::Channel>(m_acquisitionChannel, tr("Unknown"));
    setComboValue(m_acquisitionChannel, customer.acquisitionChannel);
    m_acquisitionCost = new MoneyEdit(relationship);
    m_acquisitionCost->setMoney(customer.acquisitionCost);
    m_preferredChannel = new QComboBox(relationship);
    fillEnumCombo<core::Channel>(m_preferredChannel, tr("No preference"));
    setComboValue(m_preferredChannel, customer.preferredChannel);
    QStringList tags;
    for (const auto& tag : customer.tags) {
        tags << fromUtf8(tag);
    }
    m_tags = line(tags.join(QStringLiteral(", ")).toStdString(), relationship);
    m_tags->setPlaceholderText(tr("Interests and preferences, separated by commas"));
    m_householdSize = new QSpinBox(relationship);
    m_householdSize->setRange(0, 50);
    m_householdSize->setSpecialValueText(tr("Unknown"));
    m_householdSize->setValue(customer.householdSize.value_or(0));
    m_incomeBand = new QComboBox(relationship);
    fillEnumCombo<core::IncomeBand>(m_incomeBand, tr("Unknown"));
    setComboValue(m_incomeBand, customer.incomeBand);
    m_processingConsent = new QCheckBox(tr("Consents to the processing of personal data"), relationship);
    m_processingConsent->setChecked(customer.hasConsent(core::ConsentPurpose::Processing));
    m_marketingConsent = new QCheckBox(tr("Consents to marketing"), relationship);
    m_marketingConsent->setChecked(customer.hasConsent(core::ConsentPurpose::Marketing));
    m_notes = new QPlainTextEdit(fromUtf8(customer.notes), relationship);
    m_notes->setTabChangesFocus(true);
    form2->addRow(QString(), m_acquired);
    form2->addRow(tr("Acquired on:"), m_acquiredOn);
    form2->addRow(tr("Acquired via:"), m_acquisitionChannel);
    form2->addRow(tr("Acquisition cost:"), m_acquisitionCost);
    form2->addRow(tr("Preferred channel:"), m_preferredChannel);
    form2->addRow(tr("&Tags:"), m_tags);
    form2->addRow(tr("Household size:"), m_householdSize);
    form2->addRow(tr("Income band:"), m_incomeBand);
    form2->addRow(tr("Consent:"), m_processingConsent);
    form2->addRow(QString(), m_marketingConsent);
    form2->addRow(tr("N&otes:"), m_notes);
    tabs->addTab(relationship, tr("Relationship"));

    m_error = addValidationMessage(this, layout);
    addOkCancel(this, layout);
}

core::Customer CustomerDialog::customer() const {
    core::Customer c = m_original;
    c.displayName = m_name->text().trimmed().toStdString();
    c.legalName = m_legalName->text().trimmed().toStdString();
    c.kind = comboValue<core::CustomerKind>(m_kind).value_or(c.kind);
    c.market = comboValue<core::Market>(m_market).value_or(c.market);
    c.segment = m_segment->text().trimmed().toStdString();
    c.owner = m_owner->text().trimmed().toStdString();
    c.shared = m_shared->isChecked();
    c.emails = splitContactValues(m_emails->text(), m_original.emails);
    c.phones = splitContactValues(m_phones->text(), m_original.phones);
    c.address = {m_street->text().trimmed().toStdString(), m_postcode->text().trimmed().toStdString(),
                 m_city->text().trimmed().toStdString(), m_region->text().trimmed().toStdString(),
                 m_country->text().trimmed().toStdString()};
    c.acquiredOn = m_acquired->isChecked() ? std::optional(fromQDate(m_acquiredOn->date())) : std::nullopt;
    c.acquisitionChannel = comboValue<core::Channel>(m_acquisitionChannel);
    if (m_acquisitionCost->isBlank()) {
        c.acquisitionCost = {}; // not known: nothing spent on winning them that anyone recorded
    } else if (const auto cost = m_acquisitionCost->money()) {
        c.acquisitionCost = *cost;
    }
    c.preferredChannel = comboValue<core::Channel>(m_preferredChannel);
    c.tags.clear();
    for (const auto& tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty()) {
            c.tags.push_back(tag.trimmed().toStdString());
        }
    }
    c.householdSize = m_householdSize->value() > 0 ? std::optional(m_householdSize->value()) : std::nullopt;
    c.incomeBand = comboValue<core::IncomeBand>(m_incomeBand);
    c.notes = m_notes->toPlainText().toStdString();
    // Consent history is appended to, never rewritten: a change adds a record dated today.
    const auto today = fromQDate(QDate::currentDate());
    for (const auto& [purpose, box] : {std::pair{core::ConsentPurpose::Processing, m_processingConsent},
                                       std::pair{core::ConsentPurpose::Marketing, m_marketingConsent}}) {
        if (box->isChecked() != m_original.hasConsent(purpose)) {
            c.consents.push_back({purpose, box->isChecked(), today, "rapport-app"});
        }
    }
    return c;
}

QString CustomerDialog::problems() const {
    QStringList lines;
    if (!m_acquisitionCost->isBlank() && !m_acquisitionCost->money()) {
        lines << tr("Acquisition cost: expected an amount such as 120.50, got \"%1\"").arg(m_acquisitionCost->text());
    }
    for (const auto& error : core::validationErrors(customer())) {
        lines << describeFieldError(error);
    }
    return lines.join(QLatin1Char('\n'));
}

void CustomerDialog::checkDuplicates(storage::Repository& repository) {
    auto* hint = new DuplicateHint(repository, m_original.id, m_name, m_emails, m_phones, this);
    static_cast<QVBoxLayout*>(layout())->insertWidget(1, hint);
    connect(hint, &DuplicateHint::openRequested, this, [this](core::CustomerId id) {
        m_existingChosen = id;
        reject();
    });
}

void CustomerDialog::accept() {
    if (showProblems(m_error, problems(), tr("Please correct:"))) {
        QDialog::accept();
    }
}

} // namespace rapport::ui
