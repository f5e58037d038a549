#pragma once

#include "storage/queries.h"

#include <QTreeWidget>

#include <optional>

namespace rapport::storage {
class Repository;
}

namespace rapport::ui {

/**
 * Open follow-ups due today or overdue: Due, Customer, Episode, Notes. The latest due come first (today's, then
 * the most recently overdue, in red), a page at a time, and the list always knows how many it does not show.
 */
class FollowUpList final : public QTreeWidget {
    Q_OBJECT

public:
    static constexpr int kCustomerIdRole = Qt::UserRole + 1;
    static constexpr int kEpisodeIdRole = Qt::UserRole + 2;

    explicit FollowUpList(QWidget* parent = nullptr);
    /** Reads the counts and the first `pageSize` rows (indexed reads), or empties the list without a repository. */
    void reload(storage::Repository* repository, int pageSize);
    /** Appends the next page. */
    void loadMore();
    [[nodiscard]] bool hasMore() const { return m_next.has_value(); }
    /** E.g. "50 of 658 shown: 3 due today, 655 overdue"; empty when nothing is due. */
    [[nodiscard]] QString summary() const;

signals:
    /** The rows or the counts changed: the page updates its label and its "more" button. */
    void loaded();

private:
    void appendPage();

    storage::Repository* m_repository = nullptr;
    int m_pageSize = 50;
    storage::FollowUpCounts m_counts;
    std::optional<std::pair<core::Date, core::EpisodeId>> m_next;
};

} // namespace rapport::ui
