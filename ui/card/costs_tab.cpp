#include "card/costs_tab.h"

#include "app/relationship_edits.h"
#include "commands.h"
#include "dialogs/cost_line_dialog.h"
#include "formatting.h"
#include "storage/repository.h"
#include "workspace.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

namespace rapport::ui {

CostsTab::CostsTab(Workspace& workspace, QWidget* parent)
    : RecordsTab(workspace, {tr("Year"), tr("Cost line (table 7.3)"), tr("Amount")}, parent) {
    tree()->setObjectName(QStringLiteral("costTree"));
    addButton(tr("&Add cost…"), QStringLiteral("addCost"), [this] { editCost(true); });
    m_edit = addButton(tr("&Change…"), QStringLiteral("editCost"), [this] { editCost(false); });
    m_delete = addButton(tr("&Delete"), QStringLiteral("deleteCost"), [this] { deleteCost(); });
    connect(tree(), &QTreeWidget::itemActivated, this, [this] { editCost(false); });
}

void CostsTab::fill(storage::Repository& repository, core::CustomerId id) {
    m_costs = repository.relationshipCosts(id);
    for (std::size_t i = 0; i < m_costs.size(); ++i) {
        const auto& c = m_costs[i];
        auto* item = new QTreeWidgetItem(tree());
        item->setData(0, kRecordRole, static_cast<qlonglong>(i));
        item->setText(0, QString::number(c.year)); // a year, not an amount: no digit groups
        item->setText(1, costLineName(c.line));
        item->setText(2, formatMoney(c.amount));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void CostsTab::selectionChanged() {
    const bool any = currentItem() != nullptr;
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
}

void CostsTab::addForCustomers(Workspace& workspace, const std::vector<core::CustomerId>& customers,
                               std::optional<core::RelationshipCost> start, QWidget* parent) {
    if (workspace.repository == nullptr || customers.empty()) {
        return;
    }
    CostLineDialog dialog(start.value_or(core::RelationshipCost{}), static_cast<int>(customers.size()), parent);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    std::vector<core::RelationshipCost> costs;
    if (dialog.spread()) {
        costs = app::spreadCost(customers, dialog.year(), dialog.line(), dialog.amount());
    } else {
        for (const auto id : customers) {
            costs.push_back({id, dialog.year(), dialog.line(), dialog.amount()});
        }
    }
    const QString text = customers.size() > 1
                             ? tr("Cost %1 for %Ln customer(s)", nullptr, static_cast<int>(customers.size()))
                                   .arg(costLineName(dialog.line()))
                             : tr("Cost %1").arg(costLineName(dialog.line()));
    try {
        // A changed year or line of an existing entry is a new entry: the old one goes in the same edit.
        auto edit = app::setRelationshipCosts(*workspace.repository, costs);
        if (start && (start->year != dialog.year() || start->line != dialog.line())) {
            edit.remove(*start);
        }
        if (!edit.empty()) {
            pushEdit(*workspace.undoStack, *workspace.repository, *workspace.notifier, std::move(edit), text);
        }
    } catch (const std::exception& error) {
        QMessageBox::warning(parent, text, tr("Nothing was changed: %1").arg(fromUtf8(error.what())));
    }
}

void CostsTab::editCost(bool addNew) {
    if (customerId() <= 0) {
        return;
    }
    std::optional<core::RelationshipCost> start;
    if (!addNew) {
        const auto index = static_cast<std::size_t>(currentRecord());
        if (currentItem() == nullptr || index >= m_costs.size()) {
            return;
        }
        start = m_costs[index];
    }
    addForCustomers(m_workspace, {customerId()}, start, this);
}

void CostsTab::deleteCost() {
    const auto index = static_cast<std::size_t>(currentRecord());
    if (currentItem() == nullptr || index >= m_costs.size()) {
        return;
    }
    const auto cost = m_costs[index];
    perform(app::removeRelationshipCost(cost),
            tr("Delete cost %1 %2", "a cost line and its year").arg(costLineName(cost.line)).arg(cost.year));
}

} // namespace rapport::ui
