#pragma once

#include "analytics/complaint_handling.h"
#include "workspace.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace rapport::ui {

/**
 * How complaints were handled, on the analytics page: time to answer, share answered and satisfaction after the
 * answer for the whole base, by owner and by month, beside the seeds' point that 65-90 % of unhappy customers
 * leave without complaining (and how many of the base's unhappy customers never complained). Reads every episode,
 * so it runs on a worker, and only when shown.
 */
class ComplaintsView final : public QWidget {
    Q_OBJECT

public:
    ComplaintsView(Workspace& workspace, QWidget* parent);
    /** What the view shows may be out of date (another database, new episodes): compute again when shown. */
    void markStale();
    /** Computes again in the background when stale (or always with `force`). */
    void update(bool force = false);

    [[nodiscard]] QLabel* summary() const { return m_summary; }
    [[nodiscard]] QLabel* silentUnhappy() const { return m_silent; }
    [[nodiscard]] QTreeWidget* byOwner() const { return m_byOwner; }
    [[nodiscard]] QTreeWidget* byMonth() const { return m_byMonth; }
    [[nodiscard]] bool isComputing() const { return m_running; }

signals:
    /** The figures are shown (or the failure). */
    void computed();

private:
    void show(const analytics::ComplaintReport& report);
    QTreeWidget* newTable(const QString& firstHeader, const QString& objectName);
    void fill(QTreeWidget* table, const std::vector<analytics::ComplaintGroup>& groups, bool months);

    Workspace& m_workspace;
    QLabel* m_status = nullptr;
    QPushButton* m_again = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_silent = nullptr;
    QTreeWidget* m_byOwner = nullptr;
    QTreeWidget* m_byMonth = nullptr;
    bool m_stale = true;
    bool m_running = false;
};

} // namespace rapport::ui
