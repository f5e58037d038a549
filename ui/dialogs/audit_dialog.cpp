#include "dialogs/audit_dialog.h"

#include "formatting.h"
#include "storage/repository.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

constexpr int kEntries = 500;

QString changesText(const storage::AuditEntry& entry) {
    QStringList lines;
    for (const auto& change : entry.changes) {
        const QString before = change.before ? fromUtf8(*change.before) : QStringLiteral("–");
        const QString after = change.after ? fromUtf8(*change.after) : QStringLiteral("–");
        if (entry.action == "update") {
            lines << QStringLiteral("%1: %2 → %3").arg(fromUtf8(change.field), before, after);
        } else if (change.field != "id" && (entry.action == "insert" ? after : before) != QStringLiteral("–")) {
            lines << QStringLiteral("%1: %2").arg(fromUtf8(change.field), entry.action == "insert" ? after : before);
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
        const auto when =
            QDateTime::fromSecsSinceEpoch(entry.atUnixSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QString what = QStringLiteral("%1 %2").arg(fromUtf8(entry.action), fromUtf8(entry.table));
        if (entry.rowId) {
            what += QStringLiteral(" #%1").arg(*entry.rowId);
        }
        const QStringList cells{when, fromUtf8(entry.by), what,
                                entry.customerId ? QStringLiteral("#%1").arg(*entry.customerId) : QString(),
                                changesText(entry)};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_status->setText(entries.size() == static_cast<std::size_t>(kEntries)
                          ? tr("The newest %L1 changes; rapport-cli audit lists more.").arg(kEntries)
                          : tr("%L1 changes.").arg(entries.size()));
    return true;
}

} // namespace rapport::ui
