#include "currency_command.h"

#include "commands.h"
#include "formatting.h"

#include <QUndoStack>

#include <spdlog/spdlog.h>

namespace rapport::ui {

namespace {

QString codeOf(const std::optional<core::Currency>& currency) {
    return currency ? QString::fromStdString(currency->code()) : QString();
}

} // namespace

CurrencyCommand::CurrencyCommand(storage::Repository& repository, ChangeNotifier& notifier, app::CurrencyChange change,
                                 std::exception_ptr* firstFailure)
    : QUndoCommand(QObject::tr("Currency %1").arg(codeOf(change.after())))
    , m_repository(repository)
    , m_notifier(notifier)
    , m_change(std::move(change))
    , m_firstFailure(firstFailure) {
}

void CurrencyCommand::redo() {
    auto* firstFailure = std::exchange(m_firstFailure, nullptr);
    try {
        m_change.apply(m_repository);
    } catch (const std::exception& error) {
        setObsolete(true);
        if (firstFailure != nullptr) {
            *firstFailure = std::current_exception();
            return;
        }
        spdlog::warn("redo of '{}' failed: {}", text().toStdString(), error.what());
        emit m_notifier.writeFailed(
            QObject::tr("“%1” could not be done again: %2").arg(text(), QString::fromUtf8(error.what())));
        return;
    }
    show(m_change.after());
}

void CurrencyCommand::undo() {
    try {
        m_change.revert(m_repository);
    } catch (const std::exception& error) {
        setObsolete(true);
        spdlog::warn("undo of '{}' failed: {}", text().toStdString(), error.what());
        emit m_notifier.writeFailed(
            QObject::tr("“%1” was not undone: %2").arg(text(), QString::fromUtf8(error.what())));
        return;
    }
    show(m_change.before());
}

void CurrencyCommand::show(const std::optional<core::Currency>& currency) {
    setDatabaseCurrency(codeOf(currency));
    emit m_notifier.currencyChanged();
}

void pushCurrencyChange(QUndoStack& stack, storage::Repository& repository, ChangeNotifier& notifier,
                        app::CurrencyChange change) {
    std::exception_ptr failure;
    stack.push(new CurrencyCommand(repository, notifier, std::move(change), &failure));
    if (failure) {
        std::rethrow_exception(failure);
    }
}

} // namespace rapport::ui
