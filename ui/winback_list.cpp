#include "winback_list.h"

#include "churn_words.h"
#include "formatting.h"
#include "i18n/domain_terms.h"

#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace rapport::ui {

WinBackList::WinBackList(QWidget* parent)
    : QTreeWidget(parent) {
    setHeaderLabels({tr("Customer"), tr("Status"), tr("Value at stake"), tr("Win-back"), tr("Reason")});
    headerItem()->setToolTip(3, tr("Win-back attempts, and how the win-back ended"));
    headerItem()->setToolTip(2, tr("The margin the customer brought per year while buying"));
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
}

QString WinBackList::reason(const analytics::WinBackRow& row) const {
    if (row.status == analytics::WinBackStatus::Lost) {
        const auto label = std::find_if(m_catalogue.begin(), m_catalogue.end(),
                                        [&](const core::ChurnReason& r) { return r.code == row.recordedReason; });
        return i18n::churnReasonTerm(row.recordedReason, label != m_catalogue.end() ? label->label : "");
    }
    switch (row.suspected) {
    case analytics::SuspectedReason::ComplaintUnanswered:
        return tr("Suspected: complaint of %1 left unanswered").arg(formatDate(row.complaintOn));
    case analytics::SuspectedReason::KeyPersonLeft: {
        QString who = QString::fromStdString(row.personName);
        if (!row.personRole.empty()) {
            who = tr("%1 (%2)", "person (role)").arg(who, QString::fromStdString(row.personRole));
        }
        return tr("Suspected: %1 left on %2, no contact after").arg(who, formatDate(row.leftOn));
    }
    case analytics::SuspectedReason::NoContact:
        return tr("Suspected: no contact after the last purchase");
    case analytics::SuspectedReason::Unknown:
        return tr("Not known: purchases stopped on %1").arg(formatDate(row.lastPurchaseOn));
    }
    return {};
}

QString WinBackList::reasonName(const analytics::WinBackTally& tally) const {
    if (!tally.suspected) {
        const auto label = std::find_if(m_catalogue.begin(), m_catalogue.end(),
                                        [&](const core::ChurnReason& r) { return r.code == tally.reason; });
        return i18n::churnReasonTerm(tally.reason, label != m_catalogue.end() ? label->label : "");
    }
    if (tally.reason == analytics::suspectedReasonCode(analytics::SuspectedReason::ComplaintUnanswered)) {
        return tr("lapsed, complaint unanswered");
    }
    if (tally.reason == analytics::suspectedReasonCode(analytics::SuspectedReason::KeyPersonLeft)) {
        return tr("lapsed, key person left");
    }
    if (tally.reason == analytics::suspectedReasonCode(analytics::SuspectedReason::NoContact)) {
        return tr("lapsed, no contact");
    }
    return tr("lapsed, reason not known");
}

void WinBackList::showLoading() {
    m_loading = true;
    emit loaded();
}

void WinBackList::showList(app::WinBackList list, std::vector<core::ChurnReason> catalogue, const QString& error) {
    m_loading = false;
    m_error = error;
    m_list = std::move(list);
    m_catalogue = std::move(catalogue);
    show();
}

void WinBackList::show() {
    clear();
    for (const auto& row : m_list.rows) {
        auto* item = new QTreeWidgetItem(this);
        item->setText(0, QString::fromStdString(row.name));
        item->setData(0, kCustomerIdRole, QVariant::fromValue<qlonglong>(row.customerId));
        item->setText(1, i18n::term(row.status == analytics::WinBackStatus::Lost ? core::ChurnStatus::Lost
                                                                                 : core::ChurnStatus::Lapsed));
        item->setToolTip(1, tr("Since %1").arg(formatDate(row.since)));
        item->setText(2, formatAmount(row.yearlyMargin));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        // Attempts and outcome in one narrow column: the dashboard's box leaves the reason little room.
        const QString attempts = formatCount(row.winBackAttempts);
        item->setText(3, row.outcome == core::WinBackOutcome::None
                             ? attempts
                             : tr("%1, %2", "attempts, outcome").arg(attempts, i18n::term(row.outcome)));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        const QString because = reason(row);
        item->setText(4, because); // last: the sentence takes the room that is left, whole in the tooltips
        item->setToolTip(4, because);
        item->setToolTip(0, tr("%1: %2", "customer: reason").arg(item->text(0), because));
    }
    header()->resizeSections(QHeaderView::ResizeToContents);
    // Long names would push the reason out of sight; the whole name is in the tooltip.
    header()->resizeSection(0, std::min(header()->sectionSize(0), fontMetrics().averageCharWidth() * 22));
    emit loaded();
}

QString WinBackList::summary() const {
    if (m_loading) {
        return tr("Looking for customers lost or lapsed…");
    }
    if (!m_error.isEmpty()) {
        return tr("The list could not be made: %1").arg(m_error).toHtmlEscaped();
    }
    if (m_list.total == 0) {
        return tr("Nobody lost or lapsed in the last %Ln day(s).", nullptr, m_list.rules.windowDays);
    }
    const auto& costs = m_list.summary.costs;
    QStringList lines;
    lines << tr("%L1 of %Ln lost or lapsed in the last %2 days shown, the most valuable first.", nullptr,
                static_cast<int>(m_list.total))
                 .arg(static_cast<qlonglong>(topLevelItemCount()))
                 .arg(m_list.rules.windowDays);
    const auto& total = m_list.summary.total;
    if (const auto rate = total.winBackRate()) {
        lines << tr("%1 won back of the win-backs that ended (%L2 of %L3); by reason in the tooltip.")
                     .arg(formatPercent(*rate))
                     .arg(static_cast<qlonglong>(total.wonBack))
                     .arg(static_cast<qlonglong>(total.wonBack + total.failed));
    } else {
        lines << tr("No win-back has ended yet: no rate.");
    }
    const auto ratio = m_list.summary.total.costRatio(costs);
    const QString benchmark = tr("the seed's benchmark: winning back costs %L1-%L2 times more than keeping")
                                  .arg(analytics::kWinBackCostBenchmarkLow)
                                  .arg(analytics::kWinBackCostBenchmarkHigh);
    if (ratio) {
        lines << tr("Winning back costs %L1 times keeping here; %2.").arg(*ratio, 0, 'f', 1).arg(benchmark);
    } else if (!costs.perAttempt) {
        lines << tr("The cost is not known: launch a win-back campaign with a cost per contact; %1.").arg(benchmark);
    } else if (!costs.keepPerCustomerYear) {
        lines << tr("The cost of keeping is not known: launch a campaign with a cost per contact; %1.").arg(benchmark);
    } else {
        lines << tr("Nobody won back yet, so no cost per customer won back; %1.").arg(benchmark);
    }
    return lines.join(QStringLiteral("<br>"));
}

QString WinBackList::reasonTable() const {
    if (m_loading || m_list.summary.byReason.empty()) {
        return {};
    }
    const auto& costs = m_list.summary.costs;
    const auto cell = [](const QString& text) { return QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped()); };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr>");
    for (const QString& header : {tr("Reason"), tr("Customers"), tr("Won back"), tr("Failed"), tr("Pending"),
                                  tr("Win-back rate"), tr("Cost per won back")}) {
        html += QStringLiteral("<th>%1</th>").arg(header.toHtmlEscaped());
    }
    html += QStringLiteral("</tr>");
    const auto row = [&](const QString& name, const analytics::WinBackTally& t) {
        const auto rate = t.winBackRate();
        const auto cost = t.costPerWonBack(costs);
        html += QStringLiteral("<tr>") + cell(name) + cell(formatCount(t.customers)) + cell(formatCount(t.wonBack)) +
                cell(formatCount(t.failed)) + cell(formatCount(t.pending)) +
                cell(rate ? formatPercent(*rate) : QStringLiteral("–")) +
                cell(cost ? formatAmount(*cost) : QStringLiteral("–")) + QStringLiteral("</tr>");
    };
    for (const auto& tally : m_list.summary.byReason) {
        row(reasonName(tally), tally);
    }
    row(tr("All"), m_list.summary.total);
    return html + QStringLiteral("</table>");
}

} // namespace rapport::ui
