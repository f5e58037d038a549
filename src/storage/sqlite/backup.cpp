#include "storage/sqlite/backup.h"

#include "storage/errors.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/error.h"

#include <filesystem>
#include <sqlite3.h>

namespace rapport::storage::sqlite {

void backupDatabase(Database& source, const std::string& destinationPath) {
    if (std::filesystem::exists(destinationPath)) {
        throw StorageError("backup: " + destinationPath + " already exists; choose a new file name");
    }
    try {
        Database destination(destinationPath, Database::Mode::ReadWriteCreate);
        sqlite3_backup* backup = sqlite3_backup_init(destination.handle(), "main", source.handle(), "main");
        if (backup == nullptr) {
            throwError(destination.handle(), sqlite3_errcode(destination.handle()), "backup to " + destinationPath);
        }
        // -1 copies every page in one step; the source is read-locked only for that step.
        const int stepResult = sqlite3_backup_step(backup, -1);
        const int finishResult = sqlite3_backup_finish(backup);
        if (stepResult != SQLITE_DONE || finishResult != SQLITE_OK) {
            throwError(destination.handle(), stepResult != SQLITE_DONE ? stepResult : finishResult,
                       "backup to " + destinationPath);
        }
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(destinationPath, ignored);
        throw;
    }
}

} // namespace rapport::storage::sqlite
