// SqliteRepository: service levels, the level each customer holds (customer_score.score_level) and its history.
#include "storage/errors.h"
#include "storage/sqlite/codes.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/score_store.h"
#include "storage/sqlite/sqlite_repository.h"
#include "storage/sqlite/transaction.h"

namespace rapport::storage::sqlite {

namespace {

constexpr const char* kLevelColumns = "id, name, rank, abc_classes, four_groups, stages, churn_statuses, "
                                      "min_value_percentile, entitlement, contact_interval_days";

void bindLevelColumns(Statement& s, const core::ServiceLevel& l) {
    s.bind(2, l.name)
        .bind(3, l.rank)
        .bind(4, static_cast<std::int64_t>(l.rule.abcClasses))
        .bind(5, static_cast<std::int64_t>(l.rule.fourGroups))
        .bind(6, static_cast<std::int64_t>(l.rule.stages))
        .bind(7, static_cast<std::int64_t>(l.rule.churnStatuses))
        .bind(8, l.rule.minValuePercentile)
        .bind(9, l.entitlement)
        .bind(10, l.contactIntervalDays);
}

core::ServiceLevel readLevel(const Statement& s) {
    core::ServiceLevel l;
    l.id = s.int64(0);
    l.name = s.text(1);
    l.rank = s.int32(2);
    l.rule.abcClasses = static_cast<std::uint32_t>(s.int64(3));
    l.rule.fourGroups = static_cast<std::uint32_t>(s.int64(4));
    l.rule.stages = static_cast<std::uint32_t>(s.int64(5));
    l.rule.churnStatuses = static_cast<std::uint32_t>(s.int64(6));
    l.rule.minValuePercentile = s.int32(7);
    l.entitlement = s.text(8);
    l.contactIntervalDays = s.int32(9);
    return l;
}

core::ServiceLevelChange readChange(const Statement& s) {
    core::ServiceLevelChange change;
    change.customerId = s.int64(0);
    change.since = dateColumn(s, 1);
    if (!s.isNull(2)) {
        change.levelId = s.int64(2);
    }
    change.levelName = s.text(3);
    return change;
}

} // namespace

core::ServiceLevelId SqliteRepository::addServiceLevel(const core::ServiceLevel& level) {
    core::validate(level);
    return inTransaction(*m_db, [&] {
        auto& insert = m_db->cached(std::string("INSERT INTO service_level (") + kLevelColumns +
                                    ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        bindRowId(insert, 1, level.id);
        bindLevelColumns(insert, level);
        insert.run();
        return m_db->lastInsertRowId();
    });
}

void SqliteRepository::updateServiceLevel(const core::ServiceLevel& level) {
    core::validate(level);
    inTransaction(*m_db, [&] {
        auto& update =
            m_db->cached("UPDATE service_level SET name = ?2, rank = ?3, abc_classes = ?4, four_groups = ?5, "
                         "stages = ?6, churn_statuses = ?7, min_value_percentile = ?8, entitlement = ?9, "
                         "contact_interval_days = ?10 WHERE id = ?1");
        update.bind(1, level.id);
        bindLevelColumns(update, level);
        update.run();
        requireFound(m_db->changes() > 0, "service level", level.id);
    });
}

void SqliteRepository::removeServiceLevel(core::ServiceLevelId id) {
    inTransaction(*m_db, [&] {
        m_db->cached("DELETE FROM service_level WHERE id = ?1").bind(1, id).run();
        requireFound(m_db->changes() > 0, "service level", id);
        // The score rows' level has no foreign key (schema.cpp): its index finds those who held the level.
        m_db->cached("UPDATE customer_score SET score_level = NULL WHERE score_level = ?1").bind(1, id).run();
    });
}

std::optional<core::ServiceLevel> SqliteRepository::serviceLevel(core::ServiceLevelId id) {
    auto& select = m_db->cached(std::string("SELECT ") + kLevelColumns + " FROM service_level WHERE id = ?1");
    select.bind(1, id);
    if (!select.step()) {
        return std::nullopt;
    }
    auto result = readLevel(select);
    select.reset();
    return result;
}

std::vector<ServiceLevelSummary> SqliteRepository::serviceLevels() {
    // Counted in the index alone (customer_by_level's range, less the archived few in their own index): an index
    // range per level, about as long as the level's customers, never a read of their rows.
    auto& select = m_db->cached(std::string("SELECT ") + kLevelColumns +
                                ", (SELECT count(*) FROM customer_score sc INDEXED BY customer_by_level "
                                "WHERE sc.score_level = service_level.id) - (SELECT count(*) FROM customer_score sc "
                                "INDEXED BY customer_by_level WHERE sc.score_level = service_level.id AND "
                                "sc.customer_id IN (SELECT id FROM customer INDEXED BY customer_archived "
                                "WHERE archived_on IS NOT NULL)) FROM service_level ORDER BY rank, id");
    std::vector<ServiceLevelSummary> result;
    while (select.step()) {
        result.push_back({readLevel(select), select.int64(10)});
    }
    return result;
}

void SqliteRepository::storeServiceLevels(std::span<const ServiceLevelAssignment> assignments, core::Date asOf) {
    inTransactionJoiningCaller(*m_db, [&] { storeCustomerLevels(*m_db, assignments, asOf); });
}

void SqliteRepository::scanServiceLevelAssignments(
    const std::function<bool(std::span<const ServiceLevelAssignment>)>& sink) {
    auto select = m_db->prepare("SELECT sc.customer_id, sc.score_level FROM customer_score sc "
                                "INDEXED BY customer_by_level CROSS JOIN customer c ON c.id = sc.customer_id "
                                "WHERE sc.score_level IS NOT NULL AND c.archived_on IS NULL");
    constexpr std::size_t kBatch = 10'000;
    std::vector<ServiceLevelAssignment> batch;
    batch.reserve(kBatch);
    while (select.step()) {
        batch.push_back({select.int64(0), select.int64(1)});
        if (batch.size() == kBatch) {
            if (!sink(batch)) {
                return;
            }
            batch.clear();
        }
    }
    if (!batch.empty()) {
        sink(batch);
    }
}

std::vector<core::ServiceLevelChange> SqliteRepository::serviceLevelHistory(core::CustomerId customerId) {
    auto& select = m_db->cached("SELECT customer_id, since, level_id, level_name FROM service_level_change "
                                "WHERE customer_id = ?1 ORDER BY since");
    select.bind(1, customerId);
    std::vector<core::ServiceLevelChange> result;
    while (select.step()) {
        result.push_back(readChange(select));
    }
    return result;
}

void SqliteRepository::scanServiceLevelHistory(
    const std::function<bool(std::span<const core::ServiceLevelChange>)>& sink) {
    auto select = m_db->prepare("SELECT customer_id, since, level_id, level_name FROM service_level_change "
                                "ORDER BY customer_id, since");
    constexpr std::size_t kBatch = 10'000;
    std::vector<core::ServiceLevelChange> batch;
    batch.reserve(kBatch);
    while (select.step()) {
        batch.push_back(readChange(select));
        if (batch.size() == kBatch) {
            if (!sink(batch)) {
                return;
            }
            batch.clear();
        }
    }
    if (!batch.empty()) {
        sink(batch);
    }
}

void SqliteRepository::restoreServiceLevelHistory(std::span<const core::ServiceLevelChange> changes) {
    inTransaction(*m_db, [&] {
        auto& insert = m_db->cached("INSERT OR REPLACE INTO service_level_change (customer_id, since, level_id, "
                                    "level_name) VALUES (?1, ?2, ?3, ?4)");
        auto& current = m_db->cached(
            "UPDATE customer_score SET score_level = ?2 WHERE customer_id = ?1 AND NOT EXISTS (SELECT 1 FROM "
            "service_level_change h WHERE h.customer_id = ?1 AND h.since > ?3)");
        for (const auto& change : changes) {
            insert.bind(1, change.customerId).bind(2, static_cast<std::int64_t>(change.since.days()));
            current.bind(1, change.customerId).bind(3, static_cast<std::int64_t>(change.since.days()));
            if (change.levelId) {
                insert.bind(3, *change.levelId);
                current.bind(2, *change.levelId);
            } else {
                insert.bindNull(3);
                current.bindNull(2);
            }
            insert.bind(4, change.levelName).run();
            insert.reset();
            current.run();
            current.reset();
        }
    });
}

} // namespace rapport::storage::sqlite
