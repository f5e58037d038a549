#pragma once

#include "core/assessment.h"
#include "core/churn.h"
#include "core/episode.h"
#include "core/partnership.h"
#include "core/relationship_cost.h"

#include <pqxx/pqxx>

namespace rapport::storage::postgres {

// Inserts shared by the repository and the bulk writer, inside the caller's transaction. An entity with an id
// keeps it (a copy of another base); 0 takes the next one.

core::EpisodeId insertEpisode(pqxx::transaction_base& work, const core::Episode& episode);
core::TaskId insertTask(pqxx::transaction_base& work, const core::Task& task);
core::ChurnRecordId insertChurnRecord(pqxx::transaction_base& work, const core::ChurnRecord& record);
core::PartnershipId insertPartnership(pqxx::transaction_base& work, const core::Partnership& partnership);
void upsertRelationshipCost(pqxx::transaction_base& work, const core::RelationshipCost& cost);
core::AssessmentId insertAssessment(pqxx::transaction_base& work, const core::Assessment& assessment);

} // namespace rapport::storage::postgres
