#pragma once

#include "paged_table_model.h"
#include "storage/repository.h"

#include <QHash>

#include <optional>
#include <vector>

namespace rapport::ui {

/**
 * The customer list over the whole base, fetched a page at a time (canFetchMore/fetchMore) with keyset
 * paging and sorted by the database, so a million customers never load at once. Each page query is an
 * index range scan of a few milliseconds, cheap enough for the UI thread.
 */
class CustomerListModel final : public PagedTableModel {
    Q_OBJECT

public:
    // Scores (stage, group, churn, P(alive), value) come from the last analysis run stored beside each customer.
    enum Column {
        Name,
        City, // beside the name: tells namesakes apart
        Stage,
        Group,
        Churn,
        Level,
        Value,
        Alive,
        Revenue,
        Purchases,
        LastContact,
        Segment,
        Owner,
        Kind,
        Email,
        Phone,
        ColumnCount
    };
    enum Role { CustomerIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    explicit CustomerListModel(storage::Repository& repository, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /** Columns without an index (city, e-mail, phone) keep the current order. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const storage::CustomerFilter& filter);
    [[nodiscard]] core::CustomerId customerIdAt(int row) const;
    [[nodiscard]] const storage::CustomerFilter& filter() const { return m_request.filter; }
    [[nodiscard]] static bool isSortable(int column);
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const;

protected:
    PageRead readNextPage() override;
    void appendPending() override;
    void clearRows() override;
    [[nodiscard]] std::size_t rowsHeld() const override { return m_rows.size(); }

private:
    storage::Repository& m_repository;
    storage::CustomerPageRequest m_request;
    std::vector<storage::CustomerRow> m_rows;
    std::vector<storage::CustomerRow> m_pending;
    std::optional<storage::CustomerCursor> m_next;
    int m_sortColumn = Name;
    /** Level names by id, read when first shown (a handful of levels) and forgotten at every reload. */
    mutable QHash<qlonglong, QString> m_levelNames;
    [[nodiscard]] QString levelName(core::ServiceLevelId id) const;
};

} // namespace rapport::ui
