#pragma once

#include "analytics/attention.h"

#include <QTreeWidget>

#include <cstddef>
#include <vector>

namespace rapport::ui {

/**
 * The customers who need attention now (app::attentionAlerts): Customer, Reason, Value at stake, Why, the highest value
 * first. The list reads the whole base: DueWorkLoader computes it on a worker, with the win-back list.
 */
class AttentionList final : public QTreeWidget {
    Q_OBJECT

public:
    static constexpr int kCustomerIdRole = Qt::UserRole + 1; // as the follow-up list: the dashboard opens both alike
    static constexpr int kReasonRole = Qt::UserRole + 3;

    explicit AttentionList(QWidget* parent = nullptr);
    /** Shows the list as loading (DueWorkLoader reads it with the win-back list on a worker). */
    void showLoading();
    /** Shows the first alerts of `total` in all; an error says why the list could not be made. */
    void showAlerts(const std::vector<analytics::AttentionAlert>& alerts, std::size_t total, const QString& error = {});
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
    std::size_t m_total = 0;
    bool m_loading = false;
    QString m_error;
};

} // namespace rapport::ui
