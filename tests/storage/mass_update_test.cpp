// Storing a million customers' scores for the first time changes nearly every row: the two score indexes are then
// dropped once the first rows show it and built again at the end (MassUpdateIndexes), instead of moving a million
// entries one by one. These tests run a store long enough to take that path on a real file and check what it leaves.

#include "storage/fixtures.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/mass_update_indexes.h"
#include "storage/sqlite/score_store.h"
#include "storage/sqlite/transaction.h"
#include "support/statement_trace.h"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

using namespace rapport;
using namespace rapport::test;
using storage::sqlite::Database;
using storage::sqlite::MassUpdateIndexes;

namespace {

constexpr std::int64_t kCustomers = static_cast<std::int64_t>(MassUpdateIndexes::kSmallestRun) + 2'000;

class SqliteMassUpdateTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_path = m_dir.file("mass-update.sqlite");
        storage::openRepository(m_path, {}); // creates the schema
        m_db = std::make_unique<Database>(m_path, Database::Mode::ReadWrite);
        // Plain rows through SQL: faster than the repository's checks and search rows, which these tests do not need.
        m_db->exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
                   std::to_string(kCustomers) +
                   ") INSERT INTO customer (id, kind, display_name, market) "
                   "SELECT i, 'person', 'Customer ' || i, 'b2c' FROM n");
        recordStatements(m_db->handle(), m_statements);
    }

    static std::vector<storage::CustomerScore> scoresFrom(std::int64_t seed) {
        std::vector<storage::CustomerScore> scores;
        for (std::int64_t id = 1; id <= kCustomers; ++id) {
            storage::CustomerScore score;
            score.id = id;
            score.stage = core::LadderStage::Customer;
            score.fourGroup = static_cast<int>(id % 5);
            score.probabilityAlive = static_cast<double>((id * 7919 + seed) % 1'000'000) / 1e6;
            score.predictedValue = core::Money::fromMinor((id * 104'729 + seed) % 10'000'000);
            scores.push_back(score);
        }
        return scores;
    }

    [[nodiscard]] bool droppedAnIndex() const {
        for (const auto& sql : m_statements) {
            if (sql.rfind("DROP INDEX", 0) == 0) {
                return true;
            }
        }
        return false;
    }

    void expectScoreIndexesMatchTheTable() {
        EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                 "('customer_by_value', 'customer_by_alive')"),
                  2);
        auto check = m_db->prepare("PRAGMA integrity_check");
        ASSERT_TRUE(check.step());
        EXPECT_EQ(check.text(0), "ok");
    }

    TempDir m_dir;
    std::string m_path;
    std::unique_ptr<Database> m_db;
    std::vector<std::string> m_statements;
};

TEST_F(SqliteMassUpdateTest, AFirstStoreRebuildsTheScoreIndexesAndTheySortByTheNewScores) {
    m_db->exec("PRAGMA temp_store = MEMORY"); // as configureConnection leaves the app's and the CLI's connection
    m_db->exec("PRAGMA cache_size = -16384");
    const auto scores = scoresFrom(0);
    storage::sqlite::inTransaction(*m_db, [&] { storage::sqlite::storeCustomerScores(*m_db, scores); });
    EXPECT_TRUE(droppedAnIndex());
    expectScoreIndexesMatchTheTable();
    // The indexes were sorted with their files on disk (SortFilesOnDisk), and the connection got its setting back.
    EXPECT_NE(std::find(m_statements.begin(), m_statements.end(), "PRAGMA temp_store = FILE"), m_statements.end());
    EXPECT_EQ(m_db->queryInt("PRAGMA temp_store"), 2);
    // With a smaller page cache (smaller sort runs), set back afterwards.
    EXPECT_NE(std::find(m_statements.begin(), m_statements.end(), "PRAGMA cache_size = -4096"), m_statements.end());
    EXPECT_EQ(m_db->queryInt("PRAGMA cache_size"), -16384);

    // The highest value, read through the rebuilt index, is the highest of the scores stored.
    const auto best = std::max_element(scores.begin(), scores.end(), [](const auto& a, const auto& b) {
        return std::pair(a.predictedValue->minor(), a.id) < std::pair(b.predictedValue->minor(), b.id);
    });
    EXPECT_EQ(m_db->queryInt("SELECT customer_id FROM customer_score INDEXED BY customer_by_value "
                             "WHERE score_value IS NOT NULL ORDER BY score_value DESC, customer_id DESC LIMIT 1"),
              best->id);
    EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM customer_score INDEXED BY customer_by_alive "
                             "WHERE score_alive_ppm IS NOT NULL"),
              kCustomers);
}

// An analysis gives its scores a batch at a time: the indexes are dropped once for the whole run (its count, not a
// batch's, decides) and built again once at the end.
TEST_F(SqliteMassUpdateTest, ScoresStoredInBatchesDropAndRebuildTheIndexesOnceForTheWholeRun) {
    m_db->exec("INSERT INTO service_level (id, name, rank, contact_interval_days) VALUES (1, 'Key', 1, 30)");
    const auto scores = scoresFrom(0);
    std::vector<storage::ServiceLevelAssignment> levels;
    for (const auto& score : scores) {
        levels.push_back({score.id, 1});
    }
    std::size_t given = 0;
    const storage::ScoreBatches batches{scores.size(), [&]() {
                                            const auto batch = std::span(scores).subspan(
                                                given, std::min<std::size_t>(1'000, scores.size() - given));
                                            given += batch.size();
                                            return std::span<const storage::CustomerScore>(batch);
                                        }};
    storage::sqlite::inTransaction(*m_db, [&] {
        storage::sqlite::storeCustomerScoresAndLevels(*m_db, batches, levels, core::Date::fromYmd(2025, 1, 1));
    });
    EXPECT_EQ(given, scores.size());
    EXPECT_EQ(std::count_if(m_statements.begin(), m_statements.end(),
                            [](const std::string& sql) { return sql.rfind("DROP INDEX", 0) == 0; }),
              2);
    EXPECT_EQ(std::count_if(m_statements.begin(), m_statements.end(),
                            [](const std::string& sql) { return sql.rfind("CREATE INDEX", 0) == 0; }),
              2);
    expectScoreIndexesMatchTheTable();
    std::int64_t total = 0;
    for (const auto& score : scores) {
        total += score.predictedValue->minor();
    }
    EXPECT_EQ(m_db->queryInt("SELECT sum(score_value) FROM customer_score"), total);
    EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM customer_score WHERE score_level = 1"), kCustomers);
}

// Scores and levels in one pass: a first run rebuilds the score indexes as a scores-only store does, every
// customer takes their level with one history row, and a second run that moves only a few levels records only
// those.
TEST_F(SqliteMassUpdateTest, ScoresAndLevelsStoredInOnePassRecordEachCustomersLevelOnce) {
    m_db->exec("INSERT INTO service_level (id, name, rank, contact_interval_days) VALUES (1, 'Key', 1, 30), (2, "
               "'Regular', 2, 60)");
    const auto scores = scoresFrom(0);
    std::vector<storage::ServiceLevelAssignment> levels;
    for (const auto& score : scores) {
        levels.push_back({score.id, score.id % 4 == 0 ? std::optional<core::ServiceLevelId>(1) : 2});
    }
    const auto firstDay = core::Date::fromYmd(2025, 1, 1);
    storage::sqlite::inTransaction(
        *m_db, [&] { storage::sqlite::storeCustomerScoresAndLevels(*m_db, scores, levels, firstDay); });
    EXPECT_TRUE(droppedAnIndex());
    expectScoreIndexesMatchTheTable();
    EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM customer_score WHERE score_level = 1"), kCustomers / 4);
    EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM customer_score WHERE score_level = 2"), kCustomers - kCustomers / 4);
    EXPECT_EQ(
        m_db->queryInt("SELECT count(*) FROM service_level_change WHERE since = " + std::to_string(firstDay.days())),
        kCustomers);
    EXPECT_EQ(m_db->queryInt(
                  "SELECT count(*) FROM customer_score s JOIN service_level_change h ON h.customer_id = s.customer_id "
                  "WHERE h.level_id IS NOT s.score_level"),
              0);

    // Every customer's scores move, about a thousandth of the levels (of customers on both levels): only those get
    // a history row.
    for (std::size_t i = 0; i < levels.size(); i += 999) {
        levels[i].levelId = levels[i].levelId == 1 ? 2 : 1;
    }
    const auto secondDay = core::Date::fromYmd(2025, 2, 1);
    const auto movedScores = scoresFrom(1);
    storage::sqlite::inTransaction(
        *m_db, [&] { storage::sqlite::storeCustomerScoresAndLevels(*m_db, movedScores, levels, secondDay); });
    EXPECT_EQ(m_db->queryInt("SELECT score_value FROM customer_score WHERE customer_id = 5"),
              movedScores[4].predictedValue->minor());
    const auto moved = static_cast<std::int64_t>((levels.size() + 998) / 999);
    EXPECT_EQ(
        m_db->queryInt("SELECT count(*) FROM service_level_change WHERE since = " + std::to_string(secondDay.days())),
        moved);
    EXPECT_EQ(m_db->queryInt("SELECT score_level FROM customer_score WHERE customer_id = 1"), *levels[0].levelId);
    EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM customer_score WHERE score_level = 1"),
              std::count_if(levels.begin(), levels.end(), [](const auto& l) { return l.levelId == 1; }));

    // Out of id order, a customer assigned twice: the last assignment counts.
    std::reverse(levels.begin(), levels.end());
    levels.push_back({2, 1});
    levels.push_back({2, std::nullopt});
    const auto thirdDay = core::Date::fromYmd(2025, 3, 1);
    storage::sqlite::inTransaction(
        *m_db, [&] { storage::sqlite::storeCustomerScoresAndLevels(*m_db, movedScores, levels, thirdDay); });
    EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM customer_score WHERE score_level IS NULL"), 1);
    EXPECT_EQ(
        m_db->queryInt("SELECT count(*) FROM service_level_change WHERE since = " + std::to_string(thirdDay.days())),
        1);
    EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM service_level_change WHERE customer_id = 2 AND since = " +
                             std::to_string(thirdDay.days()) + " AND level_id IS NULL"),
              1);

    // A run that looks back (an earlier day) and moves every level, thousands of them: each history row is dated the
    // customer's latest row, never before it, so the latest row stays the level held.
    for (auto& level : levels) {
        level.levelId = level.levelId == 1 ? std::optional<core::ServiceLevelId>(2) : 1;
    }
    const auto earlierDay = core::Date::fromYmd(2024, 12, 1);
    storage::sqlite::inTransaction(
        *m_db, [&] { storage::sqlite::storeCustomerScoresAndLevels(*m_db, movedScores, levels, earlierDay); });
    EXPECT_EQ(
        m_db->queryInt("SELECT count(*) FROM service_level_change WHERE since = " + std::to_string(earlierDay.days())),
        0);
    EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM customer_score s JOIN service_level_change h ON h.customer_id = "
                             "s.customer_id AND h.since = (SELECT max(since) FROM service_level_change x WHERE "
                             "x.customer_id = s.customer_id) WHERE h.level_id IS NOT s.score_level"),
              0);
}

TEST_F(SqliteMassUpdateTest, AStoreThatChangesFewRowsKeepsTheIndexes) {
    auto scores = scoresFrom(0);
    storage::sqlite::inTransaction(*m_db, [&] { storage::sqlite::storeCustomerScores(*m_db, scores); });
    m_statements.clear();
    for (std::size_t i = 0; i < scores.size(); i += 3) { // a third moved: fewer than half of the probe
        scores[i].predictedValue = core::Money::fromMinor(scores[i].predictedValue->minor() + 1);
    }
    storage::sqlite::inTransaction(*m_db, [&] { storage::sqlite::storeCustomerScores(*m_db, scores); });
    EXPECT_FALSE(droppedAnIndex());
    EXPECT_EQ(m_db->queryInt("SELECT score_value FROM customer_score WHERE customer_id = 1"),
              scores[0].predictedValue->minor());
    expectScoreIndexesMatchTheTable();
}

TEST_F(SqliteMassUpdateTest, AStoreFailingAfterTheDropLeavesTheIndexesEvenWhenItsCallerCommits) {
    auto scores = scoresFrom(0);
    scores[10'000].fourGroup = 9; // breaks the table's CHECK, long after the probe dropped the indexes
    storage::sqlite::inTransaction(
        *m_db, [&] { EXPECT_THROW(storage::sqlite::storeCustomerScores(*m_db, scores), std::exception); });
    EXPECT_TRUE(droppedAnIndex());
    expectScoreIndexesMatchTheTable(); // what was written before the failure is indexed too
    EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM customer_score WHERE score_value IS NOT NULL"), 10'000);

    // A caller that rolls back gets the file as it was.
    m_db->exec("UPDATE customer_score SET score_value = NULL, score_alive_ppm = NULL, score_group = NULL");
    m_statements.clear();
    EXPECT_THROW(storage::sqlite::inTransaction(*m_db, [&] { storage::sqlite::storeCustomerScores(*m_db, scores); }),
                 std::exception);
    EXPECT_TRUE(droppedAnIndex()); // this run dropped them too, and the rollback brought them back
    EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM customer_score WHERE score_value IS NOT NULL"), 0);
    expectScoreIndexesMatchTheTable();
}

// Dropping an index deletes its planner statistics; the paging queries' plans depend on them (search_plan_test).
TEST_F(SqliteMassUpdateTest, RebuiltIndexesKeepPlannerStatisticsWhenTheBaseHadThem) {
    m_db->exec("PRAGMA analysis_limit = 400; ANALYZE");
    const auto statisticsOf = [&](const char* index) {
        auto select = m_db->prepare("SELECT stat FROM sqlite_stat1 WHERE idx = ?1");
        select.bind(1, index);
        return select.step() ? select.text(0) : std::string("none");
    };
    ASSERT_NE(statisticsOf("customer_by_value"), "none");
    const auto scores = scoresFrom(0);
    storage::sqlite::inTransaction(*m_db, [&] { storage::sqlite::storeCustomerScores(*m_db, scores); });
    EXPECT_TRUE(droppedAnIndex());
    EXPECT_NE(statisticsOf("customer_by_value"), "none");
    EXPECT_NE(statisticsOf("customer_by_alive"), "none");
    EXPECT_EQ(m_db->queryInt("PRAGMA analysis_limit"), 400); // the connection's own limit, not the rebuild's
}

TEST_F(SqliteMassUpdateTest, OutsideATransactionNothingIsDropped) {
    // Each DROP would commit on its own there: a crash in the run would leave the file without the indexes.
    const auto scores = scoresFrom(0);
    storage::sqlite::storeCustomerScores(*m_db, std::span(scores).first(MassUpdateIndexes::kSmallestRun));
    EXPECT_FALSE(droppedAnIndex());
    expectScoreIndexesMatchTheTable();
}

TEST_F(SqliteMassUpdateTest, HalfTheProbeChangedKeepsTheIndexesOneMoreDropsThem) {
    static constexpr std::array<std::string_view, 1> kValue{"customer_by_value"};
    for (const std::size_t changed : {MassUpdateIndexes::kProbe / 2, MassUpdateIndexes::kProbe / 2 + 1}) {
        storage::sqlite::inTransaction(*m_db, [&] {
            MassUpdateIndexes indexes(*m_db, kValue, MassUpdateIndexes::kSmallestRun);
            for (std::size_t row = 0; row < MassUpdateIndexes::kProbe; ++row) {
                indexes.counted(row < changed);
            }
            EXPECT_EQ(indexes.anyDropped(), changed > MassUpdateIndexes::kProbe / 2) << changed;
            indexes.finish();
            EXPECT_FALSE(indexes.anyDropped());
        });
        expectScoreIndexesMatchTheTable();
    }
}

TEST(SqliteMassUpdateIndexes, ARunShorterThanTheSmallestKeepsItsIndexesHoweverMuchChanges) {
    TempDir dir;
    const auto path = dir.file("short-run.sqlite");
    storage::openRepository(path, {});
    Database db(path, Database::Mode::ReadWrite);
    static constexpr std::array<std::string_view, 1> kValue{"customer_by_value"};
    storage::sqlite::inTransaction(db, [&] {
        MassUpdateIndexes shortRun(db, kValue, MassUpdateIndexes::kSmallestRun - 1);
        for (std::size_t i = 0; i < MassUpdateIndexes::kProbe * 2; ++i) {
            shortRun.counted(true);
        }
        EXPECT_FALSE(shortRun.anyDropped());
    });
    EXPECT_THROW(MassUpdateIndexes(db, std::array<std::string_view, 1>{"customer_by_nothing"}, 1), std::logic_error);
}

} // namespace
