#include "storage/connection_string.h"
#include "storage/postgres/pg_repository.h"
#include "storage/repository.h"
#include "storage/sqlite/sqlite_repository.h"

namespace rapport::storage {

std::unique_ptr<Repository> openRepository(const std::string& location, const OpenOptions& options) {
    // A connection string names a team database on PostgreSQL; everything else is a path to an SQLite file.
    if (isConnectionString(location)) {
        return std::make_unique<postgres::PgRepository>(location, options);
    }
    return std::make_unique<sqlite::SqliteRepository>(location, options);
}

} // namespace rapport::storage
