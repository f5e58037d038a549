#include "app/entity_json.h"

namespace rapport::app {

namespace {

using nlohmann::json;

json optionalDate(const std::optional<core::Date>& date) {
    return date ? json(date->toIso()) : json(nullptr);
}
json optionalMoney(const std::optional<core::Money>& money) {
    return money ? json(money->toDecimal()) : json(nullptr);
}
template <typename Enum> json optionalCode(const std::optional<Enum>& value) {
    return value ? json(std::string(core::toCode(*value))) : json(nullptr);
}
template <typename Enum> std::string code(Enum value) {
    return std::string(core::toCode(value));
}

json points(const std::vector<core::ContactPoint>& list) {
    json array = json::array();
    for (const auto& point : list) {
        array.push_back({{"value", point.value}, {"label", point.label}});
    }
    return array;
}

} // namespace

json toJson(const core::Customer& c) {
    json consents = json::array();
    for (const auto& record : c.consents) {
        consents.push_back({{"purpose", code(record.purpose)},
                            {"given", record.given},
                            {"recorded_on", record.recordedOn.toIso()},
                            {"text_version", record.textVersion}});
    }
    return {{"id", c.id},
            {"kind", code(c.kind)},
            {"display_name", c.displayName},
            {"legal_name", c.legalName},
            {"address",
             {{"street", c.address.street},
              {"postcode", c.address.postcode},
              {"city", c.address.city},
              {"region", c.address.region},
              {"country", c.address.country}}},
            {"emails", points(c.emails)},
            {"phones", points(c.phones)},
            {"segment", c.segment},
            {"market", code(c.market)},
            {"acquired_on", optionalDate(c.acquiredOn)},
            {"acquisition_channel", optionalCode(c.acquisitionChannel)},
            {"acquisition_cost", c.acquisitionCost.toDecimal()},
            {"owner", c.owner},
            {"preferred_channel", optionalCode(c.preferredChannel)},
            {"tags", c.tags},
            {"income_band", optionalCode(c.incomeBand)},
            {"household_size", c.householdSize ? json(*c.householdSize) : json(nullptr)},
            {"consents", consents},
            {"external_ref", c.externalRef},
            {"notes", c.notes},
            {"archived_on", optionalDate(c.archivedOn)}};
}

json toJson(const core::ContactPerson& p) {
    return {{"id", p.id},
            {"customer_id", p.customerId},
            {"name", p.name},
            {"role", p.role},
            {"decision_maker", p.decisionMaker},
            {"emails", points(p.emails)},
            {"phones", points(p.phones)},
            {"active_from", optionalDate(p.activeFrom)},
            {"active_to", optionalDate(p.activeTo)},
            {"notes", p.notes}};
}

json toJson(const core::Episode& e) {
    return {{"id", e.id},
            {"customer_id", e.customerId},
            {"contact_person_id", e.contactPersonId ? json(*e.contactPersonId) : json(nullptr)},
            {"occurred_on", e.occurredOn.toIso()},
            {"channel", code(e.channel)},
            {"kind", code(e.kind)},
            {"revenue", optionalMoney(e.revenue)},
            {"margin", optionalMoney(e.margin)},
            {"satisfaction", e.satisfaction ? json(*e.satisfaction) : json(nullptr)},
            {"critical", e.critical},
            {"owner", e.owner},
            {"notes", e.notes},
            {"follow_up_on", optionalDate(e.followUpOn)},
            {"follow_up_done", e.followUpDone},
            {"reference", e.reference},
            {"line_count", e.lineCount},
            {"cancels_episode_id", e.cancels ? json(*e.cancels) : json(nullptr)}};
}

json toJson(const core::Task& t) {
    return {{"id", t.id},       {"customer_id", t.customerId},
            {"title", t.title}, {"due_on", t.dueOn.toIso()},
            {"done", t.done},   {"owner", t.owner},
            {"notes", t.notes}};
}

json toJson(const core::RelationshipCost& c) {
    return {{"customer_id", c.customerId}, {"year", c.year}, {"line", code(c.line)}, {"amount", c.amount.toDecimal()}};
}

json toJson(const core::ChurnRecord& r) {
    return {{"id", r.id},
            {"customer_id", r.customerId},
            {"churned_on", r.churnedOn.toIso()},
            {"reason", r.reasonCode},
            {"details", r.details},
            {"win_back_attempts", r.winBackAttempts},
            {"outcome", code(r.outcome)}};
}

json toJson(const core::Assessment& a) {
    return {{"id", a.id},
            {"customer_id", a.customerId},
            {"component", code(a.component)},
            {"assessed_on", a.assessedOn.toIso()},
            {"score", a.score},
            {"note", a.note},
            {"assessed_by", a.assessedBy}};
}

json toJson(const core::Partnership& p) {
    json bonds = json::array();
    for (const auto bond : p.bonds) {
        bonds.push_back(code(bond));
    }
    json history = json::array();
    for (const auto& change : p.stageHistory) {
        history.push_back({{"stage", code(change.stage)}, {"since", change.since.toIso()}, {"note", change.note}});
    }
    return {{"id", p.id},
            {"partner_name", p.partnerName},
            {"partner_customer_id", p.partnerCustomerId ? json(*p.partnerCustomerId) : json(nullptr)},
            {"direction", code(p.direction)},
            {"form", code(p.form)},
            {"stage", code(p.stage())},
            {"stage_history", history},
            {"bonds", bonds},
            {"value_shared", p.valueShared.toDecimal()},
            {"started_on", optionalDate(p.startedOn)},
            {"ended_on", optionalDate(p.endedOn)},
            {"notes", p.notes}};
}

json toJson(const storage::CustomerRow& r) {
    return {{"id", r.id},
            {"display_name", r.displayName},
            {"kind", code(r.kind)},
            {"market", code(r.market)},
            {"segment", r.segment},
            {"owner", r.owner},
            {"city", r.city},
            {"email", r.email},
            {"phone", r.phone},
            {"acquired_on", optionalDate(r.acquiredOn)},
            {"last_contact_on", optionalDate(r.lastContactOn)},
            {"revenue", r.revenue.toDecimal()},
            {"margin", r.margin.toDecimal()},
            {"purchases", r.purchases},
            {"episodes", r.episodes},
            {"archived_on", optionalDate(r.archivedOn)},
            {"service_level_id", r.serviceLevel ? json(*r.serviceLevel) : json()}};
}

/** The whole personal record: profile, contact persons, every episode, tasks, costs, churn, assessments, ladder stage
 * set by hand. */
nlohmann::json personalDataJson(storage::Repository& repository, const core::Customer& customer) {
    const auto people = toJsonArray(repository.contactPersons(customer.id));
    nlohmann::json episodes = nlohmann::json::array();
    storage::EpisodeQuery query;
    query.customerId = customer.id;
    query.limit = 1000;
    for (;;) { // every episode, a page at a time
        const auto page = repository.episodes(query);
        for (const auto& episode : page.rows) {
            episodes.push_back(toJson(episode));
        }
        if (!page.next) {
            break;
        }
        query.after = page.next;
    }
    const auto tasks = toJsonArray(repository.tasks(customer.id));
    const auto costs = toJsonArray(repository.relationshipCosts(customer.id));
    const auto churn = toJsonArray(repository.churnRecords(customer.id));
    const auto assessments = toJsonArray(repository.assessments(customer.id));
    nlohmann::json ladder;
    if (const auto override = repository.ladderOverride(customer.id)) {
        ladder = {{"stage", core::toCode(override->stage)},
                  {"reason", override->reason},
                  {"set_on", override->setOn.toIso()},
                  {"set_by", override->setBy}};
    }
    nlohmann::json partnerships = nlohmann::json::array();
    for (const auto& p : repository.partnerships()) {
        if (p.partnerCustomerId == customer.id) {
            partnerships.push_back(toJson(p));
        }
    }
    nlohmann::json events = nlohmann::json::array();
    for (const auto& event : repository.customerEvents(customer.id)) {
        events.push_back({{"kind", event.kind},
                          {"at_unix_seconds", event.happenedAtUnixSeconds},
                          {"by", event.doneBy},
                          {"details", event.details}});
    }
    return {{"customer", toJson(customer)}, {"contact_persons", people},
            {"episodes", episodes},         {"tasks", tasks},
            {"relationship_costs", costs},  {"churn_records", churn},
            {"assessments", assessments},   {"ladder_stage_set_by_hand", ladder},
            {"partnerships", partnerships}, {"merges_and_erasures", events}};
}

} // namespace rapport::app
