#include "storage/errors.h"
#include "storage/repository.h"
#include "storage/sqlite/backup.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/schema.h"
#include "storage/sqlite/sqlite_repository.h"
#include "support/sqlite_dump.h"
#include "support/temp_dir.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace rapport;
using namespace rapport::test;
namespace fs = std::filesystem;

namespace {

std::string fixtureSql(const std::string& name) {
    std::ifstream in(std::string(RAPPORT_TEST_DATA_DIR) + "/migration/" + name);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<fs::path> backupsOf(const fs::path& database) {
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(database.parent_path())) {
        if (entry.path().filename().string().starts_with(database.filename().string() + ".backup-v")) {
            found.push_back(entry.path());
        }
    }
    return found;
}

} // namespace

TEST(OpenDatabase, CreatesANewFileWithTheCurrentSchema) {
    TempDir dir;
    const auto path = dir.file("sub/folder/new.sqlite");
    auto repository = storage::openRepository(path);
    EXPECT_TRUE(fs::exists(path));
    const auto report = repository->check();
    EXPECT_TRUE(report.ok());
    EXPECT_EQ(report.schemaVersion, 12);
    repository.reset();
    EXPECT_EQ(queryRawInt(path, "PRAGMA application_id"), 0x52415050);
    EXPECT_EQ(queryRawInt(path, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), 1);
}

TEST(OpenDatabase, DoesNotCreateWhenAskedToOpenOnly) {
    TempDir dir;
    storage::OpenOptions options;
    options.createIfMissing = false;
    EXPECT_THROW(storage::openRepository(dir.file("typo.sqlite"), options), storage::StorageError);
    EXPECT_FALSE(fs::exists(dir.file("typo.sqlite")));
}

TEST(OpenDatabase, MigratesTheV0PrototypeAndKeepsABackup) {
    TempDir dir;
    const auto path = dir.file("old.sqlite");
    execRaw(path, fixtureSql("v0.sql"));
    const auto before = dumpDatabase(path);

    storage::sqlite::SqliteRepository repository(path, {});
    EXPECT_EQ(repository.migratedFrom(), 0);
    ASSERT_FALSE(repository.migrationBackup().empty());
    EXPECT_TRUE(dumpDatabase(repository.migrationBackup()) == before) << "the backup holds the v0 data";
    EXPECT_EQ(queryRawInt(repository.migrationBackup(), "PRAGMA user_version"), 0);
    EXPECT_EQ(backupsOf(path).size(), 1u);

    const auto anna = repository.customer(1).value();
    EXPECT_EQ(anna.displayName, "Anna Nowak");
    EXPECT_EQ(anna.acquiredOn, core::Date::fromYmd(2023, 2, 14));
    ASSERT_EQ(anna.emails.size(), 1u);
    EXPECT_EQ(anna.emails[0].value, "Anna.Nowak@Poczta.example");
    EXPECT_EQ(anna.phones.at(0).value, "+48 601-234-567");
    EXPECT_EQ(anna.address.city, "Kraków");
    EXPECT_FALSE(repository.customer(3)->acquiredOn.has_value());
    EXPECT_TRUE(repository.customer(3)->phones.empty()); // the empty string was not a phone number

    const auto row = repository.customerRow(1).value();
    EXPECT_EQ(row.revenue.minor(), 1999 + 10 - 550); // REAL dollars became exact cents
    EXPECT_EQ(row.purchases, 2);
    EXPECT_EQ(repository.customerRow(3)->revenue.minor(), 123456);
    const auto refund = repository.episode(3).value();
    EXPECT_EQ(refund.kind, core::EpisodeKind::Return);
    EXPECT_EQ(refund.notes, "broken cup");
    EXPECT_EQ(repository.episode(6)->kind, core::EpisodeKind::Other);

    storage::CustomerFilter search;
    search.search = "попова";
    EXPECT_EQ(repository.customerCount(search), 1);
    search.search = "48601234567"; // the prototype's numbers carry no separator we can trust for the country code
    EXPECT_EQ(repository.customerCount(search), 1);
    EXPECT_TRUE(repository.check().ok());
}

TEST(OpenDatabase, AFailedMigrationLeavesTheFileAsItWas) {
    TempDir dir;
    const auto path = dir.file("bad.sqlite");
    execRaw(path, fixtureSql("v0.sql") + "INSERT INTO episodes VALUES (7, 1, '31.01.2024', 'sale', 1, NULL);");
    const auto before = readBytes(path);
    try {
        storage::openRepository(path);
        FAIL() << "expected a MigrationError";
    } catch (const storage::MigrationError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("not YYYY-MM-DD"), std::string::npos) << message;
        EXPECT_NE(message.find("left as it was"), std::string::npos) << message;
    }
    EXPECT_TRUE(readBytes(path) == before) << "the file changed";
    EXPECT_EQ(queryRawInt(path, "PRAGMA user_version"), 0);
    EXPECT_EQ(queryRawInt(path, "SELECT count(*) FROM episodes"), 7);
    EXPECT_TRUE(backupsOf(path).empty()) << "a failed attempt leaves no copy behind";
    EXPECT_THROW(storage::openRepository(path), storage::MigrationError);
    EXPECT_TRUE(backupsOf(path).empty()) << "nor does a second one";
}

namespace {

struct HeardStep {
    storage::UpgradeStep step;
    std::int64_t done;
    std::int64_t total;
};

} // namespace

TEST(OpenDatabase, AnUpgradeReportsItsBackupThenItsMigration) {
    TempDir dir;
    const auto path = dir.file("v11.sqlite");
    execRaw(path, fixtureSql("v11.sql"));
    const auto pages = queryRawInt(path, "PRAGMA page_count");
    std::vector<HeardStep> heard;
    storage::OpenOptions options;
    options.upgradeProgress = [&heard](storage::UpgradeStep step, std::int64_t done, std::int64_t total) {
        heard.push_back({step, done, total});
        return true;
    };
    storage::sqlite::SqliteRepository repository(path, options);
    EXPECT_EQ(repository.migratedFrom(), 11);
    ASSERT_GE(heard.size(), 2U);
    for (std::size_t i = 0; i + 1 < heard.size(); ++i) {
        EXPECT_EQ(heard[i].step, storage::UpgradeStep::BackingUp) << i;
        EXPECT_EQ(heard[i].total, pages) << "the pages of the whole file";
        EXPECT_GE(heard[i].done, i == 0 ? 1 : heard[i - 1].done) << "the copy only goes forward";
    }
    EXPECT_EQ(heard[heard.size() - 2].done, pages) << "the last report of the copy is the whole file";
    EXPECT_EQ(heard.back().step, storage::UpgradeStep::Migrating);
    EXPECT_EQ(queryRawInt(repository.migrationBackup(), "PRAGMA page_count"), pages);

    // A file of the current schema has nothing to report.
    heard.clear();
    storage::sqlite::SqliteRepository again(path, options);
    EXPECT_EQ(again.migratedFrom(), -1);
    EXPECT_TRUE(heard.empty());
}

TEST(OpenDatabase, AnUpgradeStoppedWhileBackingUpLeavesTheFileAsItWasAndNoCopy) {
    TempDir dir;
    const auto path = dir.file("v11.sqlite");
    execRaw(path, fixtureSql("v11.sql"));
    const auto before = dumpDatabase(path);
    storage::OpenOptions options;
    int reports = 0;
    options.upgradeProgress = [&reports](storage::UpgradeStep step, std::int64_t, std::int64_t) {
        ++reports;
        return step != storage::UpgradeStep::BackingUp; // the user's Cancel at the first report
    };
    try {
        storage::openRepository(path, options);
        FAIL() << "expected a CancelledError";
    } catch (const storage::CancelledError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find(path), std::string::npos) << message;
        EXPECT_NE(message.find("left as it was"), std::string::npos) << message;
    }
    EXPECT_EQ(reports, 1);
    EXPECT_TRUE(dumpDatabase(path) == before) << "the file changed";
    EXPECT_EQ(queryRawInt(path, "PRAGMA user_version"), 11);
    EXPECT_TRUE(backupsOf(path).empty()) << "a stopped copy is removed";
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        EXPECT_EQ(entry.path().string().find(".partial"), std::string::npos) << entry.path();
    }
    // The next open upgrades it.
    storage::sqlite::SqliteRepository repository(path, {});
    EXPECT_EQ(repository.migratedFrom(), 11);
}

namespace {

/** 48 rows of 512 KiB, about 24 MiB: more than one step of a copy in steps (16 MiB). */
void writeLargeFile(const std::string& path, const std::string& journalMode) {
    execRaw(path, "PRAGMA journal_mode = " + journalMode +
                      "; CREATE TABLE t (x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                      "WHERE i < 48) INSERT INTO t SELECT zeroblob(512 * 1024) FROM n;");
}

} // namespace

TEST(BackupInSteps, CopiesOneSnapshotWhileAnotherConnectionWrites) {
    TempDir dir;
    const auto path = dir.file("large.sqlite");
    const auto copy = dir.file("large.copy");
    writeLargeFile(path, "wal");
    storage::sqlite::Database source(path, storage::sqlite::Database::Mode::ReadWrite);
    storage::sqlite::Database writer(path, storage::sqlite::Database::Mode::ReadWrite);
    std::vector<std::pair<std::int64_t, std::int64_t>> heard;
    storage::sqlite::backupDatabase(source, copy, [&](std::int64_t copied, std::int64_t pages) {
        if (heard.empty()) {
            writer.exec("INSERT INTO t VALUES (zeroblob(512 * 1024))"); // another program writes meanwhile
        }
        heard.emplace_back(copied, pages);
        return true;
    });
    ASSERT_GE(heard.size(), 2U) << "copied in steps";
    EXPECT_LT(heard.front().first, heard.front().second);
    EXPECT_EQ(heard.back().first, heard.back().second);
    EXPECT_EQ(queryRawInt(copy, "SELECT count(*) FROM t"), 48) << "the copy is the file as it was when it began";
    EXPECT_EQ(queryRawInt(copy, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
    EXPECT_EQ(queryRawInt(path, "SELECT count(*) FROM t"), 49) << "the other program's write was not held up";
}

TEST(BackupInSteps, AFailureInTheProgressLeavesNoCopyAndTheSourceUsable) {
    TempDir dir;
    const auto path = dir.file("large.sqlite");
    const auto copy = dir.file("large.copy");
    writeLargeFile(path, "wal");
    storage::sqlite::Database source(path, storage::sqlite::Database::Mode::ReadWrite);
    EXPECT_THROW(storage::sqlite::backupDatabase(
                     source, copy, [](std::int64_t, std::int64_t) -> bool { throw std::runtime_error("full"); }),
                 std::runtime_error);
    EXPECT_FALSE(fs::exists(copy));
    EXPECT_FALSE(fs::exists(copy + ".partial"));
    // The source writes again, and a new copy of it is whole. (A backup left unfinished would also be a leak, which
    // the sanitizers' run of this test reports.)
    source.exec("INSERT INTO t VALUES (NULL)");
    storage::sqlite::backupDatabase(source, copy, [](std::int64_t, std::int64_t) { return true; });
    EXPECT_EQ(queryRawInt(copy, "SELECT count(*) FROM t"), 49);
}

TEST(BackupInSteps, AStopRemovesWhatWasCopied) {
    TempDir dir;
    const auto path = dir.file("large.sqlite");
    const auto copy = dir.file("large.copy");
    writeLargeFile(path, "delete");
    storage::sqlite::Database source(path, storage::sqlite::Database::Mode::ReadWrite);
    EXPECT_THROW(storage::sqlite::backupDatabase(source, copy, [](std::int64_t, std::int64_t) { return false; }),
                 storage::CancelledError);
    EXPECT_FALSE(fs::exists(copy));
    EXPECT_FALSE(fs::exists(copy + ".partial"));
    EXPECT_FALSE(fs::exists(copy + ".partial-journal"));
    // The source is not left inside the copy's read transaction: it can be written.
    source.exec("INSERT INTO t VALUES (NULL)");
    EXPECT_EQ(queryRawInt(path, "SELECT count(*) FROM t"), 49);
}

TEST(OpenDatabase, RefusesANewerSchemaWithoutChangingIt) {
    TempDir dir;
    const auto path = dir.file("future.sqlite");
    storage::openRepository(path).reset();
    execRaw(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = " +
                      std::to_string(storage::sqlite::kSchemaVersion + 1));
    const auto before = readBytes(path);
    try {
        storage::openRepository(path);
        FAIL() << "expected a NewerSchemaError";
    } catch (const storage::NewerSchemaError& error) {
        EXPECT_NE(std::string(error.what())
                      .find("newer Rapport (schema v" + std::to_string(storage::sqlite::kSchemaVersion + 1) + ")"),
                  std::string::npos)
            << error.what();
    }
    EXPECT_TRUE(readBytes(path) == before) << "the file changed";
    EXPECT_TRUE(backupsOf(path).empty());
}

TEST(OpenDatabase, RefusesAnotherProgramsSqliteFileWithoutChangingIt) {
    TempDir dir;
    const auto path = dir.file("firefox-places.sqlite");
    execRaw(path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places VALUES (1, 'x')");
    const auto before = readBytes(path);
    EXPECT_THROW(storage::openRepository(path), storage::NotRapportDatabaseError);
    EXPECT_TRUE(readBytes(path) == before) << "the file changed";
    EXPECT_FALSE(fs::exists(path + "-wal"));

    const auto other = dir.file("other-app.sqlite");
    execRaw(other, "PRAGMA application_id = 1234");
    EXPECT_THROW(storage::openRepository(other), storage::NotRapportDatabaseError);
}

TEST(OpenDatabase, RefusesRandomBytesWithoutChangingThem) {
    TempDir dir;
    const auto path = dir.file("photo.sqlite");
    std::string bytes;
    std::uint32_t state = 12345;
    for (int i = 0; i < 64 * 1024; ++i) {
        state = state * 1664525u + 1013904223u;
        bytes += static_cast<char>(state >> 24);
    }
    writeBytes(path, bytes);
    try {
        storage::openRepository(path);
        FAIL() << "expected a NotRapportDatabaseError";
    } catch (const storage::NotRapportDatabaseError& error) {
        EXPECT_NE(std::string(error.what()).find("not an SQLite file"), std::string::npos);
    }
    EXPECT_TRUE(readBytes(path) == bytes) << "the file changed";

    // A file that claims to be SQLite but is corrupt behind the header is refused too.
    const auto forged = dir.file("forged.sqlite");
    writeBytes(forged, std::string("SQLite format 3\0", 16) + bytes);
    EXPECT_THROW(storage::openRepository(forged), storage::StorageError);
    EXPECT_TRUE(readBytes(forged) == std::string("SQLite format 3\0", 16) + bytes) << "the file changed";
}

TEST(OpenDatabase, AnEmptyFileBecomesANewDatabase) {
    TempDir dir;
    const auto path = dir.file("empty.sqlite");
    writeBytes(path, "");
    EXPECT_TRUE(storage::openRepository(path)->check().ok());
}
