#include "dialogs/service_level_dialog.h"

#include "dialogs/validation_message.h"
#include "formatting.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

std::uint32_t bitsOf(const std::vector<QCheckBox*>& boxes) {
    std::uint32_t bits = 0;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        if (boxes[i]->isChecked()) {
            bits |= 1U << i;
        }
    }
    return bits;
}

} // namespace

ServiceLevelDialog::ServiceLevelDialog(const core::ServiceLevel& level, QWidget* parent)
    : QDialog(parent)
    , m_id(level.id) {
    setWindowTitle(level.id == 0 ? tr("New service level") : tr("Service level"));
    setObjectName(QStringLiteral("serviceLevelDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    layout->addLayout(form);

    m_name = new QLineEdit(QString::fromStdString(level.name), this);
    m_name->setObjectName(QStringLiteral("levelName"));
    form->addRow(tr("&Name:"), m_name);
    m_rank = new QSpinBox(this);
    m_rank->setObjectName(QStringLiteral("levelRank"));
    m_rank->setRange(1, 1000);
    m_rank->setValue(level.rank);
    m_rank->setToolTip(tr("Levels are checked from rank 1 up: a customer takes the first level whose rule they meet"));
    form->addRow(tr("&Rank:"), m_rank);

    auto* rule = new QLabel(tr("Customers whose last analysis shows (nothing ticked in a row: any):"), this);
    rule->setWordWrap(true);
    form->addRow(rule);
    form->addRow(tr("Ranking class:"), checkRow(m_abc, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                                                level.rule.abcClasses, QStringLiteral("levelAbc")));
    QStringList groups;
    for (int g = 1; g <= 4; ++g) {
        groups << fourGroupShortName(g);
    }
    auto* groupRow = checkRow(m_groups, groups, level.rule.fourGroups, QStringLiteral("levelGroups"));
    for (int g = 1; g <= 4; ++g) {
        m_groups[static_cast<std::size_t>(g - 1)]->setToolTip(fourGroupName(g));
    }
    form->addRow(tr("Four-group:"), groupRow);
    QStringList stages;
    for (const auto& [stage, code] : core::EnumNames<core::LadderStage>::values) {
        stages << ladderStageName(stage);
    }
    form->addRow(tr("Ladder stage:"), checkRow(m_stages, stages, level.rule.stages, QStringLiteral("levelStages")));
    QStringList churn;
    for (const auto& [status, code] : core::EnumNames<core::ChurnStatus>::values) {
        churn << churnStatusName(status);
    }
    form->addRow(tr("Churn status:"), checkRow(m_churn, churn, level.rule.churnStatuses, QStringLiteral("levelChurn")));
    m_percentile = new QSpinBox(this);
    m_percentile->setObjectName(QStringLiteral("levelPercentile"));
    m_percentile->setRange(0, 99);
    m_percentile->setValue(level.rule.minValuePercentile);
    m_percentile->setSpecialValueText(tr("any"));
    m_percentile->setToolTip(tr("Predicted value at or above this percentile of the customers: 80 means the top 20 %"));
    form->addRow(tr("Predicted value from &percentile:"), m_percentile);

    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("levelInterval"));
    m_interval->setRange(1, core::kMaxContactIntervalDays);
    m_interval->setValue(level.contactIntervalDays);
    m_interval->setSuffix(tr(" days"));
    m_interval->setToolTip(tr("A customer of this level not contacted for longer appears under Needs attention"));
    form->addRow(tr("Preventive &contact every:"), m_interval);
    m_entitlement = new QPlainTextEdit(QString::fromStdString(level.entitlement), this);
    m_entitlement->setObjectName(QStringLiteral("levelEntitlement"));
    m_entitlement->setTabChangesFocus(true);
    m_entitlement->setFixedHeight(m_entitlement->fontMetrics().lineSpacing() * 3 + 12);
    m_entitlement->setPlaceholderText(tr("e.g. special rewards, a personal contact, first look at new products"));
    form->addRow(tr("&Entitles to:"), m_entitlement);

    m_message = addValidationMessage(this, layout);
    addOkCancel(this, layout);
    m_name->setFocus();
}

QWidget* ServiceLevelDialog::checkRow(std::vector<QCheckBox*>& boxes, const QStringList& labels, std::uint32_t bits,
                                      const QString& objectName) {
    auto* row = new QWidget(this);
    row->setObjectName(objectName);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < labels.size(); ++i) {
        auto* box = new QCheckBox(labels[i], row);
        box->setChecked((bits & (1U << i)) != 0);
        layout->addWidget(box);
        boxes.push_back(box);
    }
    layout->addStretch();
    return row;
}

core::ServiceLevel ServiceLevelDialog::level() const {
    core::ServiceLevel l;
    l.id = m_id;
    l.name = m_name->text().trimmed().toStdString();
    l.rank = m_rank->value();
    l.rule.abcClasses = bitsOf(m_abc);
    l.rule.fourGroups = bitsOf(m_groups);
    l.rule.stages = bitsOf(m_stages);
    l.rule.churnStatuses = bitsOf(m_churn);
    l.rule.minValuePercentile = m_percentile->value();
    l.contactIntervalDays = m_interval->value();
    l.entitlement = m_entitlement->toPlainText().trimmed().toStdString();
    return l;
}

void ServiceLevelDialog::accept() {
    QStringList problems;
    for (const auto& error : core::validationErrors(level())) {
        problems << (error.field == "name" ? tr("Name: the level needs a name") : describeFieldError(error));
    }
    if (showProblems(m_message, problems.join(QLatin1Char('\n')))) {
        QDialog::accept();
    }
}

} // namespace rapport::ui
