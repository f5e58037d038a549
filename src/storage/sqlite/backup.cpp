#include "storage/sqlite/backup.h"

#include "storage/errors.h"
#include "storage/repository.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/error.h"
#include "storage/sqlite/open.h"
#include "storage/sqlite/read_snapshot.h"
#include "storage/sqlite/schema.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <sqlite3.h>

namespace rapport::storage::sqlite {

namespace fs = std::filesystem;

namespace {

// 16 MiB of 4 KiB pages a step: about 50 ms here, often enough for a progress bar and few enough steps not to cost.
constexpr int kPagesPerStep = 4096;

/**
 * Copies every page of `source` into `destination`: one transaction there, all or nothing. Without `progress` in
 * one step, so the source is read-locked only for that step; with it in steps inside one read transaction, so the
 * copy is one snapshot. In WAL mode (every file Rapport has opened) another program's writes go on meanwhile; a file
 * still in rollback-journal mode makes a writer wait for the whole copy, as the copy in one step did.
 */
void copyAllPages(Database& destination, Database& source, const CopyProgress& progress = {}) {
    std::optional<ReadSnapshot> snapshot;
    if (progress) {
        snapshot.emplace(source);
        // Read now: a deferred BEGIN holds no snapshot until its first read, and the backup's own read would end
        // with each of its steps.
        source.queryInt("SELECT count(*) FROM sqlite_schema");
    }
    // Finished on every way out, a throwing progress callback's too: an unfinished backup stays attached to the
    // source's pager and leaves the destination's connection unable to close.
    const auto finish = [](sqlite3_backup* backup) { sqlite3_backup_finish(backup); };
    std::unique_ptr<sqlite3_backup, decltype(finish)> backup(
        sqlite3_backup_init(destination.handle(), "main", source.handle(), "main"), finish);
    if (backup == nullptr) {
        throwError(destination.handle(), sqlite3_errcode(destination.handle()), {});
    }
    int stepResult = SQLITE_OK;
    bool stopped = false;
    while (stepResult == SQLITE_OK) {
        stepResult = sqlite3_backup_step(backup.get(), progress ? kPagesPerStep : -1);
        if (progress && (stepResult == SQLITE_OK || stepResult == SQLITE_DONE)) {
            const int pages = sqlite3_backup_pagecount(backup.get());
            stopped = !progress(pages - sqlite3_backup_remaining(backup.get()), pages);
            if (stopped) {
                break;
            }
        }
    }
    const int finishResult = sqlite3_backup_finish(backup.release());
    if (stopped) {
        throw CancelledError("the copy was stopped before it was complete");
    }
    if (stepResult != SQLITE_DONE || finishResult != SQLITE_OK) {
        throwError(destination.handle(), stepResult != SQLITE_DONE ? stepResult : finishResult, {});
    }
}

} // namespace

void backupDatabase(Database& source, const std::string& destinationPath, const CopyProgress& progress) {
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
            copyAllPages(destination, source, progress);
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
