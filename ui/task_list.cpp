#include "task_list.h"

#include "formatting.h"
#include "storage/repository.h"

#include <QFont>
#include <QHeaderView>

#include <spdlog/spdlog.h>

namespace rapport::ui {

TaskList::TaskList(QWidget* parent)
    : QTreeWidget(parent) {
    setHeaderLabels({tr("Due"), tr("Task"), tr("Customer"), tr("Owner")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
}

void TaskList::reload(storage::Repository* repository, std::optional<std::string> owner, int pageSize) {
    clear();
    m_repository = repository;
    m_owner = std::move(owner);
    m_pageSize = pageSize;
    m_counts = {};
    m_next.reset();
    if (repository != nullptr) {
        try {
            m_counts = repository->countOpenTasks(fromQDate(QDate::currentDate()), m_owner);
        } catch (const std::exception& error) {
            spdlog::error("counting tasks failed: {}", error.what());
        }
        appendPage();
    }
    emit loaded();
}

void TaskList::loadMore() {
    if (m_next) {
        appendPage();
        emit loaded();
    }
}

void TaskList::appendPage() {
    try {
        const auto today = fromQDate(QDate::currentDate());
        storage::TaskQuery query;
        query.owner = m_owner;
        query.until = today.addDays(kDaysAhead);
        query.after = m_next;
        query.limit = m_pageSize;
        const auto page = m_repository->openTasks(query);
        m_next = page.next;
        for (const auto& row : page.rows) {
            auto* item = new QTreeWidgetItem(this);
            item->setText(0, formatDate(row.task.dueOn));
            if (row.task.dueOn < today) {
                item->setForeground(0, QColor(0xb0, 0x00, 0x20));
                item->setToolTip(0, tr("Overdue"));
            } else if (row.task.dueOn == today) {
                QFont bold = item->font(0);
                bold.setBold(true);
                item->setFont(0, bold);
                item->setToolTip(0, tr("Due today"));
            } else {
                item->setToolTip(0, tr("Due in the next two weeks"));
            }
            item->setText(1, fromUtf8(row.task.title));
            item->setText(2, customerChoiceLabel(row.customerName, row.city, row.task.customerId));
            item->setText(3, fromUtf8(row.task.owner));
            item->setData(0, kCustomerIdRole, QVariant::fromValue<qlonglong>(row.task.customerId));
        }
        header()->resizeSections(QHeaderView::ResizeToContents);
    } catch (const std::exception& error) {
        spdlog::error("reading tasks failed: {}", error.what());
        m_next.reset();
    }
}

QString TaskList::summary() const {
    if (topLevelItemCount() == 0) {
        return {};
    }
    // Each count its own phrase, so each takes its plural form.
    const QString counts = tr("%1, %2", "overdue, due today")
                               .arg(tr("%Ln overdue", nullptr, static_cast<int>(m_counts.overdue)),
                                    tr("%Ln due today", nullptr, static_cast<int>(m_counts.dueToday)));
    return tr("%Ln shown, oldest first, up to %1: %2", nullptr, topLevelItemCount())
        .arg(formatDate(fromQDate(QDate::currentDate().addDays(kDaysAhead))), counts);
}

} // namespace rapport::ui
