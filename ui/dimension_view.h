#pragma once

#include "analytics/dimension_breakdown.h"
#include "workspace.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace rapport::ui {

/**
 * The analyses by dimension on the analytics page, the figures of `rapport-cli breakdown`: for each segment, region,
 * owner or acquisition channel the customers, revenue, margin and share of revenue, acquisition cost against
 * predicted value, the four groups and churn of the last stored scores. Reads the whole base, so it runs on a
 * worker, when shown and when another dimension is chosen.
 */
class DimensionView final : public QWidget {
    Q_OBJECT

public:
    DimensionView(Workspace& workspace, QWidget* parent);
    /** What the view shows may be out of date (another database, new scores): compute again when shown. */
    void markStale();
    /** Computes again in the background when stale (or always with `force`). */
    void update(bool force = false);
    void setDimension(analytics::Dimension dimension);

    [[nodiscard]] QComboBox* dimensionChoice() const { return m_dimension; }
    [[nodiscard]] QTreeWidget* valueTable() const { return m_value; }
    [[nodiscard]] QTreeWidget* groupsTable() const { return m_groups; }
    [[nodiscard]] bool isComputing() const { return m_running; }

signals:
    /** The figures are shown (or the failure). */
    void computed();

private:
    void show(const analytics::DimensionBreakdown& breakdown);
    /** The value table's headers: the dimension, then the money columns with the database's currency. */
    void labelValueColumns();
    [[nodiscard]] analytics::Dimension dimension() const;
    [[nodiscard]] QString valueName(const std::string& value) const;

    Workspace& m_workspace;
    QComboBox* m_dimension = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_again = nullptr;
    QTreeWidget* m_value = nullptr;
    QTreeWidget* m_groups = nullptr;
    bool m_stale = true;
    bool m_running = false;
    bool m_pending = false; // another dimension was chosen while a computation ran
};

} // namespace rapport::ui
