#pragma once

#include <string>

namespace rapport::storage::sqlite {

class Database;

/**
 * Copies the whole database to a new file with SQLite's online backup API: a consistent snapshot even
 * while other connections write. Refuses to overwrite an existing file.
 */
void backupDatabase(Database& source, const std::string& destinationPath);

} // namespace rapport::storage::sqlite
