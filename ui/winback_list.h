#pragma once

#include "app/winback.h"

#include <QTreeWidget>

#include <atomic>
#include <cstddef>
#include <memory>

namespace rapport::ui {

/**
 * The customers lost or lapsed lately (app::winBackList): Customer, Status, Value at stake, Win-back (attempts and
 * outcome), Reason, the highest value first, and the win-back rate and cost by reason beside the seed's benchmark in
 * summary(). The list reads the whole base, so a worker computes it; a newer reload wins over an older one.
 */
class WinBackList final : public QTreeWidget {
    Q_OBJECT

public:
    static constexpr int kCustomerIdRole = Qt::UserRole + 1; // as the attention list: the dashboard opens both alike

    explicit WinBackList(QWidget* parent = nullptr);
    /** Computes the list on a worker from the database at `path` and shows its first `rows`; empty path: clears. */
    void reload(const QString& path, int rows);
    /**
     * Shows the list as loading without reading the base: an analysis is running, and its end reloads the list
     * from the scores it stores. A load still running is told to stop.
     */
    void waitForAnalysis();
    [[nodiscard]] std::size_t total() const { return m_list.total; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    /** How many are shown, the win-back rate and its cost beside the seed's benchmark, in three lines; rich text. */
    [[nodiscard]] QString summary() const;
    /** The win-back rate and cost by reason as an HTML table (the summary's tooltip); empty without rows. */
    [[nodiscard]] QString reasonTable() const;

    /** The recorded reason, or the suspected one with the figures behind it, in one sentence. */
    [[nodiscard]] QString reason(const analytics::WinBackRow& row) const;

signals:
    /** The rows changed (or a reload started): the page updates its label and its tab. */
    void loaded();

private:
    void show();
    [[nodiscard]] QString reasonName(const analytics::WinBackTally& tally) const;

    int m_generation = 0;
    /** The newest generation, for the worker: a load that is no longer the newest stops reading the base. */
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
    bool m_loading = false;
    QString m_error;
    app::WinBackList m_list;
    std::vector<core::ChurnReason> m_catalogue;
};

} // namespace rapport::ui
