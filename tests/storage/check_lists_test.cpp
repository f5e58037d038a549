// The CHECKs' lists of codes stored as comparisons (schema v12): the same rules, without the b-tree SQLite builds
// of an IN list every time a single-row write runs.
#include "storage/released_schema.h"
#include "storage/repository.h"
#include "storage/sqlite/check_lists.h"
#include "storage/sqlite/database.h"
#include "support/sqlite_dump.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace rapport;
using namespace rapport::test;
using storage::sqlite::checkListsAsComparisons;
using storage::sqlite::Database;

namespace {

/** How many times the program SQLite compiles for `sql` builds a temporary b-tree (an IN list's, among others). */
int temporaryTrees(const std::string& path, const std::string& sql) {
    // Read-write: on a read-only connection SQLite compiles no constraint checks at all.
    Database db(path, Database::Mode::ReadWrite);
    auto explain = db.prepare("EXPLAIN " + sql);
    int trees = 0;
    while (explain.step()) {
        trees += explain.textView(1) == "OpenEphemeral" ? 1 : 0;
    }
    return trees;
}

const std::string kScoreRowUpdate = "UPDATE customer_score SET score_stage = ?2, score_group = ?3, score_churn = ?4, "
                                    "score_alive_ppm = ?5, score_value = ?6 WHERE customer_id = ?1";
const std::string kEpisodeInsert =
    "INSERT INTO episode (customer_id, occurred_on, channel, kind, revenue) VALUES (?1, ?2, ?3, ?4, ?5)";

void expectRefused(const std::string& path, const std::string& sql) {
    try {
        execRaw(path, sql);
        ADD_FAILURE() << "accepted: " << sql;
    } catch (const std::exception& error) {
        EXPECT_NE(std::string(error.what()).find("CHECK constraint failed"), std::string::npos) << error.what();
    }
}

} // namespace

TEST(SqliteCheckLists, ListsOfThreeOrMoreCodesBecomeComparisonsAndTheRestStays) {
    const std::string sql = "CREATE TABLE t (\n"
                            "    a TEXT NOT NULL CHECK (a IN ('x', 'y', 'z')),\n"
                            "    b INTEGER CHECK (b IN (0, 1)),\n"
                            "    c TEXT CHECK (c NOT IN ('p', 'q', 'r')),\n"
                            "    d TEXT CHECK (d IN ('it''s', 'b', 'c')),\n"
                            "    e INTEGER CHECK(e IN(-1,0,  1) ), -- CHECK (a list IN (1, 2, 3)) in a comment stays\n"
                            "    f INTEGER check (f in (1, 2, 3)),\n"
                            "    g INTEGER CHECK (g + b IN (1, 2, 3)),\n"
                            "    h INTEGER CHECK (t.h IN (1, 2, 3)),\n"
                            "    i TEXT CHECK (i IN ('x', 'y', 'z') OR i = ''),\n"
                            "    j TEXT CHECK (j COLLATE NOCASE IN ('x', 'y', 'z')),\n"
                            "    CHECK ((a IN ('x', 'y')) = (b IS NOT NULL))\n"
                            ")";
    EXPECT_EQ(checkListsAsComparisons(sql),
              "CREATE TABLE t (\n"
              "    a TEXT NOT NULL CHECK ((a = 'x' OR a = 'y' OR a = 'z')),\n"
              "    b INTEGER CHECK (b IN (0, 1)),\n"
              "    c TEXT CHECK (c NOT IN ('p', 'q', 'r')),\n"
              "    d TEXT CHECK (d IN ('it''s', 'b', 'c')),\n"
              "    e INTEGER CHECK((e = -1 OR e = 0 OR e = 1) ), -- CHECK (a list IN (1, 2, 3)) in a comment stays\n"
              "    f INTEGER check ((f = 1 OR f = 2 OR f = 3)),\n"
              "    g INTEGER CHECK (g + b IN (1, 2, 3)),\n"
              "    h INTEGER CHECK (t.h IN (1, 2, 3)),\n"
              "    i TEXT CHECK (i IN ('x', 'y', 'z') OR i = ''),\n"
              "    j TEXT CHECK (j COLLATE NOCASE IN ('x', 'y', 'z')),\n"
              "    CHECK ((a IN ('x', 'y')) = (b IS NOT NULL))\n"
              ")");
    EXPECT_EQ(checkListsAsComparisons(checkListsAsComparisons(sql)), checkListsAsComparisons(sql)) << "once is all";
}

TEST(SqliteCheckLists, ANewDatabaseStoresNoListAndItsSingleRowWritesBuildNoTree) {
    TempDir dir;
    const auto path = dir.file("new.sqlite");
    storage::openRepository(path, {}).reset();
    EXPECT_EQ(tablesWhoseInsertsBuildTrees(path), std::vector<std::string>());
    EXPECT_EQ(temporaryTrees(path, kScoreRowUpdate), 0);
    EXPECT_EQ(temporaryTrees(path, kEpisodeInsert), 0);

    // The same statements on tables with lists (cut down from v11's) build a tree per list per run.
    const auto old = dir.file("lists.sqlite");
    execRaw(old, "CREATE TABLE customer_score (customer_id INTEGER PRIMARY KEY, score_stage TEXT CHECK (score_stage "
                 "IN ('prospect', 'customer', 'client')), score_group INTEGER, score_churn TEXT CHECK (score_churn IN "
                 "('active', 'at_risk', 'lost')), score_alive_ppm INTEGER, score_value INTEGER)");
    EXPECT_EQ(temporaryTrees(old, kScoreRowUpdate), 2);
    execRaw(old, "CREATE TABLE episode (customer_id INTEGER, occurred_on INTEGER, channel TEXT CHECK (channel IN "
                 "('phone', 'email', 'chat')), kind TEXT CHECK (kind IN ('purchase', 'return', 'call')), revenue "
                 "INTEGER)");
    EXPECT_EQ(temporaryTrees(old, kEpisodeInsert), 2);
}

TEST(SqliteCheckLists, TheComparisonsRefuseWhatTheListsRefused) {
    TempDir dir;
    const auto path = dir.file("rules.sqlite");
    storage::openRepository(path, {}).reset();
    execRaw(path, "INSERT INTO customer (id, kind, display_name, market) VALUES (1, 'person', 'Anna', 'b2c')");
    expectRefused(path, "INSERT INTO customer (id, kind, display_name, market) VALUES (2, 'robot', 'R2', 'b2c')");
    expectRefused(path, "UPDATE customer SET income_band = 'astronomical' WHERE id = 1");
    execRaw(path, "UPDATE customer SET income_band = 'middle' WHERE id = 1");
    execRaw(path, "UPDATE customer SET income_band = NULL WHERE id = 1");

    expectRefused(path, "UPDATE customer_score SET score_stage = 'fan' WHERE customer_id = 1");
    expectRefused(path, "UPDATE customer_score SET score_churn = 'gone' WHERE customer_id = 1");
    execRaw(path, "UPDATE customer_score SET score_stage = 'partner', score_churn = 'at_risk' WHERE customer_id = 1");
    execRaw(path, "UPDATE customer_score SET score_stage = NULL, score_churn = NULL WHERE customer_id = 1");

    expectRefused(path, "INSERT INTO episode (customer_id, occurred_on, channel, kind) VALUES (1, 20000, 'pigeon', "
                        "'call')");
    expectRefused(path, "INSERT INTO episode (customer_id, occurred_on, channel, kind) VALUES (1, 20000, 'phone', "
                        "'gossip')");
    expectRefused(path, "INSERT INTO episode (customer_id, occurred_on, channel, kind) VALUES (1, 20000, 'phone', "
                        "'purchase')"); // a purchase without revenue: the table's own check, left as it was
    execRaw(path, "INSERT INTO episode (customer_id, occurred_on, channel, kind) VALUES (1, 20000, 'phone', 'call')");
    EXPECT_EQ(queryRawInt(path, "SELECT count(*) FROM episode"), 1);
}
