#pragma once

#include "core/ladder.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rapport::ui {

/**
 * Sets a customer's ladder stage by hand, with the reason (required), or hands the stage back to the rules.
 * A stage set by hand wins over the rules until it is cleared.
 */
class LadderStageDialog final : public QDialog {
    Q_OBJECT

public:
    LadderStageDialog(const std::optional<core::LadderOverride>& current, QWidget* parent);
    /** The override to store, or empty for "follow the rules". */
    [[nodiscard]] std::optional<core::LadderOverride> result(core::CustomerId customerId, core::Date today,
                                                             const std::string& setBy) const;
    void accept() override;

private:
    QComboBox* m_stage = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace rapport::ui
