#pragma once

#include "core/customer.h"
#include "core/episode.h"
#include "core/ladder.h"
#include "storage/repository.h"

#include <QObject>
#include <QUndoCommand>

#include <vector>

namespace rapport::ui {

/** Tells every open view what an edit or its undo changed, so they reload just that. */
class ChangeNotifier final : public QObject {
    Q_OBJECT

signals:
    void customersChanged(const QList<qlonglong>& ids);
    void episodesChanged(qlonglong customerId);
    /** A write failed (in undo or redo); the message is for the user. */
    void writeFailed(const QString& message);
};

/**
 * Each edit the user makes is one of these on the window's QUndoStack. The change is written before the
 * command is pushed (so a refused write never reaches the stack); redo() skips that first time.
 */
class CustomersEditCommand final : public QUndoCommand {
public:
    CustomersEditCommand(storage::Repository& repository, ChangeNotifier& notifier, std::vector<core::Customer> before,
                         std::vector<core::Customer> after, const QString& text);
    void undo() override;
    void redo() override;

private:
    void write(const std::vector<core::Customer>& expected, const std::vector<core::Customer>& customers);

    storage::Repository& m_repository;
    ChangeNotifier& m_notifier;
    std::vector<core::Customer> m_before;
    std::vector<core::Customer> m_after;
    bool m_applied = true;
};

class AddEpisodeCommand final : public QUndoCommand {
public:
    /** `episode` carries the id it was stored under. */
    AddEpisodeCommand(storage::Repository& repository, ChangeNotifier& notifier, core::Episode episode);
    void undo() override;
    void redo() override;

private:
    storage::Repository& m_repository;
    ChangeNotifier& m_notifier;
    core::Episode m_episode;
    bool m_applied = true;
};

class EpisodeEditCommand final : public QUndoCommand {
public:
    EpisodeEditCommand(storage::Repository& repository, ChangeNotifier& notifier, core::Episode before,
                       core::Episode after, const QString& text);
    void undo() override;
    void redo() override;

private:
    storage::Repository& m_repository;
    ChangeNotifier& m_notifier;
    core::Episode m_before;
    core::Episode m_after;
    bool m_applied = true;
};

/** A ladder stage set by hand, changed or handed back to the rules (empty optional). */
class LadderOverrideCommand final : public QUndoCommand {
public:
    LadderOverrideCommand(storage::Repository& repository, ChangeNotifier& notifier, core::CustomerId customerId,
                          std::optional<core::LadderOverride> before, std::optional<core::LadderOverride> after);
    void undo() override;
    void redo() override;

private:
    void write(const std::optional<core::LadderOverride>& value);

    storage::Repository& m_repository;
    ChangeNotifier& m_notifier;
    core::CustomerId m_customerId;
    std::optional<core::LadderOverride> m_before;
    std::optional<core::LadderOverride> m_after;
    bool m_applied = true;
};

/** Writes the stage set by hand, or clears it. */
void writeLadderOverride(storage::Repository& repository, core::CustomerId customerId,
                         const std::optional<core::LadderOverride>& value);

/**
 * Writes `target` over customers whose stored content is still `expected` (same order), validating each first.
 * A customer someone else changed meanwhile stops it with storage::ConflictError; what this call had written
 * is put back, so a failure changes nothing.
 */
void replaceCustomers(storage::Repository& repository, const std::vector<core::Customer>& expected,
                      std::vector<core::Customer> target);

} // namespace rapport::ui
