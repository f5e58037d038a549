#include "storage/sqlite/mass_update_indexes.h"

#include "storage/sqlite/database.h"
#include "storage/sqlite/schema.h"
#include "storage/sqlite/sort_files_on_disk.h"
#include "storage/sqlite/transaction.h"

#include <algorithm>
#include <spdlog/spdlog.h>
#include <stdexcept>
#include <string>

namespace rapport::storage::sqlite {

namespace {

bool hasStatistics(Database& db, std::string_view index) {
    if (db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat1'") == 0) {
        return false;
    }
    auto select = db.prepare("SELECT count(*) FROM sqlite_stat1 WHERE idx = ?1");
    select.bind(1, index);
    return select.step() && select.int64(0) > 0;
}

/**
 * The page cache while the indexes are built, in KiB. The sorter keeps runs of the cache's size in memory, and the
 * cache then fills with the new index's pages: with the connection's 16 MiB, storing a first run's scores on the
 * million-customer base peaked at 415 MiB resident (the whole analysis still held), with 4 MiB at 397-399 MiB, and
 * the store took 12.2-12.5 s against 13.2-14.3 s (runs that sort within the processor's caches).
 */
constexpr long long kRebuildCacheKiB = 4 * 1024;

/** While it lives, the connection's page cache is `kib` KiB; afterwards what it was. */
class CacheSizeFor {
public:
    CacheSizeFor(Database& db, long long kib)
        : m_db(db)
        , m_previous(db.queryInt("PRAGMA cache_size")) {
        m_db.exec("PRAGMA cache_size = -" + std::to_string(kib));
    }
    ~CacheSizeFor() {
        try {
            m_db.exec("PRAGMA cache_size = " + std::to_string(m_previous));
        } catch (const std::exception& error) { // a destructor must not throw; the cache is only a setting
            spdlog::warn("page cache size not set back: {}", error.what());
        }
    }
    CacheSizeFor(const CacheSizeFor&) = delete;
    CacheSizeFor& operator=(const CacheSizeFor&) = delete;

private:
    Database& m_db;
    std::int64_t m_previous;
};

/** With the same bounded sampling a bulk load's PRAGMA optimize uses. */
void analyse(Database& db, std::string_view index) {
    const auto previousLimit = db.queryInt("PRAGMA analysis_limit");
    db.exec("PRAGMA analysis_limit = " + std::to_string(kStatisticsSampleRows));
    db.exec("ANALYZE " + std::string(index));
    db.exec("PRAGMA analysis_limit = " + std::to_string(previousLimit));
}

} // namespace

MassUpdateIndexes::MassUpdateIndexes(Database& db, std::span<const std::string_view> indexNames, std::size_t rowsToCome)
    : m_db(db)
    , m_watching(rowsToCome >= kSmallestRun && insideTransaction(db)) {
    for (const auto name : indexNames) {
        const auto sql = indexSql(name);
        if (sql.empty()) {
            throw std::logic_error("not a deferrable index: " + std::string(name)); // before any row is written
        }
        m_indexes.push_back({name, sql});
    }
}

MassUpdateIndexes::~MassUpdateIndexes() {
    if (!anyDropped()) {
        return;
    }
    try {
        rebuild();
    } catch (const std::exception& error) {
        spdlog::warn("indexes not rebuilt after a failed update: {}", error.what());
    }
}

bool MassUpdateIndexes::anyDropped() const {
    return std::any_of(m_indexes.begin(), m_indexes.end(), [](const Watched& index) { return index.dropped; });
}

void MassUpdateIndexes::counted(bool changed) {
    if (!m_watching) {
        return;
    }
    ++m_seen;
    m_changed += changed ? 1 : 0;
    if (m_seen < kProbe) {
        return;
    }
    m_watching = false;
    if (m_changed * 2 > m_seen) {
        drop(); // most rows change: building the indexes once costs less than moving their entries
    }
}

void MassUpdateIndexes::finish() {
    rebuild();
}

void MassUpdateIndexes::drop() {
    for (auto& index : m_indexes) {
        try {
            index.hadStatistics = hasStatistics(m_db, index.name);
            m_db.exec("DROP INDEX " + std::string(index.name));
            index.dropped = true;
        } catch (const std::exception& error) {
            spdlog::info("index {} kept through the update: {}", index.name, error.what());
            return;
        }
    }
    spdlog::debug("{} of the first {} rows changed: indexes dropped until the run ends", m_changed, m_seen);
}

void MassUpdateIndexes::rebuild() {
    if (!anyDropped()) {
        return;
    }
    const SortFilesOnDisk sortFiles(m_db);
    const CacheSizeFor smallerCache(m_db, kRebuildCacheKiB);
    for (auto& index : m_indexes) {
        if (!index.dropped) {
            continue;
        }
        m_db.exec(index.createSql);
        index.dropped = false; // built: a failure further on does not build it twice
        if (index.hadStatistics) {
            analyse(m_db, index.name);
        }
    }
}

} // namespace rapport::storage::sqlite
