#pragma once

#include "analytics/base_analysis.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rapport::ui {

/** Window, four-group thresholds (blank: the medians), model, horizon and discount of the analysis. */
class AnalysisSettingsDialog final : public QDialog {
    Q_OBJECT

public:
    AnalysisSettingsDialog(const analytics::BaseAnalysisOptions& options, QWidget* parent);
    [[nodiscard]] analytics::BaseAnalysisOptions options() const;
    [[nodiscard]] QString problems() const;
    void accept() override;

private:
    analytics::BaseAnalysisOptions m_options;
    QSpinBox* m_window = nullptr;
    QLineEdit* m_cost = nullptr;
    QLineEdit* m_frequency = nullptr;
    QComboBox* m_model = nullptr;
    QSpinBox* m_horizon = nullptr;
    QDoubleSpinBox* m_discount = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace rapport::ui
