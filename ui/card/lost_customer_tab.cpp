#include "card/lost_customer_tab.h"

#include "app/relationship_edits.h"
#include "churn_words.h"
#include "commands.h"
#include "date_edit.h"
#include "dialogs/enum_combo.h"
#include "formatting.h"
#include "platform/paths.h"
#include "storage/repository.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>

namespace rapport::ui {

namespace {

DateEdit* dateEdit(QWidget* parent, const QString& objectName) {
    auto* edit = new DateEdit(QDate::currentDate(), parent);
    edit->setObjectName(objectName);
    return edit;
}

QDialogButtonBox* okCancel(QDialog* dialog) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

bool performEdit(Workspace& workspace, QWidget* parent, const std::function<app::Edit()>& build, const QString& text) {
    if (workspace.repository == nullptr) {
        return false;
    }
    try {
        return saveEdit(parent, *workspace.undoStack, *workspace.repository, *workspace.notifier, build(), text)
            .has_value();
    } catch (const std::exception& error) { // refused before anything was written (validation)
        QMessageBox::warning(parent, text, LostCustomerTab::tr("Nothing was changed: %1").arg(fromUtf8(error.what())));
        return false;
    }
}

} // namespace

QString winBackOutcomeName(core::WinBackOutcome outcome) {
    switch (outcome) {
    case core::WinBackOutcome::None:
        return LostCustomerTab::tr("No win-back yet");
    case core::WinBackOutcome::Pending:
        return LostCustomerTab::tr("Win-back under way");
    case core::WinBackOutcome::WonBack:
        return LostCustomerTab::tr("Won back");
    case core::WinBackOutcome::Failed:
        return LostCustomerTab::tr("Lost for good");
    }
    return {};
}

LostCustomerTab::LostCustomerTab(Workspace& workspace, QWidget* parent)
    : RecordsTab(workspace, {tr("Lost on"), tr("Reason"), tr("Win-back attempts"), tr("Outcome"), tr("Details")},
                 parent) {
    tree()->setObjectName(QStringLiteral("lossTree"));
    tree()->setToolTip(tr("Lost: recorded here by a person, with a reason. Lapsed: the analysis sees no purchase "
                          "for longer than the customer's usual rhythm; that is shown on the Relationship tab."));
    addButton(tr("&Record lost customer…"), QStringLiteral("recordLoss"),
              [this] { recordLoss(m_workspace, customerId(), this); });
    m_attempt = addButton(tr("Log &win-back attempt…"), QStringLiteral("logWinBack"), [this] { logWinBackAttempt(); });
    m_outcome = addButton(tr("&Outcome…"), QStringLiteral("winBackOutcome"), [this] { setOutcome(); });
}

void LostCustomerTab::fill(storage::Repository& repository, core::CustomerId id) {
    m_records = repository.churnRecords(id);
    const ChurnReasonNames reasons(repository.churnReasons());
    for (std::size_t i = 0; i < m_records.size(); ++i) {
        const auto& r = m_records[i];
        auto* item = new QTreeWidgetItem(tree());
        item->setData(0, kRecordRole, static_cast<qlonglong>(i));
        item->setText(0, formatDate(r.churnedOn));
        item->setText(1, reasons.name(r.reasonCode));
        item->setText(2, formatCount(r.winBackAttempts));
        item->setText(3, winBackOutcomeName(r.outcome));
        item->setText(4, fromUtf8(r.details).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
    }
    if (!m_records.empty()) {
        tree()->setCurrentItem(tree()->topLevelItem(static_cast<int>(m_records.size()) - 1));
    }
}

void LostCustomerTab::selectionChanged() {
    const auto record = current();
    m_attempt->setEnabled(record.has_value());
    m_outcome->setEnabled(record.has_value());
}

std::optional<core::ChurnRecord> LostCustomerTab::current() const {
    if (currentItem() == nullptr) {
        return std::nullopt;
    }
    const auto index = static_cast<std::size_t>(currentRecord());
    return index < m_records.size() ? std::optional(m_records[index]) : std::nullopt;
}

void LostCustomerTab::recordLoss(Workspace& workspace, core::CustomerId customerId, QWidget* parent) {
    if (workspace.repository == nullptr || customerId <= 0) {
        return;
    }
    const auto customer = workspace.repository->customer(customerId);
    if (!customer) {
        return;
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Record lost customer %1").arg(fromUtf8(customer->displayName)));
    auto* form = new QFormLayout(&dialog);
    auto* explanation =
        new QLabel(tr("Record that the customer left and why. The churn reasons chart and report count these "
                      "beside the benchmarks of the seed; win-back attempts are logged against the record."),
                   &dialog);
    explanation->setWordWrap(true);
    auto* date = dateEdit(&dialog, QStringLiteral("lossDate"));
    auto* reason = new QComboBox(&dialog);
    reason->setObjectName(QStringLiteral("lossReason"));
    auto reasons = workspace.repository->churnReasons();
    const ChurnReasonNames names(reasons);
    // "Other" last, where people look for it after the named reasons.
    std::stable_partition(reasons.begin(), reasons.end(), [](const core::ChurnReason& r) { return r.code != "other"; });
    for (const auto& r : reasons) {
        QString text = names.name(r.code);
        if (r.benchmarkLowPercent && r.benchmarkHighPercent) {
            text =
                tr("%1 (%2–%3 % of lost customers in the seed)")
                    .arg(text, QLocale().toString(*r.benchmarkLowPercent), QLocale().toString(*r.benchmarkHighPercent));
        }
        reason->addItem(text, fromUtf8(r.code));
    }
    auto* details = new QPlainTextEdit(&dialog);
    details->setObjectName(QStringLiteral("lossDetails"));
    details->setTabChangesFocus(true);
    details->setPlaceholderText(tr("In the customer's or your own words: what happened"));
    details->setMaximumHeight(90);
    form->addRow(explanation);
    form->addRow(tr("&Lost on:"), date);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(tr("&Details:"), details);
    form->addRow(okCancel(&dialog));
    reason->setFocus();
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    core::ChurnRecord record;
    record.customerId = customerId;
    record.churnedOn = fromQDate(date->date());
    record.reasonCode = reason->currentData().toString().toStdString();
    record.details = details->toPlainText().trimmed().toStdString();
    performEdit(
        workspace, parent, [&] { return app::recordLostCustomer(record); },
        tr("Record lost customer %1").arg(fromUtf8(customer->displayName)));
}

void LostCustomerTab::logWinBackAttempt() {
    const auto record = current();
    if (!record) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Win-back attempt"));
    auto* form = new QFormLayout(&dialog);
    auto* date = dateEdit(&dialog, QStringLiteral("winBackDate"));
    auto* channel = new QComboBox(&dialog);
    channel->setObjectName(QStringLiteral("winBackChannel"));
    fillEnumCombo<core::Channel>(channel);
    setComboValue(channel, std::optional(core::Channel::Phone));
    auto* notes = new QPlainTextEdit(&dialog);
    notes->setObjectName(QStringLiteral("winBackNotes"));
    notes->setTabChangesFocus(true);
    notes->setPlaceholderText(tr("What was offered, e.g. 10 % off the next order"));
    notes->setMaximumHeight(90);
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Channel:"), channel);
    form->addRow(tr("&Offer and notes:"), notes);
    form->addRow(okCancel(&dialog));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    core::Episode attempt;
    attempt.customerId = record->customerId;
    attempt.occurredOn = fromQDate(date->date());
    attempt.kind = core::EpisodeKind::Offer;
    attempt.channel = comboValue<core::Channel>(channel).value_or(core::Channel::Other);
    attempt.owner = platform::userName();
    attempt.notes = notes->toPlainText().trimmed().toStdString();
    performEdit(
        m_workspace, this, [&] { return app::logWinBackAttempt(*record, attempt); }, tr("Log win-back attempt"));
}

void LostCustomerTab::setOutcome() {
    const auto record = current();
    if (!record) {
        return;
    }
    const QList<core::WinBackOutcome> outcomes{core::WinBackOutcome::WonBack, core::WinBackOutcome::Failed,
                                               core::WinBackOutcome::Pending};
    QStringList names;
    for (const auto o : outcomes) {
        names << winBackOutcomeName(o);
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Win-back outcome"), tr("How did the win-back end?"), names,
                              std::max(0, static_cast<int>(outcomes.indexOf(record->outcome))), false, &ok);
    if (!ok) {
        return;
    }
    const auto outcome = outcomes[static_cast<int>(names.indexOf(chosen))];
    if (outcome == record->outcome) {
        return;
    }
    const std::string note = (winBackOutcomeName(outcome) + QStringLiteral(" ") +
                              QLocale().toString(QDate::currentDate(), QLocale::ShortFormat))
                                 .toStdString();
    performEdit(
        m_workspace, this, [&] { return app::setWinBackOutcome(*record, outcome, note); },
        tr("Win-back outcome: %1").arg(winBackOutcomeName(outcome)));
}

} // namespace rapport::ui
