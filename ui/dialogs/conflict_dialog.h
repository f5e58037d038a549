#pragma once

#include "core/customer.h"

#include <QDialog>

#include <array>
#include <vector>

namespace rapport::ui {

/**
 * Someone else saved the customer while this user edited it: the fields that differ side by side, and the
 * choice which version stays. Nothing is overwritten without this choice.
 */
class ConflictDialog final : public QDialog {
    Q_OBJECT

public:
    ConflictDialog(const core::Customer& mine, const core::Customer& theirs, QWidget* parent = nullptr);
    /** True when the user keeps their own version (written over the other); false keeps the saved one. */
    [[nodiscard]] bool keepMine() const { return m_keepMine; }
    /** The fields that differ: label, this user's value, the saved value. */
    static std::vector<std::array<QString, 3>> differences(const core::Customer& mine, const core::Customer& theirs);

private:
    bool m_keepMine = false;
};

} // namespace rapport::ui
