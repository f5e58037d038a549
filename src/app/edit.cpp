#include "app/edit.h"

#include "storage/errors.h"

#include <algorithm>
#include <string>

namespace rapport::app {

namespace {

using storage::Repository;

template <typename Row, typename Key> std::optional<Row> findIn(std::vector<Row> rows, Key matches) {
    const auto it = std::find_if(rows.begin(), rows.end(), matches);
    return it == rows.end() ? std::nullopt : std::optional<Row>(std::move(*it));
}

// How each kind of row is read, added, replaced and removed, and named in a conflict message. Every row is found
// by its key as stored now: the id, or (cost lines and ladder stages) the customer with year and line.

std::optional<core::Customer> stored(Repository& r, const core::Customer& row) {
    return r.customer(row.id);
}
std::optional<core::ContactPerson> stored(Repository& r, const core::ContactPerson& row) {
    return findIn(r.contactPersons(row.customerId), [&](const auto& p) { return p.id == row.id; });
}
std::optional<core::Episode> stored(Repository& r, const core::Episode& row) {
    return r.episode(row.id);
}
std::optional<core::Task> stored(Repository& r, const core::Task& row) {
    return findIn(r.tasks(row.customerId), [&](const auto& t) { return t.id == row.id; });
}
std::optional<core::RelationshipCost> stored(Repository& r, const core::RelationshipCost& row) {
    return findIn(r.relationshipCosts(row.customerId),
                  [&](const auto& c) { return c.year == row.year && c.line == row.line; });
}
std::optional<core::ChurnRecord> stored(Repository& r, const core::ChurnRecord& row) {
    return findIn(r.churnRecords(row.customerId), [&](const auto& c) { return c.id == row.id; });
}
std::optional<core::Partnership> stored(Repository& r, const core::Partnership& row) {
    return r.partnership(row.id);
}
std::optional<core::LadderOverride> stored(Repository& r, const core::LadderOverride& row) {
    return r.ladderOverride(row.customerId);
}
std::optional<core::Assessment> stored(Repository& r, const core::Assessment& row) {
    return findIn(r.assessments(row.customerId), [&](const auto& a) { return a.id == row.id; });
}

std::optional<core::Campaign> stored(Repository& r, const core::Campaign& row) {
    return r.campaign(row.id);
}
std::optional<core::ServiceLevel> stored(Repository& r, const core::ServiceLevel& row) {
    return r.serviceLevel(row.id);
}

// Adds a row, under its id when it has one (a redo), and records the id it got.
void insert(Repository& r, core::Customer& row) {
    row.id = r.addCustomer(row);
}
void insert(Repository& r, core::ContactPerson& row) {
    row.id = r.addContactPerson(row);
}
void insert(Repository& r, core::Episode& row) {
    row.id = r.addEpisode(row);
}
void insert(Repository& r, core::Task& row) {
    row.id = r.addTask(row);
}
void insert(Repository& r, core::RelationshipCost& row) {
    r.setRelationshipCost(row);
}
void insert(Repository& r, core::ChurnRecord& row) {
    row.id = r.addChurnRecord(row);
}
void insert(Repository& r, core::Partnership& row) {
    row.id = r.addPartnership(row);
}
void insert(Repository& r, core::LadderOverride& row) {
    r.setLadderOverride(row);
}
void insert(Repository& r, core::Assessment& row) {
    row.id = r.addAssessment(row);
}

void update(Repository& r, const core::Customer& current, core::Customer row) {
    row.version = current.version; // checked once more by the database, against a write in between
    r.updateCustomer(row);
}
void update(Repository& r, const core::ContactPerson&, const core::ContactPerson& row) {
    r.updateContactPerson(row);
}
void update(Repository& r, const core::Episode&, const core::Episode& row) {
    r.updateEpisode(row);
}
void update(Repository& r, const core::Task&, const core::Task& row) {
    r.updateTask(row);
}
void update(Repository& r, const core::RelationshipCost&, const core::RelationshipCost& row) {
    r.setRelationshipCost(row);
}
void update(Repository& r, const core::ChurnRecord&, const core::ChurnRecord& row) {
    r.updateChurnRecord(row);
}
void update(Repository& r, const core::Partnership&, const core::Partnership& row) {
    r.updatePartnership(row);
}
void update(Repository& r, const core::LadderOverride&, const core::LadderOverride& row) {
    r.setLadderOverride(row);
}
void insert(Repository& r, core::Campaign& row) {
    row.id = r.addCampaign(row);
}
void update(Repository& r, const core::Campaign&, const core::Campaign& row) {
    r.updateCampaign(row);
}
void erase(Repository& r, const core::Campaign& row) {
    r.removeCampaign(row.id);
}
void insert(Repository& r, core::ServiceLevel& row) {
    row.id = r.addServiceLevel(row);
}
void update(Repository& r, const core::ServiceLevel&, const core::ServiceLevel& row) {
    r.updateServiceLevel(row);
}
void erase(Repository& r, const core::ServiceLevel& row) {
    r.removeServiceLevel(row.id);
}

void update(Repository& r, const core::Assessment&, const core::Assessment& row) {
    r.updateAssessment(row);
}

void erase(Repository& r, const core::Customer& row) {
    // Removing a customer removes their episodes with them: never those someone logged or imported since.
    if (const auto current = r.customerRow(row.id); current && current->episodes > 0) {
        throw RefusedError(row.displayName + " has " + std::to_string(current->episodes) +
                           " episodes now, so it is not removed: its history is part of every analysis");
    }
    r.removeCustomer(row.id);
}
void erase(Repository& r, const core::ContactPerson& row) {
    r.removeContactPerson(row.id);
}
void erase(Repository& r, const core::Episode& row) {
    r.removeEpisode(row.id);
}
void erase(Repository& r, const core::Task& row) {
    r.removeTask(row.id);
}
void erase(Repository& r, const core::RelationshipCost& row) {
    r.removeRelationshipCost(row.customerId, row.year, row.line);
}
void erase(Repository& r, const core::ChurnRecord& row) {
    r.removeChurnRecord(row.id);
}
void erase(Repository& r, const core::Partnership& row) {
    r.removePartnership(row.id);
}
void erase(Repository& r, const core::LadderOverride& row) {
    r.clearLadderOverride(row.customerId);
}
void erase(Repository& r, const core::Assessment& row) {
    r.removeAssessment(row.id);
}

std::string describe(const core::Customer& row) {
    return "customer " + row.displayName + " (#" + std::to_string(row.id) + ")";
}
std::string describe(const core::ContactPerson& row) {
    return "contact person " + row.name;
}
std::string describe(const core::Episode& row) {
    return "the episode of " + row.occurredOn.toIso() + " with customer #" + std::to_string(row.customerId);
}
std::string describe(const core::Task& row) {
    return "task \"" + row.title + "\"";
}
std::string describe(const core::RelationshipCost& row) {
    return "the " + std::to_string(row.year) + " cost line " + std::string(core::toCode(row.line)) + " of customer #" +
           std::to_string(row.customerId);
}
std::string describe(const core::ChurnRecord& row) {
    return "the loss of customer #" + std::to_string(row.customerId) + " recorded for " + row.churnedOn.toIso();
}
std::string describe(const core::Partnership& row) {
    return "partnership with " + row.partnerName;
}
std::string describe(const core::LadderOverride& row) {
    return "the ladder stage set by hand for customer #" + std::to_string(row.customerId);
}
std::string describe(const core::Assessment& row) {
    return "the " + row.assessedOn.toIso() + " assessment of " + std::string(core::toCode(row.component)) +
           " for customer #" + std::to_string(row.customerId);
}

std::string describe(const core::Campaign& row) {
    return "campaign \"" + row.name + "\"";
}
std::string describe(const core::ServiceLevel& row) {
    return "service level \"" + row.name + "\"";
}

core::CustomerId customerOf(const core::Customer& row) {
    return row.id;
}
core::CustomerId customerOf(const core::Campaign& /*row*/) {
    return 0; // a campaign is the team's, no one customer's
}
core::CustomerId customerOf(const core::ServiceLevel& /*row*/) {
    return 0; // likewise the team's
}
core::CustomerId customerOf(const core::Partnership& row) {
    return row.partnerCustomerId.value_or(0);
}
template <typename Row> core::CustomerId customerOf(const Row& row) {
    return row.customerId;
}

[[noreturn]] void conflict(const std::string& what) {
    throw storage::ConflictError(what + " was changed by someone else meanwhile; their change was kept");
}

// A row to be added may already have a key (a redo, or a cost line, which is keyed by what it is): look for it.
template <typename Row> bool keyKnown(const Row& row) {
    if constexpr (std::is_same_v<Row, core::RelationshipCost> || std::is_same_v<Row, core::LadderOverride>) {
        return true;
    } else {
        return row.id != 0;
    }
}

/** Moves one row from `from` to `to`, after checking that it is stored as `from` says. */
template <typename Row> void move(Repository& r, const std::optional<Row>& from, std::optional<Row>& to) {
    const Row& key = from ? *from : *to;
    const auto current = (from || keyKnown(key)) ? stored(r, key) : std::nullopt;
    if (from && current != from) {
        if (!current) {
            throw storage::NotFoundError(describe(*from) + " is no longer there: someone removed it meanwhile");
        }
        conflict(describe(*from));
    }
    if (!from && current) {
        conflict(describe(*current));
    }
    if (!to) {
        erase(r, *from);
    } else if (!from) {
        insert(r, *to);
    } else {
        update(r, *current, *to);
    }
}

} // namespace

void Edit::apply(Repository& repository) {
    auto changes = m_changes; // the ids added rows get are kept only when all of it landed
    repository.inOneTransaction([&] {
        for (auto& change : changes) {
            std::visit([&](auto& c) { move(repository, c.before, c.after); }, change);
        }
    });
    m_changes = std::move(changes);
}

void Edit::revert(Repository& repository) {
    repository.inOneTransaction([&] {
        for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it) {
            std::visit(
                [&](const auto& c) {
                    auto before = c.before; // re-added under the id it had
                    move(repository, c.after, before);
                },
                *it);
        }
    });
}

void Edit::rebase(Repository& repository) {
    for (auto& change : m_changes) {
        std::visit(
            [&](auto& c) {
                if (!c.before) {
                    return; // an added row has nothing to be over
                }
                auto current = stored(repository, *c.before);
                if (!current) {
                    throw storage::NotFoundError(describe(*c.before) +
                                                 " is no longer there: someone removed it meanwhile");
                }
                c.before = std::move(current);
            },
            change);
    }
}

std::vector<core::CustomerId> Edit::customers() const {
    std::vector<core::CustomerId> ids;
    for (const auto& change : m_changes) {
        std::visit(
            [&](const auto& c) {
                for (const auto* row : {c.before ? &*c.before : nullptr, c.after ? &*c.after : nullptr}) {
                    if (row != nullptr && customerOf(*row) != 0) {
                        ids.push_back(customerOf(*row));
                    }
                }
            },
            change);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace rapport::app
