#include "card/assessments_tab.h"

#include "app/assessment_edits.h"
#include "date_edit.h"
#include "formatting.h"
#include "i18n/domain_terms.h"
#include "platform/paths.h"
#include "storage/repository.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>

namespace rapport::ui {

QString assessmentComponentName(core::AssessmentComponent component) {
    return i18n::term(component);
}

namespace {

QString scoreText(int score) {
    // Filled and empty dots read at a glance which way a component stands.
    return QString(score, QChar(0x25CF)) + QString(core::kMaxAssessmentScore - score, QChar(0x25CB)) +
           QStringLiteral("  %1").arg(score);
}

} // namespace

AssessmentsTab::AssessmentsTab(Workspace& workspace, QWidget* parent)
    : RecordsTab(workspace, {tr("Component"), tr("Score (1–5)"), tr("Assessed"), tr("By"), tr("Note")}, parent) {
    tree()->setObjectName(QStringLiteral("assessmentTree"));
    tree()->setToolTip(tr("Judged components of the return on the relationship. 1 is very little of it, 5 very "
                          "much; for sacrifices and alternatives known more is worse for the relationship."));
    addButton(tr("&Assess…"), QStringLiteral("addAssessment"), [this] { assess(); });
    m_remove = addButton(tr("&Remove"), QStringLiteral("removeAssessment"), [this] { removeCurrent(); });
    m_remove->setToolTip(tr("Removes an assessment entered by mistake; a changed view is a new assessment"));
}

void AssessmentsTab::fill(storage::Repository& repository, core::CustomerId id) {
    m_history = repository.assessments(id); // newest first
    const auto latest = app::latestAssessments(m_history);
    QFont bold = tree()->font();
    bold.setBold(true);
    for (std::size_t i = 0; i < m_history.size(); ++i) {
        const auto& a = m_history[i];
        const bool current = std::find(latest.begin(), latest.end(), a) != latest.end();
        auto* item = new QTreeWidgetItem(tree());
        item->setData(0, kRecordRole, static_cast<qlonglong>(i));
        item->setText(0, assessmentComponentName(a.component));
        item->setText(1, scoreText(a.score));
        item->setText(2, formatDate(a.assessedOn));
        item->setText(3, fromUtf8(a.assessedBy));
        item->setText(4, fromUtf8(a.note));
        if (current) {
            item->setFont(0, bold);
            item->setToolTip(0, tr("The latest view of this component"));
        } else {
            for (int column = 0; column < tree()->columnCount(); ++column) {
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
            }
            item->setToolTip(0, tr("An earlier view, kept as history"));
        }
    }
}

void AssessmentsTab::selectionChanged() {
    m_remove->setEnabled(currentItem() != nullptr);
}

void AssessmentsTab::assess() {
    if (customerId() <= 0) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Assess the relationship"));
    auto* form = new QFormLayout(&dialog);
    auto* component = new QComboBox(&dialog);
    component->setObjectName(QStringLiteral("assessmentComponent"));
    for (const auto& [value, code] : core::EnumNames<core::AssessmentComponent>::values) {
        component->addItem(assessmentComponentName(value), static_cast<int>(value));
    }
    auto* score = new QSpinBox(&dialog);
    score->setObjectName(QStringLiteral("assessmentScore"));
    score->setRange(core::kMinAssessmentScore, core::kMaxAssessmentScore);
    score->setValue(3);
    auto* scale = new QLabel(tr("1 very little … 5 very much"), &dialog);
    scale->setForegroundRole(QPalette::PlaceholderText);
    auto* date = new DateEdit(QDate::currentDate(), &dialog);
    date->setObjectName(QStringLiteral("assessmentDate"));
    auto* note = new QLineEdit(&dialog);
    note->setObjectName(QStringLiteral("assessmentNote"));
    note->setPlaceholderText(tr("why, in a few words"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(tr("&Component:"), component);
    form->addRow(tr("&Score:"), score);
    form->addRow(QString(), scale);
    form->addRow(tr("&Assessed on:"), date);
    form->addRow(tr("&Note:"), note);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    core::Assessment a;
    a.customerId = customerId();
    a.component = static_cast<core::AssessmentComponent>(component->currentData().toInt());
    a.score = score->value();
    a.assessedOn = fromQDate(date->date());
    a.note = note->text().trimmed().toStdString();
    a.assessedBy = platform::userName();
    try {
        perform(app::addAssessment(a), tr("Assess %1").arg(assessmentComponentName(a.component)));
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Assess"), tr("Nothing was changed: %1").arg(fromUtf8(error.what())));
    }
}

void AssessmentsTab::removeCurrent() {
    const auto index = static_cast<std::size_t>(currentRecord());
    if (currentItem() == nullptr || index >= m_history.size()) {
        return;
    }
    const auto a = m_history[index];
    perform(app::removeAssessment(a), tr("Remove assessment of %1").arg(assessmentComponentName(a.component)));
}

} // namespace rapport::ui
