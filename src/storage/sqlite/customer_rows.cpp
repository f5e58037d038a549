#include "storage/sqlite/customer_rows.h"

#include "storage/sqlite/codes.h"
#include "storage/sqlite/database.h"

#include <algorithm>
#include <cctype>

namespace rapport::storage::sqlite {

namespace {

void writeContactPoints(Database& db, core::CustomerId customerId, std::optional<core::ContactPersonId> personId,
                        const std::vector<core::ContactPoint>& emails, const std::vector<core::ContactPoint>& phones) {
    auto& insert = db.cached("INSERT INTO contact_point (customer_id, contact_person_id, kind, position, value, label, "
                             "normalized, search_terms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    auto write = [&](const std::vector<core::ContactPoint>& points, const char* kind, bool email) {
        for (std::size_t i = 0; i < points.size(); ++i) {
            insert.bind(1, customerId)
                .bind(2, personId)
                .bind(3, kind)
                .bind(4, static_cast<std::int64_t>(i))
                .bind(5, points[i].value)
                .bind(6, points[i].label)
                .bind(7, email ? core::normalizedEmail(points[i].value) : core::phoneDigits(points[i].value))
                .bind(8, email ? std::string() : core::nationalPhoneDigits(points[i].value))
                .run();
            insert.reset();
        }
    };
    write(emails, "email", true);
    write(phones, "phone", false);
}

void readContactPoints(Database& db, core::CustomerId customerId, std::optional<core::ContactPersonId> personId,
                       std::vector<core::ContactPoint>& emails, std::vector<core::ContactPoint>& phones) {
    // "IS ?2" matches NULL to NULL, so one statement serves customers and contact persons.
    auto& select = db.cached("SELECT kind, value, label FROM contact_point WHERE customer_id = ?1 "
                             "AND contact_person_id IS ?2 ORDER BY kind, position");
    select.bind(1, customerId).bind(2, personId);
    while (select.step()) {
        auto& target = select.textView(0) == "email" ? emails : phones;
        target.push_back({select.text(1), select.text(2)});
    }
}

void writeCustomerChildren(Database& db, const core::Customer& c) {
    writeContactPoints(db, c.id, std::nullopt, c.emails, c.phones);
    auto& tag = db.cached("INSERT INTO customer_tag (customer_id, position, tag) VALUES (?1, ?2, ?3)");
    for (std::size_t i = 0; i < c.tags.size(); ++i) {
        tag.bind(1, c.id).bind(2, static_cast<std::int64_t>(i)).bind(3, c.tags[i]).run();
        tag.reset();
    }
    auto& consent = db.cached("INSERT INTO consent (customer_id, purpose, given, recorded_on, text_version) "
                              "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const auto& record : c.consents) {
        consent.bind(1, c.id)
            .bind(2, core::toCode(record.purpose))
            .bind(3, record.given)
            .bind(4, static_cast<std::int64_t>(record.recordedOn.days()))
            .bind(5, record.textVersion)
            .run();
        consent.reset();
    }
}

void deleteCustomerChildren(Database& db, core::CustomerId id) {
    db.cached("DELETE FROM contact_point WHERE customer_id = ?1 AND contact_person_id IS NULL").bind(1, id).run();
    db.cached("DELETE FROM customer_tag WHERE customer_id = ?1").bind(1, id).run();
    db.cached("DELETE FROM consent WHERE customer_id = ?1").bind(1, id).run();
}

// The customer columns in the order bindCustomerColumns binds them, ?2 to ?22 (?1 is the id).
constexpr const char* kCustomerColumns =
    "kind, display_name, legal_name, street, postcode, city, region, country, segment, market, acquired_on, "
    "acquisition_channel, acquisition_cost, owner, preferred_channel, income_band, household_size, external_ref, "
    "notes, shared, archived_on";

void bindCustomerColumns(Statement& s, const core::Customer& c) {
    s.bind(2, core::toCode(c.kind))
        .bind(3, c.displayName)
        .bind(4, c.legalName)
        .bind(5, c.address.street)
        .bind(6, c.address.postcode)
        .bind(7, c.address.city)
        .bind(8, c.address.region)
        .bind(9, c.address.country)
        .bind(10, c.segment)
        .bind(11, core::toCode(c.market))
        .bind(12, optionalDays(c.acquiredOn))
        .bind(13, optionalCode(c.acquisitionChannel))
        .bind(14, c.acquisitionCost.minor())
        .bind(15, c.owner)
        .bind(16, optionalCode(c.preferredChannel))
        .bind(17, optionalCode(c.incomeBand))
        .bind(18, c.householdSize)
        // NULL, not '', when there is no external reference: the unique index then allows any number of them.
        .bind(19, c.externalRef.empty() ? std::nullopt : std::optional<std::string>(c.externalRef))
        .bind(20, c.notes)
        .bind(21, c.shared)
        .bind(22, optionalDays(c.archivedOn));
}

void bindContactPersonColumns(Statement& s, const core::ContactPerson& p) {
    s.bind(2, p.customerId)
        .bind(3, p.name)
        .bind(4, p.role)
        .bind(5, p.decisionMaker)
        .bind(6, optionalDays(p.activeFrom))
        .bind(7, optionalDays(p.activeTo))
        .bind(8, p.notes);
}

} // namespace

core::CustomerId insertCustomer(Database& db, const core::Customer& customer) {
    // The name's sort key in the connection's collation, beside it (name_keys.h).
    static const std::string sql = std::string("INSERT INTO customer (id, ") + kCustomerColumns +
                                   ", name_sort_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                                   "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, rapport_name_key(?3))";
    auto& insert = db.cached(sql);
    bindRowId(insert, 1, customer.id);
    bindCustomerColumns(insert, customer);
    insert.run();
    core::Customer stored = customer;
    stored.id = db.lastInsertRowId();
    writeCustomerChildren(db, stored);
    return stored.id;
}

bool updateCustomerRow(Database& db, const core::Customer& customer) {
    // A version of 0 does not care what is stored (imports, merges); any other must still be the stored one.
    auto& update = db.cached(
        "UPDATE customer SET kind = ?2, display_name = ?3, legal_name = ?4, street = ?5, postcode = ?6, city = ?7, "
        "region = ?8, country = ?9, segment = ?10, market = ?11, acquired_on = ?12, acquisition_channel = ?13, "
        "acquisition_cost = ?14, owner = ?15, preferred_channel = ?16, income_band = ?17, household_size = ?18, "
        "external_ref = ?19, notes = ?20, shared = ?21, archived_on = ?22, name_sort_key = rapport_name_key(?3), "
        "version = version + 1, updated_at = unixepoch() WHERE id = ?1 AND (?23 = 0 OR version = ?23)");
    update.bind(1, customer.id);
    bindCustomerColumns(update, customer);
    update.bind(23, customer.version.value);
    update.run();
    if (db.changes() == 0) {
        auto& stored = db.cached("SELECT version FROM customer WHERE id = ?1");
        stored.bind(1, customer.id);
        const bool exists = stored.step();
        const auto version = exists ? stored.int64(0) : 0;
        stored.reset();
        if (exists) {
            throw ConflictError("customer #" + std::to_string(customer.id) + " was changed by someone else since it " +
                                "was read (version " + std::to_string(customer.version.value) + ", now " +
                                std::to_string(version) + "); nothing was saved");
        }
        return false;
    }
    deleteCustomerChildren(db, customer.id);
    writeCustomerChildren(db, customer);
    return true;
}

const std::string& customerColumnsSql() {
    static const std::string columns = std::string("id, ") + kCustomerColumns + ", version";
    return columns;
}

core::Customer customerFromColumns(const Statement& select) {
    core::Customer c;
    c.id = select.int64(0);
    c.kind = enumColumn<core::CustomerKind>(select, 1, "customer.kind");
    c.displayName = select.text(2);
    c.legalName = select.text(3);
    c.address = {select.text(4), select.text(5), select.text(6), select.text(7), select.text(8)};
    c.segment = select.text(9);
    c.market = enumColumn<core::Market>(select, 10, "customer.market");
    c.acquiredOn = optionalDateColumn(select, 11);
    c.acquisitionChannel = optionalEnumColumn<core::Channel>(select, 12, "customer.acquisition_channel");
    c.acquisitionCost = core::Money::fromMinor(select.int64(13));
    c.owner = select.text(14);
    c.preferredChannel = optionalEnumColumn<core::Channel>(select, 15, "customer.preferred_channel");
    c.incomeBand = optionalEnumColumn<core::IncomeBand>(select, 16, "customer.income_band");
    if (!select.isNull(17)) {
        c.householdSize = select.int32(17);
    }
    c.externalRef = select.text(18);
    c.notes = select.text(19);
    c.shared = select.int64(20) != 0;
    c.archivedOn = optionalDateColumn(select, 21);
    c.version.value = select.int64(22);
    return c;
}

std::optional<core::Customer> readCustomer(Database& db, core::CustomerId id) {
    static const std::string sql = "SELECT " + customerColumnsSql() + " FROM customer WHERE id = ?1";
    auto& select = db.cached(sql);
    select.bind(1, id);
    if (!select.step()) {
        return std::nullopt;
    }
    core::Customer c = customerFromColumns(select);
    select.reset();

    readContactPoints(db, id, std::nullopt, c.emails, c.phones);
    auto& tags = db.cached("SELECT tag FROM customer_tag WHERE customer_id = ?1 ORDER BY position");
    tags.bind(1, id);
    while (tags.step()) {
        c.tags.push_back(tags.text(0));
    }
    auto& consents = db.cached("SELECT purpose, given, recorded_on, text_version FROM consent WHERE customer_id = ?1 "
                               "ORDER BY id");
    consents.bind(1, id);
    while (consents.step()) {
        c.consents.push_back({enumColumn<core::ConsentPurpose>(consents, 0, "consent.purpose"), consents.int64(1) != 0,
                              dateColumn(consents, 2), consents.text(3)});
    }
    return c;
}

core::ContactPersonId insertContactPerson(Database& db, const core::ContactPerson& person) {
    auto& insert = db.cached("INSERT INTO contact_person (id, customer_id, name, role, decision_maker, active_from, "
                             "active_to, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    bindRowId(insert, 1, person.id);
    bindContactPersonColumns(insert, person);
    insert.run();
    const auto id = db.lastInsertRowId();
    writeContactPoints(db, person.customerId, id, person.emails, person.phones);
    return id;
}

bool updateContactPersonRow(Database& db, const core::ContactPerson& person) {
    auto& update = db.cached("UPDATE contact_person SET customer_id = ?2, name = ?3, role = ?4, decision_maker = ?5, "
                             "active_from = ?6, active_to = ?7, notes = ?8 WHERE id = ?1");
    update.bind(1, person.id);
    bindContactPersonColumns(update, person);
    update.run();
    if (db.changes() == 0) {
        return false;
    }
    db.cached("DELETE FROM contact_point WHERE contact_person_id = ?1").bind(1, person.id).run();
    writeContactPoints(db, person.customerId, person.id, person.emails, person.phones);
    return true;
}

std::vector<core::ContactPerson> readContactPersons(Database& db, core::CustomerId customerId) {
    std::vector<core::ContactPerson> people;
    auto& select = db.cached("SELECT id, customer_id, name, role, decision_maker, active_from, active_to, notes "
                             "FROM contact_person WHERE customer_id = ?1 "
                             "ORDER BY active_to IS NOT NULL, active_to DESC, active_from DESC, id");
    select.bind(1, customerId);
    while (select.step()) {
        core::ContactPerson p;
        p.id = select.int64(0);
        p.customerId = select.int64(1);
        p.name = select.text(2);
        p.role = select.text(3);
        p.decisionMaker = select.int64(4) != 0;
        p.activeFrom = optionalDateColumn(select, 5);
        p.activeTo = optionalDateColumn(select, 6);
        p.notes = select.text(7);
        people.push_back(std::move(p));
    }
    select.reset();
    for (auto& p : people) {
        readContactPoints(db, customerId, p.id, p.emails, p.phones);
    }
    return people;
}

std::int64_t insertCustomerEvent(Database& db, const CustomerEvent& event) {
    db.cached("INSERT INTO customer_event (kind, customer_id, other_customer_id, happened_at, done_by, details) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, event.kind)
        .bind(2, event.customerId)
        .bind(3, event.otherCustomerId)
        .bind(4, event.happenedAtUnixSeconds)
        .bind(5, event.doneBy)
        .bind(6, event.details)
        .run();
    return db.lastInsertRowId();
}

} // namespace rapport::storage::sqlite
