#include "dialogs/audit_dialog.h"

#include "dialogs/validation_message.h"
#include "formatting.h"
#include "i18n/domain_terms.h"
#include "storage/repository.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

constexpr int kEntries = 500;

/** What kind of record changed, in words: the audited tables of a team database (postgres/pg_schema_sql.h). */
QString recordName(const std::string& table) {
    static const std::pair<const char*, const char*> names[] = {
        {"customer", QT_TRANSLATE_NOOP("rapport::ui::AuditDialog", "Customer")},
        {"partnership", QT_TRANSLATE_NOOP("rapport::ui::AuditDialog", "Partnership")},
        {"team_user", QT_TRANSLATE_NOOP("rapport::ui::AuditDialog", "Team member")},
        {"contact_person", QT_TRANSLATE_NOOP("rapport::ui::AuditDialog", "Contact person")},
        {"contact_point", QT_TRANSLATE_NOOP("rapport::ui::AuditDialog", "E-mail or phone")},
        {"customer_tag", QT_TRANSLATE_NOOP("rapport::ui::AuditDialog", "Tag")},
        {"consent", QT_TRANSLATE_NOOP("rapport::ui::AuditDialog", "Consent")},
        {"episode", QT_TRANSLATE_NOOP("rapport::ui::AuditDialog", "Episode")},
        {"task", QT_TRANSLATE_NOOP("rapport::ui::AuditDialog", "Task")},
        {"relationship_cost", QT_TRANSLATE_NOOP("rapport::ui::AuditDialog", "Cost line")},
        {"churn_record", QT_TRANSLATE_NOOP("rapport::ui::AuditDialog", "Lost customer record")},
        {"ladder_override", QT_TRANSLATE_NOOP("rapport::ui::AuditDialog", "Ladder stage set by hand")},
        {"customer_event", QT_TRANSLATE_NOOP("rapport::ui::AuditDialog", "Merge, erasure or export")},
        {"assessment", QT_TRANSLATE_NOOP("rapport::ui::AuditDialog", "Assessment")},
        {"anonymous_sale", QT_TRANSLATE_NOOP("rapport::ui::AuditDialog", "Anonymous sale")},
    };
    for (const auto& [code, word] : names) {
        if (table == code) {
            return AuditDialog::tr(word);
        }
    }
    return i18n::humanizeCode(table);
}

/** What was done to it: a row's insert, update or delete, or an event of the customer's record. */
QString actionName(const std::string& action) {
    if (action == "insert") {
        return AuditDialog::tr("added");
    }
    if (action == "update") {
        return AuditDialog::tr("changed");
    }
    if (action == "delete") {
        return AuditDialog::tr("removed");
    }
    if (action == "export") {
        return AuditDialog::tr("personal data exported");
    }
    if (action == "erasure") {
        return AuditDialog::tr("personal data erased");
    }
    if (action == "merge") {
        return AuditDialog::tr("merged");
    }
    return i18n::humanizeCode(action);
}

QString changesText(const storage::AuditEntry& entry) {
    // Field names are the tables' columns; most are the fields the editing dialogs name (validation_message.h).
    QStringList lines;
    const QString none = QStringLiteral("–");
    for (const auto& change : entry.changes) {
        const QString before = change.before ? fromUtf8(*change.before) : none;
        const QString after = change.after ? fromUtf8(*change.after) : none;
        const QString field = fieldLabel(change.field);
        if (entry.action == "update") {
            lines << AuditDialog::tr("%1: %2 → %3", "field: before → after").arg(field, before, after);
        } else if (change.field != "id" && (entry.action == "insert" ? after : before) != none) {
            lines << AuditDialog::tr("%1: %2", "field: value").arg(field, entry.action == "insert" ? after : before);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

AuditDialog::AuditDialog(storage::Repository& repository, core::CustomerId customerId, QWidget* parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_customerId(customerId) {
    setWindowTitle(tr("Audit trail"));
    auto* layout = new QVBoxLayout(this);
    m_onlyCustomer = new QCheckBox(tr("Only customer #%1").arg(customerId), this);
    m_onlyCustomer->setObjectName(QStringLiteral("auditOnlyCustomer"));
    m_onlyCustomer->setChecked(customerId > 0);
    m_onlyCustomer->setEnabled(customerId > 0);
    connect(m_onlyCustomer, &QCheckBox::toggled, this, [this] { reload(); });
    layout->addWidget(m_onlyCustomer);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Customer"), tr("Changes")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, 560);
    reload();
}

bool AuditDialog::reload() {
    storage::AuditQuery query;
    query.limit = kEntries;
    if (m_onlyCustomer->isChecked()) {
        query.customerId = m_customerId;
    }
    std::vector<storage::AuditEntry> entries;
    if (!m_repository.teamSession()) {
        // The storage layer would say the same in English: say it in the user's words instead.
        m_table->setRowCount(0);
        m_status->setText(tr("A desktop database keeps no audit trail; its merges, erasures and exports are listed "
                             "in the customer's history. Team databases on PostgreSQL record every change."));
        return false;
    }
    try {
        // One index range, newest first, at most kEntries rows: quick enough for this thread.
        entries = m_repository.auditTrail(query);
    } catch (const std::exception& error) {
        m_table->setRowCount(0);
        m_status->setText(tr("The audit trail cannot be shown: %1").arg(fromUtf8(error.what())));
        return false;
    }
    m_table->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < static_cast<int>(entries.size()); ++row) {
        const auto& entry = entries[static_cast<std::size_t>(row)];
        const auto when = QLocale().toString(QDateTime::fromSecsSinceEpoch(entry.atUnixSeconds), QLocale::ShortFormat);
        const QString what =
            entry.rowId
                ? tr("%1 #%2 %3", "a record, its number, what was done to it")
                      .arg(recordName(entry.table))
                      .arg(*entry.rowId)
                      .arg(actionName(entry.action))
                : tr("%1 %2", "a record, what was done to it").arg(recordName(entry.table), actionName(entry.action));
        const QStringList cells{when, fromUtf8(entry.by), what,
                                entry.customerId ? tr("#%1", "a customer's number").arg(*entry.customerId) : QString(),
                                changesText(entry)};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_status->setText(entries.size() == static_cast<std::size_t>(kEntries)
                          ? tr("The newest %Ln change(s); rapport-cli audit lists more.", nullptr, kEntries)
                          : tr("%Ln change(s).", nullptr, static_cast<int>(entries.size())));
    return true;
}

} // namespace rapport::ui
