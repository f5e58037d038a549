#include "storage/sqlite/migrations.h"

#include "storage/errors.h"
#include "storage/sqlite/check_lists.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/name_keys.h"
#include "storage/sqlite/schema.h"

#include <string>

namespace rapport::storage::sqlite {

namespace {

// v0 -> v1: the prototype kept one e-mail and one phone per customer, dates as 'YYYY-MM-DD' text and
// amounts as REAL dollars. Text dates become day numbers, amounts become cents (rounded, as REAL cannot
// hold cents exactly), the old episode kinds map to the new catalogue.
constexpr std::string_view kV0ToV1 = R"sql(
ALTER TABLE customers RENAME TO v0_customers;
ALTER TABLE episodes RENAME TO v0_episodes;
)sql";

constexpr std::string_view kV0Copy = R"sql(
INSERT INTO customer (id, kind, display_name, segment, city, market, acquired_on, notes)
SELECT id, 'person', name, coalesce(segment, ''), coalesce(city, ''), 'b2c',
       CAST(julianday(created) - 2440587.5 AS INTEGER), ''
  FROM v0_customers;

INSERT INTO contact_point (customer_id, kind, position, value, label, normalized)
SELECT id, 'email', 0, trim(email), '', lower(trim(email)) FROM v0_customers WHERE coalesce(trim(email), '') <> '';

INSERT INTO contact_point (customer_id, kind, position, value, label, normalized)
SELECT id, 'phone', 0, trim(phone), '',
       replace(replace(replace(replace(replace(replace(trim(phone), ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''), '/', '')
  FROM v0_customers WHERE coalesce(trim(phone), '') <> '';

INSERT INTO episode (id, customer_id, occurred_on, channel, kind, revenue, notes)
SELECT id, customer_id, CAST(julianday(date) - 2440587.5 AS INTEGER), 'other',
       CASE kind WHEN 'sale' THEN 'purchase' WHEN 'refund' THEN 'return' WHEN 'complaint' THEN 'complaint'
                 WHEN 'call' THEN 'call' WHEN 'meeting' THEN 'meeting' WHEN 'email' THEN 'email' ELSE 'other' END,
       CASE kind WHEN 'sale' THEN CAST(round(abs(coalesce(amount, 0)) * 100) AS INTEGER)
                 WHEN 'refund' THEN -CAST(round(abs(coalesce(amount, 0)) * 100) AS INTEGER) END,
       coalesce(note, '')
  FROM v0_episodes;

DROP TABLE v0_episodes;
DROP TABLE v0_customers;

INSERT INTO customer_search (rowid, name, contacts, tags, people)
SELECT id, name, contacts, tags, people FROM customer_search_source;
)sql";

void migrateV0ToV1(Database& db) {
    // Every prototype date must parse; a row that does not would silently become NULL otherwise.
    const auto badDates = db.queryInt("SELECT (SELECT count(*) FROM customers WHERE created IS NOT NULL "
                                      "AND julianday(created) IS NULL) + (SELECT count(*) FROM episodes "
                                      "WHERE julianday(date) IS NULL)");
    if (badDates > 0) {
        throw MigrationError("migrating from schema v0: " + std::to_string(badDates) +
                             " rows have a date that is not YYYY-MM-DD (columns customers.created, episodes.date)");
    }
    db.exec(kV0ToV1);
    // createSchema() writes the current user_version and the application id as its last statements.
    createSchema(db);
    db.exec(kV0Copy);
    fillMissingNameKeys(db);
}

// v1 -> v2: relationship-ladder stages set by hand. Only a new table: existing rows are untouched.
constexpr std::string_view kV1ToV2 = R"sql(
CREATE TABLE ladder_override (
    customer_id INTEGER PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE,
    stage       TEXT NOT NULL CHECK (stage IN ('prospect', 'customer', 'client', 'supporter', 'advocate', 'partner')),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    set_on      INTEGER NOT NULL,
    set_by      TEXT NOT NULL DEFAULT ''
);
PRAGMA user_version = 2;
)sql";

// v2 -> v3: analysis scores beside each customer. New nullable columns: no row is rewritten.
constexpr std::string_view kV2ToV3 = R"sql(
ALTER TABLE customer ADD COLUMN score_stage TEXT
    CHECK (score_stage IN ('prospect', 'customer', 'client', 'supporter', 'advocate', 'partner'));
ALTER TABLE customer ADD COLUMN score_group INTEGER CHECK (score_group BETWEEN 0 AND 4);
ALTER TABLE customer ADD COLUMN score_churn TEXT CHECK (score_churn IN ('active', 'at_risk', 'lapsed', 'lost'));
ALTER TABLE customer ADD COLUMN score_alive_ppm INTEGER CHECK (score_alive_ppm BETWEEN 0 AND 1000000);
ALTER TABLE customer ADD COLUMN score_value INTEGER;
CREATE INDEX customer_by_value ON customer (score_value, id);
CREATE INDEX customer_by_alive ON customer (score_alive_ppm, id);
PRAGMA user_version = 3;
)sql";

// v3 -> v4: a record of merges and erasures. Only a new table: existing rows are untouched.
constexpr std::string_view kV3ToV4 = R"sql(
CREATE TABLE customer_event (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('merge', 'erasure')),
    customer_id       INTEGER NOT NULL,
    other_customer_id INTEGER,
    happened_at       INTEGER NOT NULL,
    done_by           TEXT NOT NULL DEFAULT '',
    details           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX customer_event_by_customer ON customer_event (customer_id);
PRAGMA user_version = 4;
)sql";

// v4 -> v5: customers shared with a whole team, row versions against lost updates, and exports of personal data
// among the recorded events. SQLite cannot change a CHECK in place, so customer_event is copied into a new table.
constexpr std::string_view kV4ToV5 = R"sql(
ALTER TABLE customer ADD COLUMN shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1));
ALTER TABLE customer ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE TABLE customer_event_v5 (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('merge', 'erasure', 'export')),
    customer_id       INTEGER NOT NULL,
    other_customer_id INTEGER,
    happened_at       INTEGER NOT NULL,
    done_by           TEXT NOT NULL DEFAULT '',
    details           TEXT NOT NULL DEFAULT ''
);
INSERT INTO customer_event_v5 SELECT id, kind, customer_id, other_customer_id, happened_at, done_by, details
  FROM customer_event;
DROP TABLE customer_event;
ALTER TABLE customer_event_v5 RENAME TO customer_event;
CREATE INDEX customer_event_by_customer ON customer_event (customer_id);
PRAGMA user_version = 5;
)sql";

// v5 -> v6: archived customers and dated assessments. A new nullable column (no row is rewritten), its partial
// index and a new table.
void migrateV5ToV6(Database& db) {
    db.exec("ALTER TABLE customer ADD COLUMN archived_on INTEGER");
    db.exec(archiveAndAssessmentSchema());
    db.exec("PRAGMA user_version = 6");
}

// v6 -> v7: invoice documents (reference, line count, the purchase a return cancels) and anonymous sales. New
// columns with defaults (no row is rewritten), a new table and two indexes.
void migrateV6ToV7(Database& db) {
    db.exec(invoiceSchema());
    for (const auto& index : deferrableIndexes()) {
        if (index.name == "episode_by_reference") {
            db.exec(index.createSql);
        }
    }
    db.exec("PRAGMA user_version = 7");
}

// v7 -> v8: names sort by the database's collation (rapport_meta.collation, the connection's now): a sort key
// beside every name, computed here for every customer, and the index by name on it instead of on NOCASE names.
void migrateV7ToV8(Database& db) {
    db.exec("DROP INDEX IF EXISTS customer_by_name");
    db.exec(nameKeySchema());
    db.exec("UPDATE customer SET name_sort_key = rapport_name_key(display_name)");
    db.exec(nameIndexSql());
    storeCollation(db, *db.nameCollation());
    db.exec("PRAGMA user_version = 8");
}

// v8 -> v9: campaigns and their members, two new tables.
void migrateV8ToV9(Database& db) {
    db.exec(campaignSchema());
    db.exec("PRAGMA user_version = 9");
}

// v9 -> v10: service levels: a table of levels, each customer's level (a new column with its index), the history.
void migrateV9ToV10(Database& db) {
    db.exec(serviceLevelSchema());
    // No REFERENCES: a column with one cannot be dropped again; removeServiceLevel clears it instead.
    db.exec("ALTER TABLE customer ADD COLUMN score_level INTEGER");
    db.exec("CREATE INDEX customer_by_level ON customer (score_level, id)");
    db.exec("PRAGMA user_version = 10");
}

// v10 -> v11: the scores and the service level move from the customer's row to customer_score, one narrow row per
// customer, so that a run no longer rewrites every customer's whole row. Their indexes move with them. Dropping
// the six columns rewrites the customer table once per column: 7.7 s at a million customers, once.
void migrateV10ToV11(Database& db) {
    db.exec("DROP INDEX IF EXISTS customer_by_value; DROP INDEX IF EXISTS customer_by_alive; "
            "DROP INDEX IF EXISTS customer_by_level");
    db.exec(scoreTableSchema());
    db.exec("INSERT INTO customer_score (customer_id, score_stage, score_group, score_churn, score_alive_ppm, "
            "score_value, score_level) SELECT id, score_stage, score_group, score_churn, score_alive_ppm, score_value, "
            "score_level FROM customer ORDER BY id");
    for (const auto* column :
         {"score_stage", "score_group", "score_churn", "score_alive_ppm", "score_value", "score_level"}) {
        db.exec(std::string("ALTER TABLE customer DROP COLUMN ") + column);
    }
    // As v11 defined them (not indexSql(), which follows later versions).
    db.exec("CREATE INDEX customer_by_value ON customer_score (score_value, customer_id); "
            "CREATE INDEX customer_by_alive ON customer_score (score_alive_ppm, customer_id); "
            "CREATE INDEX customer_by_level ON customer_score (score_level, customer_id)");
    // Statistics for the new table when the base has them for its others (a bulk load's bounded ANALYZE): the
    // planner then weighs its indexes as it did the columns' (a score run keeps them current, mass_update_indexes).
    if (db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'") > 0) {
        const auto previousLimit = db.queryInt("PRAGMA analysis_limit");
        db.exec("PRAGMA analysis_limit = " + std::to_string(kStatisticsSampleRows) + "; ANALYZE customer_score");
        db.exec("PRAGMA analysis_limit = " + std::to_string(previousLimit));
    }
    db.exec("PRAGMA user_version = 11");
}

// v11 -> v12: the CHECKs' lists of codes as comparisons (check_lists.h): no row is read or written, only the
// tables' definitions change, and every single-row write stops building a b-tree of each list it checks.
void migrateV11ToV12(Database& db) {
    rewriteCheckLists(db);
    db.exec("PRAGMA user_version = 12");
}

} // namespace

void migrate(Database& db, int fromVersion) {
    if (fromVersion == 0) {
        // createSchema() inside writes the current schema, so nothing later applies.
        migrateV0ToV1(db);
        fromVersion = kSchemaVersion;
    }
    if (fromVersion == 1) {
        db.exec(kV1ToV2);
        fromVersion = 2;
    }
    if (fromVersion == 2) {
        db.exec(kV2ToV3);
        fromVersion = 3;
    }
    if (fromVersion == 3) {
        db.exec(kV3ToV4);
        fromVersion = 4;
    }
    if (fromVersion == 4) {
        db.exec(kV4ToV5);
        fromVersion = 5;
    }
    if (fromVersion == 5) {
        migrateV5ToV6(db);
        fromVersion = 6;
    }
    if (fromVersion == 6) {
        migrateV6ToV7(db);
        fromVersion = 7;
    }
    if (fromVersion == 7) {
        migrateV7ToV8(db);
        fromVersion = 8;
    }
    if (fromVersion == 8) {
        migrateV8ToV9(db);
        fromVersion = 9;
    }
    if (fromVersion == 9) {
        migrateV9ToV10(db);
        fromVersion = 10;
    }
    if (fromVersion == 10) {
        migrateV10ToV11(db);
        fromVersion = 11;
    }
    if (fromVersion == 11) {
        migrateV11ToV12(db);
        fromVersion = 12;
    }
    if (fromVersion != kSchemaVersion) {
        throw MigrationError("no migration from schema v" + std::to_string(fromVersion));
    }
}

} // namespace rapport::storage::sqlite
