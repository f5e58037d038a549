// PgRepository: duplicates, merges, erasure and export of personal data, and the audit trail.
#include "core/customer_merge.h"
#include "storage/errors.h"
#include "storage/name_collation.h"
#include "storage/postgres/pg_customer_rows.h"
#include "storage/postgres/pg_names.h"
#include "storage/postgres/pg_repository.h"
#include "storage/postgres/pg_values.h"

#include <algorithm>
#include <chrono>

namespace rapport::storage::postgres {

namespace {

std::int64_t nowUnixSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

CustomerEvent recordEvent(pqxx::transaction_base& work, CustomerEvent event) {
    event.happenedAtUnixSeconds = nowUnixSeconds();
    event.id = int64(work.exec_params("INSERT INTO customer_event (kind, customer_id, other_customer_id, happened_at, "
                                      "done_by, details) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                                      event.kind, event.customerId, event.otherCustomerId, event.happenedAtUnixSeconds,
                                      event.doneBy, event.details)[0][0]);
    return event;
}

std::int64_t moveRows(pqxx::transaction_base& work, const std::string& sql, core::CustomerId kept,
                      core::CustomerId merged) {
    return static_cast<std::int64_t>(work.exec_params(sql, kept, merged).affected_rows());
}

std::string counted(std::int64_t n, const char* what) {
    return std::to_string(n) + " " + what;
}

std::vector<core::CustomerId> idList(const std::string& text) {
    std::vector<core::CustomerId> ids;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto comma = std::min(text.find(',', start), text.size());
        ids.push_back(std::stoll(text.substr(start, comma - start)));
        start = comma + 1;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

std::vector<SharedContact> PgRepository::sharedContacts(int limit) {
    return m_session.read([&](auto& work) {
        std::vector<SharedContact> result;
        for (const auto& r :
             work.exec_params("SELECT kind, normalized, string_agg(DISTINCT customer_id::text, ',') FROM contact_point "
                              "WHERE contact_person_id IS NULL AND normalized <> '' GROUP BY kind, normalized "
                              "HAVING count(DISTINCT customer_id) > 1 "
                              "ORDER BY count(DISTINCT customer_id) DESC, kind, normalized LIMIT $1",
                              limit)) {
            result.push_back({text(r[0]), text(r[1]), idList(text(r[2]))});
        }
        return result;
    });
}

CustomerEvent PgRepository::mergeCustomers(core::CustomerId kept, core::CustomerId merged, const std::string& by) {
    if (kept == merged) {
        throw StorageError("a customer cannot be merged into itself (#" + std::to_string(kept) + ")");
    }
    return m_session.write([&](pqxx::work& work) {
        const auto keptCustomer = readCustomer(work, kept);
        requireFound(keptCustomer.has_value(), "customer", kept);
        const auto mergedCustomer = readCustomer(work, merged);
        requireFound(mergedCustomer.has_value(), "customer", merged);
        auto combined = core::mergedCustomer(*keptCustomer, *mergedCustomer);
        core::validate(combined);

        const auto episodes =
            moveRows(work, "UPDATE episode SET customer_id = $1 WHERE customer_id = $2", kept, merged);
        const auto people =
            moveRows(work, "UPDATE contact_person SET customer_id = $1 WHERE customer_id = $2", kept, merged);
        moveRows(work,
                 "UPDATE contact_point SET customer_id = $1 WHERE customer_id = $2 AND contact_person_id IS NOT NULL",
                 kept, merged);
        const auto tasks = moveRows(work, "UPDATE task SET customer_id = $1 WHERE customer_id = $2", kept, merged);
        // Cost entries of the same year and line add up; the rest move as they are.
        moveRows(work,
                 "UPDATE relationship_cost AS k SET amount = k.amount + m.amount FROM relationship_cost AS m "
                 "WHERE k.customer_id = $1 AND m.customer_id = $2 AND m.year = k.year AND m.line = k.line",
                 kept, merged);
        moveRows(work,
                 "DELETE FROM relationship_cost AS m USING relationship_cost AS k WHERE k.customer_id = $1 "
                 "AND m.customer_id = $2 AND m.year = k.year AND m.line = k.line",
                 kept, merged);
        const auto costs =
            moveRows(work, "UPDATE relationship_cost SET customer_id = $1 WHERE customer_id = $2", kept, merged);
        const auto churn =
            moveRows(work, "UPDATE churn_record SET customer_id = $1 WHERE customer_id = $2", kept, merged);
        const auto partnerships = moveRows(
            work, "UPDATE partnership SET partner_customer_id = $1 WHERE partner_customer_id = $2", kept, merged);
        const auto assessments =
            moveRows(work, "UPDATE assessment SET customer_id = $1 WHERE customer_id = $2", kept, merged);
        moveRows(work,
                 "UPDATE ladder_override SET customer_id = $1 WHERE customer_id = $2 "
                 "AND NOT EXISTS (SELECT 1 FROM ladder_override WHERE customer_id = $1)",
                 kept, merged);
        // A campaign's member stays one (with the offer and purchases now on the kept customer); where both were in
        // the same campaign, the kept customer's group stands and the other membership goes with the merged row.
        moveRows(work,
                 "UPDATE campaign_member m SET customer_id = $1 WHERE customer_id = $2 AND NOT EXISTS "
                 "(SELECT 1 FROM campaign_member k WHERE k.campaign_id = m.campaign_id AND k.customer_id = $1)",
                 kept, merged);
        // The merged customer's level history joins the kept one's where it is older than the kept one's latest row
        // (which stays the level the kept customer holds) and falls on a day the kept one has none.
        moveRows(work,
                 "UPDATE service_level_change m SET customer_id = $1 WHERE customer_id = $2 AND since < "
                 "(SELECT max(k.since) FROM service_level_change k WHERE k.customer_id = $1) AND NOT EXISTS "
                 "(SELECT 1 FROM service_level_change k WHERE k.customer_id = $1 AND k.since = m.since)",
                 kept, merged);
        work.exec_params("DELETE FROM customer WHERE id = $1", merged);
        combined.version = {}; // read in this transaction, row locked: no one else can have changed it
        requireFound(updateCustomerRow(work, combined, *collationForWriting(work)), "customer", kept);
        refreshSearch(work, kept);

        CustomerEvent event;
        event.kind = "merge";
        event.customerId = kept;
        event.otherCustomerId = merged;
        event.doneBy = by;
        event.details = "merged #" + std::to_string(merged) + " " + mergedCustomer->displayName + " into #" +
                        std::to_string(kept) + " " + keptCustomer->displayName + ": moved " +
                        counted(episodes, "episodes") + ", " + counted(people, "contact persons") + ", " +
                        counted(tasks, "tasks") + ", " + counted(costs, "cost entries") + ", " +
                        counted(churn, "churn records") + ", " + counted(partnerships, "partnership links") + ", " +
                        counted(assessments, "assessments");
        return recordEvent(work, event);
    });
}

CustomerEvent PgRepository::erasePersonalData(core::CustomerId id, const std::string& by) {
    return m_session.write([&](pqxx::work& work) {
        const auto customer = readCustomer(work, id);
        requireFound(customer.has_value(), "customer", id);
        // What stays is what no one can be identified by; the desktop file erases to the same.
        const auto anonymous = core::anonymisedCustomer(*customer);
        requireFound(updateCustomerRow(work, anonymous, *collationForWriting(work)), "customer", id);
        work.exec_params("DELETE FROM consent WHERE customer_id = $1", id);
        work.exec_params(
            "UPDATE episode SET contact_person_id = NULL WHERE customer_id = $1 AND contact_person_id IS NOT NULL", id);
        const auto people = work.exec_params("DELETE FROM contact_person WHERE customer_id = $1", id).affected_rows();
        const auto episodeNotes =
            work.exec_params("UPDATE episode SET notes = '' WHERE customer_id = $1 AND notes <> ''", id)
                .affected_rows();
        work.exec_params("UPDATE task SET title = 'Erased', notes = '' WHERE customer_id = $1", id);
        work.exec_params("UPDATE churn_record SET details = '' WHERE customer_id = $1", id);
        work.exec_params("UPDATE assessment SET note = '' WHERE customer_id = $1 AND note <> ''", id);
        work.exec_params("UPDATE ladder_override SET reason = 'erased' WHERE customer_id = $1", id);
        work.exec_params("UPDATE partnership SET partner_customer_id = NULL WHERE partner_customer_id = $1", id);
        refreshSearch(work, id);
        // The erasure's record comes first: the audit trail's redaction runs only inside an erasure recorded in
        // the same transaction. Then the trail loses the erased values (including this erasure's own "before");
        // the record of who changed what and when stays.
        CustomerEvent event;
        event.kind = "erasure";
        event.customerId = id;
        event.doneBy = by;
        event.details = "erased name, address, e-mails, phones, tags, notes, external reference, consents, " +
                        counted(static_cast<std::int64_t>(people), "contact persons") + " and the notes of " +
                        counted(static_cast<std::int64_t>(episodeNotes), "episodes") +
                        " and of assessments; episodes' dates, kinds and amounts kept";
        event = recordEvent(work, event);
        const auto redacted = int64(work.exec_params("SELECT redact_audit($1)", id)[0][0]);
        event.details += "; values erased from " + counted(redacted, "audit entries");
        work.exec_params("UPDATE customer_event SET details = $1 WHERE id = $2", event.details, event.id);
        return event;
    });
}

CustomerEvent PgRepository::recordPersonalDataExport(core::CustomerId id, const std::string& by) {
    return m_session.write([&](pqxx::work& work) {
        requireFound(!work.exec_params("SELECT 1 FROM customer WHERE id = $1", id).empty(), "customer", id);
        CustomerEvent event;
        event.kind = "export";
        event.customerId = id;
        event.doneBy = by;
        event.details = "personal data exported";
        return recordEvent(work, event);
    });
}

std::vector<CustomerEvent> PgRepository::customerEvents(std::optional<core::CustomerId> customerId) {
    return m_session.read([&](auto& work) {
        std::vector<CustomerEvent> result;
        for (const auto& r : work.exec_params("SELECT id, kind, customer_id, other_customer_id, happened_at, done_by, "
                                              "details FROM customer_event WHERE $1::bigint IS NULL "
                                              "OR customer_id = $1 OR other_customer_id = $1 ORDER BY id",
                                              customerId)) {
            result.push_back(
                {int64(r[0]), text(r[1]), int64(r[2]), optionalInt64(r[3]), int64(r[4]), text(r[5]), text(r[6])});
        }
        return result;
    });
}

std::vector<AuditEntry> PgRepository::auditTrail(const AuditQuery& query) {
    return m_session.read([&](auto& work) {
        // One row per changed field: the keys whose old and new values differ.
        const auto rows = work.exec_params(R"sql(
SELECT a.id, extract(epoch FROM a.at)::bigint, a.changed_by, a.table_name, a.action, a.row_id, a.customer_id,
       k.key, a.old_values ->> k.key, a.new_values ->> k.key
  FROM (SELECT * FROM audit_log WHERE $1::bigint IS NULL OR customer_id = $1 ORDER BY id DESC LIMIT $2) a
  LEFT JOIN LATERAL (
        SELECT key FROM jsonb_object_keys(coalesce(a.old_values, '{}'::jsonb) || coalesce(a.new_values, '{}'::jsonb)) key
         WHERE (a.old_values -> key) IS DISTINCT FROM (a.new_values -> key)) k ON true
 ORDER BY a.id DESC, k.key)sql",
                                           query.customerId, std::max(query.limit, 1));
        std::vector<AuditEntry> entries;
        for (const auto& r : rows) {
            if (entries.empty() || entries.back().id != int64(r[0])) {
                AuditEntry entry;
                entry.id = int64(r[0]);
                entry.atUnixSeconds = int64(r[1]);
                entry.by = text(r[2]);
                entry.table = text(r[3]);
                entry.action = text(r[4]);
                entry.rowId = optionalInt64(r[5]);
                entry.customerId = optionalInt64(r[6]);
                entries.push_back(std::move(entry));
            }
            if (!r[7].is_null()) {
                auto optionalText = [](const pqxx::field& f) {
                    return f.is_null() ? std::nullopt : std::optional<std::string>(text(f));
                };
                entries.back().changes.push_back({text(r[7]), optionalText(r[8]), optionalText(r[9])});
            }
        }
        return entries;
    });
}

} // namespace rapport::storage::postgres
