#pragma once

#include "core/churn.h"
#include "core/partnership.h"
#include "core/relationship_cost.h"

#include <optional>
#include <vector>

namespace rapport::storage::sqlite {

class Database;

core::PartnershipId insertPartnership(Database& db, const core::Partnership& partnership);
bool updatePartnershipRow(Database& db, const core::Partnership& partnership);
std::optional<core::Partnership> readPartnership(Database& db, core::PartnershipId id);
std::vector<core::Partnership> readPartnerships(Database& db);

void upsertRelationshipCost(Database& db, const core::RelationshipCost& cost);
std::vector<core::RelationshipCost> readRelationshipCosts(Database& db, core::CustomerId customerId);

core::ChurnRecordId insertChurnRecord(Database& db, const core::ChurnRecord& record);
bool updateChurnRecordRow(Database& db, const core::ChurnRecord& record);
std::vector<core::ChurnRecord> readChurnRecords(Database& db, std::optional<core::CustomerId> customerId);
std::vector<core::ChurnReason> readChurnReasons(Database& db);
void insertChurnReason(Database& db, const core::ChurnReason& reason);

} // namespace rapport::storage::sqlite
