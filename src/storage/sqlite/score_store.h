#pragma once

#include "core/date.h"
#include "storage/queries.h"

#include <span>

namespace rapport::storage::sqlite {

class Database;

/** Writes an analysis run's scores; the caller holds the transaction. */
void storeCustomerScores(Database& db, std::span<const CustomerScore> scores);

/**
 * Gives customers the service levels a run assigned; where a customer's level changes, a history row dated `day`
 * records it (a second change on one day replaces that day's row). The caller holds the transaction.
 */
void storeCustomerLevels(Database& db, std::span<const ServiceLevelAssignment> assignments, core::Date day);

/**
 * Both of the above as one write of each customer's score row (customer_score): on a first analysis, or one after most
 * customers moved, every row changes, and writing the scores and then the levels would rewrite each row twice. The
 * history rows are those storeCustomerLevels would write for assignments of one customer each (as an analysis gives
 * them); of a customer assigned twice the last assignment counts, without a row for the level in between. The caller
 * holds the transaction.
 */
void storeCustomerScoresAndLevels(Database& db, const ScoreBatches& scores,
                                  std::span<const ServiceLevelAssignment> assignments, core::Date day);
inline void storeCustomerScoresAndLevels(Database& db, std::span<const CustomerScore> scores,
                                         std::span<const ServiceLevelAssignment> assignments, core::Date day) {
    storeCustomerScoresAndLevels(db, ScoreBatches::of(scores), assignments, day);
}

} // namespace rapport::storage::sqlite
