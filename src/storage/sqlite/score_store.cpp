#include "storage/sqlite/score_store.h"

#include "storage/sqlite/database.h"
#include "storage/sqlite/mass_update_indexes.h"
#include "storage/sqlite/schema.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <optional>
#include <spdlog/spdlog.h>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rapport::storage::sqlite {

namespace {

constexpr std::array<std::string_view, 2> kScoreIndexes{"customer_by_value", "customer_by_alive"};

// A row whose scores did not change is left as it is: a run over an unchanged base then rewrites nothing but the
// customers whose scores moved, instead of every customer's score row and its score index entries.
constexpr const char* kScoresSql =
    "UPDATE customer_score SET score_stage = ?2, score_group = ?3, score_churn = ?4, "
    "score_alive_ppm = ?5, score_value = ?6 WHERE customer_id = ?1 AND (score_stage IS NOT ?2 "
    "OR score_group IS NOT ?3 OR score_churn IS NOT ?4 OR score_alive_ppm IS NOT ?5 OR "
    "score_value IS NOT ?6)";
constexpr const char* kScoresAndLevelSql =
    "UPDATE customer_score SET score_stage = ?2, score_group = ?3, score_churn = ?4, score_alive_ppm = ?5, "
    "score_value = ?6, score_level = ?7 WHERE customer_id = ?1 AND (score_stage IS NOT ?2 OR score_group IS NOT ?3 OR "
    "score_churn IS NOT ?4 OR score_alive_ppm IS NOT ?5 OR score_value IS NOT ?6 OR score_level IS NOT ?7)";

void bindScore(Statement& update, const CustomerScore& score) {
    update.bind(1, score.id).bind(2, std::string(core::toCode(score.stage))).bind(3, std::int64_t{score.fourGroup});
    if (score.churnStatus) {
        update.bind(4, std::string(core::toCode(*score.churnStatus)));
    } else {
        update.bindNull(4);
    }
    if (score.probabilityAlive) {
        const double clamped = std::clamp(*score.probabilityAlive, 0.0, 1.0);
        update.bind(5, static_cast<std::int64_t>(std::llround(clamped * kPartsPerMillion)));
    } else {
        update.bindNull(5);
    }
    if (score.predictedValue) {
        update.bind(6, score.predictedValue->minor());
    } else {
        update.bindNull(6);
    }
}

void bindLevel(Statement& statement, int parameter, std::optional<core::ServiceLevelId> level) {
    if (level) {
        statement.bind(parameter, *level);
    } else {
        statement.bindNull(parameter);
    }
}

/** Runs a bound update; whether it changed the row. */
bool runUpdate(Database& db, Statement& update) {
    update.run();
    update.reset();
    return db.changes() > 0;
}

/**
 * Records customers' level changes on `day`. Dated the run's day, or the customer's latest row's when that is later
 * (a run with an earlier --until): the latest row stays the level the customer holds, which copies and the card rely
 * on. When no row is dated after `day` (every run but such a one) each change is a plain insert with the level's
 * name from a map: the two lookups per row of the general form took 2.4 s of a first store's million rows. Finding
 * that out reads the whole history (about 40 ms at a million rows), so it is done only once a run has changed more
 * levels than that costs: a run that moves a few levels, most of them, pays nothing.
 */
class LevelHistory {
public:
    LevelHistory(Database& db, core::Date day)
        : m_db(db)
        , m_day(day.days()) {}

    void record(const ServiceLevelAssignment& assignment) {
        if (!plain()) {
            auto& history = m_db.cached(
                "INSERT OR REPLACE INTO service_level_change (customer_id, since, level_id, level_name) "
                "VALUES (?1, max(?2, coalesce((SELECT max(h.since) FROM service_level_change h WHERE h.customer_id = "
                "?1), ?2)), ?3, coalesce((SELECT name FROM service_level WHERE id = ?3), ''))");
            run(history, assignment);
            return;
        }
        auto& history = m_db.cached("INSERT OR REPLACE INTO service_level_change (customer_id, since, level_id, "
                                    "level_name) VALUES (?1, ?2, ?3, ?4)");
        const auto name = assignment.levelId ? m_names.find(*assignment.levelId) : m_names.end();
        history.bind(4, name == m_names.end() ? std::string() : name->second);
        run(history, assignment);
    }

private:
    static constexpr std::size_t kGeneralRows = 1'000;

    /** Whether this change may be a plain insert: decided once, after the first kGeneralRows changes. */
    bool plain() {
        if (m_plain || ++m_recorded <= kGeneralRows) {
            return m_plain;
        }
        if (!m_decided) {
            m_decided = true;
            m_plain = m_db.queryInt("SELECT coalesce(max(since), -1) FROM service_level_change") <= m_day;
            auto names = m_db.prepare("SELECT id, name FROM service_level");
            while (m_plain && names.step()) {
                m_names.emplace(names.int64(0), names.text(1));
            }
        }
        return m_plain;
    }

    void run(Statement& history, const ServiceLevelAssignment& assignment) const {
        history.bind(1, assignment.customerId).bind(2, m_day);
        bindLevel(history, 3, assignment.levelId);
        history.run();
        history.reset();
    }

    Database& m_db;
    std::int64_t m_day;
    std::size_t m_recorded = 0;
    bool m_decided = false;
    bool m_plain = false;
    std::unordered_map<core::ServiceLevelId, std::string> m_names;
};

/** Gives one customer a level; whether it changed (false also when there is no such customer). */
bool storeLevel(Database& db, const ServiceLevelAssignment& assignment) {
    // Only a change writes: the guard leaves an unchanged customer (most of them, run after run) untouched.
    auto& update =
        db.cached("UPDATE customer_score SET score_level = ?2 WHERE customer_id = ?1 AND score_level IS NOT ?2");
    update.bind(1, assignment.customerId);
    bindLevel(update, 2, assignment.levelId);
    return runUpdate(db, update);
}

/**
 * Whether each customer assigned a level (the assignments in id order) held a level before this run other than the
 * one assigned: one walk of the level index, each level's range (in id order) merged with the assignments, and a
 * bit per customer rather than a copy of a million levels.
 */
std::vector<bool> levelsThatMove(Database& db, std::span<const ServiceLevelAssignment> byId) {
    // A customer the index does not list holds no level: their level moves if one is assigned. The walk below
    // overwrites the bit of every customer it finds holding one.
    std::vector<bool> moves(byId.size(), false);
    for (std::size_t i = 0; i < byId.size(); ++i) {
        moves[i] = byId[i].levelId.has_value();
    }
    auto select = db.prepare("SELECT score_level, customer_id FROM customer_score INDEXED BY customer_by_level "
                             "WHERE score_level IS NOT NULL ORDER BY score_level, customer_id");
    std::optional<core::ServiceLevelId> level;
    std::size_t next = 0;
    while (select.step()) {
        const auto held = select.int64(0);
        const auto id = select.int64(1);
        if (held != level) {
            level = held;
            next = 0;
        }
        while (next < byId.size() && byId[next].customerId < id) {
            ++next;
        }
        if (next < byId.size() && byId[next].customerId == id) {
            moves[next] = byId[next].levelId != held;
        }
    }
    return moves;
}

} // namespace

void storeCustomerScores(Database& db, std::span<const CustomerScore> scores) {
    auto& update = db.cached(kScoresSql);
    MassUpdateIndexes indexes(db, kScoreIndexes, scores.size());
    for (const auto& score : scores) {
        bindScore(update, score);
        indexes.counted(runUpdate(db, update));
    }
    indexes.finish();
}

void storeCustomerLevels(Database& db, std::span<const ServiceLevelAssignment> assignments, core::Date day) {
    LevelHistory history(db, day);
    for (const auto& assignment : assignments) {
        if (storeLevel(db, assignment)) {
            history.record(assignment);
        }
    }
}

void storeCustomerScoresAndLevels(Database& db, const ScoreBatches& scores,
                                  std::span<const ServiceLevelAssignment> assignments, core::Date day) {
    // By id, each customer's last assignment (as one assignment after another would leave it). An analysis gives
    // them in id order already: then they are used as they are rather than copied.
    std::vector<ServiceLevelAssignment> sorted;
    std::span<const ServiceLevelAssignment> byId = assignments;
    const auto idOrder = [](const auto& a, const auto& b) { return a.customerId < b.customerId; };
    if (std::adjacent_find(assignments.begin(), assignments.end(), [](const auto& a, const auto& b) {
            return a.customerId >= b.customerId;
        }) != assignments.end()) {
        sorted.assign(assignments.begin(), assignments.end());
        std::stable_sort(sorted.begin(), sorted.end(), idOrder);
        const auto lastOfEach = std::unique(sorted.rbegin(), sorted.rend(),
                                            [](const auto& a, const auto& b) { return a.customerId == b.customerId; });
        sorted.erase(sorted.begin(), lastOfEach.base());
        byId = sorted;
    }
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    auto rowsDone = start;
    const auto moves = levelsThatMove(db, byId);
    std::vector<bool> scored(byId.size(), false);
    std::vector<bool> changed(byId.size(), false); // recorded after the rows are written, in id order
    auto& withLevel = db.cached(kScoresAndLevelSql);
    auto& scoresOnly = db.cached(kScoresSql);
    {
        MassUpdateIndexes indexes(db, kScoreIndexes, scores.count);
        const auto store = [&](const CustomerScore& score) {
            const auto it = std::lower_bound(byId.begin(), byId.end(), score.id,
                                             [](const auto& a, core::CustomerId id) { return a.customerId < id; });
            const bool assigned = it != byId.end() && it->customerId == score.id;
            const auto index = static_cast<std::size_t>(it - byId.begin());
            // Only a level that moves goes into the statement: SQLite updates the entry of every index on a column
            // the SET names, even when its value stays.
            if (!assigned || !moves[index]) {
                bindScore(scoresOnly, score);
                indexes.counted(runUpdate(db, scoresOnly));
                if (assigned) {
                    scored[index] = true;
                }
                return;
            }
            bindScore(withLevel, score);
            bindLevel(withLevel, 7, it->levelId);
            const bool rowChanged = runUpdate(db, withLevel);
            indexes.counted(rowChanged);
            // A changed row means the customer exists, and their level moved: one history row (also when scored twice).
            changed[index] = changed[index] || rowChanged;
            scored[index] = true;
        };
        for (auto batch = scores.next(); !batch.empty(); batch = scores.next()) {
            for (const auto& score : batch) {
                store(score);
            }
        }
        rowsDone = Clock::now();
        indexes.finish();
    }
    const auto indexesDone = Clock::now();
    std::size_t historyRows = 0;
    LevelHistory history(db, day);
    for (std::size_t i = 0; i < byId.size(); ++i) {
        if (!scored[i] && storeLevel(db, byId[i])) {
            changed[i] = true; // assigned a level without a score in this run
        }
        if (changed[i]) {
            history.record(byId[i]);
            ++historyRows;
        }
    }
    const auto seconds = [](auto from, auto to) { return std::chrono::duration<double>(to - from).count(); };
    spdlog::debug("scores stored: the rows {:.1f} s, the score indexes {:.1f} s, {} level history rows {:.1f} s",
                  seconds(start, rowsDone), seconds(rowsDone, indexesDone), historyRows,
                  seconds(indexesDone, Clock::now()));
}

} // namespace rapport::storage::sqlite
