#pragma once

#include "core/relationship_cost.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace rapport::ui {

class MoneyEdit;

/**
 * A cost line of seed table 7.3 (5.1.1 delivery ... 5.4 other) for a year: one customer's, or for a selection
 * of customers, where the amount is either each one's or spread over them (database upkeep over a segment).
 */
class CostLineDialog final : public QDialog {
    Q_OBJECT

public:
    /** `customers` > 1 offers to spread the amount. */
    CostLineDialog(const core::RelationshipCost& cost, int customers, QWidget* parent);
    [[nodiscard]] int year() const;
    [[nodiscard]] core::CostLine line() const;
    [[nodiscard]] core::Money amount() const;
    [[nodiscard]] bool spread() const;
    [[nodiscard]] QString problems() const;
    void accept() override;

private:
    QSpinBox* m_year = nullptr;
    QComboBox* m_line = nullptr;
    MoneyEdit* m_amount = nullptr;
    QCheckBox* m_spread = nullptr;
    QLabel* m_error = nullptr;
};

/** "5.1.1 Delivery" ...: the line's number in seed table 7.3 and its name. */
QString costLineName(core::CostLine line);

} // namespace rapport::ui
