#pragma once

#include "analytics/attention.h"

#include <QTreeWidget>

#include <atomic>
#include <cstddef>
#include <memory>
#include <vector>

namespace rapport::ui {

/**
 * The customers who need attention now (app::needsAttention): Customer, Reason, Value at stake, Why, the highest value
 * first. The list reads the whole base, so a worker computes it; a newer reload wins over an older one still running.
 */
class AttentionList final : public QTreeWidget {
    Q_OBJECT

public:
    static constexpr int kCustomerIdRole = Qt::UserRole + 1; // as the follow-up list: the dashboard opens both alike
    static constexpr int kReasonRole = Qt::UserRole + 3;

    explicit AttentionList(QWidget* parent = nullptr);
    /** Computes the list on a worker from the database at `path` and shows its first `rows`; empty path: clears. */
    void reload(const QString& path, int rows);
    /**
     * Shows the list as loading without reading the base: an analysis is running, and its end reloads the list
     * from the scores it stores. A load still running is told to stop.
     */
    void waitForAnalysis();
    /** How many customers need attention for how many reasons in all; the list shows the first ones. */
    [[nodiscard]] std::size_t total() const { return m_total; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    /** E.g. "50 of 683 shown, the most valuable first"; empty while loading. */
    [[nodiscard]] QString summary() const;

    /** The reason in words, and the figures behind it in one sentence. */
    static QString reasonName(analytics::AttentionReason reason);
    static QString why(const analytics::AttentionAlert& alert);

signals:
    /** The rows changed (or a reload started): the page updates its label and its tab. */
    void loaded();

private:
    void show(const std::vector<analytics::AttentionAlert>& alerts, std::size_t total);

    int m_generation = 0;
    /** The newest generation, for the worker: a load that is no longer the newest stops reading the base. */
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
    std::size_t m_total = 0;
    bool m_loading = false;
    QString m_error;
};

} // namespace rapport::ui
