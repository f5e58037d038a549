// The SQLite repository's check: a pure inspection that reports every finding and writes nothing.
#include "storage/errors.h"
#include "storage/name_collation.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/name_keys.h"
#include "storage/sqlite/schema.h"
#include "storage/sqlite/sqlite_repository.h"

#include <filesystem>
#include <sqlite3.h>

namespace rapport::storage::sqlite {

namespace {

void checkIntegrity(Database& db, CheckDepth depth, CheckReport& report) {
    // integrity_check spends most of its time matching every index entry with its row (on the million-customer demo
    // base the whole check took 39.1 s with it, 13.2 s with quick_check); quick_check reads every page and row and
    // checks NOT NULL and CHECK rules, but not UNIQUE and not the indexes against their tables.
    auto integrity = db.prepare(depth == CheckDepth::Full ? "PRAGMA integrity_check" : "PRAGMA quick_check");
    while (integrity.step()) {
        if (integrity.textView(0) != "ok") {
            report.integrityProblems.push_back(integrity.text(0));
        }
    }
}

void checkForeignKeys(Database& db, CheckReport& report) {
    auto foreignKeys = db.prepare("PRAGMA foreign_key_check");
    while (foreignKeys.step()) {
        report.foreignKeyProblems.push_back("table " + foreignKeys.text(0) + " row " +
                                            std::to_string(foreignKeys.int64(1)) + " refers to a missing row in " +
                                            foreignKeys.text(2));
    }
}

/** Per-customer sums from an index that is walked in customer order, read one customer at a time. */
class CustomerSums {
public:
    CustomerSums(Database& db, std::string_view sql)
        : m_select(db.prepare(sql)) {
        m_more = m_select.step();
    }
    /** The sum for `customerId` (0 when it has no rows); ids must be asked for in increasing order. */
    std::int64_t of(core::CustomerId customerId) {
        while (m_more && m_select.int64(0) < customerId) {
            m_more = m_select.step(); // a customer id the customer table lacks: the foreign key check reports it
        }
        if (!m_more || m_select.int64(0) != customerId) {
            return 0;
        }
        const auto sum = m_select.int64(1);
        m_more = m_select.step();
        return sum;
    }

private:
    Statement m_select;
    bool m_more = false;
};

constexpr std::size_t kReportedTotals = 20;

/**
 * The running totals against the episodes in one ordered pass: the customers in id order beside the episodes
 * counted from episode_by_customer and the revenue summed from episode_purchases, both covering indexes in
 * customer order (the planner picks them for these statements), merged as they come. Only purchases and returns carry
 * revenue (the table's CHECK, which the integrity check verifies), so the partial index holds all of it. A join of the
 * whole table grouped by customer read every episode row, a million customers' 13 million: most of the check's time.
 */
void checkTotals(Database& db, CheckReport& report) {
    auto stored = db.prepare("SELECT id, episode_count, revenue_total FROM customer ORDER BY id");
    CustomerSums episodes(db, "SELECT customer_id, count(*) FROM episode "
                              "GROUP BY customer_id ORDER BY customer_id");
    CustomerSums revenue(db, "SELECT customer_id, sum(revenue) FROM episode "
                             "WHERE kind IN ('purchase', 'return') GROUP BY customer_id ORDER BY customer_id");
    std::size_t found = 0;
    while (found < kReportedTotals && stored.step()) {
        const auto id = stored.int64(0);
        const auto episodeCount = episodes.of(id);
        const auto revenueSum = revenue.of(id);
        if (stored.int64(1) != episodeCount || stored.int64(2) != revenueSum) {
            report.consistencyProblems.push_back(
                "customer " + std::to_string(id) + ": stored totals (" + std::to_string(stored.int64(1)) +
                " episodes, revenue " + std::to_string(stored.int64(2)) + ") differ from its episodes (" +
                std::to_string(episodeCount) + ", " + std::to_string(revenueSum) + ")");
            ++found;
        }
    }
    const auto searchRows = db.queryInt("SELECT count(*) FROM customer_search");
    const auto customers = db.queryInt("SELECT count(*) FROM customer");
    if (searchRows != customers) {
        report.consistencyProblems.push_back("the search index has " + std::to_string(searchRows) + " rows for " +
                                             std::to_string(customers) + " customers");
    }
    // A score row without its customer is a foreign key problem. A customer without a score row (inserted by another
    // program with the trigger dropped) is missing from every list, export and card, and gets no scores.
    const auto scoreRows = db.queryInt("SELECT count(*) FROM customer_score");
    if (scoreRows != customers) {
        report.consistencyProblems.push_back("the score table has " + std::to_string(scoreRows) + " rows for " +
                                             std::to_string(customers) +
                                             " customers: those without one are left out of the lists, exports "
                                             "and analyses' stored scores");
    }
}

/** Sort keys that do not match their names: written by another program, or made by another ICU. */
void checkNameKeys(Database& db, CheckReport& report) {
    const auto& collation = *db.nameCollation();
    if (const auto stored = storedCollationVersion(db); stored != collation.version()) {
        report.notes.push_back("the sort keys of names were made with ICU collation " + stored +
                               ", this program's is " + collation.version() +
                               ": the next program that opens the file for writing "
                               "recomputes them");
        return;
    }
    const auto missing = db.queryInt("SELECT count(*) FROM customer WHERE name_sort_key = x''");
    if (missing > 0) {
        report.notes.push_back(std::to_string(missing) +
                               " customers written by another program have no sort key yet: "
                               "they come first in lists by name until the next program that opens the file for "
                               "writing computes their keys");
    }
    if (const auto stale = countStaleNameKeys(db) - missing; stale > 0) {
        report.consistencyProblems.push_back(
            std::to_string(stale) +
            " customers' sort keys do not match their names (changed by another program?), "
            "so lists by name misplace them: 'rapport-cli collation --set " +
            collation.language() + "' recomputes every key");
    }
}

/**
 * FTS5 checks its index against its own content only through an INSERT command, which a read-only connection
 * refuses. So it runs on a second connection in a transaction that is always rolled back, with the checkpoint
 * on close switched off: nothing reaches the file, and a journal lying beside it is not folded in. It holds the
 * write lock while it scans the index: other programs' writes wait for it (seconds on a million customers).
 */
void checkSearchIndex(const std::string& path, bool onReadOnlyDisk, CheckReport& report) {
    if (onReadOnlyDisk) {
        report.notes.emplace_back("the search index was not verified: the file is on a read-only disk, and "
                                  "verifying needs a (rolled back) write");
        return;
    }
    if (std::filesystem::exists(path + "-journal")) {
        report.notes.push_back("the search index was not verified: a rollback journal (-journal) lies beside the "
                               "file, and verifying would apply it");
        return;
    }
    try {
        Database db(path, Database::Mode::ReadWrite);
        sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        db.exec("BEGIN");
        try {
            db.exec("INSERT INTO customer_search (customer_search) VALUES ('integrity-check')");
        } catch (const CorruptError&) {
            report.integrityProblems.emplace_back("the search index does not match its content: customers may be "
                                                  "missing from searches");
        }
        db.exec("ROLLBACK");
    } catch (const StorageError& error) {
        report.notes.push_back(std::string("the search index was not verified: ") + error.what());
    }
}

} // namespace

CheckReport SqliteRepository::check(CheckDepth depth) {
    CheckReport report;
    report.schemaVersion = m_schemaVersion;
    report.expectedSchemaVersion = kSchemaVersion;
    const auto& path = m_db->path();
    if (m_walBytesAtOpen > 0) {
        // Either another program has the file open now, or one ended without closing it (a crash, a kill). A
        // journal copied from elsewhere (a backup restored without its own) would also be read, and undo the
        // restore: the user should know it is there.
        report.notes.push_back("a write-ahead journal (" + path + "-wal, " + std::to_string(m_walBytesAtOpen) +
                               " bytes) lay beside the file: its committed changes are part of what was checked. "
                               "If you restored this file from a backup, move that journal away first");
    }
    // A damaged file can fail any statement; each failure is a finding of the check, not a reason to stop.
    const auto attempt = [&report](auto&& step) {
        try {
            step();
        } catch (const StorageError& error) {
            report.integrityProblems.emplace_back(error.what());
        }
    };
    attempt([&] { checkIntegrity(*m_db, depth, report); });
    attempt([&] { checkForeignKeys(*m_db, report); });
    if (!report.integrityProblems.empty()) {
        report.notes.emplace_back("totals and the search index were not checked on a damaged file");
        return report;
    }
    if (m_schemaVersion != kSchemaVersion) {
        report.notes.push_back("schema v" + std::to_string(m_schemaVersion) +
                               " is older than this program's: totals and the search index are checked after the "
                               "upgrade, which the first program that writes to the file makes (after a backup)");
        return report;
    }
    attempt([&] { checkTotals(*m_db, report); });
    attempt([&] { checkNameKeys(*m_db, report); });
    checkSearchIndex(path, m_onReadOnlyDisk, report);
    return report;
}

} // namespace rapport::storage::sqlite
