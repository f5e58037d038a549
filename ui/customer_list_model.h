#pragma once

#include "storage/repository.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace rapport::ui {

/**
 * The customer list over the whole base, fetched a page at a time (canFetchMore/fetchMore) with keyset
 * paging and sorted by the database, so a million customers never load at once. Each page query is an
 * index range scan of a few milliseconds, cheap enough for the UI thread.
 */
class CustomerListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    // Scores (stage, group, churn, P(alive), value) come from the last analysis run stored beside each customer.
    enum Column {
        Name,
        Stage,
        Group,
        Churn,
        Value,
        Alive,
        Revenue,
        Purchases,
        LastContact,
        Segment,
        Owner,
        Kind,
        City,
        Email,
        Phone,
        ColumnCount
    };
    enum Role { CustomerIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    explicit CustomerListModel(storage::Repository& repository, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /** Columns without an index (city, e-mail, phone) keep the current order. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const storage::CustomerFilter& filter);
    /** Drops the fetched rows and starts again from the first page (after writes elsewhere). */
    void reload();
    [[nodiscard]] core::CustomerId customerIdAt(int row) const;
    [[nodiscard]] const storage::CustomerFilter& filter() const { return m_request.filter; }
    [[nodiscard]] static bool isSortable(int column);
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const;
    /** How many page queries ran, and how many rows they returned: tests use it to prove paging. */
    [[nodiscard]] int pagesFetched() const { return m_pagesFetched; }
    [[nodiscard]] std::size_t rowsFetched() const { return m_rowsFetched; }

signals:
    /** A page could not be read; the message is for the user. */
    void loadFailed(const QString& message);

private:
    void fetchPage();

    storage::Repository& m_repository;
    storage::CustomerPageRequest m_request;
    std::vector<storage::CustomerRow> m_rows;
    std::optional<storage::CustomerCursor> m_next;
    bool m_exhausted = false;
    bool m_fetching = false; // views and testers may call fetchMore() again while rows are being inserted
    int m_sortColumn = Name;
    int m_pagesFetched = 0;
    std::size_t m_rowsFetched = 0;
};

} // namespace rapport::ui
