#pragma once

#include "core/campaign.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace rapport::ui {

class MoneyEdit;

/**
 * A new campaign or loyalty offer: what it is for and offers, how it reaches the customers, the share held back as
 * the control group and within what it is drawn, the response window and the cost per contact. Defaults: 20 %
 * control drawn within each of the four groups, a 30-day window.
 */
class CampaignDialog final : public QDialog {
    Q_OBJECT

public:
    explicit CampaignDialog(QWidget* parent);
    /** The campaign as entered (a draft: no id, no launch day, seed 0 so that one is drawn when it is stored). */
    [[nodiscard]] core::Campaign campaign() const;
    void accept() override;

private:
    QLineEdit* m_name = nullptr;
    QLineEdit* m_goal = nullptr;
    QComboBox* m_offer = nullptr;
    QPlainTextEdit* m_offerText = nullptr;
    QComboBox* m_channel = nullptr;
    QSpinBox* m_controlPercent = nullptr;
    QComboBox* m_stratification = nullptr;
    QSpinBox* m_windowDays = nullptr;
    MoneyEdit* m_cost = nullptr;
    QSpinBox* m_excludeDays = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace rapport::ui
