#include "app/relationship_edits.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace rapport::app {

namespace {

bool mentions(const std::string& text, std::string_view word) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return lower.find(word) != std::string::npos;
}

/** Purchasing roles as people write them in the users' languages (lower case, the stem). */
bool isPurchasingRole(const std::string& role) {
    for (const std::string_view stem : {"purchas", "buyer", "procure", "zakup", "закуп", "закупів", "inköp"}) {
        if (mentions(role, stem)) {
            return true;
        }
    }
    return false;
}

bool decides(const core::ContactPerson& person) {
    return person.decisionMaker || isPurchasingRole(person.role);
}

template <typename Row> Edit validated(Row row) {
    core::validate(row);
    Edit edit;
    edit.add(std::move(row));
    return edit;
}

template <typename Row> Edit replaced(Row before, Row after) {
    core::validate(after);
    Edit edit;
    edit.replace(std::move(before), std::move(after));
    return edit;
}

} // namespace

bool changesWhoDecides(const std::optional<core::ContactPerson>& before, const core::ContactPerson& after) {
    if (!before) {
        return decides(after);
    }
    const bool ended = !before->activeTo && after.activeTo;
    return (decides(*before) != decides(after)) || (ended && decides(*before));
}

Edit saveContactPerson(std::optional<core::ContactPerson> before, core::ContactPerson after, core::Date on,
                       const std::string& note, const std::string& owner) {
    core::validate(after);
    const bool record = changesWhoDecides(before, after);
    Edit edit;
    if (before) {
        edit.replace(std::move(*before), after);
    } else {
        after.id = 0;
        edit.add(after);
    }
    if (record) {
        core::Episode episode;
        episode.customerId = after.customerId;
        episode.occurredOn = on;
        episode.kind = core::EpisodeKind::Other;
        episode.channel = core::Channel::Other;
        episode.critical = true; // a known cause of churn: it shows among the critical episodes
        episode.owner = owner;
        episode.notes = note;
        core::validate(episode);
        edit.add(std::move(episode));
    }
    return edit;
}

Edit endContactRole(const core::ContactPerson& person, core::Date endedOn, const std::string& note,
                    const std::string& owner) {
    auto ended = person;
    ended.activeTo = endedOn;
    return saveContactPerson(person, std::move(ended), endedOn, note, owner);
}

Edit recordLostCustomer(core::ChurnRecord record) {
    record.id = 0;
    return validated(std::move(record));
}

Edit logWinBackAttempt(const core::ChurnRecord& record, core::Episode attempt) {
    auto after = record;
    after.winBackAttempts += 1;
    if (after.outcome == core::WinBackOutcome::None) {
        after.outcome = core::WinBackOutcome::Pending;
    }
    attempt.id = 0;
    attempt.customerId = record.customerId;
    core::validate(attempt);
    Edit edit = replaced(record, std::move(after));
    edit.add(std::move(attempt));
    return edit;
}

Edit setWinBackOutcome(const core::ChurnRecord& record, core::WinBackOutcome outcome, const std::string& note) {
    auto after = record;
    after.outcome = outcome;
    if (!note.empty()) {
        after.details = after.details.empty() ? note : after.details + "\n" + note;
    }
    return replaced(record, std::move(after));
}

Edit setRelationshipCosts(storage::Repository& repository, std::span<const core::RelationshipCost> costs) {
    Edit edit;
    core::CustomerId readFor = 0;
    std::vector<core::RelationshipCost> current;
    for (const auto& cost : costs) {
        core::validate(cost);
        if (cost.customerId != readFor) {
            current = repository.relationshipCosts(cost.customerId);
            readFor = cost.customerId;
        }
        const auto it = std::find_if(current.begin(), current.end(),
                                     [&](const auto& c) { return c.year == cost.year && c.line == cost.line; });
        if (it == current.end()) {
            edit.add(cost);
        } else if (*it != cost) {
            edit.replace(*it, cost);
        }
    }
    return edit;
}

Edit removeRelationshipCost(const core::RelationshipCost& cost) {
    Edit edit;
    edit.remove(cost);
    return edit;
}

std::vector<core::RelationshipCost> spreadCost(std::span<const core::CustomerId> customers, int year,
                                               core::CostLine line, core::Money total) {
    if (customers.empty()) {
        return {};
    }
    const auto count = static_cast<std::int64_t>(customers.size());
    const std::int64_t share = total.minor() / count;
    const std::int64_t remainder = total.minor() % count;
    std::vector<core::RelationshipCost> costs;
    costs.reserve(customers.size());
    for (std::int64_t i = 0; i < count; ++i) {
        costs.push_back({customers[static_cast<std::size_t>(i)], year, line,
                         core::Money::fromMinor(share + (i < remainder ? 1 : 0))});
    }
    return costs;
}

Edit addPartnership(core::Partnership partnership) {
    partnership.id = 0;
    return validated(std::move(partnership));
}

Edit changePartnership(core::Partnership before, core::Partnership after) {
    return replaced(std::move(before), std::move(after));
}

Edit movePartnershipStage(const core::Partnership& partnership, core::PartnershipStage stage, core::Date since,
                          const std::string& note) {
    auto after = partnership;
    after.stageHistory.push_back({stage, since, note});
    if (stage == core::PartnershipStage::Rupture) {
        after.endedOn = since;
    }
    return replaced(partnership, std::move(after));
}

Edit endPartnership(const core::Partnership& partnership, core::Date endedOn, const std::string& reason) {
    return movePartnershipStage(partnership, core::PartnershipStage::Rupture, endedOn, reason);
}

Edit addTask(core::Task task) {
    task.id = 0;
    return validated(std::move(task));
}

Edit changeTask(core::Task before, core::Task after) {
    return replaced(std::move(before), std::move(after));
}

Edit addEpisode(core::Episode episode) {
    episode.id = 0;
    return validated(std::move(episode));
}

Edit changeEpisode(core::Episode before, core::Episode after) {
    return replaced(std::move(before), std::move(after));
}

Edit setLadderOverride(core::CustomerId customerId, std::optional<core::LadderOverride> before,
                       std::optional<core::LadderOverride> after) {
    Edit edit;
    if (after) {
        after->customerId = customerId;
        core::validate(*after);
    }
    if (before && after) {
        edit.replace(std::move(*before), std::move(*after));
    } else if (after) {
        edit.add(std::move(*after));
    } else if (before) {
        edit.remove(std::move(*before));
    }
    return edit;
}

} // namespace rapport::app
