#pragma once

#include "storage/repository.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace rapport::ui {

/** Episodes of the whole base over a date range, newest first, a page at a time (keyset on date and id). */
class EpisodeListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Date, Customer, Kind, Channel, Amount, Satisfaction, FollowUp, Notes, ColumnCount };
    enum Role { CustomerIdRole = Qt::UserRole + 1, EpisodeIdRole };
    static constexpr int kPageSize = 300;

    explicit EpisodeListModel(storage::Repository& repository, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /** The query's paging fields are ignored; the list starts again from the newest episode. */
    void setQuery(const storage::EpisodeQuery& query);
    void reload();
    [[nodiscard]] const core::Episode* episodeAt(int row) const;

signals:
    void loadFailed(const QString& message);

private:
    void fetchPage();

    storage::Repository& m_repository;
    storage::EpisodeQuery m_query;
    std::vector<core::Episode> m_rows;
    std::vector<std::string> m_names;
    std::optional<std::pair<core::Date, core::EpisodeId>> m_next;
    bool m_exhausted = false;
    bool m_fetching = false;
};

} // namespace rapport::ui
