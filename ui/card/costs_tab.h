#pragma once

#include "card/records_tab.h"
#include "core/relationship_cost.h"

class QPushButton;

namespace rapport::ui {

/** The card's relationship costs by year and line of seed table 7.3: add, change and delete lines. */
class CostsTab final : public RecordsTab {
    Q_OBJECT

public:
    explicit CostsTab(Workspace& workspace, QWidget* parent = nullptr);
    void editCost(bool addNew);
    void deleteCost();

    /**
     * Asks for a cost line and sets it for the customers: each gets the amount, or it is spread over them. One
     * undoable edit, one transaction.
     */
    static void addForCustomers(Workspace& workspace, const std::vector<core::CustomerId>& customers,
                                std::optional<core::RelationshipCost> start, QWidget* parent);

protected:
    void fill(storage::Repository& repository, core::CustomerId id) override;
    void selectionChanged() override;

private:
    std::vector<core::RelationshipCost> m_costs;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace rapport::ui
