#include "storage/repository.h"
#include "storage/sqlite/sqlite_repository.h"

namespace rapport::storage {

std::unique_ptr<Repository> openRepository(const std::string& location, const OpenOptions& options) {
    // A connection string will choose PostgreSQL here; everything else is a path to an SQLite file.
    return std::make_unique<sqlite::SqliteRepository>(location, options);
}

} // namespace rapport::storage
