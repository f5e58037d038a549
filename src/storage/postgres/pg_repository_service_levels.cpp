// PgRepository: service levels, the level each customer holds (customer.score_level) and its history. Row-level
// security lets only admins define levels, and each member store and read only the levels of customers they see.
#include "storage/errors.h"
#include "storage/postgres/pg_repository.h"
#include "storage/postgres/pg_values.h"

#include <limits>

namespace rapport::storage::postgres {

namespace {

constexpr const char* kLevelColumns = "id, name, rank, abc_classes, four_groups, stages, churn_statuses, "
                                      "min_value_percentile, entitlement, contact_interval_days";

core::ServiceLevel readLevel(const pqxx::row& r) {
    core::ServiceLevel l;
    l.id = int64(r[0]);
    l.name = text(r[1]);
    l.rank = int32(r[2]);
    l.rule.abcClasses = static_cast<std::uint32_t>(int32(r[3]));
    l.rule.fourGroups = static_cast<std::uint32_t>(int32(r[4]));
    l.rule.stages = static_cast<std::uint32_t>(int32(r[5]));
    l.rule.churnStatuses = static_cast<std::uint32_t>(int32(r[6]));
    l.rule.minValuePercentile = int32(r[7]);
    l.entitlement = text(r[8]);
    l.contactIntervalDays = int32(r[9]);
    return l;
}

core::ServiceLevelChange readChange(const pqxx::row& r) {
    core::ServiceLevelChange change;
    change.customerId = int64(r[0]);
    change.since = core::Date::fromDays(int32(r[1]));
    change.levelId = optionalInt64(r[2]);
    change.levelName = text(r[3]);
    return change;
}

/** A PostgreSQL array literal of whole numbers with NULL for the empty ones: bound as one text parameter. */
std::string arrayLiteral(const std::vector<std::optional<std::int64_t>>& values) {
    std::string literal = "{";
    for (const auto& value : values) {
        if (literal.size() > 1) {
            literal += ',';
        }
        literal += value ? std::to_string(*value) : "NULL";
    }
    return literal + "}";
}

/** Text elements double-quoted with their quotes and backslashes escaped. */
std::string arrayLiteral(const std::vector<std::string>& values) {
    std::string literal = "{";
    for (const auto& value : values) {
        if (literal.size() > 1) {
            literal += ',';
        }
        literal += '"';
        for (const char c : value) {
            if (c == '"' || c == '\\') {
                literal += '\\';
            }
            literal += c;
        }
        literal += '"';
    }
    return literal + "}";
}

} // namespace

core::ServiceLevelId PgRepository::addServiceLevel(const core::ServiceLevel& l) {
    core::validate(l);
    return m_session.write([&](pqxx::work& work) {
        return int64(work.exec_params(
            std::string("INSERT INTO service_level (") + kLevelColumns +
                ") VALUES (coalesce($1, nextval(pg_get_serial_sequence('rapport.service_level', 'id'))), $2, $3, $4, "
                "$5, $6, $7, $8, $9, $10) RETURNING id",
            optionalId(l.id), l.name, l.rank, static_cast<std::int32_t>(l.rule.abcClasses),
            static_cast<std::int32_t>(l.rule.fourGroups), static_cast<std::int32_t>(l.rule.stages),
            static_cast<std::int32_t>(l.rule.churnStatuses), l.rule.minValuePercentile, l.entitlement,
            l.contactIntervalDays)[0][0]);
    });
}

void PgRepository::updateServiceLevel(const core::ServiceLevel& l) {
    core::validate(l);
    m_session.write([&](pqxx::work& work) {
        const auto changed =
            work.exec_params("UPDATE service_level SET name = $2, rank = $3, abc_classes = $4, four_groups = $5, "
                             "stages = $6, churn_statuses = $7, min_value_percentile = $8, entitlement = $9, "
                             "contact_interval_days = $10 WHERE id = $1",
                             l.id, l.name, l.rank, static_cast<std::int32_t>(l.rule.abcClasses),
                             static_cast<std::int32_t>(l.rule.fourGroups), static_cast<std::int32_t>(l.rule.stages),
                             static_cast<std::int32_t>(l.rule.churnStatuses), l.rule.minValuePercentile, l.entitlement,
                             l.contactIntervalDays)
                .affected_rows();
        requireFound(changed > 0, "service level", l.id);
    });
}

void PgRepository::removeServiceLevel(core::ServiceLevelId id) {
    m_session.write([&](pqxx::work& work) {
        requireFound(work.exec_params("DELETE FROM service_level WHERE id = $1", id).affected_rows() > 0,
                     "service level", id);
    });
}

std::optional<core::ServiceLevel> PgRepository::serviceLevel(core::ServiceLevelId id) {
    return m_session.read([&](auto& work) -> std::optional<core::ServiceLevel> {
        const auto rows = work.exec_params(std::string("SELECT ") + kLevelColumns +
                                               " FROM service_level WHERE id = $1" + m_session.lockForWrite(),
                                           id);
        if (rows.empty()) {
            return std::nullopt;
        }
        return readLevel(rows[0]);
    });
}

std::vector<ServiceLevelSummary> PgRepository::serviceLevels() {
    return m_session.read([&](auto& work) {
        std::vector<ServiceLevelSummary> result;
        for (const auto& r : work.exec(std::string("SELECT ") + kLevelColumns +
                                       ", (SELECT count(*) FROM customer c WHERE c.score_level = service_level.id "
                                       "AND c.archived_on IS NULL) FROM service_level ORDER BY rank, id")) {
            result.push_back({readLevel(r), int64(r[10])});
        }
        return result;
    });
}

void PgRepository::storeServiceLevels(std::span<const ServiceLevelAssignment> assignments, core::Date asOf) {
    m_session.write([&](pqxx::work& work) {
        // Arrays of 10,000 a statement; only the customers whose level changed are updated, and those rows (as
        // the UPDATE returns them) are the history's, so an unchanged base writes nothing.
        constexpr std::size_t kChunk = 10'000;
        for (std::size_t start = 0; start < assignments.size(); start += kChunk) {
            const auto end = std::min(assignments.size(), start + kChunk);
            std::vector<std::optional<std::int64_t>> ids;
            std::vector<std::optional<std::int64_t>> levels;
            for (auto i = start; i < end; ++i) {
                ids.emplace_back(assignments[i].customerId);
                levels.push_back(assignments[i].levelId);
            }
            work.exec_params(
                "WITH changed AS (UPDATE customer c SET score_level = s.level FROM unnest($1::bigint[], "
                "$2::bigint[]) AS s (id, level) WHERE c.id = s.id AND c.score_level IS DISTINCT FROM s.level "
                "RETURNING c.id, c.score_level) "
                "INSERT INTO service_level_change (customer_id, since, level_id, level_name) "
                "SELECT changed.id, greatest($3, coalesce((SELECT max(h.since) FROM service_level_change h "
                "WHERE h.customer_id = changed.id), $3)), changed.score_level, coalesce(l.name, '') FROM changed "
                "LEFT JOIN service_level l ON l.id = changed.score_level "
                "ON CONFLICT (customer_id, since) DO UPDATE SET level_id = excluded.level_id, "
                "level_name = excluded.level_name",
                arrayLiteral(ids), arrayLiteral(levels), asOf.days());
        }
        return 0;
    });
}

void PgRepository::scanServiceLevelAssignments(
    const std::function<bool(std::span<const ServiceLevelAssignment>)>& sink) {
    m_session.read([&](auto& work) {
        constexpr int kBatch = 10'000;
        std::vector<ServiceLevelAssignment> batch;
        core::CustomerId after = 0;
        while (true) {
            batch.clear();
            for (const auto& r : work.exec_params("SELECT id, score_level FROM customer WHERE score_level IS NOT NULL "
                                                  "AND archived_on IS NULL AND id > $1 ORDER BY id LIMIT " +
                                                      std::to_string(kBatch),
                                                  after)) {
                batch.push_back({int64(r[0]), int64(r[1])});
            }
            if (batch.empty() || !sink(batch) || static_cast<int>(batch.size()) < kBatch) {
                return 0;
            }
            after = batch.back().customerId;
        }
    });
}

std::vector<core::ServiceLevelChange> PgRepository::serviceLevelHistory(core::CustomerId customerId) {
    return m_session.read([&](auto& work) {
        std::vector<core::ServiceLevelChange> result;
        for (const auto& r : work.exec_params("SELECT customer_id, since, level_id, level_name FROM "
                                              "service_level_change WHERE customer_id = $1 ORDER BY since",
                                              customerId)) {
            result.push_back(readChange(r));
        }
        return result;
    });
}

void PgRepository::scanServiceLevelHistory(const std::function<bool(std::span<const core::ServiceLevelChange>)>& sink) {
    m_session.read([&](auto& work) {
        // Keyset pages by (customer, day): a history as long as the base's never sits in memory whole.
        constexpr int kBatch = 10'000;
        std::vector<core::ServiceLevelChange> batch;
        core::CustomerId afterCustomer = 0;
        std::int32_t afterDay = std::numeric_limits<std::int32_t>::min();
        while (true) {
            batch.clear();
            for (const auto& r : work.exec_params("SELECT customer_id, since, level_id, level_name FROM "
                                                  "service_level_change WHERE (customer_id, since) > ($1, $2) "
                                                  "ORDER BY customer_id, since LIMIT " +
                                                      std::to_string(kBatch),
                                                  afterCustomer, afterDay)) {
                batch.push_back(readChange(r));
            }
            if (batch.empty() || !sink(batch) || static_cast<int>(batch.size()) < kBatch) {
                return 0;
            }
            afterCustomer = batch.back().customerId;
            afterDay = batch.back().since.days();
        }
    });
}

void PgRepository::restoreServiceLevelHistory(std::span<const core::ServiceLevelChange> changes) {
    m_session.write([&](pqxx::work& work) {
        constexpr std::size_t kChunk = 10'000;
        for (std::size_t start = 0; start < changes.size(); start += kChunk) {
            const auto end = std::min(changes.size(), start + kChunk);
            std::vector<std::optional<std::int64_t>> customers;
            std::vector<std::optional<std::int64_t>> days;
            std::vector<std::optional<std::int64_t>> levels;
            std::vector<std::string> names;
            for (auto i = start; i < end; ++i) {
                customers.emplace_back(changes[i].customerId);
                days.emplace_back(changes[i].since.days());
                levels.push_back(changes[i].levelId);
                names.push_back(changes[i].levelName);
            }
            work.exec_params("INSERT INTO service_level_change (customer_id, since, level_id, level_name) "
                             "SELECT * FROM unnest($1::bigint[], $2::integer[], $3::bigint[], $4::text[]) "
                             "ON CONFLICT (customer_id, since) DO UPDATE SET level_id = excluded.level_id, "
                             "level_name = excluded.level_name",
                             arrayLiteral(customers), arrayLiteral(days), arrayLiteral(levels), arrayLiteral(names));
            // Each customer's level is their latest row's.
            work.exec_params("UPDATE customer c SET score_level = h.level_id FROM (SELECT DISTINCT ON (customer_id) "
                             "customer_id, level_id FROM service_level_change WHERE customer_id = ANY($1::bigint[]) "
                             "ORDER BY customer_id, since DESC) h WHERE c.id = h.customer_id "
                             "AND c.score_level IS DISTINCT FROM h.level_id",
                             arrayLiteral(customers));
        }
        return 0;
    });
}

} // namespace rapport::storage::postgres
