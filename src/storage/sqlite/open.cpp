#include "storage/sqlite/open.h"

#include "storage/errors.h"
#include "storage/sqlite/backup.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/migrations.h"
#include "storage/sqlite/schema.h"
#include "storage/sqlite/transaction.h"

#include <array>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <spdlog/spdlog.h>

namespace rapport::storage::sqlite {

namespace {

namespace fs = std::filesystem;

void refuseForeignFile(const std::string& path) {
    std::error_code error;
    const auto size = fs::file_size(path, error);
    if (error || size == 0) {
        return;
    }
    std::array<char, 16> header{};
    std::ifstream in(path, std::ios::binary);
    in.read(header.data(), header.size());
    if (in.gcount() < static_cast<std::streamsize>(header.size()) ||
        std::memcmp(header.data(), "SQLite format 3\0", header.size()) != 0) {
        throw NotRapportDatabaseError(path +
                                      " is not a Rapport database: it is not an SQLite file. It was not changed.");
    }
}

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

std::string migrationBackupPath(const std::string& path, int version) {
    std::string candidate = path + ".backup-v" + std::to_string(version) + "-" + timestamp();
    for (int n = 2; fs::exists(candidate); ++n) {
        candidate = path + ".backup-v" + std::to_string(version) + "-" + timestamp() + "-" + std::to_string(n);
    }
    return candidate;
}

} // namespace

void configureConnection(Database& db) {
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA busy_timeout = 5000");
    // Statement journals (one per INSERT that fires a trigger) and sort files stay in memory: on disk they
    // cost hundreds of thousands of small writes during a bulk load.
    db.exec("PRAGMA temp_store = MEMORY");
    // Measured on a million customers: 16 MiB instead of the default 2 MiB halves the first page of the list
    // (2.9 -> 1.4 ms) and makes counting all customers 20x faster, as the count index stays in memory.
    db.exec("PRAGMA cache_size = -16384");
}

OpenResult openDatabase(const std::string& path, bool createIfMissing) {
    const bool existed = fs::exists(path);
    if (!existed && !createIfMissing) {
        throw StorageError("no database at " + path + " (run 'rapport-cli --db " + path + " init' to create one)");
    }
    if (existed && fs::is_directory(path)) {
        throw StorageError(path + " is a folder, not a database file");
    }
    if (existed) {
        refuseForeignFile(path);
    } else if (const auto parent = fs::path(path).parent_path(); !parent.empty()) {
        fs::create_directories(parent);
    }

    OpenResult result;
    result.db = std::make_unique<Database>(path, Database::Mode::ReadWriteCreate);
    Database& db = *result.db;
    configureConnection(db);

    const auto applicationId = db.queryInt("PRAGMA application_id");
    const auto version = static_cast<int>(db.queryInt("PRAGMA user_version"));
    const auto objects = db.queryInt("SELECT count(*) FROM sqlite_schema");

    if (applicationId != kApplicationId && (applicationId != 0 || objects > 0)) {
        throw NotRapportDatabaseError(path + " is an SQLite database of another program, not a Rapport database. "
                                             "It was not changed.");
    }
    if (version > kSchemaVersion) {
        throw NewerSchemaError(path + " was written by a newer Rapport (schema v" + std::to_string(version) +
                               "); this program knows schema v" + std::to_string(kSchemaVersion) +
                               " at most. Update Rapport to open it. The file was not changed.");
    }

    if (objects == 0) {
        Transaction transaction(db);
        createSchema(db);
        transaction.commit();
        result.created = true;
        spdlog::info("created a new Rapport database at {}", path);
    } else if (version < kSchemaVersion) {
        result.backupPath = migrationBackupPath(path, version);
        backupDatabase(db, result.backupPath);
        spdlog::info("backed up {} to {} before migrating from schema v{}", path, result.backupPath, version);
        try {
            Transaction transaction(db);
            migrate(db, version);
            transaction.commit();
        } catch (const StorageError& error) {
            throw MigrationError("migrating " + path + " from schema v" + std::to_string(version) + " failed: " +
                                 error.what() + ". The database was left as it was; a copy is at " + result.backupPath);
        }
        db.clearCache();
        result.migratedFrom = version;
        spdlog::info("migrated {} from schema v{} to v{}", path, version, kSchemaVersion);
    }

    // WAL lets readers (the UI) work while a writer (an import) runs. Set only now, on a file we know is ours.
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    return result;
}

} // namespace rapport::storage::sqlite
