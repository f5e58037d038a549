#pragma once

#include "card/records_tab.h"
#include "core/episode.h"

class QPushButton;

namespace rapport::ui {

/** The card's tasks (follow-ups not tied to one episode): add one, mark it done or open again. */
class TasksTab final : public RecordsTab {
    Q_OBJECT

public:
    explicit TasksTab(Workspace& workspace, QWidget* parent = nullptr);
    void addTask();
    void toggleDone();

protected:
    void fill(storage::Repository& repository, core::CustomerId id) override;
    void selectionChanged() override;

private:
    std::vector<core::Task> m_tasks;
    QPushButton* m_done = nullptr;
};

} // namespace rapport::ui
