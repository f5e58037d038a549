#pragma once

#include <memory>
#include <string>

namespace rapport::storage::sqlite {

class Database;

struct OpenResult {
    std::unique_ptr<Database> db;
    int migratedFrom = -1;  // the schema version before migration, -1 when none ran
    std::string backupPath; // the copy made before migrating
    bool created = false;   // a new, empty Rapport database
};

/**
 * Opens a Rapport database, in this order, so that nothing is written to a file that is not ours:
 * 1. a file that does not start with the SQLite header is refused before SQLite touches it;
 * 2. another program's SQLite database (different application_id, or tables but no id) is refused;
 * 3. a schema newer than this program knows is refused;
 * 4. an older schema is backed up next to the file, then migrated in one transaction;
 * 5. an empty file gets schema v1.
 * Only then are WAL and the other connection settings applied.
 */
OpenResult openDatabase(const std::string& path, bool createIfMissing);

/** Settings every connection needs: foreign keys on, wait for locks instead of failing. */
void configureConnection(Database& db);

} // namespace rapport::storage::sqlite
