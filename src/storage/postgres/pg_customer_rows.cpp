#include "storage/postgres/pg_customer_rows.h"

#include "core/validation.h"
#include "storage/errors.h"
#include "storage/name_collation.h"
#include "storage/postgres/pg_names.h"
#include "storage/postgres/pg_values.h"

#include <algorithm>

namespace rapport::storage::postgres {

namespace {

void writeContactPoints(pqxx::transaction_base& work, core::CustomerId customerId,
                        std::optional<core::ContactPersonId> personId, const std::vector<core::ContactPoint>& points,
                        const char* kind) {
    const bool email = std::string_view(kind) == "email";
    for (std::size_t i = 0; i < points.size(); ++i) {
        work.exec_params("INSERT INTO contact_point (customer_id, contact_person_id, kind, position, value, label, "
                         "normalized, search_terms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                         customerId, personId, std::string(kind), static_cast<int>(i), points[i].value, points[i].label,
                         email ? core::normalizedEmail(points[i].value) : core::phoneDigits(points[i].value),
                         email ? std::string() : core::nationalPhoneDigits(points[i].value));
    }
}

void readContactPoints(pqxx::transaction_base& work, core::CustomerId customerId,
                       std::optional<core::ContactPersonId> personId, std::vector<core::ContactPoint>& emails,
                       std::vector<core::ContactPoint>& phones) {
    const auto rows = work.exec_params("SELECT kind, value, label FROM contact_point WHERE customer_id = $1 "
                                       "AND contact_person_id IS NOT DISTINCT FROM $2 ORDER BY kind, position",
                                       customerId, personId);
    for (const auto& row : rows) {
        auto& target = text(row[0]) == "email" ? emails : phones;
        target.push_back({text(row[1]), text(row[2])});
    }
}

void writeTags(pqxx::transaction_base& work, const core::Customer& c) {
    for (std::size_t i = 0; i < c.tags.size(); ++i) {
        work.exec_params("INSERT INTO customer_tag (customer_id, position, tag) VALUES ($1, $2, $3)", c.id,
                         static_cast<int>(i), c.tags[i]);
    }
}

void writeConsents(pqxx::transaction_base& work, const core::Customer& c, std::size_t from) {
    for (std::size_t i = from; i < c.consents.size(); ++i) {
        const auto& record = c.consents[i];
        work.exec_params("INSERT INTO consent (customer_id, purpose, given, recorded_on, text_version) "
                         "VALUES ($1, $2, $3, $4, $5)",
                         c.id, code(record.purpose), record.given, record.recordedOn.days(), record.textVersion);
    }
}

// The customer's own columns; $1 is the id, these are $2..$22 in this order.
constexpr const char* kCustomerColumns =
    "kind, display_name, legal_name, street, postcode, city, region, country, segment, market, acquired_on, "
    "acquisition_channel, acquisition_cost, owner, preferred_channel, income_band, household_size, external_ref, "
    "notes, shared, archived_on";

template <typename... Extra>
pqxx::result execCustomer(pqxx::transaction_base& work, const std::string& sql, const core::Customer& c,
                          std::optional<std::int64_t> id, Extra&&... extra) {
    return work.exec_params(
        sql, id, code(c.kind), c.displayName, c.legalName, c.address.street, c.address.postcode, c.address.city,
        c.address.region, c.address.country, c.segment, code(c.market), optionalDays(c.acquiredOn),
        optionalCode(c.acquisitionChannel), c.acquisitionCost.minor(), c.owner, optionalCode(c.preferredChannel),
        optionalCode(c.incomeBand), c.householdSize,
        // NULL, not '', when there is no external reference: the unique constraint then allows any number.
        c.externalRef.empty() ? std::nullopt : std::optional<std::string>(c.externalRef), c.notes, c.shared,
        optionalDays(c.archivedOn), std::forward<Extra>(extra)...);
}

} // namespace

core::CustomerId insertCustomer(pqxx::transaction_base& work, const core::Customer& customer,
                                const NameCollation& collation) {
    static const std::string sql = std::string("INSERT INTO customer (id, ") + kCustomerColumns +
                                   ", name_sort_key) OVERRIDING SYSTEM VALUE VALUES (coalesce($1, nextval("
                                   "pg_get_serial_sequence('rapport.customer', 'id'))), $2, $3, $4, $5, $6, $7, $8, "
                                   "$9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, "
                                   "decode($23, 'hex')) RETURNING id";
    core::Customer stored = customer;
    stored.id = int64(execCustomer(work, sql, customer, optionalId(customer.id),
                                   keyParameter(collation, customer.displayName))[0][0]);
    writeContactPoints(work, stored.id, std::nullopt, stored.emails, "email");
    writeContactPoints(work, stored.id, std::nullopt, stored.phones, "phone");
    writeTags(work, stored);
    writeConsents(work, stored, 0);
    return stored.id;
}

bool updateCustomerRow(pqxx::transaction_base& work, const core::Customer& customer, const NameCollation& collation) {
    // Locks the row for the rest of the transaction, so the version compared is the version overwritten.
    const auto stored = work.exec_params("SELECT version FROM customer WHERE id = $1 FOR UPDATE", customer.id);
    if (stored.empty()) {
        return false;
    }
    const auto version = int64(stored[0][0]);
    if (customer.version.value != 0 && customer.version.value != version) {
        throw ConflictError(
            "customer #" + std::to_string(customer.id) + " was changed by someone else since it was read (version " +
            std::to_string(customer.version.value) + ", now " + std::to_string(version) + "); nothing was saved");
    }
    const auto before = readCustomer(work, customer.id);
    execCustomer(work,
                 "UPDATE customer SET kind = $2, display_name = $3, legal_name = $4, street = $5, postcode = $6, "
                 "city = $7, region = $8, country = $9, segment = $10, market = $11, acquired_on = $12, "
                 "acquisition_channel = $13, acquisition_cost = $14, owner = $15, preferred_channel = $16, "
                 "income_band = $17, household_size = $18, external_ref = $19, notes = $20, shared = $21, "
                 "archived_on = $22, name_sort_key = decode($23, 'hex'), version = version + 1, "
                 "updated_at = extract(epoch FROM now())::bigint WHERE id = $1",
                 customer, customer.id, keyParameter(collation, customer.displayName));
    if (before->emails != customer.emails || before->phones != customer.phones) {
        work.exec_params("DELETE FROM contact_point WHERE customer_id = $1 AND contact_person_id IS NULL", customer.id);
        writeContactPoints(work, customer.id, std::nullopt, customer.emails, "email");
        writeContactPoints(work, customer.id, std::nullopt, customer.phones, "phone");
    }
    if (before->tags != customer.tags) {
        work.exec_params("DELETE FROM customer_tag WHERE customer_id = $1", customer.id);
        writeTags(work, customer);
    }
    // Consent records are a history: appended ones are added, anything else rewrites the history.
    const bool appended = customer.consents.size() >= before->consents.size() &&
                          std::equal(before->consents.begin(), before->consents.end(), customer.consents.begin());
    if (!appended) {
        work.exec_params("DELETE FROM consent WHERE customer_id = $1", customer.id);
        writeConsents(work, customer, 0);
    } else {
        writeConsents(work, customer, before->consents.size());
    }
    return true;
}

std::optional<core::Customer> readCustomer(pqxx::transaction_base& work, core::CustomerId id) {
    static const std::string sql =
        std::string("SELECT id, ") + kCustomerColumns + ", version FROM customer WHERE id = $1";
    const auto rows = work.exec_params(sql, id);
    if (rows.empty()) {
        return std::nullopt;
    }
    const auto& r = rows[0];
    core::Customer c;
    c.id = int64(r[0]);
    c.kind = enumField<core::CustomerKind>(r[1], "customer.kind");
    c.displayName = text(r[2]);
    c.legalName = text(r[3]);
    c.address = {text(r[4]), text(r[5]), text(r[6]), text(r[7]), text(r[8])};
    c.segment = text(r[9]);
    c.market = enumField<core::Market>(r[10], "customer.market");
    c.acquiredOn = optionalDate(r[11]);
    c.acquisitionChannel = optionalEnumField<core::Channel>(r[12], "customer.acquisition_channel");
    c.acquisitionCost = core::Money::fromMinor(int64(r[13]));
    c.owner = text(r[14]);
    c.preferredChannel = optionalEnumField<core::Channel>(r[15], "customer.preferred_channel");
    c.incomeBand = optionalEnumField<core::IncomeBand>(r[16], "customer.income_band");
    if (!r[17].is_null()) {
        c.householdSize = int32(r[17]);
    }
    c.externalRef = text(r[18]);
    c.notes = text(r[19]);
    c.shared = boolean(r[20]);
    c.archivedOn = optionalDate(r[21]);
    c.version.value = int64(r[22]);

    readContactPoints(work, id, std::nullopt, c.emails, c.phones);
    for (const auto& tag :
         work.exec_params("SELECT tag FROM customer_tag WHERE customer_id = $1 ORDER BY position", id)) {
        c.tags.push_back(text(tag[0]));
    }
    for (const auto& consent :
         work.exec_params("SELECT purpose, given, recorded_on, text_version FROM consent WHERE customer_id = $1 "
                          "ORDER BY id",
                          id)) {
        c.consents.push_back({enumField<core::ConsentPurpose>(consent[0], "consent.purpose"), boolean(consent[1]),
                              date(consent[2]), text(consent[3])});
    }
    return c;
}

core::ContactPersonId insertContactPerson(pqxx::transaction_base& work, const core::ContactPerson& p) {
    const auto id = int64(work.exec_params(
        "INSERT INTO contact_person (id, customer_id, name, role, decision_maker, active_from, "
        "active_to, notes) OVERRIDING SYSTEM VALUE VALUES (coalesce($1, nextval(pg_get_serial_sequence("
        "'rapport.contact_person', 'id'))), $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        optionalId(p.id), p.customerId, p.name, p.role, p.decisionMaker, optionalDays(p.activeFrom),
        optionalDays(p.activeTo), p.notes)[0][0]);
    writeContactPoints(work, p.customerId, id, p.emails, "email");
    writeContactPoints(work, p.customerId, id, p.phones, "phone");
    return id;
}

bool updateContactPersonRow(pqxx::transaction_base& work, const core::ContactPerson& p) {
    const auto changed = work.exec_params("UPDATE contact_person SET customer_id = $2, name = $3, role = $4, "
                                          "decision_maker = $5, active_from = $6, active_to = $7, notes = $8 "
                                          "WHERE id = $1",
                                          p.id, p.customerId, p.name, p.role, p.decisionMaker,
                                          optionalDays(p.activeFrom), optionalDays(p.activeTo), p.notes)
                             .affected_rows();
    if (changed == 0) {
        return false;
    }
    work.exec_params("DELETE FROM contact_point WHERE contact_person_id = $1", p.id);
    writeContactPoints(work, p.customerId, p.id, p.emails, "email");
    writeContactPoints(work, p.customerId, p.id, p.phones, "phone");
    return true;
}

std::vector<core::ContactPerson> readContactPersons(pqxx::transaction_base& work, core::CustomerId customerId,
                                                    const char* lock) {
    std::vector<core::ContactPerson> people;
    const auto rows = work.exec_params(
        std::string("SELECT id, customer_id, name, role, decision_maker, active_from, active_to, notes "
                    "FROM contact_person WHERE customer_id = $1 "
                    "ORDER BY active_to IS NOT NULL, active_to DESC NULLS LAST, active_from DESC NULLS LAST, id") +
            lock,
        customerId);
    for (const auto& r : rows) {
        core::ContactPerson p;
        p.id = int64(r[0]);
        p.customerId = int64(r[1]);
        p.name = text(r[2]);
        p.role = text(r[3]);
        p.decisionMaker = boolean(r[4]);
        p.activeFrom = optionalDate(r[5]);
        p.activeTo = optionalDate(r[6]);
        p.notes = text(r[7]);
        people.push_back(std::move(p));
    }
    for (auto& p : people) {
        readContactPoints(work, customerId, p.id, p.emails, p.phones);
    }
    return people;
}

void refreshSearch(pqxx::transaction_base& work, core::CustomerId customerId) {
    work.exec_params("INSERT INTO customer_search (customer_id, doc) SELECT $1, search_document($1) "
                     "WHERE EXISTS (SELECT 1 FROM customer WHERE id = $1) "
                     "ON CONFLICT (customer_id) DO UPDATE SET doc = excluded.doc",
                     customerId);
}

} // namespace rapport::storage::postgres
