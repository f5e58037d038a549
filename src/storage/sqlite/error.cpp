#include "storage/sqlite/error.h"

#include "storage/errors.h"

#include <sqlite3.h>
#include <string>

namespace rapport::storage::sqlite {

namespace {

std::string fileOf(sqlite3* db) {
    const char* name = db != nullptr ? sqlite3_db_filename(db, "main") : nullptr;
    return name != nullptr && *name != '\0' ? std::string(name) : std::string("the database");
}

} // namespace

void throwError(sqlite3* db, int code, std::string_view context) {
    // SQLite's own text, once: sqlite3_errmsg() repeats sqlite3_errstr() for most I/O errors, and a message that
    // says "disk I/O error: disk I/O error" reads like a fault of its own.
    const std::string sqliteText = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    std::string message(context);
    if (!message.empty()) {
        message += ": ";
    }
    message += sqliteText;
    const std::string file = fileOf(db);
    switch (code & 0xff) {
    case SQLITE_CONSTRAINT:
        throw ConstraintError(message);
    case SQLITE_NOTADB:
        throw NotRapportDatabaseError(file + " is not a Rapport database: it is not an SQLite file. It was not "
                                             "changed.");
    case SQLITE_FULL:
        throw DiskFullError("the disk holding " + file +
                            " is full, or the database reached its size limit; nothing of this change was written");
    case SQLITE_BUSY:
        throw BusyError(file + " is busy: another program kept it locked for longer than this one waits (an import "
                               "or analysis still writing?); nothing of this change was written. Try again when it "
                               "has finished.");
    case SQLITE_READONLY:
        throw StorageError(file + " cannot be written: the file, its folder or the disk is read-only (" + sqliteText +
                           "); nothing was changed");
    case SQLITE_CANTOPEN:
        throw CannotOpenError("cannot open " + file +
                              ": the file or its folder is missing, or you may not read or write it there");
    case SQLITE_IOERR:
        throw StorageError("reading or writing " + file + " failed (" + sqliteText +
                           "); nothing of this change was written. Is the disk full, removed or failing?");
    case SQLITE_CORRUPT:
        throw CorruptError(file + " is damaged (" + sqliteText +
                           "). Run 'rapport-cli check' on it and restore the latest backup.");
    case SQLITE_INTERRUPT:
        throw CancelledError(message);
    default:
        throw StorageError(message);
    }
}

} // namespace rapport::storage::sqlite
