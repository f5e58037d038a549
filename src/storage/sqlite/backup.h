#pragma once

#include <string>

namespace rapport::storage::sqlite {

class Database;

/**
 * Copies the whole database to a new file with SQLite's online backup API: a consistent snapshot even
 * while other connections write. Refuses to overwrite an existing file.
 */
void backupDatabase(Database& source, const std::string& destinationPath);

/**
 * Copies a backup file over the database of `destination`, page by page through SQLite's backup API and the
 * destination's own journal: one write transaction that other connections wait for or see whole. The backup
 * must be a Rapport database of the current schema; it is opened read-only and never changed.
 */
void restoreDatabase(Database& destination, const std::string& backupPath);

} // namespace rapport::storage::sqlite
