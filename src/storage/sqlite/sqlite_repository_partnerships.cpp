// SqliteRepository: partnerships, relationship costs and churn.
#include "storage/errors.h"
#include "storage/name_collation.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/name_keys.h"
#include "storage/sqlite/partnership_rows.h"
#include "storage/sqlite/sqlite_repository.h"
#include "storage/sqlite/transaction.h"

namespace rapport::storage::sqlite {

core::PartnershipId SqliteRepository::addPartnership(const core::Partnership& partnership) {
    core::validate(partnership);
    return inTransaction(*m_db, [&] { return insertPartnership(*m_db, partnership); });
}

void SqliteRepository::updatePartnership(const core::Partnership& partnership) {
    core::validate(partnership);
    inTransaction(*m_db,
                  [&] { requireFound(updatePartnershipRow(*m_db, partnership), "partnership", partnership.id); });
}

void SqliteRepository::removePartnership(core::PartnershipId id) {
    inTransaction(*m_db, [&] {
        m_db->cached("DELETE FROM partnership WHERE id = ?1").bind(1, id).run();
        requireFound(m_db->changes() > 0, "partnership", id);
    });
}

std::optional<core::Partnership> SqliteRepository::partnership(core::PartnershipId id) {
    return readPartnership(*m_db, id);
}

std::vector<core::Partnership> SqliteRepository::partnerships() {
    // By partner name in the database's collation: few rows, sorted here rather than on a stored key.
    auto rows = readPartnerships(*m_db);
    followStoredCollation(*m_db);
    m_db->nameCollation()->sortByName(rows, &core::Partnership::partnerName);
    return rows;
}

void SqliteRepository::setRelationshipCost(const core::RelationshipCost& cost) {
    core::validate(cost);
    inTransaction(*m_db, [&] { upsertRelationshipCost(*m_db, cost); });
}

void SqliteRepository::removeRelationshipCost(core::CustomerId customerId, int year, core::CostLine line) {
    inTransaction(*m_db, [&] {
        m_db->cached("DELETE FROM relationship_cost WHERE customer_id = ?1 AND year = ?2 AND line = ?3")
            .bind(1, customerId)
            .bind(2, static_cast<std::int64_t>(year))
            .bind(3, core::toCode(line))
            .run();
        requireFound(m_db->changes() > 0, "relationship cost of customer", customerId);
    });
}

std::vector<core::RelationshipCost> SqliteRepository::relationshipCosts(core::CustomerId customerId) {
    return readRelationshipCosts(*m_db, customerId);
}

std::vector<core::ChurnReason> SqliteRepository::churnReasons() {
    return readChurnReasons(*m_db);
}

void SqliteRepository::addChurnReason(const core::ChurnReason& reason) {
    core::Validator v;
    core::checkRequiredText(v, "code", reason.code, 60);
    core::checkRequiredText(v, "label", reason.label, 200);
    core::throwIfInvalid("churn reason", v.take());
    inTransaction(*m_db, [&] { insertChurnReason(*m_db, reason); });
}

core::ChurnRecordId SqliteRepository::addChurnRecord(const core::ChurnRecord& record) {
    core::validate(record);
    return inTransaction(*m_db, [&] { return insertChurnRecord(*m_db, record); });
}

void SqliteRepository::updateChurnRecord(const core::ChurnRecord& record) {
    core::validate(record);
    inTransaction(*m_db, [&] { requireFound(updateChurnRecordRow(*m_db, record), "churn record", record.id); });
}

void SqliteRepository::removeChurnRecord(core::ChurnRecordId id) {
    inTransaction(*m_db, [&] {
        m_db->cached("DELETE FROM churn_record WHERE id = ?1").bind(1, id).run();
        requireFound(m_db->changes() > 0, "churn record", id);
    });
}

std::vector<core::ChurnRecord> SqliteRepository::churnRecords(std::optional<core::CustomerId> customerId) {
    return readChurnRecords(*m_db, customerId);
}

} // namespace rapport::storage::sqlite
