#pragma once

#include "card/records_tab.h"
#include "core/churn.h"

class QPushButton;

namespace rapport::ui {

/**
 * The card's record of a lost customer: when and why they left (a reason from the catalogue), the win-back
 * attempts (each an episode) and how it ended. "Lost" is what a user records; "lapsed" is what the analysis
 * sees in the purchases (no purchase for longer than the customer's rhythm): the tab says which is which.
 */
class LostCustomerTab final : public RecordsTab {
    Q_OBJECT

public:
    explicit LostCustomerTab(Workspace& workspace, QWidget* parent = nullptr);
    void logWinBackAttempt();
    void setOutcome();

    /** Asks for the date, reason and details of a loss and records it as an undoable edit. */
    static void recordLoss(Workspace& workspace, core::CustomerId customerId, QWidget* parent);

protected:
    void fill(storage::Repository& repository, core::CustomerId id) override;
    void selectionChanged() override;

private:
    std::optional<core::ChurnRecord> current() const;

    std::vector<core::ChurnRecord> m_records;
    QPushButton* m_attempt = nullptr;
    QPushButton* m_outcome = nullptr;
};

/** The words for a win-back outcome. */
QString winBackOutcomeName(core::WinBackOutcome outcome);

} // namespace rapport::ui
