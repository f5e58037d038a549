#include "storage/postgres/pg_bulk_writer.h"

#include "core/validation.h"
#include "storage/errors.h"
#include "storage/postgres/pg_customer_rows.h"
#include "storage/postgres/pg_rows.h"
#include "storage/postgres/pg_values.h"

#include <algorithm>
#include <spdlog/spdlog.h>

namespace rapport::storage::postgres {

namespace {
constexpr std::size_t kCopyBatch = 50'000;
constexpr int kIdBlock = 10'000;
} // namespace

template <typename F> auto PgBulkWriter::guarded(F&& f) {
    try {
        return f(*m_work);
    } catch (const pqxx::broken_connection& error) {
        throwLostConnection(m_session.location(), error);
    } catch (const pqxx::failure& error) {
        throwTranslated(error);
    }
}

PgBulkWriter::PgBulkWriter(Session& session, const BulkOptions& /*options*/)
    : m_session(session) {
    try {
        m_work = std::make_unique<pqxx::work>(m_session.connection());
        // Peeks at the sequence without taking a value: every episode id this batch draws is at least this.
        m_firstBatchEpisode = int64(m_work->exec("SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END "
                                                 "FROM rapport.episode_id_seq")[0][0]);
    } catch (const pqxx::failure& error) {
        throwTranslated(error);
    }
}

PgBulkWriter::~PgBulkWriter() {
    if (!m_committed) {
        spdlog::info("bulk write not committed: rolled back");
    }
}

core::CustomerId PgBulkWriter::addCustomer(const core::Customer& customer) {
    core::validate(customer);
    m_explicitIds = m_explicitIds || customer.id > 0;
    const auto id = guarded([&](auto& work) { return insertCustomer(work, customer); });
    m_searchToRefresh.push_back(id);
    m_knownCustomers.insert(id);
    return id;
}

core::ContactPersonId PgBulkWriter::addContactPerson(const core::ContactPerson& person) {
    core::validate(person);
    m_explicitIds = m_explicitIds || person.id > 0;
    m_searchToRefresh.push_back(person.customerId);
    const auto id = guarded([&](auto& work) { return insertContactPerson(work, person); });
    m_knownPeople.insert(id);
    return id;
}

core::EpisodeId PgBulkWriter::nextEpisodeId() {
    if (m_idPool.empty()) {
        guarded([&](auto& work) {
            for (const auto& row :
                 work.exec_params("SELECT nextval('rapport.episode_id_seq') FROM generate_series(1, $1)", kIdBlock)) {
                m_idPool.push_back(int64(row[0]));
            }
            std::reverse(m_idPool.begin(), m_idPool.end());
            return 0;
        });
    }
    const auto id = m_idPool.back();
    m_idPool.pop_back();
    return id;
}

void PgBulkWriter::requireExisting(std::unordered_set<std::int64_t>& known, std::int64_t id, const char* table,
                                   const char* what) {
    if (known.contains(id)) {
        return;
    }
    const bool exists = guarded([&](auto& work) {
        return !work.exec_params("SELECT 1 FROM " + std::string(table) + " WHERE id = $1", id).empty();
    });
    if (!exists) {
        throw ConstraintError("the episode refers to " + std::string(what) + " #" + std::to_string(id) +
                              ", which does not exist (or is not visible to you)");
    }
    known.insert(id);
}

core::EpisodeId PgBulkWriter::addEpisode(const core::Episode& episode) {
    core::validate(episode);
    requireExisting(m_knownCustomers, episode.customerId, "customer", "customer");
    if (episode.contactPersonId) {
        requireExisting(m_knownPeople, *episode.contactPersonId, "contact_person", "contact person");
    }
    auto stored = episode;
    if (stored.id > 0) {
        m_explicitIds = true;
    } else {
        stored.id = nextEpisodeId();
    }
    const auto id = stored.id;
    m_episodes.push_back(std::move(stored));
    if (m_episodes.size() >= kCopyBatch) {
        flushEpisodes();
    }
    return id;
}

void PgBulkWriter::flushEpisodes() {
    if (m_episodes.empty()) {
        return;
    }
    guarded([&](auto& work) {
        pqxx::stream_to copy(work, "episode",
                             std::vector<std::string>{"id", "customer_id", "contact_person_id", "occurred_on",
                                                      "channel", "kind", "revenue", "margin", "satisfaction",
                                                      "critical", "owner", "notes", "follow_up_on", "follow_up_done"});
        for (const auto& e : m_episodes) {
            copy << std::make_tuple(e.id, e.customerId, e.contactPersonId, e.occurredOn.days(), code(e.channel),
                                    code(e.kind), optionalMinor(e.revenue), optionalMinor(e.margin), e.satisfaction,
                                    e.critical, e.owner, e.notes, optionalDays(e.followUpOn), e.followUpDone);
        }
        copy.complete();
        return 0;
    });
    m_episodes.clear();
}

core::TaskId PgBulkWriter::addTask(const core::Task& task) {
    core::validate(task);
    m_explicitIds = m_explicitIds || task.id > 0;
    return guarded([&](auto& work) { return insertTask(work, task); });
}

void PgBulkWriter::addRelationshipCost(const core::RelationshipCost& cost) {
    core::validate(cost);
    guarded([&](auto& work) {
        upsertRelationshipCost(work, cost);
        return 0;
    });
}

core::ChurnRecordId PgBulkWriter::addChurnRecord(const core::ChurnRecord& record) {
    core::validate(record);
    m_explicitIds = m_explicitIds || record.id > 0;
    return guarded([&](auto& work) { return insertChurnRecord(work, record); });
}

core::PartnershipId PgBulkWriter::addPartnership(const core::Partnership& partnership) {
    core::validate(partnership);
    m_explicitIds = m_explicitIds || partnership.id > 0;
    return guarded([&](auto& work) { return insertPartnership(work, partnership); });
}

void PgBulkWriter::addCustomerEvent(const CustomerEvent& event) {
    guarded([&](auto& work) {
        return work.exec_params("INSERT INTO customer_event (kind, customer_id, other_customer_id, happened_at, "
                                "done_by, details) VALUES ($1, $2, $3, $4, $5, $6)",
                                event.kind, event.customerId, event.otherCustomerId, event.happenedAtUnixSeconds,
                                event.doneBy, event.details);
    });
}

void PgBulkWriter::updateCustomer(const core::Customer& customer) {
    core::validate(customer);
    guarded([&](auto& work) {
        requireFound(updateCustomerRow(work, customer), "customer", customer.id);
        return 0;
    });
    m_searchToRefresh.push_back(customer.id);
}

void PgBulkWriter::updateContactPerson(const core::ContactPerson& person) {
    core::validate(person);
    guarded([&](auto& work) {
        requireFound(updateContactPersonRow(work, person), "contact person", person.id);
        return 0;
    });
    m_searchToRefresh.push_back(person.customerId);
}

std::optional<core::Customer> PgBulkWriter::customer(core::CustomerId id) {
    return guarded([&](auto& work) { return readCustomer(work, id); });
}

std::optional<core::CustomerId> PgBulkWriter::customerByExternalRef(const std::string& externalRef) {
    return guarded([&](auto& work) -> std::optional<core::CustomerId> {
        const auto rows = work.exec_params("SELECT id FROM customer WHERE external_ref = $1", externalRef);
        return rows.empty() ? std::nullopt : std::optional<core::CustomerId>(int64(rows[0][0]));
    });
}

std::optional<core::CustomerId> PgBulkWriter::customerByEmail(std::string_view email) {
    return guarded([&](auto& work) -> std::optional<core::CustomerId> {
        const auto rows = work.exec_params("SELECT min(customer_id) FROM contact_point WHERE kind = 'email' "
                                           "AND contact_person_id IS NULL AND normalized = lower($1)",
                                           std::string(email));
        return optionalInt64(rows[0][0]);
    });
}

std::optional<core::CustomerId> PgBulkWriter::customerByPhone(std::string_view phone) {
    const auto digits = core::phoneDigits(phone);
    if (digits.empty()) {
        return std::nullopt;
    }
    return guarded([&](auto& work) -> std::optional<core::CustomerId> {
        const auto rows = work.exec_params("SELECT min(customer_id) FROM contact_point WHERE kind = 'phone' "
                                           "AND contact_person_id IS NULL AND normalized = $1",
                                           digits);
        return optionalInt64(rows[0][0]);
    });
}

std::vector<core::ContactPerson> PgBulkWriter::contactPersons(core::CustomerId customerId) {
    return guarded([&](auto& work) { return readContactPersons(work, customerId); });
}

bool PgBulkWriter::hasEarlierEpisodes(core::CustomerId customerId) {
    return guarded([&](auto& work) {
        return boolean(work.exec_params("SELECT EXISTS (SELECT 1 FROM episode WHERE customer_id = $1 AND id < $2)",
                                        customerId, m_firstBatchEpisode)[0][0]);
    });
}

std::int64_t PgBulkWriter::countEarlierEpisodesLike(const core::Episode& e) {
    return guarded([&](auto& work) {
        return int64(work.exec_params("SELECT count(*) FROM episode WHERE customer_id = $1 AND occurred_on = $2 "
                                      "AND kind = $3 AND channel = $4 AND revenue IS NOT DISTINCT FROM $5::bigint "
                                      "AND margin IS NOT DISTINCT FROM $6::bigint AND id < $7",
                                      e.customerId, e.occurredOn.days(), code(e.kind), code(e.channel),
                                      optionalMinor(e.revenue), optionalMinor(e.margin), m_firstBatchEpisode)[0][0]);
    });
}

void PgBulkWriter::commit() {
    flushEpisodes();
    std::sort(m_searchToRefresh.begin(), m_searchToRefresh.end());
    m_searchToRefresh.erase(std::unique(m_searchToRefresh.begin(), m_searchToRefresh.end()), m_searchToRefresh.end());
    guarded([&](auto& work) {
        constexpr std::size_t kChunk = 20'000;
        for (std::size_t start = 0; start < m_searchToRefresh.size(); start += kChunk) {
            std::string ids = "{";
            for (std::size_t i = start; i < std::min(start + kChunk, m_searchToRefresh.size()); ++i) {
                ids += (i > start ? "," : "") + std::to_string(m_searchToRefresh[i]);
            }
            ids += "}";
            work.exec_params(
                "INSERT INTO customer_search (customer_id, doc) SELECT id, search_document(id) "
                "FROM unnest($1::bigint[]) AS id ON CONFLICT (customer_id) DO UPDATE SET doc = excluded.doc",
                ids);
        }
        if (m_explicitIds) {
            // Rows came with the ids of another base: new rows must be numbered after them.
            for (const char* table : {"customer", "contact_person", "episode", "task", "churn_record", "partnership"}) {
                work.exec_params("SELECT setval(pg_get_serial_sequence('rapport.' || $1, 'id'), "
                                 "greatest((SELECT coalesce(max(id), 0) FROM rapport." +
                                     std::string(table) + "), 1))",
                                 std::string(table));
            }
        }
        work.commit();
        return 0;
    });
    m_committed = true;
}

} // namespace rapport::storage::postgres
