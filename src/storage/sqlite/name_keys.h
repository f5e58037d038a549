#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace rapport::storage {
class NameCollation;
}

namespace rapport::storage::sqlite {

class Database;

// The sort keys of customers' names (customer.name_sort_key) and the collation they follow, kept in rapport_meta as
// `collation` (the language) and `collation_version` (NameCollation::version of the keys stored). Keys are computed
// by Rapport's own SQL function rapport_name_key() (Database::setNameCollation), never by a trigger: sqlite3 and
// other programs have no ICU collation, and a write of theirs must not fail for want of it.

/** The language stored in rapport_meta, or empty (a file older than schema v8). */
std::string storedCollation(Database& db);
/** The NameCollation::version the stored keys were made with, or empty. */
std::string storedCollationVersion(Database& db);
/** Records the collation and its version as the database's (the caller's transaction). */
void storeCollation(Database& db, const NameCollation& collation);

/**
 * In a write transaction, before names are written: when the database's collation is no longer the connection's
 * (another program changed it since), the connection takes the stored one, so every key written is in one collation.
 */
void followStoredCollation(Database& db);

/**
 * Recomputes every customer's key with the connection's collation, in the caller's transaction: the index on the
 * keys is dropped, the keys rewritten and the index built again (in key order, once), as the bulk writer does.
 */
void recomputeNameKeys(Database& db);
/** Computes the keys that are empty (rows written by another program, e.g. sqlite3); returns how many. */
std::int64_t fillMissingNameKeys(Database& db);
/** How many customers' stored keys differ from their name's key in the connection's collation (check()). */
std::int64_t countStaleNameKeys(Database& db);

} // namespace rapport::storage::sqlite
