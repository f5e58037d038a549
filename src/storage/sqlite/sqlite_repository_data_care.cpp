// Duplicates, merges and erasure of personal data: the operations that change a customer as a whole.
#include "core/customer_merge.h"
#include "storage/errors.h"
#include "storage/sqlite/customer_rows.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/name_keys.h"
#include "storage/sqlite/schema.h"
#include "storage/sqlite/sqlite_repository.h"
#include "storage/sqlite/transaction.h"

#include <chrono>

namespace rapport::storage::sqlite {

namespace {

std::int64_t nowUnixSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

CustomerEvent recordEvent(Database& db, CustomerEvent event) {
    event.happenedAtUnixSeconds = nowUnixSeconds();
    event.id = insertCustomerEvent(db, event);
    return event;
}

/** Runs one statement with the customer ids bound as ?1 (kept) and ?2 (merged); returns the rows changed. */
std::int64_t moveRows(Database& db, std::string_view sql, core::CustomerId kept, core::CustomerId merged) {
    db.cached(sql).bind(1, kept).bind(2, merged).run();
    return db.changes();
}

std::string counted(std::int64_t n, const char* what) {
    return std::to_string(n) + " " + what;
}

} // namespace

std::vector<SharedContact> SqliteRepository::sharedContacts(int limit) {
    // contact_point_match (kind, normalized) serves the grouping without a sort of the whole table.
    auto& select = m_db->cached(
        "SELECT kind, normalized, group_concat(DISTINCT customer_id) FROM contact_point "
        "WHERE contact_person_id IS NULL AND normalized <> '' GROUP BY kind, normalized "
        "HAVING count(DISTINCT customer_id) > 1 ORDER BY count(DISTINCT customer_id) DESC, kind, normalized LIMIT ?1");
    select.bind(1, limit);
    std::vector<SharedContact> result;
    while (select.step()) {
        SharedContact shared{select.text(0), select.text(1), {}};
        const auto ids = select.textView(2);
        std::size_t start = 0;
        while (start < ids.size()) {
            const auto comma = ids.find(',', start);
            const auto part =
                ids.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
            shared.customers.push_back(std::stoll(std::string(part)));
            start = comma == std::string_view::npos ? ids.size() : comma + 1;
        }
        std::sort(shared.customers.begin(), shared.customers.end());
        result.push_back(std::move(shared));
    }
    return result;
}

CustomerEvent SqliteRepository::mergeCustomers(core::CustomerId kept, core::CustomerId merged, const std::string& by) {
    if (kept == merged) {
        throw StorageError("a customer cannot be merged into itself (#" + std::to_string(kept) + ")");
    }
    return inTransaction(*m_db, [&] {
        followStoredCollation(*m_db);
        const auto keptCustomer = readCustomer(*m_db, kept);
        requireFound(keptCustomer.has_value(), "customer", kept);
        const auto mergedCustomerRow = readCustomer(*m_db, merged);
        requireFound(mergedCustomerRow.has_value(), "customer", merged);
        auto combined = core::mergedCustomer(*keptCustomer, *mergedCustomerRow);
        core::validate(combined);

        const auto episodes =
            moveRows(*m_db, "UPDATE episode SET customer_id = ?1 WHERE customer_id = ?2", kept, merged);
        const auto people =
            moveRows(*m_db, "UPDATE contact_person SET customer_id = ?1 WHERE customer_id = ?2", kept, merged);
        moveRows(*m_db,
                 "UPDATE contact_point SET customer_id = ?1 WHERE customer_id = ?2 AND contact_person_id IS NOT NULL",
                 kept, merged);
        const auto tasks = moveRows(*m_db, "UPDATE task SET customer_id = ?1 WHERE customer_id = ?2", kept, merged);
        // Cost entries of the same year and line add up; the rest move as they are.
        moveRows(*m_db,
                 "UPDATE relationship_cost AS k SET amount = k.amount + m.amount FROM relationship_cost AS m "
                 "WHERE k.customer_id = ?1 AND m.customer_id = ?2 AND m.year = k.year AND m.line = k.line",
                 kept, merged);
        const auto costs = moveRows(
            *m_db, "UPDATE OR IGNORE relationship_cost SET customer_id = ?1 WHERE customer_id = ?2", kept, merged);
        const auto churn =
            moveRows(*m_db, "UPDATE churn_record SET customer_id = ?1 WHERE customer_id = ?2", kept, merged);
        const auto partnerships = moveRows(
            *m_db, "UPDATE partnership SET partner_customer_id = ?1 WHERE partner_customer_id = ?2", kept, merged);
        const auto assessments =
            moveRows(*m_db, "UPDATE assessment SET customer_id = ?1 WHERE customer_id = ?2", kept, merged);
        moveRows(*m_db, "UPDATE OR IGNORE ladder_override SET customer_id = ?1 WHERE customer_id = ?2", kept, merged);
        // A campaign's member stays one (with the offer and purchases now on the kept customer); where both were in
        // the same campaign, the kept customer's group stands and the other membership goes with the merged row.
        moveRows(*m_db, "UPDATE OR IGNORE campaign_member SET customer_id = ?1 WHERE customer_id = ?2", kept, merged);
        // The merged customer's level history joins the kept one's where it is older than the kept one's latest row
        // (which stays the level the kept customer holds); the rest goes with the merged row.
        moveRows(*m_db,
                 "UPDATE OR IGNORE service_level_change SET customer_id = ?1 WHERE customer_id = ?2 AND since < "
                 "(SELECT max(k.since) FROM service_level_change k WHERE k.customer_id = ?1)",
                 kept, merged);

        m_db->cached("DELETE FROM customer WHERE id = ?1").bind(1, merged).run();
        m_db->cached("DELETE FROM customer_search WHERE rowid = ?1").bind(1, merged).run();
        requireFound(updateCustomerRow(*m_db, combined), "customer", kept);
        refreshSearchRow(*m_db, kept);

        CustomerEvent event;
        event.kind = "merge";
        event.customerId = kept;
        event.otherCustomerId = merged;
        event.doneBy = by;
        event.details = "merged #" + std::to_string(merged) + " " + mergedCustomerRow->displayName + " into #" +
                        std::to_string(kept) + " " + keptCustomer->displayName + ": moved " +
                        counted(episodes, "episodes") + ", " + counted(people, "contact persons") + ", " +
                        counted(tasks, "tasks") + ", " + counted(costs, "cost entries") + ", " +
                        counted(churn, "churn records") + ", " + counted(partnerships, "partnership links") + ", " +
                        counted(assessments, "assessments");
        return recordEvent(*m_db, event);
    });
}

CustomerEvent SqliteRepository::erasePersonalData(core::CustomerId id, const std::string& by) {
    return inTransaction(*m_db, [&] {
        followStoredCollation(*m_db);
        const auto customer = readCustomer(*m_db, id);
        requireFound(customer.has_value(), "customer", id);
        // What stays is what no one can be identified by: kind, market, segment, owner, dates, channels and the
        // episodes' kinds and amounts, so totals, cohorts and models keep counting the relationship.
        const auto anonymous = core::anonymisedCustomer(*customer);
        requireFound(updateCustomerRow(*m_db, anonymous), "customer", id);
        // Consent records go too: they are about the person; the erasure record below is what remains.
        m_db->cached("DELETE FROM consent WHERE customer_id = ?1").bind(1, id).run();
        m_db->cached(
                "UPDATE episode SET contact_person_id = NULL WHERE customer_id = ?1 AND contact_person_id IS NOT NULL")
            .bind(1, id)
            .run();
        m_db->cached("DELETE FROM contact_person WHERE customer_id = ?1").bind(1, id).run();
        const auto people = m_db->changes();
        m_db->cached("UPDATE episode SET notes = '' WHERE customer_id = ?1 AND notes <> ''").bind(1, id).run();
        const auto episodeNotes = m_db->changes();
        m_db->cached("UPDATE task SET title = 'Erased', notes = '' WHERE customer_id = ?1").bind(1, id).run();
        m_db->cached("UPDATE churn_record SET details = '' WHERE customer_id = ?1").bind(1, id).run();
        // Judgements stay (dates, components, scores are no one's identity); why, in someone's words, goes.
        m_db->cached("UPDATE assessment SET note = '' WHERE customer_id = ?1 AND note <> ''").bind(1, id).run();
        m_db->cached("UPDATE ladder_override SET reason = 'erased' WHERE customer_id = ?1").bind(1, id).run();
        m_db->cached("UPDATE partnership SET partner_customer_id = NULL WHERE partner_customer_id = ?1")
            .bind(1, id)
            .run();
        refreshSearchRow(*m_db, id);

        CustomerEvent event;
        event.kind = "erasure";
        event.customerId = id;
        event.doneBy = by;
        // The record says what was erased, never what it said.
        event.details = "erased name, address, e-mails, phones, tags, notes, external reference, consents, " +
                        counted(people, "contact persons") + " and the notes of " + counted(episodeNotes, "episodes") +
                        " and of assessments; episodes' dates, kinds and amounts kept";
        return recordEvent(*m_db, event);
    });
}

CustomerEvent SqliteRepository::recordPersonalDataExport(core::CustomerId id, const std::string& by) {
    return inTransaction(*m_db, [&] {
        const auto customer = readCustomer(*m_db, id);
        requireFound(customer.has_value(), "customer", id);
        CustomerEvent event;
        event.kind = "export";
        event.customerId = id;
        event.doneBy = by;
        event.details = "personal data exported";
        return recordEvent(*m_db, event);
    });
}

std::vector<ChangeNotice> SqliteRepository::takeChanges() {
    // data_version moves when another connection commits to the file, never for this connection's own writes.
    const auto version = m_db->queryInt("PRAGMA data_version");
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (!changed) {
        return {};
    }
    return {ChangeNotice{"*", {}, {}}};
}

std::optional<TeamSession> SqliteRepository::teamSession() {
    return std::nullopt;
}

std::vector<AuditEntry> SqliteRepository::auditTrail(const AuditQuery& /*query*/) {
    throw StorageError("a desktop database (" + m_db->path() +
                       ") keeps no audit trail; its merges, erasures and exports are listed by the customer's history. "
                       "Team databases on PostgreSQL record every change.");
}

std::vector<CustomerEvent> SqliteRepository::customerEvents(std::optional<core::CustomerId> customerId) {
    auto& select = m_db->cached(
        "SELECT id, kind, customer_id, other_customer_id, happened_at, done_by, details FROM customer_event "
        "WHERE ?1 IS NULL OR customer_id = ?1 OR other_customer_id = ?1 ORDER BY id");
    select.bind(1, customerId);
    std::vector<CustomerEvent> result;
    while (select.step()) {
        result.push_back({select.int64(0), select.text(1), select.int64(2), select.optionalInt64(3), select.int64(4),
                          select.text(5), select.text(6)});
    }
    return result;
}

} // namespace rapport::storage::sqlite
