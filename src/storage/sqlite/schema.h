#pragma once

#include <span>
#include <string>
#include <string_view>

namespace rapport::storage::sqlite {

class Database;

/** "RAPP" in PRAGMA application_id marks a file as Rapport's, so other SQLite files are never touched. */
inline constexpr int kApplicationId = 0x52415050;
/** The schema this program writes; PRAGMA user_version holds the schema of a file. */
inline constexpr int kSchemaVersion = 12;

/**
 * Creates the current schema in an empty database (inside the caller's transaction), its collation the one the
 * connection has (Database::setNameCollation, required).
 */
void createSchema(Database& db);

/**
 * What v6 added besides the customer's archived_on column: the index of archived customers and the assessment
 * table, its component codes taken from core. Run by createSchema and by the migration from v5.
 */
std::string archiveAndAssessmentSchema();

/**
 * What v7 added: the episode's document reference, line count and cancelled purchase, and the table of anonymous
 * sales. Run by createSchema and by the migration from v6 (the index by reference is among the deferrable ones).
 */
std::string invoiceSchema();

/**
 * What v8 added: each customer's name sort key (name_keys.h). Run by createSchema and by the migration from v7; the
 * index on it is customer_by_name, among the deferrable ones (nameIndexSql).
 */
std::string nameKeySchema();
/**
 * What v9 added: campaigns measured against a control group and their members (treated or held back). Run by
 * createSchema and by the migration from v8.
 */
std::string campaignSchema();
/**
 * Since v10: service levels and each customer's level history (the level itself was customer.score_level until
 * v11, customer_score.score_level since). Run by createSchema and by the migration from v9.
 */
std::string serviceLevelSchema();
/**
 * Since v11: customer_score, one row per customer with the scores and service level of the last analysis run, and
 * the trigger that makes the row with each new customer. Its indexes are among the deferrable ones. Run by
 * createSchema and by the migration from v10.
 */
std::string scoreTableSchema();
/** The CREATE statement of one of the deferrable indexes, by name; empty when there is none. */
std::string_view indexSql(std::string_view name);
/** CREATE INDEX customer_by_name ON customer (name_sort_key, id). */
std::string_view nameIndexSql();

/**
 * Secondary indexes whose rows arrive in random order during a bulk load; the bulk writer drops them
 * while loading and creates them again at commit, because building an index once is ~10x faster
 * than keeping it current row by row.
 */
struct IndexDefinition {
    std::string_view name;
    std::string_view createSql;
};
std::span<const IndexDefinition> deferrableIndexes();

/**
 * Rows ANALYZE samples per index (PRAGMA analysis_limit) after a bulk load or a rebuilt index: milliseconds at a
 * million rows, not a read of every index, and statistics close enough for the planner's choices.
 */
inline constexpr int kStatisticsSampleRows = 1000;

/** customer_score.score_alive_ppm holds P(alive) in parts per million: an integer compares and indexes exactly. */
inline constexpr double kPartsPerMillion = 1'000'000.0;

/** The triggers that keep each customer's running totals (revenue, last contact ...) current. */
std::span<const IndexDefinition> totalsTriggers();

/** The trigger that makes each new customer's score row (in scoreTableSchema); a bulk load drops it while loading. */
IndexDefinition scoreRowTrigger();
/** Makes the score rows (no scores yet) of customers with id >= firstId that have none, as the trigger would have. */
void fillScoreRows(Database& db, long long firstId);

/** Recomputes the running totals of customers with id >= firstId from their episodes. */
void recomputeCustomerTotals(Database& db, long long firstId);

/** Rebuilds the search row of one customer from its names, contact points, tags and contact persons. */
void refreshSearchRow(Database& db, long long customerId);
/** Fills the search index for customers with id >= firstId that have no search row yet. */
void fillSearchRows(Database& db, long long firstId);

} // namespace rapport::storage::sqlite
