#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace rapport::storage::sqlite {

class Database;

/** Hears the pages copied of all the pages; false stops the copy. */
using CopyProgress = std::function<bool(std::int64_t pagesCopied, std::int64_t pages)>;

/**
 * Copies the whole database to a new file with SQLite's online backup API: a consistent snapshot even
 * while other connections write. Refuses to overwrite an existing file. With `progress` the copy goes in steps
 * that report how far it is; a false from it removes what was copied and throws CancelledError.
 */
void backupDatabase(Database& source, const std::string& destinationPath, const CopyProgress& progress = {});

/**
 * Copies a backup file over the database of `destination`, page by page through SQLite's backup API and the
 * destination's own journal: one write transaction that other connections wait for or see whole. The backup
 * must be a Rapport database of the current schema; it is opened read-only and never changed.
 */
void restoreDatabase(Database& destination, const std::string& backupPath);

} // namespace rapport::storage::sqlite
