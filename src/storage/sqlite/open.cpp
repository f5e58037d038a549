#include "storage/sqlite/open.h"

#include "core/validation.h"
#include "storage/errors.h"
#include "storage/name_collation.h"
#include "storage/repository.h"
#include "storage/sqlite/backup.h"
#include "storage/sqlite/currency_rows.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/migrations.h"
#include "storage/sqlite/name_keys.h"
#include "storage/sqlite/schema.h"
#include "storage/sqlite/transaction.h"

#include <chrono>
#include <filesystem>
#include <spdlog/spdlog.h>
#include <sys/statvfs.h>

namespace rapport::storage::sqlite {

namespace {

namespace fs = std::filesystem;

std::string timestamp() {
    const auto now = std::chrono::system_clock::now();
    const auto seconds = std::chrono::floor<std::chrono::seconds>(now);
    const auto days = std::chrono::floor<std::chrono::days>(seconds);
    const std::chrono::year_month_day ymd{days};
    const std::chrono::hh_mm_ss time{seconds - days};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d%02u%02uT%02ld%02ld%02ld", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<long>(time.hours().count()), static_cast<long>(time.minutes().count()),
                  static_cast<long>(time.seconds().count()));
    return buffer;
}

/** The file system itself is mounted read-only: nobody can write the file, so nobody can change it under us. */
bool onReadOnlyDisk(const std::string& path) {
    struct statvfs disk {};
    return ::statvfs(path.c_str(), &disk) == 0 && (disk.f_flag & ST_RDONLY) != 0;
}

std::string migrationBackupPath(const std::string& path, int version) {
    std::string candidate = path + ".backup-v" + std::to_string(version) + "-" + timestamp();
    for (int n = 2; fs::exists(candidate); ++n) {
        candidate = path + ".backup-v" + std::to_string(version) + "-" + timestamp() + "-" + std::to_string(n);
    }
    return candidate;
}

/** The copy kept beside an older file before it is migrated; a stop asked for through `progress` leaves no copy. */
void backUpBeforeMigrating(Database& db, const std::string& path, const std::string& backupPath, int version,
                           const UpgradeProgress& progress) {
    if (!progress) {
        backupDatabase(db, backupPath);
        return;
    }
    try {
        backupDatabase(db, backupPath, [&progress](std::int64_t copied, std::int64_t pages) {
            return progress(UpgradeStep::BackingUp, copied, pages);
        });
    } catch (const CancelledError&) {
        throw CancelledError("the upgrade of " + path + " from schema v" + std::to_string(version) +
                             " was stopped while it was being backed up. The database was left as it was.");
    }
}

/**
 * Keys made by another ICU (or by other options) are recomputed, as are the empty keys of rows another program
 * (sqlite3) wrote, in one transaction; nothing is written when all are current.
 */
void refreshNameKeys(Database& db) {
    const bool otherVersion = storedCollationVersion(db) != db.nameCollation()->version();
    const bool missing = db.queryInt("SELECT EXISTS (SELECT 1 FROM customer WHERE name_sort_key = x'')") != 0;
    if (!otherVersion && !missing) {
        return;
    }
    Transaction transaction(db);
    followStoredCollation(db); // another program may have changed it since this connection read it
    const auto& collation = *db.nameCollation();
    if (storedCollationVersion(db) != collation.version()) {
        spdlog::info("{}: recomputing the sort keys of names ({} keys, ICU collation {} now)", db.path(),
                     storedCollationVersion(db), collation.version());
        recomputeNameKeys(db);
        storeCollation(db, collation);
    } else {
        spdlog::info("{}: computed {} missing sort keys of names", db.path(), fillMissingNameKeys(db));
    }
    transaction.commit();
}

} // namespace

void configureConnection(Database& db) {
    db.exec("PRAGMA foreign_keys = ON");
    // Statement journals (one per INSERT that fires a trigger) and sort files stay in memory: on disk they
    // cost hundreds of thousands of small writes during a bulk load. Index builds over millions of rows put
    // their sort files on disk while they run (SortFilesOnDisk).
    db.exec("PRAGMA temp_store = MEMORY");
    // Measured on a million customers: 16 MiB instead of the default 2 MiB halves the first page of the list
    // (2.9 -> 1.4 ms) and makes counting all customers 20x faster, as the count index stays in memory.
    db.exec("PRAGMA cache_size = -16384");
}

OpenResult openDatabase(const std::string& path, const OpenOptions& options) {
    // A language ICU does not know is refused before anything exists or changes.
    const auto chosenCollation =
        options.collation.empty() ? defaultCollationLanguage() : normalizeCollationLanguage(options.collation);
    // stat() only: no descriptor of the file is opened outside SQLite (see open.h).
    std::error_code statError;
    const auto status = fs::status(path, statError);
    const bool existed = fs::exists(status);
    if (!existed && (options.readOnly || !options.createIfMissing)) {
        throw NoDatabaseError("no database at " + path + " (run 'rapport-cli --db " + path + " init' to create one)");
    }
    if (fs::is_directory(status)) {
        throw NoDatabaseError("no database at " + path + ": it is a folder, not a database file");
    }
    if (!existed) {
        if (const auto parent = fs::path(path).parent_path(); !parent.empty()) {
            fs::create_directories(parent);
        }
    }

    OpenResult result;
    // Measured before the connection exists: a read-only connection makes an empty -wal of its own.
    result.walBytesAtOpen = fs::file_size(path + "-wal", statError);
    if (statError) {
        result.walBytesAtOpen = 0;
    }
    const auto mode = options.readOnly ? Database::Mode::ReadOnly
                                       : (existed ? Database::Mode::ReadWrite : Database::Mode::ReadWriteCreate);
    std::int64_t applicationId = 0;
    int version = 0;
    std::int64_t objects = 0;
    const auto connect = [&](Database::Mode connectionMode) {
        result.db = std::make_unique<Database>(path, connectionMode);
        result.db->setBusyLimit(options.busyLimit);
        configureConnection(*result.db);
        // The first statements read the header: a file that is not SQLite fails here (SQLITE_NOTADB), unchanged.
        applicationId = result.db->queryInt("PRAGMA application_id");
        version = static_cast<int>(result.db->queryInt("PRAGMA user_version"));
        objects = result.db->queryInt("SELECT count(*) FROM sqlite_schema");
    };
    try {
        connect(mode);
    } catch (const CannotOpenError&) {
        if (!onReadOnlyDisk(path)) {
            throw;
        }
        if (!options.readOnly) {
            throw CannotOpenError(path + " is on a read-only disk: commands that only read it work, but nothing can "
                                         "be saved there. It was not changed.");
        }
        if (result.walBytesAtOpen > 0) {
            // Read as immutable, the file would be read without its journal: committed changes would be missing.
            throw CannotOpenError(path + " is on a read-only disk with a journal (-wal) beside it that SQLite cannot "
                                         "open there; copy the file and its -wal to a writable folder to read it. "
                                         "It was not changed.");
        }
        // A WAL database on a read-only disk: no shared-memory file can be made beside it, and no one can write
        // it either, so it is read as an immutable file.
        connect(Database::Mode::Immutable);
        result.immutable = true;
    }
    Database& db = *result.db;

    if (applicationId != kApplicationId && (applicationId != 0 || objects > 0)) {
        throw NotRapportDatabaseError(path + " is an SQLite database of another program, not a Rapport database. "
                                             "It was not changed.");
    }
    if (version > kSchemaVersion) {
        throw NewerSchemaError(path + " was written by a newer Rapport (schema v" + std::to_string(version) +
                               "); this program knows schema v" + std::to_string(kSchemaVersion) +
                               " at most. Update Rapport to open it. The file was not changed.");
    }
    // Before anything is created or migrated: both write sort keys in the connection's collation.
    const auto stored = version >= 8 ? storedCollation(db) : std::string();
    try {
        db.setNameCollation(sharedCollation(stored.empty() ? chosenCollation : stored));
    } catch (const core::ValidationError&) {
        // A language this ICU does not know (stored by a newer one): names keep the order they have, and those
        // written now sort by Unicode's order.
        spdlog::warn("{}: collation '{}' is unknown here; new names sort by Unicode's order", path, stored);
        db.setNameCollation(sharedCollation("root"));
    }

    if (options.readOnly) {
        if (objects == 0) {
            throw NotRapportDatabaseError(path +
                                          " is empty: there is no Rapport database in it yet (run "
                                          "'rapport-cli --db " +
                                          path + " init' to create one). It was not changed.");
        }
        if (version < kSchemaVersion && !options.acceptOlderSchema) {
            throw OlderSchemaError(path + " was written by an older Rapport (schema v" + std::to_string(version) +
                                   "). It is upgraded, after a backup, the first time a command that writes opens "
                                   "it, e.g. 'rapport-cli --db " +
                                   path + " init'. It was not changed.");
        }
        result.schemaVersion = version;
        return result;
    }

    // Two programs may open a new or old file at the same moment: each looks again inside its write transaction,
    // and the second finds the work done.
    if (objects == 0) {
        Transaction transaction(db);
        if (db.queryInt("SELECT count(*) FROM sqlite_schema") == 0) {
            createSchema(db);
            writeCurrency(db, options.currency);
            result.created = true;
        }
        transaction.commit();
        if (result.created) {
            spdlog::info("created a new Rapport database at {}", path);
        }
    } else if (version < kSchemaVersion) {
        result.backupPath = migrationBackupPath(path, version);
        backUpBeforeMigrating(db, path, result.backupPath, version, options.upgradeProgress);
        spdlog::info("backed up {} to {} before migrating from schema v{}", path, result.backupPath, version);
        // A stop asked for as the copy ended is still heeded: nothing is written yet, and the copy goes.
        if (options.upgradeProgress && !options.upgradeProgress(UpgradeStep::Migrating, 0, 0)) {
            std::error_code ignored;
            fs::remove(result.backupPath, ignored);
            throw CancelledError("the upgrade of " + path + " from schema v" + std::to_string(version) +
                                 " was stopped before it began. The database was left as it was.");
        }
        try {
            Transaction transaction(db);
            if (const auto now = static_cast<int>(db.queryInt("PRAGMA user_version")); now < kSchemaVersion) {
                migrate(db, now);
            } else {
                std::error_code ignored;
                fs::remove(result.backupPath, ignored); // another program migrated it meanwhile
                result.backupPath.clear();
                version = kSchemaVersion;
            }
            transaction.commit();
        } catch (const StorageError& error) {
            // The file is as it was, so the copy is not needed; keeping one per failed attempt only fills the disk.
            std::error_code ignored;
            fs::remove(result.backupPath, ignored);
            throw MigrationError("migrating " + path + " from schema v" + std::to_string(version) +
                                 " failed: " + error.what() + ". The database was left as it was.");
        }
        db.clearCache();
        if (version < kSchemaVersion) {
            result.migratedFrom = version;
            spdlog::info("migrated {} from schema v{} to v{}", path, version, kSchemaVersion);
        }
    }
    result.schemaVersion = kSchemaVersion;
    refreshNameKeys(db);

    // WAL lets readers (the UI) work while a writer (an import) runs. Set only now, on a file we know is ours.
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    return result;
}

} // namespace rapport::storage::sqlite
