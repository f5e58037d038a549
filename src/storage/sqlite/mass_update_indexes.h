#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace rapport::storage::sqlite {

class Database;

/**
 * Keeps a long run of single-row updates from maintaining some indexes entry by entry when most rows change.
 *
 * An update that moves a row's key in an index deletes one entry and inserts another at a random place; over a
 * million rows (a first store of scores, or a run after new purchases moved most of them) that costs more than
 * dropping the index and building it again, sorted, at the end. Whether most rows change is not known before the
 * run, so the first rows decide: once a probe of them has been written and more than half changed, the indexes
 * are dropped and finish() builds them again, with fresh planner statistics when they had some (dropping an
 * index deletes its row in sqlite_stat1). A run that changes few rows (an unchanged base) keeps them throughout.
 *
 * Only inside the caller's transaction: a failure after the drop rolls the drop back with everything else, and
 * the destructor builds the indexes again first in case a caller catches the failure and commits. Outside a
 * transaction each DROP would commit on its own, so nothing is dropped there. Dropping is an optimisation: when
 * SQLite refuses it (another statement of the connection still reading), the run goes on with the indexes.
 */
class MassUpdateIndexes {
public:
    /** indexNames: deferrable indexes (schema.h) the updates move entries in; rowsToCome: the run's length. */
    MassUpdateIndexes(Database& db, std::span<const std::string_view> indexNames, std::size_t rowsToCome);
    ~MassUpdateIndexes();
    MassUpdateIndexes(const MassUpdateIndexes&) = delete;
    MassUpdateIndexes& operator=(const MassUpdateIndexes&) = delete;

    /** After each row's update: whether it changed the row. */
    void counted(bool changed);
    /** Builds dropped indexes again; call once when the run succeeded. */
    void finish();

    [[nodiscard]] bool anyDropped() const;

    /** Runs shorter than this keep their indexes: they take well under a second either way. */
    static constexpr std::size_t kSmallestRun = 20'000;
    /** Rows written before deciding. */
    static constexpr std::size_t kProbe = 2'000;

private:
    struct Watched {
        std::string_view name; // from the caller's names, which are literals
        std::string_view createSql;
        bool hadStatistics = false;
        bool dropped = false;
    };

    void drop();
    void rebuild();

    Database& m_db;
    std::vector<Watched> m_indexes;
    bool m_watching;
    std::size_t m_seen = 0;
    std::size_t m_changed = 0;
};

} // namespace rapport::storage::sqlite
