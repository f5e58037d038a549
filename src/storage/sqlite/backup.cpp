#include "storage/sqlite/backup.h"

#include "storage/errors.h"
#include "storage/repository.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/error.h"
#include "storage/sqlite/open.h"
#include "storage/sqlite/schema.h"

#include <filesystem>
#include <sqlite3.h>

namespace rapport::storage::sqlite {

namespace fs = std::filesystem;

namespace {

/** Copies every page of `source` into `destination` in one step: one transaction there, all or nothing. */
void copyAllPages(Database& destination, Database& source) {
    sqlite3_backup* backup = sqlite3_backup_init(destination.handle(), "main", source.handle(), "main");
    if (backup == nullptr) {
        throwError(destination.handle(), sqlite3_errcode(destination.handle()), {});
    }
    // -1: every page in one step, so the source is read-locked only for that step.
    const int stepResult = sqlite3_backup_step(backup, -1);
    const int finishResult = sqlite3_backup_finish(backup);
    if (stepResult != SQLITE_DONE || finishResult != SQLITE_OK) {
        throwError(destination.handle(), stepResult != SQLITE_DONE ? stepResult : finishResult, {});
    }
}

} // namespace

void backupDatabase(Database& source, const std::string& destinationPath) {
    if (fs::exists(destinationPath)) {
        throw StorageError("backup: " + destinationPath + " already exists; choose a new file name");
    }
    // Written under another name and renamed when complete, so a backup cut short (a full disk, a kill) never
    // lies about under the name of a finished one.
    const std::string partial = destinationPath + ".partial";
    std::error_code ignored;
    try {
        fs::remove(partial, ignored); // what a backup cut short before left behind: never a finished copy
        {
            Database destination(partial, Database::Mode::ReadWriteCreate);
            copyAllPages(destination, source);
        }
        fs::rename(partial, destinationPath);
    } catch (const fs::filesystem_error& error) {
        fs::remove(partial, ignored);
        throw StorageError("backup to " + destinationPath + " failed: " + error.code().message());
    } catch (...) {
        fs::remove(partial, ignored);
        fs::remove(partial + "-journal", ignored);
        throw;
    }
}

void restoreDatabase(Database& destination, const std::string& backupPath) {
    if (!fs::exists(backupPath)) {
        throw NoDatabaseError("no backup at " + backupPath);
    }
    OpenOptions inspect;
    inspect.readOnly = true;
    inspect.acceptOlderSchema = true;
    auto opened = openDatabase(backupPath, inspect);
    if (opened.schemaVersion != kSchemaVersion) {
        throw StorageError(backupPath + " holds schema v" + std::to_string(opened.schemaVersion) + "; restore needs v" +
                           std::to_string(kSchemaVersion) +
                           ". Upgrade a copy of it first: rapport-cli --db COPY init. Nothing was changed.");
    }
    destination.clearCache(); // no statement of this connection may be active while its pages are replaced
    copyAllPages(destination, *opened.db);
    destination.clearCache(); // statements prepared against the old schema objects
}

} // namespace rapport::storage::sqlite
