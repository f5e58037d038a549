#pragma once

#include <QAbstractTableModel>

#include <cstddef>

namespace rapport::ui {

/**
 * A table over a list too large to load, read a page at a time as the view scrolls (canFetchMore /
 * fetchMore). Subclasses read one page after the last (keyset paging in the repository), keep it pending,
 * and append it when asked; this class does the model signalling, the bookkeeping and the error handling,
 * so that no exception reaches Qt's event loop.
 */
class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const final;
    bool canFetchMore(const QModelIndex& parent) const final;
    void fetchMore(const QModelIndex& parent) final;
    /** Drops the fetched rows and starts again from the first page (after writes elsewhere). */
    void reload();

    /** How many page queries ran, and how many rows they returned: tests use it to prove paging. */
    [[nodiscard]] int pagesFetched() const { return m_pagesFetched; }
    [[nodiscard]] std::size_t rowsFetched() const { return m_rowsFetched; }

signals:
    /** A page could not be read; the message is for the user. */
    void loadFailed(const QString& message);

protected:
    struct PageRead {
        std::size_t rows = 0; // read and pending
        bool more = false;    // another page follows
    };
    /** Reads the page after the rows held (or the first) into a pending buffer; may throw. */
    virtual PageRead readNextPage() = 0;
    /** Moves the pending rows to the end of the rows held. */
    virtual void appendPending() = 0;
    /** Forgets every row and the position after the last. */
    virtual void clearRows() = 0;
    [[nodiscard]] virtual std::size_t rowsHeld() const = 0;

private:
    void fetchPage();

    bool m_exhausted = false;
    bool m_fetching = false; // views and testers may call fetchMore() again while rows are being inserted
    int m_pagesFetched = 0;
    std::size_t m_rowsFetched = 0;
};

} // namespace rapport::ui
