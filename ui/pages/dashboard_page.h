#pragma once

#include "workspace.h"

class QComboBox;
class QGridLayout;
class QTabWidget;
class QLabel;
class QTableWidget;
class QTreeWidget;

namespace rapport::ui {

class AttentionList;
class DueWorkLoader;
class FollowUpList;
class TaskList;
class WinBackList;

/**
 * What a manager opens the app for: active customers, revenue in the window, the top 20 % beside the 80 %
 * benchmark, churn, the ladder and the four groups, who is at risk and which follow-ups are due. Figures
 * come from the background analysis; follow-ups from an indexed read; the customers who need attention from a
 * worker's pass over the base.
 */
class DashboardPage final : public Page {
    Q_OBJECT

public:
    DashboardPage(Workspace& workspace, QWidget* parent);
    void databaseChanged() override;
    /** Redraws from the latest analysis snapshot and reloads the due follow-ups. */
    void refresh();

    [[nodiscard]] QTreeWidget* atRiskList() const { return m_atRisk; }
    [[nodiscard]] FollowUpList* followUpList() const { return m_followUps; }
    [[nodiscard]] TaskList* taskList() const { return m_tasks; }
    [[nodiscard]] AttentionList* attentionList() const { return m_attention; }
    [[nodiscard]] WinBackList* winBackList() const { return m_winBack; }

private:
    QLabel* addTile(int column, const QString& caption);
    void showFollowUps();
    void showTasks();
    void loadTaskOwners();

    QGridLayout* m_tiles = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_active = nullptr;
    QLabel* m_revenue = nullptr;
    QLabel* m_top20 = nullptr;
    QLabel* m_churn = nullptr;
    QLabel* m_atRiskCount = nullptr;
    QTableWidget* m_ladder = nullptr;
    QTableWidget* m_groups = nullptr;
    QTreeWidget* m_atRisk = nullptr;
    QLabel* m_atRiskShown = nullptr;
    FollowUpList* m_followUps = nullptr;
    QLabel* m_followUpsShown = nullptr;
    QTabWidget* m_work = nullptr;
    QComboBox* m_taskOwner = nullptr;
    TaskList* m_tasks = nullptr;
    QLabel* m_tasksShown = nullptr;
    AttentionList* m_attention = nullptr;
    QLabel* m_attentionShown = nullptr;
    WinBackList* m_winBack = nullptr;
    QLabel* m_winBackShown = nullptr;
    DueWorkLoader* m_dueWork = nullptr;
};

} // namespace rapport::ui
