#include "card/contact_persons_tab.h"

#include "app/relationship_edits.h"
#include "date_edit.h"
#include "dialogs/contact_person_dialog.h"
#include "dialogs/contact_points_text.h"
#include "formatting.h"
#include "platform/paths.h"
#include "storage/repository.h"
#include "workspace.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

namespace rapport::ui {

ContactPersonsTab::ContactPersonsTab(Workspace& workspace, QWidget* parent)
    : RecordsTab(workspace,
                 {tr("Name"), tr("Role"), tr("Decides"), tr("Active from"), tr("Active to"), tr("E-mail"), tr("Phone")},
                 parent) {
    tree()->setObjectName(QStringLiteral("contactPersonTree"));
    addButton(tr("&Add contact person…"), QStringLiteral("addContactPerson"), [this] { addPerson(); });
    m_edit = addButton(tr("Ed&it…"), QStringLiteral("editContactPerson"), [this] { editPerson(); });
    m_end = addButton(tr("E&nd role…"), QStringLiteral("endContactRole"), [this] { endRole(); });
    m_end->setToolTip(tr("The person is no longer the contact: the record stays as history"));
    connect(tree(), &QTreeWidget::itemActivated, this, [this] { editPerson(); });
}

void ContactPersonsTab::fill(storage::Repository& repository, core::CustomerId id) {
    m_people = repository.contactPersons(id);
    const QDate today = QDate::currentDate();
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        const auto& person = m_people[i];
        auto* item = new QTreeWidgetItem(tree());
        item->setData(0, kRecordRole, static_cast<qlonglong>(i));
        item->setText(0, fromUtf8(person.name));
        item->setText(1, fromUtf8(person.role));
        item->setText(2, person.decisionMaker ? tr("yes") : QString());
        item->setText(3, formatDate(person.activeFrom));
        item->setText(4, formatDate(person.activeTo));
        item->setText(5, joinContactValues(person.emails));
        item->setText(6, joinContactValues(person.phones));
        if (person.activeTo && toQDate(*person.activeTo) < today) {
            for (int column = 0; column < tree()->columnCount(); ++column) {
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
            }
            item->setToolTip(0, tr("No longer the contact: kept as history"));
        }
    }
}

void ContactPersonsTab::selectionChanged() {
    const auto person = current();
    m_edit->setEnabled(person.has_value());
    m_end->setEnabled(person.has_value() && !person->activeTo);
}

std::optional<core::ContactPerson> ContactPersonsTab::current() const {
    if (currentItem() == nullptr) {
        return std::nullopt;
    }
    const auto index = static_cast<std::size_t>(currentRecord());
    return index < m_people.size() ? std::optional(m_people[index]) : std::nullopt;
}

void ContactPersonsTab::save(std::optional<core::ContactPerson> before, const core::ContactPerson& after,
                             const QString& text) {
    // The note of the episode that records a change of who decides, in the user's words.
    QString note;
    if (!before) {
        note = tr("New contact who decides: %1 (%2)").arg(fromUtf8(after.name), fromUtf8(after.role));
    } else if (after.activeTo && !before->activeTo) {
        note = tr("%1 (%2) is no longer the contact from %3")
                   .arg(fromUtf8(after.name), fromUtf8(after.role), formatDate(after.activeTo));
    } else {
        note = after.decisionMaker ? tr("%1 (%2) now decides").arg(fromUtf8(after.name), fromUtf8(after.role))
                                   : tr("%1 (%2) no longer decides").arg(fromUtf8(after.name), fromUtf8(after.role));
    }
    const core::Date on =
        after.activeTo && !(before && before->activeTo) ? *after.activeTo : fromQDate(QDate::currentDate());
    try {
        perform(app::saveContactPerson(std::move(before), after, on, note.toStdString(), platform::userName()), text);
    } catch (const std::exception& error) { // refused before anything was written
        QMessageBox::warning(this, text, tr("Nothing was changed: %1").arg(fromUtf8(error.what())));
    }
}

void ContactPersonsTab::addPerson() {
    if (customerId() <= 0) {
        return;
    }
    core::ContactPerson person;
    person.customerId = customerId();
    ContactPersonDialog dialog(person, this);
    if (dialog.exec() == QDialog::Accepted) {
        const auto added = dialog.person();
        save(std::nullopt, added, tr("Add contact person %1").arg(fromUtf8(added.name)));
    }
}

void ContactPersonsTab::editPerson() {
    const auto before = current();
    if (!before) {
        return;
    }
    ContactPersonDialog dialog(*before, this);
    if (dialog.exec() != QDialog::Accepted || dialog.person() == *before) {
        return;
    }
    const auto after = dialog.person();
    save(before, after, tr("Edit contact person %1").arg(fromUtf8(after.name)));
}

void ContactPersonsTab::endRole() {
    const auto before = current();
    if (!before || before->activeTo) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("End role of %1").arg(fromUtf8(before->name)));
    auto* form = new QFormLayout(&dialog);
    auto* explanation = new QLabel(
        tr("%1 stays on the card as history. Add the successor as a new contact person.").arg(fromUtf8(before->name)),
        &dialog);
    explanation->setWordWrap(true);
    auto* date = new DateEdit(QDate::currentDate(), &dialog);
    date->setObjectName(QStringLiteral("roleEndDate"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(explanation);
    form->addRow(tr("&Last day in the role:"), date);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto after = *before;
    after.activeTo = fromQDate(date->date());
    save(before, after, tr("End role of %1").arg(fromUtf8(before->name)));
}

} // namespace rapport::ui
