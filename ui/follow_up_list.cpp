#include "follow_up_list.h"

#include "formatting.h"
#include "i18n/domain_terms.h"
#include "storage/repository.h"

#include <QHeaderView>

#include <spdlog/spdlog.h>

namespace rapport::ui {

FollowUpList::FollowUpList(QWidget* parent)
    : QTreeWidget(parent) {
    setHeaderLabels({tr("Due"), tr("Customer"), tr("Episode"), tr("Notes")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
}

void FollowUpList::reload(storage::Repository* repository, int pageSize) {
    clear();
    m_repository = repository;
    m_pageSize = pageSize;
    m_counts = {};
    m_next.reset();
    if (repository != nullptr) {
        try {
            m_counts = repository->countDueFollowUps(fromQDate(QDate::currentDate()));
        } catch (const std::exception& error) {
            spdlog::error("counting follow-ups failed: {}", error.what());
        }
        appendPage();
    }
    emit loaded();
}

void FollowUpList::loadMore() {
    if (m_next) {
        appendPage();
        emit loaded();
    }
}

void FollowUpList::appendPage() {
    try {
        const auto today = fromQDate(QDate::currentDate());
        const auto page = m_repository->dueFollowUps({today, m_pageSize, m_next});
        m_next = page.next;
        for (std::size_t i = 0; i < page.rows.size(); ++i) {
            const auto& e = page.rows[i];
            auto* item = new QTreeWidgetItem(this);
            item->setText(0, formatDate(e.followUpOn));
            if (e.followUpOn && *e.followUpOn < today) {
                item->setForeground(0, QColor(0xb0, 0x00, 0x20));
                item->setToolTip(0, tr("Overdue"));
            } else {
                item->setToolTip(0, tr("Due today"));
            }
            item->setText(1, fromUtf8(page.customerNames[i]));
            item->setData(0, kCustomerIdRole, QVariant::fromValue<qlonglong>(e.customerId));
            item->setData(0, kEpisodeIdRole, QVariant::fromValue<qlonglong>(e.id));
            item->setText(
                2, tr("%1 on %2", "an episode kind on a date").arg(i18n::term(e.kind), formatDate(e.occurredOn)));
            item->setText(3, fromUtf8(e.notes));
        }
        header()->resizeSections(QHeaderView::ResizeToContents);
    } catch (const std::exception& error) {
        m_next.reset();
        spdlog::error("reading follow-ups failed: {}", error.what());
    }
}

QString FollowUpList::summary() const {
    if (m_counts.total() == 0) {
        return tr("Nothing due: no follow-up is open for today or before.");
    }
    const auto shown = static_cast<qlonglong>(topLevelItemCount());
    // Each count its own phrase, so each takes its plural form.
    const QString counts = tr("%1, %2", "due today, overdue")
                               .arg(tr("%Ln due today", nullptr, static_cast<int>(m_counts.dueToday)),
                                    tr("%Ln overdue", nullptr, static_cast<int>(m_counts.overdue)));
    const auto total = static_cast<int>(m_counts.total());
    if (shown >= m_counts.total()) {
        return tr("All %Ln shown, latest first: %1.", nullptr, total).arg(counts);
    }
    return tr("%L1 of %Ln shown, latest first: %2.", nullptr, total).arg(shown).arg(counts);
}

} // namespace rapport::ui
