#pragma once

#include "storage/queries.h"

#include <QTreeWidget>

#include <optional>

namespace rapport::storage {
class Repository;
}

namespace rapport::ui {

/**
 * Open tasks across customers, overdue and due in the next two weeks: Due, Task, Customer, Owner. Either one sales
 * manager's ("My tasks") or everyone's; the oldest overdue first (in red), a page at a time, with how many are not
 * shown. Double-clicking a row opens the customer, whose card's Tasks tab marks it done.
 */
class TaskList final : public QTreeWidget {
    Q_OBJECT

public:
    static constexpr int kCustomerIdRole = Qt::UserRole + 1;
    static constexpr int kDaysAhead = 14; // tasks due in the next two weeks are listed after the overdue ones

    explicit TaskList(QWidget* parent = nullptr);
    /** Reads the counts and the first page (indexed reads); without a repository the list is empty. */
    void reload(storage::Repository* repository, std::optional<std::string> owner, int pageSize);
    void loadMore();
    [[nodiscard]] bool hasMore() const { return m_next.has_value(); }
    /** E.g. "12 shown: 2 due today, 10 overdue"; empty when nothing is due. */
    [[nodiscard]] QString summary() const;

signals:
    void loaded();

private:
    void appendPage();

    storage::Repository* m_repository = nullptr;
    std::optional<std::string> m_owner;
    int m_pageSize = 50;
    storage::TaskCounts m_counts;
    std::optional<std::pair<core::Date, core::TaskId>> m_next;
};

} // namespace rapport::ui
