#include "commands.h"

#include "storage/errors.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

#include <spdlog/spdlog.h>

namespace rapport::ui {

namespace {

/** The translation context of what the undo machinery tells the user. */
struct UndoText {
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::UndoText)
};

} // namespace

EditCommand::EditCommand(storage::Repository& repository, ChangeNotifier& notifier, app::Edit edit, const QString& text,
                         std::exception_ptr* firstFailure)
    : QUndoCommand(text)
    , m_repository(repository)
    , m_notifier(notifier)
    , m_edit(std::move(edit))
    , m_firstFailure(firstFailure) {
}

void EditCommand::redo() {
    auto* firstFailure = std::exchange(m_firstFailure, nullptr);
    try {
        m_edit.apply(m_repository);
    } catch (const std::exception& error) {
        setObsolete(true); // nothing was written: the stack drops this command
        if (firstFailure != nullptr) {
            *firstFailure = std::current_exception();
            return;
        }
        spdlog::warn("redo of '{}' failed: {}", text().toStdString(), error.what());
        emit m_notifier.writeFailed(
            UndoText::tr("“%1” could not be done again: %2").arg(text(), QString::fromUtf8(error.what())));
        return;
    }
    announce();
}

void EditCommand::undo() {
    try {
        m_edit.revert(m_repository);
    } catch (const std::exception& error) {
        setObsolete(true); // the edit stays as it is stored: the stack forgets it rather than pretend
        spdlog::warn("undo of '{}' failed: {}", text().toStdString(), error.what());
        emit m_notifier.writeFailed(
            UndoText::tr("“%1” was not undone: %2").arg(text(), QString::fromUtf8(error.what())));
        return;
    }
    announce();
}

void EditCommand::announce() {
    QList<qlonglong> ids;
    for (const auto id : m_edit.customers()) {
        ids << id;
    }
    if (!ids.isEmpty()) {
        emit m_notifier.customersChanged(ids);
    }
    if (m_edit.touches<core::Episode>()) {
        for (const auto id : ids) {
            emit m_notifier.episodesChanged(id);
        }
    }
    if (m_edit.touches<core::Partnership>()) {
        emit m_notifier.partnershipsChanged();
    }
    if (m_edit.touches<core::Campaign>()) {
        emit m_notifier.campaignsChanged();
    }
    if (m_edit.touches<core::ServiceLevel>()) {
        emit m_notifier.serviceLevelsChanged();
    }
}

app::Edit pushEdit(QUndoStack& stack, storage::Repository& repository, ChangeNotifier& notifier, app::Edit edit,
                   const QString& text) {
    std::exception_ptr failure;
    auto* command = new EditCommand(repository, notifier, std::move(edit), text, &failure);
    stack.push(command); // runs redo(): the write; the stack deletes the command when it made itself obsolete
    if (failure) {
        std::rethrow_exception(failure);
    }
    return command->edit(); // kept on the stack: it has no id(), so it never merges into another
}

std::optional<app::Edit> saveEdit(QWidget* parent, QUndoStack& stack, storage::Repository& repository,
                                  ChangeNotifier& notifier, app::Edit edit, const QString& text) {
    try {
        auto written = edit; // pushEdit takes it; a conflict needs it again
        return pushEdit(stack, repository, notifier, std::move(written), text);
    } catch (const storage::ConflictError& error) {
        QMessageBox box(QMessageBox::Warning, text,
                        UndoText::tr("Someone else saved a change to the same record while you were editing it."),
                        QMessageBox::NoButton, parent);
        box.setObjectName(QStringLiteral("saveConflict"));
        box.setInformativeText(QString::fromUtf8(error.what()));
        auto* theirs = box.addButton(UndoText::tr("&Keep theirs"), QMessageBox::RejectRole);
        auto* mine = box.addButton(UndoText::tr("&Save mine over theirs"), QMessageBox::AcceptRole);
        box.setDefaultButton(theirs);
        box.exec();
        if (box.clickedButton() == mine) {
            try {
                edit.rebase(repository);
                return pushEdit(stack, repository, notifier, std::move(edit), text);
            } catch (const std::exception& again) {
                QMessageBox::warning(parent, text,
                                     UndoText::tr("Nothing was changed: %1").arg(QString::fromUtf8(again.what())));
            }
        }
        emit notifier.customersChanged({}); // show what is stored now
    } catch (const std::exception& error) {
        QMessageBox::warning(parent, text,
                             UndoText::tr("Nothing was changed: %1").arg(QString::fromUtf8(error.what())));
    }
    return std::nullopt;
}

} // namespace rapport::ui
