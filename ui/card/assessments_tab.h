#pragma once

#include "card/records_tab.h"
#include "core/assessment.h"

class QPushButton;

namespace rapport::ui {

/**
 * The return-on-relationship components a person judges (share of wallet, commitment, perceived quality and
 * value, sacrifices, alternatives known, bonds), dated, on a scale of 1 to 5 with a note: the latest of each
 * first, then the history. A new view of a component is a new assessment, so a change of view shows.
 */
class AssessmentsTab final : public RecordsTab {
    Q_OBJECT

public:
    explicit AssessmentsTab(Workspace& workspace, QWidget* parent = nullptr);
    void assess();
    void removeCurrent();

protected:
    void fill(storage::Repository& repository, core::CustomerId id) override;
    void selectionChanged() override;

private:
    std::vector<core::Assessment> m_history;
    QPushButton* m_remove = nullptr;
};

/** "Share of wallet", "Commitment" ...: the words for a component. */
QString assessmentComponentName(core::AssessmentComponent component);

} // namespace rapport::ui
