#include "commands.h"

#include "storage/errors.h"

#include <spdlog/spdlog.h>

namespace rapport::ui {

namespace {

QList<qlonglong> idsOf(const std::vector<core::Customer>& customers) {
    QList<qlonglong> ids;
    for (const auto& c : customers) {
        ids << c.id;
    }
    return ids;
}

/** Runs a write; a failure goes to the user through the notifier instead of into Qt's event loop. */
template <typename Write> bool guarded(ChangeNotifier& notifier, Write write) {
    try {
        write();
        return true;
    } catch (const std::exception& error) {
        spdlog::error("undo/redo write failed: {}", error.what());
        emit notifier.writeFailed(QString::fromUtf8(error.what()));
        return false;
    }
}

} // namespace

void replaceCustomers(storage::Repository& repository, const std::vector<core::Customer>& expected,
                      std::vector<core::Customer> target) {
    for (const auto& customer : target) {
        core::validate(customer);
    }
    std::vector<std::size_t> written;
    try {
        for (std::size_t i = 0; i < target.size(); ++i) {
            const auto stored = repository.customer(target[i].id);
            storage::requireFound(stored.has_value(), "customer", target[i].id);
            if (i < expected.size() && *stored != expected[i]) {
                throw storage::ConflictError(stored->displayName + " (#" + std::to_string(stored->id) +
                                             ") was changed by someone else meanwhile; their change was kept");
            }
            target[i].version = stored->version;
            repository.updateCustomer(target[i]);
            written.push_back(i);
        }
    } catch (...) {
        // Put back what this call wrote, so a failure in the middle changes nothing.
        for (const auto i : written) {
            try {
                auto restore = expected[i];
                restore.version = {};
                repository.updateCustomer(restore);
            } catch (const std::exception& error) {
                spdlog::error("could not put back customer #{}: {}", expected[i].id, error.what());
            }
        }
        throw;
    }
}

CustomersEditCommand::CustomersEditCommand(storage::Repository& repository, ChangeNotifier& notifier,
                                           std::vector<core::Customer> before, std::vector<core::Customer> after,
                                           const QString& text)
    : QUndoCommand(text)
    , m_repository(repository)
    , m_notifier(notifier)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
}

void CustomersEditCommand::write(const std::vector<core::Customer>& expected,
                                 const std::vector<core::Customer>& customers) {
    if (guarded(m_notifier, [&] { replaceCustomers(m_repository, expected, customers); })) {
        emit m_notifier.customersChanged(idsOf(customers));
    }
}

void CustomersEditCommand::undo() {
    write(m_after, m_before);
}

void CustomersEditCommand::redo() {
    if (m_applied) {
        m_applied = false; // written before the push
        emit m_notifier.customersChanged(idsOf(m_after));
        return;
    }
    write(m_before, m_after);
}

AddEpisodeCommand::AddEpisodeCommand(storage::Repository& repository, ChangeNotifier& notifier, core::Episode episode)
    : QUndoCommand(QObject::tr("Log episode"))
    , m_repository(repository)
    , m_notifier(notifier)
    , m_episode(std::move(episode)) {
}

void AddEpisodeCommand::undo() {
    if (guarded(m_notifier, [&] { m_repository.removeEpisode(m_episode.id); })) {
        emit m_notifier.episodesChanged(m_episode.customerId);
    }
}

void AddEpisodeCommand::redo() {
    if (m_applied) {
        m_applied = false;
        emit m_notifier.episodesChanged(m_episode.customerId);
        return;
    }
    auto again = m_episode;
    again.id = 0;
    if (guarded(m_notifier, [&] { m_episode.id = m_repository.addEpisode(again); })) {
        emit m_notifier.episodesChanged(m_episode.customerId);
    }
}

EpisodeEditCommand::EpisodeEditCommand(storage::Repository& repository, ChangeNotifier& notifier, core::Episode before,
                                       core::Episode after, const QString& text)
    : QUndoCommand(text)
    , m_repository(repository)
    , m_notifier(notifier)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
}

void EpisodeEditCommand::undo() {
    if (guarded(m_notifier, [&] { m_repository.updateEpisode(m_before); })) {
        emit m_notifier.episodesChanged(m_before.customerId);
    }
}

void EpisodeEditCommand::redo() {
    if (m_applied) {
        m_applied = false;
        emit m_notifier.episodesChanged(m_after.customerId);
        return;
    }
    if (guarded(m_notifier, [&] { m_repository.updateEpisode(m_after); })) {
        emit m_notifier.episodesChanged(m_after.customerId);
    }
}

void writeLadderOverride(storage::Repository& repository, core::CustomerId customerId,
                         const std::optional<core::LadderOverride>& value) {
    if (value) {
        repository.setLadderOverride(*value);
    } else {
        repository.clearLadderOverride(customerId);
    }
}

LadderOverrideCommand::LadderOverrideCommand(storage::Repository& repository, ChangeNotifier& notifier,
                                             core::CustomerId customerId, std::optional<core::LadderOverride> before,
                                             std::optional<core::LadderOverride> after)
    : QUndoCommand(after ? QObject::tr("Set ladder stage") : QObject::tr("Ladder stage back to the rules"))
    , m_repository(repository)
    , m_notifier(notifier)
    , m_customerId(customerId)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
}

void LadderOverrideCommand::write(const std::optional<core::LadderOverride>& value) {
    if (guarded(m_notifier, [&] { writeLadderOverride(m_repository, m_customerId, value); })) {
        emit m_notifier.customersChanged({m_customerId});
    }
}

void LadderOverrideCommand::undo() {
    write(m_before);
}

void LadderOverrideCommand::redo() {
    if (m_applied) {
        m_applied = false;
        emit m_notifier.customersChanged({m_customerId});
        return;
    }
    write(m_after);
}

} // namespace rapport::ui
