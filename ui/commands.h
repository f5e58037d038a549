#pragma once

#include "app/edit.h"
#include "storage/repository.h"

#include <QObject>
#include <QUndoCommand>

#include <exception>
#include <optional>

class QUndoStack;
class QWidget;

namespace rapport::ui {

/** Tells every open view what an edit or its undo changed, so they reload just that. */
class ChangeNotifier final : public QObject {
    Q_OBJECT

signals:
    void customersChanged(const QList<qlonglong>& ids);
    void episodesChanged(qlonglong customerId);
    void partnershipsChanged();
    void campaignsChanged();
    /** Service levels were defined, changed or removed (customers take them at the next analysis run). */
    void serviceLevelsChanged();
    /** The database's currency changed (here, by undo, or by a colleague): every amount shown is redrawn. */
    void currencyChanged();
    /** An undo or redo could not write (someone changed the rows meanwhile, say); the message is for the user. */
    void writeFailed(const QString& message);
};

/**
 * Every edit the user makes is one of these on the window's QUndoStack, Tiled's way: redo() performs the write
 * through the application layer (one transaction), undo() puts back exactly the rows it replaced. A write that
 * fails leaves the database as it was and the command marks itself obsolete, so the stack drops it: a refused
 * first write never reaches the stack (pushEdit() hands its error to the caller), and a refused undo or redo
 * leaves the database and the stack agreeing on what is stored.
 */
class EditCommand final : public QUndoCommand {
public:
    EditCommand(storage::Repository& repository, ChangeNotifier& notifier, app::Edit edit, const QString& text,
                std::exception_ptr* firstFailure);
    void undo() override;
    void redo() override;
    [[nodiscard]] const app::Edit& edit() const { return m_edit; }

private:
    void announce();

    storage::Repository& m_repository;
    ChangeNotifier& m_notifier;
    app::Edit m_edit;
    std::exception_ptr* m_firstFailure; // where the first redo's failure goes; null afterwards
};

/**
 * Performs an edit by pushing it on the undo stack and returns it as written (added rows carry their ids).
 * When the write fails, nothing is stored or pushed and the original exception is thrown (ValidationError,
 * ConflictError, RefusedError ...), for the caller to show in the words of its dialog.
 */
app::Edit pushEdit(QUndoStack& stack, storage::Repository& repository, ChangeNotifier& notifier, app::Edit edit,
                   const QString& text);

/**
 * pushEdit for a save the user made in a dialog. When someone else changed the same rows meanwhile, asks whether
 * to keep their version (nothing is written) or to write this one over it (Undo then brings theirs back); any other
 * refusal is shown in the user's words. Returns the edit as written, or nothing.
 */
std::optional<app::Edit> saveEdit(QWidget* parent, QUndoStack& stack, storage::Repository& repository,
                                  ChangeNotifier& notifier, app::Edit edit, const QString& text);

} // namespace rapport::ui
