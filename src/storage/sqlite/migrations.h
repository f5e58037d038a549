#pragma once

namespace rapport::storage::sqlite {

class Database;

/**
 * Brings a database from schema `fromVersion` to kSchemaVersion, step by step, inside the caller's
 * transaction. Names get their sort keys in the connection's collation (Database::setNameCollation, required),
 * which becomes the database's. Version 0 is the prototype schema (tables `customers` and `episodes`, dates as text,
 * amounts as floating point), which earlier builds wrote.
 */
void migrate(Database& db, int fromVersion);

} // namespace rapport::storage::sqlite
