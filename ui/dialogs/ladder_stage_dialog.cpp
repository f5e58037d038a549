#include "dialogs/ladder_stage_dialog.h"

#include "dialogs/validation_message.h"
#include "formatting.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rapport::ui {

LadderStageDialog::LadderStageDialog(const std::optional<core::LadderOverride>& current, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Ladder stage"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("ladderStage"));
    m_stage->addItem(tr("Follow the rules (no stage set by hand)"));
    for (std::size_t s = 0; s < core::kLadderStages; ++s) {
        m_stage->addItem(ladderStageName(static_cast<core::LadderStage>(s)), static_cast<int>(s));
    }
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("ladderReason"));
    m_reason->setPlaceholderText(tr("Why, e.g. \"signed a framework agreement\""));
    m_reason->setMinimumWidth(320);
    if (current) {
        m_stage->setCurrentIndex(m_stage->findData(static_cast<int>(current->stage)));
        m_reason->setText(fromUtf8(current->reason));
    }
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    auto* note = new QLabel(tr("The lists and charts show the new stage after the next analysis run (F5)."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    m_error = addValidationMessage(this, layout);
    addOkCancel(this, layout);
}

std::optional<core::LadderOverride> LadderStageDialog::result(core::CustomerId customerId, core::Date today,
                                                              const std::string& setBy) const {
    const QVariant stage = m_stage->currentData();
    if (!stage.isValid()) {
        return std::nullopt;
    }
    return core::LadderOverride{customerId, static_cast<core::LadderStage>(stage.toInt()),
                                m_reason->text().trimmed().toStdString(), today, setBy};
}

void LadderStageDialog::accept() {
    const bool reasonMissing = m_stage->currentData().isValid() && m_reason->text().trimmed().isEmpty();
    if (showProblems(m_error, reasonMissing
                                  ? tr("Reason: required when a stage is set by hand, so that others know why")
                                  : QString())) {
        QDialog::accept();
    }
}

} // namespace rapport::ui
