#pragma once

#include "core/service_level.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace rapport::ui {

/**
 * One service level: its name and rank, the rule over what the last analysis knows (ranking class, four-group, ladder
 * stage, churn status, predicted-value percentile; nothing ticked in a row means any), how often its customers are
 * contacted, and what it entitles them to.
 */
class ServiceLevelDialog final : public QDialog {
    Q_OBJECT

public:
    ServiceLevelDialog(const core::ServiceLevel& level, QWidget* parent);
    /** The level as entered, with the id it was opened with. */
    [[nodiscard]] core::ServiceLevel level() const;
    void accept() override;

private:
    QWidget* checkRow(std::vector<QCheckBox*>& boxes, const QStringList& labels, std::uint32_t bits,
                      const QString& objectName);

    core::ServiceLevelId m_id = 0;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_rank = nullptr;
    std::vector<QCheckBox*> m_abc, m_groups, m_stages, m_churn;
    QSpinBox* m_percentile = nullptr;
    QSpinBox* m_interval = nullptr;
    QPlainTextEdit* m_entitlement = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace rapport::ui
