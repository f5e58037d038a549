#include "storage/sqlite/error.h"

#include "storage/errors.h"

#include <sqlite3.h>
#include <string>

namespace rapport::storage::sqlite {

void throwError(sqlite3* db, int code, std::string_view context) {
    std::string message(context);
    message += ": ";
    message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    switch (code & 0xff) {
    case SQLITE_CONSTRAINT:
        throw ConstraintError(message);
    case SQLITE_NOTADB:
        throw NotRapportDatabaseError(message + " (the file is not an SQLite database)");
    case SQLITE_FULL:
        throw StorageError(message + " (the disk or the database's size limit is full; nothing of this change "
                                     "was written)");
    case SQLITE_INTERRUPT:
        throw CancelledError(message);
    default:
        throw StorageError(message);
    }
}

} // namespace rapport::storage::sqlite
