#include "attention_list.h"

#include "app/attention.h"
#include "formatting.h"

#include <QHeaderView>
#include <QLocale>

namespace rapport::ui {

AttentionList::AttentionList(QWidget* parent)
    : QTreeWidget(parent) {
    setHeaderLabels({tr("Customer"), tr("Reason"), tr("Value at stake"), tr("Why")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
}

QString AttentionList::reasonName(analytics::AttentionReason reason) {
    switch (reason) {
    case analytics::AttentionReason::NotContacted:
        return tr("Not contacted");
    case analytics::AttentionReason::PurchaseOverdue:
        return tr("Purchase overdue");
    case analytics::AttentionReason::DecisionMakerLeft:
        return tr("Decision maker left");
    case analytics::AttentionReason::ComplaintUnanswered:
        return tr("Complaint unanswered");
    }
    return {};
}

QString AttentionList::why(const analytics::AttentionAlert& a) {
    const int days = static_cast<int>(a.days);
    switch (a.reason) {
    case analytics::AttentionReason::NotContacted:
        if (a.lastContactOn) {
            return tr("No contact for %Ln day(s), since %1 (interval %2 days)", nullptr, days)
                .arg(formatDate(a.lastContactOn), formatCount(a.intervalDays));
        }
        return tr("Never contacted in %Ln day(s) (interval %1 days)", nullptr, days).arg(formatCount(a.intervalDays));
    case analytics::AttentionReason::PurchaseOverdue:
        return tr("No purchase for %Ln day(s); usually every %1 days", nullptr, days)
            .arg(QLocale().toString(a.usualIntervalDays, 'f', 1));
    case analytics::AttentionReason::DecisionMakerLeft: {
        QString who = QString::fromStdString(a.personName);
        if (!a.personRole.empty()) {
            who = tr("%1 (%2)", "person (role)").arg(who, QString::fromStdString(a.personRole));
        }
        return tr("%1 left on %2; no contact since").arg(who, formatDate(a.leftOn));
    }
    case analytics::AttentionReason::ComplaintUnanswered:
        return tr("Complaint of %1 unanswered for %Ln day(s)", nullptr, days).arg(formatDate(a.complaintOn));
    }
    return {};
}

void AttentionList::showLoading() {
    m_loading = true;
    emit loaded();
}

void AttentionList::showAlerts(const std::vector<analytics::AttentionAlert>& alerts, std::size_t total,
                               const QString& error) {
    m_loading = false;
    m_error = error;
    clear();
    m_total = total;
    for (const auto& alert : alerts) {
        auto* item = new QTreeWidgetItem(this);
        item->setText(0, QString::fromStdString(alert.name));
        item->setData(0, kCustomerIdRole, QVariant::fromValue<qlonglong>(alert.customerId));
        item->setData(1, kReasonRole, static_cast<int>(alert.reason));
        item->setText(1, reasonName(alert.reason));
        item->setText(2, formatAmount(alert.valueAtStake));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (!alert.valueIsPredicted) {
            item->setToolTip(2, tr("Historical revenue: the last analysis predicted no value for this customer"));
        }
        const QString because = why(alert);
        item->setText(3, because); // last: the sentence takes the room that is left, whole in the tooltip
        item->setToolTip(3, because);
    }
    header()->resizeSections(QHeaderView::ResizeToContents);
    emit loaded();
}

QString AttentionList::summary() const {
    if (m_loading) {
        return tr("Looking for customers who need attention…");
    }
    if (!m_error.isEmpty()) {
        return tr("The list could not be made: %1").arg(m_error);
    }
    if (m_total == 0) {
        return tr("Nobody needs attention.");
    }
    const auto shown = static_cast<qlonglong>(topLevelItemCount());
    if (static_cast<std::size_t>(shown) == m_total) {
        return tr("All %Ln shown, the most valuable first.", nullptr, static_cast<int>(m_total));
    }
    return tr("%L1 of %Ln shown, the most valuable first.", nullptr, static_cast<int>(m_total)).arg(shown);
}

} // namespace rapport::ui
