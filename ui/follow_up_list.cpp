#include "follow_up_list.h"

#include "formatting.h"
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

void FollowUpList::reload(storage::Repository* repository, int limit) {
    clear();
    if (repository == nullptr) {
        return;
    }
    try {
        const auto today = fromQDate(QDate::currentDate());
        const auto page = repository->dueFollowUps(today, limit);
        for (std::size_t i = 0; i < page.rows.size(); ++i) {
            const auto& e = page.rows[i];
            auto* item = new QTreeWidgetItem(this);
            item->setText(0, formatDate(e.followUpOn));
            if (e.followUpOn && *e.followUpOn < today) {
                item->setForeground(0, QColor(0xb0, 0x00, 0x20));
                item->setToolTip(0, tr("Overdue"));
            }
            item->setText(1, fromUtf8(page.customerNames[i]));
            item->setData(0, kCustomerIdRole, QVariant::fromValue<qlonglong>(e.customerId));
            item->setData(0, kEpisodeIdRole, QVariant::fromValue<qlonglong>(e.id));
            item->setText(2, tr("%1 on %2").arg(humanize(core::toCode(e.kind)), formatDate(e.occurredOn)));
            item->setText(3, fromUtf8(e.notes));
        }
        header()->resizeSections(QHeaderView::ResizeToContents);
    } catch (const std::exception& error) {
        spdlog::error("reading follow-ups failed: {}", error.what());
    }
}

} // namespace rapport::ui
