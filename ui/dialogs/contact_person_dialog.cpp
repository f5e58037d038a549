#include "dialogs/contact_person_dialog.h"

#include "date_edit.h"
#include "dialogs/contact_points_text.h"
#include "dialogs/validation_message.h"
#include "formatting.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

/** An optional date: a check box that says whether there is one, and the date beside it. */
QWidget* optionalDate(const std::optional<core::Date>& value, QCheckBox*& box, DateEdit*& edit, const QString& text,
                      QWidget* parent) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    box = new QCheckBox(text, row);
    box->setChecked(value.has_value());
    edit = new DateEdit(value ? toQDate(*value) : QDate::currentDate(), row);
    edit->setEnabled(value.has_value());
    QObject::connect(box, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    layout->addWidget(box);
    layout->addWidget(edit, 1);
    return row;
}

} // namespace

ContactPersonDialog::ContactPersonDialog(const core::ContactPerson& person, QWidget* parent)
    : QDialog(parent)
    , m_original(person) {
    setWindowTitle(person.id != 0 ? tr("Edit contact person %1").arg(fromUtf8(person.name)) : tr("New contact person"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    layout->addLayout(form);
    m_name = new QLineEdit(fromUtf8(person.name), this);
    m_name->setObjectName(QStringLiteral("contactName"));
    m_name->setMinimumWidth(280);
    m_role = new QLineEdit(fromUtf8(person.role), this);
    m_role->setObjectName(QStringLiteral("contactRole"));
    m_role->setPlaceholderText(tr("e.g. owner, purchasing manager"));
    m_decisionMaker = new QCheckBox(tr("Decides on purchases"), this);
    m_decisionMaker->setObjectName(QStringLiteral("contactDecides"));
    m_decisionMaker->setChecked(person.decisionMaker);
    m_decisionMaker->setToolTip(tr("A change of who decides is recorded as an episode: it is a known cause of churn"));
    m_emails = new QLineEdit(joinContactValues(person.emails), this);
    m_emails->setPlaceholderText(tr("separated by commas"));
    m_phones = new QLineEdit(joinContactValues(person.phones), this);
    m_phones->setPlaceholderText(tr("separated by commas"));
    m_notes = new QPlainTextEdit(fromUtf8(person.notes), this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), m_decisionMaker);
    form->addRow(tr("&E-mails:"), m_emails);
    form->addRow(tr("&Phones:"), m_phones);
    form->addRow(tr("In the role:"),
                 optionalDate(person.activeFrom.has_value() || person.id == 0
                                  ? std::optional(person.activeFrom.value_or(fromQDate(QDate::currentDate())))
                                  : std::nullopt,
                              m_hasFrom, m_from, tr("&from"), this));
    form->addRow(QString(), optionalDate(person.activeTo, m_hasTo, m_to, tr("&until (the role ended)"), this));
    form->addRow(tr("N&otes:"), m_notes);
    m_error = addValidationMessage(this, layout);
    addOkCancel(this, layout);
    m_name->setFocus();
}

core::ContactPerson ContactPersonDialog::person() const {
    auto p = m_original;
    p.name = m_name->text().trimmed().toStdString();
    p.role = m_role->text().trimmed().toStdString();
    p.decisionMaker = m_decisionMaker->isChecked();
    p.emails = splitContactValues(m_emails->text(), m_original.emails);
    p.phones = splitContactValues(m_phones->text(), m_original.phones);
    p.activeFrom = m_hasFrom->isChecked() ? std::optional(fromQDate(m_from->date())) : std::nullopt;
    p.activeTo = m_hasTo->isChecked() ? std::optional(fromQDate(m_to->date())) : std::nullopt;
    p.notes = m_notes->toPlainText().toStdString();
    return p;
}

QString ContactPersonDialog::problems() const {
    const auto p = person();
    QString text = describeFieldErrors(core::validationErrors(p));
    if (p.activeFrom && p.activeTo && *p.activeTo < *p.activeFrom) {
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) +
                tr("Until: the role cannot end before it began (%1)").arg(formatDate(p.activeFrom));
    }
    return text;
}

void ContactPersonDialog::accept() {
    if (showProblems(m_error, problems(), tr("Please correct:"))) {
        QDialog::accept();
    }
}

} // namespace rapport::ui
