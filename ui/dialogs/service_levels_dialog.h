#pragma once

#include "workspace.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace rapport::ui {

/**
 * The service levels in rank order, with each one's rule, contact interval, entitlement and how many customers hold
 * it; add, change and remove them (each an undoable edit), or add the suggested four. Customers take their levels
 * at the next analysis run, which the dialog offers to start.
 */
class ServiceLevelsDialog final : public QDialog {
    Q_OBJECT

public:
    ServiceLevelsDialog(Workspace& workspace, QWidget* parent);

private:
    void reload();
    void addLevel();
    void editLevel();
    void removeLevel();
    void addSuggested();
    void levelsChanged();

    Workspace& m_workspace;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_suggested = nullptr;
    bool m_changed = false;
};

} // namespace rapport::ui
