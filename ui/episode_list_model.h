#pragma once

#include "formatting.h"
#include "paged_table_model.h"
#include "storage/repository.h"

#include <optional>
#include <vector>

namespace rapport::ui {

/** Episodes of the whole base over a date range, newest first, a page at a time (keyset on date and id). */
class EpisodeListModel final : public PagedTableModel {
    Q_OBJECT

public:
    enum Column { Date, Customer, Kind, Channel, Amount, Satisfaction, FollowUp, Document, Notes, ColumnCount };
    enum Role { CustomerIdRole = Qt::UserRole + 1, EpisodeIdRole };
    static constexpr int kPageSize = 300;

    explicit EpisodeListModel(storage::Repository& repository, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The query's paging fields are ignored; the list starts again from the newest episode. */
    void setQuery(const storage::EpisodeQuery& query);
    [[nodiscard]] const core::Episode* episodeAt(int row) const;

protected:
    PageRead readNextPage() override;
    void appendPending() override;
    void clearRows() override;
    [[nodiscard]] std::size_t rowsHeld() const override { return m_rows.size(); }

private:
    storage::Repository& m_repository;
    storage::EpisodeQuery m_query;
    std::vector<core::Episode> m_rows;
    DocumentLinks m_links; // of the rows held
    std::vector<std::string> m_names;
    storage::EpisodePage m_pending;
    std::optional<std::pair<core::Date, core::EpisodeId>> m_next;
};

} // namespace rapport::ui
