#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace rapport::storage {
struct OpenOptions;
}

namespace rapport::storage::sqlite {

class Database;

struct OpenResult {
    std::unique_ptr<Database> db;
    int migratedFrom = -1;             // the schema version before migration, -1 when none ran
    std::string backupPath;            // the copy made before migrating
    bool created = false;              // a new, empty Rapport database
    int schemaVersion = 0;             // of the file as opened (older than current only when read-only)
    std::uintmax_t walBytesAtOpen = 0; // a -wal found beside the file before this connection existed
    bool immutable = false;            // read as an immutable file, on a read-only disk
};

/**
 * Opens a Rapport database, in this order, so that nothing is written to a file that is not ours:
 * 1. the file is read only through SQLite: a file that is not SQLite fails on its header before anything is
 *    written (never through another descriptor: closing one drops every POSIX lock this process holds on the
 *    file, SQLite's included, and lets another process delete the WAL under a live connection);
 * 2. another program's SQLite database (different application_id, or tables but no id) is refused;
 * 3. a schema newer than this program knows is refused;
 * 4. an older schema is backed up next to the file, then migrated in one transaction (not when read-only);
 * 5. an empty file gets the current schema (not when read-only).
 * Only then are WAL and the other connection settings applied.
 */
OpenResult openDatabase(const std::string& path, const OpenOptions& options);

/** Settings every connection needs: foreign keys on, in-memory temporary storage, a page cache. */
void configureConnection(Database& db);

} // namespace rapport::storage::sqlite
