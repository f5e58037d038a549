#include "paged_table_model.h"

#include <QScopedValueRollback>

#include <spdlog/spdlog.h>

namespace rapport::ui {

int PagedTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rowsHeld());
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_exhausted;
}

void PagedTableModel::fetchMore(const QModelIndex& parent) {
    if (!parent.isValid() && !m_exhausted) {
        fetchPage();
    }
}

void PagedTableModel::fetchPage() {
    if (m_fetching) {
        return;
    }
    const QScopedValueRollback guard(m_fetching, true);
    PageRead page;
    try {
        page = readNextPage();
    } catch (const std::exception& error) {
        // Stop paging and tell the window; never let the exception cross into Qt's event loop.
        m_exhausted = true;
        spdlog::error("reading a page failed: {}", error.what());
        emit loadFailed(QString::fromUtf8(error.what()));
        return;
    }
    ++m_pagesFetched;
    m_rowsFetched += page.rows;
    m_exhausted = !page.more;
    if (page.rows == 0) {
        return;
    }
    const int first = static_cast<int>(rowsHeld());
    beginInsertRows({}, first, first + static_cast<int>(page.rows) - 1);
    appendPending();
    endInsertRows();
}

void PagedTableModel::reload() {
    {
        // Views react to modelReset by asking for more rows; the first page is fetched below, once.
        const QScopedValueRollback guard(m_fetching, true);
        beginResetModel();
        clearRows();
        m_exhausted = false;
        endResetModel();
    }
    fetchPage();
}

} // namespace rapport::ui
