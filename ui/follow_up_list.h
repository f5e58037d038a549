#pragma once

#include <QTreeWidget>

namespace rapport::storage {
class Repository;
}

namespace rapport::ui {

/** Follow-ups due today or overdue, most overdue first (overdue in red); Due, Customer, Episode, Notes. */
class FollowUpList final : public QTreeWidget {
    Q_OBJECT

public:
    static constexpr int kCustomerIdRole = Qt::UserRole + 1;
    static constexpr int kEpisodeIdRole = Qt::UserRole + 2;

    explicit FollowUpList(QWidget* parent = nullptr);
    /** Reads at most `limit` from the repository (an indexed read), or empties the list without one. */
    void reload(storage::Repository* repository, int limit);
};

} // namespace rapport::ui
