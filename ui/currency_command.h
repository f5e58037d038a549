#pragma once

#include "app/currency_change.h"

#include <QUndoCommand>

#include <exception>

class QUndoStack;

namespace rapport::storage {
class Repository;
}

namespace rapport::ui {

class ChangeNotifier;

/**
 * A change of the database's currency on the undo stack, like every edit (EditCommand): redo() relabels the
 * amounts through the application layer, undo() puts the previous currency back; each then shows every amount
 * in the currency now stored. A refused write makes the command obsolete, so the stack drops it.
 */
class CurrencyCommand final : public QUndoCommand {
public:
    CurrencyCommand(storage::Repository& repository, ChangeNotifier& notifier, app::CurrencyChange change,
                    std::exception_ptr* firstFailure);
    void redo() override;
    void undo() override;

private:
    void show(const std::optional<core::Currency>& currency);

    storage::Repository& m_repository;
    ChangeNotifier& m_notifier;
    app::CurrencyChange m_change;
    std::exception_ptr* m_firstFailure; // where the first redo's failure goes; null afterwards
};

/**
 * Changes the database's currency by pushing the command. When the write fails (a colleague changed it meanwhile,
 * a role that may not), nothing is stored or pushed and the original exception is thrown.
 */
void pushCurrencyChange(QUndoStack& stack, storage::Repository& repository, ChangeNotifier& notifier,
                        app::CurrencyChange change);

} // namespace rapport::ui
