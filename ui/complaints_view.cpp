#include "complaints_view.h"

#include "app/attention.h"
#include "background.h"
#include "formatting.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

namespace {

enum ComplaintColumn {
    KeyColumn,
    ComplaintsColumn,
    AnsweredColumn,
    ShareColumn,
    MedianColumn,
    MeanColumn,
    SatisfactionColumn
};

QString daysOrDash(const std::optional<double>& value) {
    return value ? QLocale().toString(*value, 'f', 1) : QStringLiteral("–");
}

/** Satisfaction on the seeds' scale -2..+2, signed: "+0.75". */
QString satisfaction(const std::optional<double>& value) {
    if (!value) {
        return QStringLiteral("–");
    }
    return QLocale().toString(*value, 'f', 2).prepend(*value > 0 ? QStringLiteral("+") : QString());
}

} // namespace

ComplaintsView::ComplaintsView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("complaintsStatus"));
    m_status->setWordWrap(true);
    m_again = new QPushButton(tr("Compute again"), this);
    m_again->setToolTip(tr("Read every episode again in the background"));
    bar->addWidget(m_status, 1);
    bar->addWidget(m_again);
    layout->addLayout(bar);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("complaintsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_silent = new QLabel(this);
    m_silent->setObjectName(QStringLiteral("complaintsSilentUnhappy"));
    m_silent->setWordWrap(true);
    m_silent->setTextFormat(Qt::PlainText);
    layout->addWidget(m_silent);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_byOwner = newTable(tr("Owner"), QStringLiteral("complaintsByOwner"));
    m_byMonth = newTable(tr("Month"), QStringLiteral("complaintsByMonth"));
    splitter->addWidget(m_byOwner);
    splitter->addWidget(m_byMonth);
    layout->addWidget(splitter, 1);

    connect(m_again, &QPushButton::clicked, this, [this] { update(true); });
    m_status->setText(tr("The figures read every episode in the background when this tab is shown."));
}

QTreeWidget* ComplaintsView::newTable(const QString& firstHeader, const QString& objectName) {
    auto* table = new QTreeWidget(this);
    table->setObjectName(objectName);
    table->setRootIsDecorated(false);
    table->setAlternatingRowColors(true);
    table->setUniformRowHeights(true);
    table->setHeaderLabels({firstHeader, tr("Complaints"), tr("Answered"), tr("Share answered"),
                            tr("Median days to answer"), tr("Mean days"), tr("Satisfaction after")});
    table->headerItem()->setToolTip(SatisfactionColumn,
                                    tr("The mean rating of the answer, or of the next rated episode, from -2 to +2"));
    table->headerItem()->setToolTip(MedianColumn, tr("Days from the complaint to the first call, meeting, e-mail, "
                                                     "offer or service episode after it"));
    for (int column = ComplaintsColumn; column <= SatisfactionColumn; ++column) {
        table->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    return table;
}

void ComplaintsView::markStale() {
    m_stale = true;
}

void ComplaintsView::update(bool force) {
    if (m_running || (!m_stale && !force)) {
        return;
    }
    if (m_workspace.repository == nullptr || m_workspace.databasePath.isEmpty()) {
        m_byOwner->clear();
        m_byMonth->clear();
        m_summary->clear();
        m_silent->clear();
        m_status->setText(tr("No database is open."));
        return;
    }
    m_stale = false;
    m_running = true;
    m_again->setEnabled(false);
    m_status->setText(tr("Reading the complaints and their answers in the background…"));
    runOnWorker(
        this, m_workspace.databasePath,
        [](storage::Repository& repository) { return app::complaintHandling(repository, core::Date::today()); },
        [this](const WorkResult<analytics::ComplaintReport>& result) {
            m_running = false;
            m_again->setEnabled(true);
            if (result.value) {
                show(*result.value);
            } else {
                m_status->setText(tr("The figures could not be read: %1").arg(result.error));
            }
            emit computed();
        });
}

void ComplaintsView::show(const analytics::ComplaintReport& report) {
    const auto& t = report.total;
    m_status->setText(tr("Complaints up to %1. A complaint is answered by the customer's first call, meeting, "
                         "e-mail, offer or service episode after it.")
                          .arg(formatDate(report.until)));
    m_summary->setText(
        t.complaints == 0
            ? tr("No complaints are recorded.")
            : tr("%Ln complaint(s), %1 answered (%2). Time to answer: median %3 days, mean %4 days. Satisfaction "
                 "(from -2 to +2) at the complaint %5, after the answer %6.",
                 nullptr, static_cast<int>(t.complaints))
                  .arg(formatCount(t.answered), formatPercent(t.shareAnswered(), 1), daysOrDash(t.medianDaysToAnswer),
                       daysOrDash(t.meanDaysToAnswer), satisfaction(t.meanSatisfactionAtComplaint),
                       satisfaction(t.meanSatisfactionAfterAnswer)));
    m_silent->setText(
        tr("Of %Ln customer(s) known to be unhappy (a complaint, or an episode rated -1 or -2), %1 (%2) never "
           "complained. The seeds: %3 to %4 of unhappy customers leave without complaining, so the complaints show "
           "only part of the unhappiness; ask, and answer fast.",
           nullptr, static_cast<int>(report.unhappyCustomers))
            .arg(formatCount(report.silentUnhappyCustomers), formatPercent(report.silentShare(), 1),
                 formatPercent(analytics::ComplaintReport::kSeedSilentLow),
                 formatPercent(analytics::ComplaintReport::kSeedSilentHigh)));
    fill(m_byOwner, report.byOwner, false);
    fill(m_byMonth, report.byMonth, true);
}

void ComplaintsView::fill(QTreeWidget* table, const std::vector<analytics::ComplaintGroup>& groups, bool months) {
    table->clear();
    QList<QTreeWidgetItem*> items;
    for (const auto& group : groups) {
        const auto& f = group.figures;
        auto* item = new QTreeWidgetItem();
        // A month as "2026-05", the same in every language; an owner by name.
        item->setText(KeyColumn, months || !group.key.empty() ? fromUtf8(group.key)
                                                              : tr("(nobody)", "a customer without an owner"));
        item->setToolTip(KeyColumn, item->text(KeyColumn));
        item->setText(ComplaintsColumn, formatCount(f.complaints));
        item->setText(AnsweredColumn, formatCount(f.answered));
        item->setText(ShareColumn, formatPercent(f.shareAnswered(), 1));
        item->setText(MedianColumn, daysOrDash(f.medianDaysToAnswer));
        item->setText(MeanColumn, daysOrDash(f.meanDaysToAnswer));
        item->setText(SatisfactionColumn, satisfaction(f.meanSatisfactionAfterAnswer));
        for (int column = ComplaintsColumn; column <= SatisfactionColumn; ++column) {
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
        items << item;
    }
    if (months) {
        std::reverse(items.begin(), items.end()); // the latest month first: what a manager looks at
    }
    table->addTopLevelItems(items);
    table->header()->resizeSections(QHeaderView::ResizeToContents);
}

} // namespace rapport::ui
