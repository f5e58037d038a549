#include "storage/sqlite/schema.h"

#include "core/assessment.h"
#include "core/campaign.h"
#include "core/channel.h"
#include "core/churn.h"
#include "core/ladder.h"
#include "storage/code_list.h"
#include "storage/sqlite/check_lists.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/name_keys.h"

#include <array>
#include <string>

namespace rapport::storage::sqlite {

namespace {

// Dates are days since 1970-01-01 and money is integer minor units (see docs/architecture.md).
// Enumerations are stored as their stable text codes, checked here, so the file reads well in sqlite3.
constexpr std::string_view kTables = R"sql(
CREATE TABLE rapport_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE customer (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN ('person', 'household', 'organisation')),
    display_name        TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    legal_name          TEXT NOT NULL DEFAULT '',
    street              TEXT NOT NULL DEFAULT '',
    postcode            TEXT NOT NULL DEFAULT '',
    city                TEXT NOT NULL DEFAULT '',
    region              TEXT NOT NULL DEFAULT '',
    country             TEXT NOT NULL DEFAULT '',
    segment             TEXT NOT NULL DEFAULT '',
    market              TEXT NOT NULL CHECK (market IN ('b2c', 'b2b')),
    acquired_on         INTEGER,
    acquisition_channel TEXT,
    acquisition_cost    INTEGER NOT NULL DEFAULT 0 CHECK (acquisition_cost >= 0),
    owner               TEXT NOT NULL DEFAULT '',
    preferred_channel   TEXT,
    income_band         TEXT CHECK (income_band IN ('low', 'lower_middle', 'middle', 'upper_middle', 'high')),
    household_size      INTEGER CHECK (household_size BETWEEN 1 AND 50),
    external_ref        TEXT,
    notes               TEXT NOT NULL DEFAULT '',
    -- Running totals over the customer's episodes, kept by triggers, so lists sort by value without a scan.
    last_contact_on     INTEGER,
    revenue_total       INTEGER NOT NULL DEFAULT 0,
    margin_total        INTEGER NOT NULL DEFAULT 0,
    purchase_count      INTEGER NOT NULL DEFAULT 0,
    episode_count       INTEGER NOT NULL DEFAULT 0,
    -- The scores of the last analysis run are in customer_score (since v11; v3 to v10 kept them here).
    -- Since v5: shared with every sales manager of a team, and the row version that stops lost updates.
    shared              INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
    version             INTEGER NOT NULL DEFAULT 1,
    created_at          INTEGER NOT NULL DEFAULT (unixepoch()),
    updated_at          INTEGER NOT NULL DEFAULT (unixepoch()),
    -- Since v6: the day the customer was archived (hidden from lists and analyses); NULL while in use.
    archived_on         INTEGER
);
CREATE UNIQUE INDEX customer_external_ref ON customer (external_ref) WHERE external_ref IS NOT NULL;

CREATE TABLE contact_person (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    role           TEXT NOT NULL DEFAULT '',
    decision_maker INTEGER NOT NULL DEFAULT 0,
    active_from    INTEGER,
    active_to      INTEGER,
    notes          TEXT NOT NULL DEFAULT '',
    CHECK (active_to IS NULL OR active_from IS NULL OR active_to >= active_from)
);
CREATE INDEX contact_person_by_customer ON contact_person (customer_id);

-- E-mail addresses and phone numbers of customers (contact_person_id NULL) and of their contact persons.
CREATE TABLE contact_point (
    id                INTEGER PRIMARY KEY,
    customer_id       INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    contact_person_id INTEGER REFERENCES contact_person (id) ON DELETE CASCADE,
    kind              TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    position          INTEGER NOT NULL,
    value             TEXT NOT NULL,
    label             TEXT NOT NULL DEFAULT '',
    normalized        TEXT NOT NULL, -- lower-case e-mail or phone digits, to match duplicates on import
    search_terms      TEXT NOT NULL DEFAULT '' -- extra words for search, e.g. a phone number without its country code
);
CREATE INDEX contact_point_by_owner ON contact_point (customer_id, contact_person_id, kind, position);
CREATE INDEX contact_point_by_person ON contact_point (contact_person_id) WHERE contact_person_id IS NOT NULL;
CREATE INDEX contact_point_match ON contact_point (kind, normalized);

CREATE TABLE customer_tag (
    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    tag         TEXT NOT NULL,
    PRIMARY KEY (customer_id, position)
) WITHOUT ROWID;
CREATE UNIQUE INDEX customer_tag_by_tag ON customer_tag (tag, customer_id);

CREATE TABLE consent (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    purpose      TEXT NOT NULL CHECK (purpose IN ('processing', 'marketing', 'profiling', 'third_party_sharing')),
    given        INTEGER NOT NULL CHECK (given IN (0, 1)),
    recorded_on  INTEGER NOT NULL,
    text_version TEXT NOT NULL
);
CREATE INDEX consent_by_customer ON consent (customer_id);

CREATE TABLE episode (
    id                INTEGER PRIMARY KEY,
    customer_id       INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    contact_person_id INTEGER REFERENCES contact_person (id) ON DELETE SET NULL,
    occurred_on       INTEGER NOT NULL,
    channel           TEXT NOT NULL CHECK (channel IN ('point_of_sale', 'phone', 'email', 'event', 'meeting',
                          'web_form', 'advertising', 'chat', 'social_network', 'mail', 'other')),
    kind              TEXT NOT NULL CHECK (kind IN ('purchase', 'return', 'complaint', 'inquiry', 'service',
                          'offer', 'feedback', 'referral', 'co_creation', 'meeting', 'call', 'email', 'other')),
    revenue           INTEGER,
    margin            INTEGER,
    satisfaction      INTEGER CHECK (satisfaction BETWEEN -2 AND 2),
    critical          INTEGER NOT NULL DEFAULT 0 CHECK (critical IN (0, 1)),
    owner             TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    follow_up_on      INTEGER,
    follow_up_done    INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1)),
    CHECK ((kind IN ('purchase', 'return')) = (revenue IS NOT NULL))
);
-- episode_by_customer (a customer's timeline) and episode_purchases (the analytics pass over all purchases in
-- customer order, covering) are among the deferrable indexes below: a bulk load in random customer order
-- rebuilds them once instead of inserting at random places row by row.
CREATE INDEX episode_by_contact ON episode (contact_person_id) WHERE contact_person_id IS NOT NULL;
CREATE INDEX episode_open_follow_ups ON episode (follow_up_on) WHERE follow_up_on IS NOT NULL AND follow_up_done = 0;

CREATE TABLE task (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    due_on      INTEGER NOT NULL,
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    owner       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX task_by_customer ON task (customer_id);
CREATE INDEX task_open_by_due ON task (due_on) WHERE done = 0;

CREATE TABLE partnership (
    id                  INTEGER PRIMARY KEY,
    partner_name        TEXT NOT NULL,
    partner_customer_id INTEGER REFERENCES customer (id) ON DELETE SET NULL,
    direction           TEXT NOT NULL CHECK (direction IN ('supplier', 'manufacturer', 'intermediary', 'distributor',
                            'retailer', 'competitor', 'complementary', 'shareholder', 'employee', 'public_body',
                            'pressure_group', 'other')),
    form                TEXT NOT NULL CHECK (form IN ('alliance', 'joint_venture', 'co_branding', 'joint_rnd',
                            'cross_licensing', 'joint_marketing', 'supply_contract', 'distribution_agreement', 'other')),
    value_shared        INTEGER NOT NULL DEFAULT 0 CHECK (value_shared >= 0),
    started_on          INTEGER,
    ended_on            INTEGER,
    notes               TEXT NOT NULL DEFAULT ''
);
CREATE INDEX partnership_by_customer ON partnership (partner_customer_id) WHERE partner_customer_id IS NOT NULL;

CREATE TABLE partnership_stage (
    partnership_id INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    stage          TEXT NOT NULL CHECK (stage IN ('formation', 'experimentation', 'identification', 'renewal',
                       'rupture')),
    since          INTEGER NOT NULL,
    note           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (partnership_id, position)
) WITHOUT ROWID;

CREATE TABLE partnership_bond (
    partnership_id INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    bond           TEXT NOT NULL CHECK (bond IN ('legal', 'economic', 'technical', 'geographic', 'temporal', 'social',
                       'cultural', 'ideological', 'cognitive', 'psychological')),
    PRIMARY KEY (partnership_id, position)
) WITHOUT ROWID;

CREATE TABLE relationship_cost (
    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    year        INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    line        TEXT NOT NULL CHECK (line IN ('delivery', 'store_staff_bonus', 'unsold_returns', 'database_upkeep',
                    'sales_manager_pay', 'other')),
    amount      INTEGER NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (customer_id, year, line)
) WITHOUT ROWID;

CREATE TABLE churn_reason (
    code           TEXT PRIMARY KEY,
    label          TEXT NOT NULL,
    benchmark_low  REAL,
    benchmark_high REAL
) WITHOUT ROWID;

CREATE TABLE churn_record (
    id                INTEGER PRIMARY KEY,
    customer_id       INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    churned_on        INTEGER NOT NULL,
    reason_code       TEXT NOT NULL REFERENCES churn_reason (code),
    details           TEXT NOT NULL DEFAULT '',
    win_back_attempts INTEGER NOT NULL DEFAULT 0 CHECK (win_back_attempts >= 0),
    outcome           TEXT NOT NULL DEFAULT 'none' CHECK (outcome IN ('none', 'pending', 'won_back', 'failed'))
);
CREATE INDEX churn_record_by_customer ON churn_record (customer_id);
CREATE INDEX churn_record_by_reason ON churn_record (reason_code);

-- Since v2: a relationship-ladder stage set by hand, with why, when and by whom.
CREATE TABLE ladder_override (
    customer_id INTEGER PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE,
    stage       TEXT NOT NULL CHECK (stage IN ('prospect', 'customer', 'client', 'supporter', 'advocate', 'partner')),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    set_on      INTEGER NOT NULL,
    set_by      TEXT NOT NULL DEFAULT ''
);

-- Since v4: what happened to customers as a whole: merges of duplicates, erasures and (v5) exports of personal data. No foreign
-- key: the record outlives the customer it names (a merged-away or erased customer is the point of it).
CREATE TABLE customer_event (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('merge', 'erasure', 'export')),
    customer_id       INTEGER NOT NULL,
    other_customer_id INTEGER,
    happened_at       INTEGER NOT NULL, -- Unix seconds
    done_by           TEXT NOT NULL DEFAULT '',
    details           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX customer_event_by_customer ON customer_event (customer_id);

-- Search over names, e-mail addresses, phones, tags and contact persons. prefix='2 3' makes the
-- search-as-you-type prefix queries index lookups (0.07 ms instead of ~40 ms over 4M customers).
CREATE VIRTUAL TABLE customer_search USING fts5 (
    name, contacts, tags, people,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- What the search index holds for each customer; the one definition used to fill and refresh it.
CREATE VIEW customer_search_source AS
SELECT c.id AS id,
       c.display_name || ' ' || c.legal_name AS name,
       (SELECT group_concat(p.value || ' ' || p.normalized || ' ' || p.search_terms, ' ') FROM contact_point p
         WHERE p.customer_id = c.id AND p.contact_person_id IS NULL) AS contacts,
       (SELECT group_concat(t.tag, ' ') FROM customer_tag t WHERE t.customer_id = c.id) AS tags,
       (SELECT group_concat(cp.name || ' ' || coalesce((SELECT group_concat(q.value || ' ' || q.normalized || ' ' || q.search_terms, ' ')
                 FROM contact_point q WHERE q.contact_person_id = cp.id), ''), ' ')
          FROM contact_person cp WHERE cp.customer_id = c.id) AS people
  FROM customer c;

-- Dates as ISO text, for people who open the file with sqlite3 or a spreadsheet.
CREATE VIEW episode_readable AS
SELECT e.id, e.customer_id, c.display_name AS customer, date(e.occurred_on * 86400, 'unixepoch') AS occurred_on,
       e.channel, e.kind, e.revenue / 100.0 AS revenue, e.margin / 100.0 AS margin, e.satisfaction, e.critical,
       e.owner, e.notes, date(e.follow_up_on * 86400, 'unixepoch') AS follow_up_on, e.follow_up_done
  FROM episode e JOIN customer c ON c.id = e.customer_id;
)sql";

constexpr std::array kDeferrableIndexes{
    // Since v8 on the name's sort key in the database's collation (name_keys.h), no longer on display_name NOCASE.
    IndexDefinition{"customer_by_name", "CREATE INDEX customer_by_name ON customer (name_sort_key, id)"},
    IndexDefinition{"customer_by_kind", "CREATE INDEX customer_by_kind ON customer (kind, id)"},
    IndexDefinition{"customer_by_segment", "CREATE INDEX customer_by_segment ON customer (segment, id)"},
    IndexDefinition{"customer_by_owner", "CREATE INDEX customer_by_owner ON customer (owner, id)"},
    IndexDefinition{"customer_by_acquired", "CREATE INDEX customer_by_acquired ON customer (acquired_on, id)"},
    IndexDefinition{"customer_by_last_contact",
                    "CREATE INDEX customer_by_last_contact ON customer (last_contact_on, id)"},
    IndexDefinition{"customer_by_revenue", "CREATE INDEX customer_by_revenue ON customer (revenue_total, id)"},
    IndexDefinition{"customer_by_margin", "CREATE INDEX customer_by_margin ON customer (margin_total, id)"},
    IndexDefinition{"customer_by_purchases", "CREATE INDEX customer_by_purchases ON customer (purchase_count, id)"},
    // Since v11 on customer_score (v3 to v10: on customer's own columns).
    IndexDefinition{"customer_by_value", "CREATE INDEX customer_by_value ON customer_score (score_value, customer_id)"},
    IndexDefinition{"customer_by_alive",
                    "CREATE INDEX customer_by_alive ON customer_score (score_alive_ppm, customer_id)"},
    // Lists filter and sort by service level; removing a level sets its customers' to NULL through it.
    IndexDefinition{"customer_by_level", "CREATE INDEX customer_by_level ON customer_score (score_level, customer_id)"},
    IndexDefinition{"episode_by_date", "CREATE INDEX episode_by_date ON episode (occurred_on, id)"},
    IndexDefinition{"episode_by_customer",
                    "CREATE INDEX episode_by_customer ON episode (customer_id, occurred_on, id)"},
    IndexDefinition{"episode_purchases",
                    "CREATE INDEX episode_purchases ON episode (customer_id, occurred_on, revenue, "
                    "margin, kind) WHERE kind IN ('purchase', 'return')"},
    // Since v7: a customer's documents, to link a cancellation to the invoice it cancels (purchaseByReference).
    IndexDefinition{"episode_by_reference",
                    "CREATE INDEX episode_by_reference ON episode (customer_id, reference) WHERE reference <> ''"},
};

// Triggers rather than application code keep the totals right whoever writes: the app, an import, sqlite3.
constexpr std::array kTotalsTriggers{
    IndexDefinition{"episode_totals_insert", R"sql(
CREATE TRIGGER episode_totals_insert AFTER INSERT ON episode BEGIN
    UPDATE customer SET
        episode_count   = episode_count + 1,
        purchase_count  = purchase_count + (NEW.kind = 'purchase'),
        revenue_total   = revenue_total + coalesce(NEW.revenue, 0),
        margin_total    = margin_total + coalesce(NEW.margin, 0),
        last_contact_on = max(coalesce(last_contact_on, NEW.occurred_on), NEW.occurred_on)
    WHERE id = NEW.customer_id;
END)sql"},
    IndexDefinition{"episode_totals_delete", R"sql(
CREATE TRIGGER episode_totals_delete AFTER DELETE ON episode BEGIN
    UPDATE customer SET
        episode_count   = episode_count - 1,
        purchase_count  = purchase_count - (OLD.kind = 'purchase'),
        revenue_total   = revenue_total - coalesce(OLD.revenue, 0),
        margin_total    = margin_total - coalesce(OLD.margin, 0),
        last_contact_on = (SELECT max(occurred_on) FROM episode WHERE customer_id = OLD.customer_id)
    WHERE id = OLD.customer_id;
END)sql"},
    IndexDefinition{"episode_totals_update", R"sql(
CREATE TRIGGER episode_totals_update AFTER UPDATE OF customer_id, kind, revenue, margin, occurred_on ON episode
BEGIN
    UPDATE customer SET
        episode_count   = episode_count - 1,
        purchase_count  = purchase_count - (OLD.kind = 'purchase'),
        revenue_total   = revenue_total - coalesce(OLD.revenue, 0),
        margin_total    = margin_total - coalesce(OLD.margin, 0)
    WHERE id = OLD.customer_id;
    UPDATE customer SET
        episode_count   = episode_count + 1,
        purchase_count  = purchase_count + (NEW.kind = 'purchase'),
        revenue_total   = revenue_total + coalesce(NEW.revenue, 0),
        margin_total    = margin_total + coalesce(NEW.margin, 0)
    WHERE id = NEW.customer_id;
    UPDATE customer SET last_contact_on = (SELECT max(occurred_on) FROM episode WHERE customer_id = customer.id)
    WHERE id IN (OLD.customer_id, NEW.customer_id);
END)sql"},
};

// Whoever inserts a customer, the score row comes with it; a bulk load drops it and fills the rows at its commit.
constexpr IndexDefinition kScoreRowTrigger{"customer_score_row", R"sql(
CREATE TRIGGER customer_score_row AFTER INSERT ON customer BEGIN
    INSERT OR REPLACE INTO customer_score (customer_id) VALUES (NEW.id);
END)sql"};

} // namespace

std::string archiveAndAssessmentSchema() {
    // The archived are few: a partial index holds only them, so listing or counting them reads nothing else, and
    // lists of customers in use walk the (value, id) indexes skipping the odd archived row.
    return "CREATE INDEX customer_archived ON customer (archived_on, id) WHERE archived_on IS NOT NULL;\n"
           "CREATE TABLE assessment (\n"
           "    id          INTEGER PRIMARY KEY,\n"
           "    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,\n"
           "    component   TEXT NOT NULL CHECK (component IN (" +
           sqlCodeList<core::AssessmentComponent>() +
           ")),\n"
           "    assessed_on INTEGER NOT NULL,\n"
           "    score       INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),\n"
           "    note        TEXT NOT NULL DEFAULT '',\n"
           "    assessed_by TEXT NOT NULL DEFAULT ''\n"
           ");\n"
           "CREATE INDEX assessment_by_customer ON assessment (customer_id, assessed_on, id);\n";
}

std::string invoiceSchema() {
    // The cancelled purchase is checked at commit (DEFERRABLE INITIALLY DEFERRED), so a copy of a base may bring a
    // cancellation before the purchase it cancels; deleting the purchase leaves the return as an unlinked return
    // (SET NULL), its refund still counted. The partial index serves that delete (and any parent check): without
    // it every deleted episode would scan the table for returns naming it.
    return "ALTER TABLE episode ADD COLUMN reference TEXT NOT NULL DEFAULT '';\n"
           "ALTER TABLE episode ADD COLUMN line_count INTEGER NOT NULL DEFAULT 0 CHECK (line_count >= 0);\n"
           "ALTER TABLE episode ADD COLUMN cancels_episode_id INTEGER REFERENCES episode (id) ON DELETE SET NULL "
           "DEFERRABLE INITIALLY DEFERRED CHECK (cancels_episode_id IS NULL OR kind = 'return');\n"
           "CREATE INDEX episode_cancels ON episode (cancels_episode_id) WHERE cancels_episode_id IS NOT NULL;\n"
           "CREATE TABLE anonymous_sale (\n"
           "    id            INTEGER PRIMARY KEY,\n"
           "    occurred_on   INTEGER NOT NULL,\n"
           "    channel       TEXT NOT NULL CHECK (channel IN (" +
           sqlCodeList<core::Channel>() +
           ")),\n"
           "    revenue       INTEGER NOT NULL,\n"
           "    margin        INTEGER,\n"
           "    reference     TEXT NOT NULL DEFAULT '',\n"
           "    line_count    INTEGER NOT NULL DEFAULT 0 CHECK (line_count >= 0),\n"
           "    customer_text TEXT NOT NULL DEFAULT ''\n"
           ");\n"
           "CREATE INDEX anonymous_sale_by_date ON anonymous_sale (occurred_on, id);\n";
}

std::string nameKeySchema() {
    // Empty until Rapport computes it: a row written by another program (sqlite3) sorts first until the next open
    // that writes fills it in (fillMissingNameKeys).
    return "ALTER TABLE customer ADD COLUMN name_sort_key BLOB NOT NULL DEFAULT x'';\n";
}

std::string campaignSchema() {
    // Members hang on both the campaign and the customer: removing either removes the membership (the offer episode
    // logged at the launch stays with the customer). The index by customer serves that cascade and merges.
    return "CREATE TABLE campaign (\n"
           "    id                     INTEGER PRIMARY KEY,\n"
           "    name                   TEXT NOT NULL,\n"
           "    goal                   TEXT NOT NULL DEFAULT '',\n"
           "    offer                  TEXT NOT NULL CHECK (offer IN (" +
           sqlCodeList<core::OfferKind>() +
           ")),\n"
           "    offer_text             TEXT NOT NULL DEFAULT '',\n"
           "    channel                TEXT NOT NULL CHECK (channel IN (" +
           sqlCodeList<core::Channel>() +
           ")),\n"
           "    control_percent        INTEGER NOT NULL CHECK (control_percent BETWEEN 5 AND 50),\n"
           "    stratification         TEXT NOT NULL CHECK (stratification IN (" +
           sqlCodeList<core::Stratification>() +
           ")),\n"
           "    seed                   INTEGER NOT NULL,\n"
           "    window_days            INTEGER NOT NULL CHECK (window_days BETWEEN 1 AND 365),\n"
           "    cost_per_contact       INTEGER NOT NULL DEFAULT 0 CHECK (cost_per_contact >= 0),\n"
           "    exclude_contacted_days INTEGER NOT NULL DEFAULT 0 CHECK (exclude_contacted_days BETWEEN 0 AND 365),\n"
           "    target                 TEXT NOT NULL DEFAULT '',\n"
           "    created_by             TEXT NOT NULL DEFAULT '',\n"
           "    launched_on            INTEGER\n"
           ");\n"
           "CREATE TABLE campaign_member (\n"
           "    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,\n"
           "    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,\n"
           "    control     INTEGER NOT NULL CHECK (control IN (0, 1)),\n"
           "    stratum     INTEGER NOT NULL DEFAULT 0,\n"
           "    PRIMARY KEY (campaign_id, customer_id)\n"
           ") WITHOUT ROWID;\n"
           "CREATE INDEX campaign_member_by_customer ON campaign_member (customer_id);\n";
}

std::string serviceLevelSchema() {
    // A rule's sets are bit masks (core::ServiceLevelRule); 0 allows every value. The history keeps the level's name
    // as it was, so it still reads right after the level is renamed or removed.
    return "CREATE TABLE service_level (\n"
           "    id                    INTEGER PRIMARY KEY,\n"
           "    name                  TEXT NOT NULL UNIQUE,\n"
           "    rank                  INTEGER NOT NULL CHECK (rank BETWEEN 1 AND 1000),\n"
           "    abc_classes           INTEGER NOT NULL DEFAULT 0 CHECK (abc_classes BETWEEN 0 AND 7),\n"
           "    four_groups           INTEGER NOT NULL DEFAULT 0 CHECK (four_groups BETWEEN 0 AND 15),\n"
           "    stages                INTEGER NOT NULL DEFAULT 0 CHECK (stages BETWEEN 0 AND 63),\n"
           "    churn_statuses        INTEGER NOT NULL DEFAULT 0 CHECK (churn_statuses BETWEEN 0 AND 15),\n"
           "    min_value_percentile  INTEGER NOT NULL DEFAULT 0 CHECK (min_value_percentile BETWEEN 0 AND 99),\n"
           "    entitlement           TEXT NOT NULL DEFAULT '',\n"
           "    contact_interval_days INTEGER NOT NULL CHECK (contact_interval_days BETWEEN 1 AND 730)\n"
           ");\n"
           "CREATE TABLE service_level_change (\n"
           "    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,\n"
           "    since       INTEGER NOT NULL,\n"
           "    level_id    INTEGER REFERENCES service_level (id) ON DELETE SET NULL,\n"
           "    level_name  TEXT NOT NULL DEFAULT '',\n"
           "    PRIMARY KEY (customer_id, since)\n"
           ") WITHOUT ROWID;\n"
           "CREATE INDEX service_level_change_by_level ON service_level_change (level_id);\n";
}

std::string scoreTableSchema() {
    // Beside the customer rather than in its row: a run that scores a million customers rewrites these narrow rows
    // (about 36 MB) instead of every customer's whole row. Measured with sqlite3 on the million-customer demo base:
    // the customer rows' update 5.2-8.9 s and 2.7 GB written, this table's 1.5 s and 0.2 GB, indexes included.
    // One row per customer, made with it by the trigger: lists sorted by a score walk this table's indexes and
    // find every customer there, the unscored too (NULL scores).
    return "CREATE TABLE customer_score (\n"
           "    customer_id     INTEGER PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE,\n"
           "    score_stage     TEXT CHECK (score_stage IN (" +
           sqlCodeList<core::LadderStage>() +
           ")),\n"
           "    score_group     INTEGER CHECK (score_group BETWEEN 0 AND 4), -- 0: no purchase in the window\n"
           "    score_churn     TEXT CHECK (score_churn IN (" +
           sqlCodeList<core::ChurnStatus>() +
           ")),\n"
           "    score_alive_ppm INTEGER CHECK (score_alive_ppm BETWEEN 0 AND 1000000), -- P(alive) in millionths\n"
           "    score_value     INTEGER, -- predicted lifetime value, minor units\n"
           // No REFERENCES, as in v10: removeServiceLevel clears the level of its customers through customer_by_level,
           // and a foreign key would check every level a run writes against service_level once more.
           "    score_level     INTEGER\n"
           ");\n" +
           std::string(kScoreRowTrigger.createSql) + ";\n";
}

IndexDefinition scoreRowTrigger() {
    return kScoreRowTrigger;
}

void fillScoreRows(Database& db, long long firstId) {
    auto& insert = db.cached("INSERT INTO customer_score (customer_id) SELECT id FROM customer WHERE id >= ?1 AND id "
                             "NOT IN (SELECT customer_id FROM customer_score WHERE customer_id >= ?1) ORDER BY id");
    insert.bind(1, static_cast<std::int64_t>(firstId)).run();
}

std::string_view indexSql(std::string_view name) {
    for (const auto& index : kDeferrableIndexes) {
        if (index.name == name) {
            return index.createSql;
        }
    }
    return {};
}

std::string_view nameIndexSql() {
    for (const auto& index : kDeferrableIndexes) {
        if (index.name == "customer_by_name") {
            return index.createSql;
        }
    }
    return {};
}

std::span<const IndexDefinition> deferrableIndexes() {
    return kDeferrableIndexes;
}
std::span<const IndexDefinition> totalsTriggers() {
    return kTotalsTriggers;
}

void createSchema(Database& db) {
    db.exec(kTables);
    db.exec(archiveAndAssessmentSchema());
    db.exec(invoiceSchema());
    db.exec(nameKeySchema());
    db.exec(campaignSchema());
    db.exec(serviceLevelSchema());
    db.exec(scoreTableSchema());
    for (const auto& index : kDeferrableIndexes) {
        db.exec(index.createSql);
    }
    for (const auto& trigger : kTotalsTriggers) {
        db.exec(trigger.createSql);
    }
    // The CHECKs' code lists are written here as IN lists, where they read well; stored as comparisons (v12).
    rewriteCheckLists(db);
    auto& insertReason =
        db.cached("INSERT INTO churn_reason (code, label, benchmark_low, benchmark_high) VALUES (?1, ?2, ?3, ?4)");
    for (const auto& reason : core::defaultChurnReasons()) {
        insertReason.bind(1, reason.code)
            .bind(2, reason.label)
            .bind(3, reason.benchmarkLowPercent)
            .bind(4, reason.benchmarkHighPercent)
            .run();
        insertReason.reset();
    }
    db.exec("INSERT INTO rapport_meta (key, value) VALUES ('currency_minor_units', '2'), "
            "('created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
    storeCollation(db, *db.nameCollation());
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
}

void recomputeCustomerTotals(Database& db, long long firstId) {
    auto& update = db.cached(R"sql(
UPDATE customer SET
    episode_count   = coalesce(t.episodes, 0),
    purchase_count  = coalesce(t.purchases, 0),
    revenue_total   = coalesce(t.revenue, 0),
    margin_total    = coalesce(t.margin, 0),
    last_contact_on = t.last_on
FROM (SELECT c.id AS customer_id, count(e.id) AS episodes, sum(e.kind = 'purchase') AS purchases,
             sum(coalesce(e.revenue, 0)) AS revenue, sum(coalesce(e.margin, 0)) AS margin,
             max(e.occurred_on) AS last_on
        FROM customer c LEFT JOIN episode e ON e.customer_id = c.id
       WHERE c.id >= ?1
       GROUP BY c.id) AS t
WHERE customer.id = t.customer_id)sql");
    update.bind(1, static_cast<std::int64_t>(firstId)).run();
}

void refreshSearchRow(Database& db, long long customerId) {
    auto& remove = db.cached("DELETE FROM customer_search WHERE rowid = ?1");
    remove.bind(1, static_cast<std::int64_t>(customerId)).run();
    auto& insert = db.cached("INSERT INTO customer_search (rowid, name, contacts, tags, people) "
                             "SELECT id, name, contacts, tags, people FROM customer_search_source WHERE id = ?1");
    insert.bind(1, static_cast<std::int64_t>(customerId)).run();
}

void fillSearchRows(Database& db, long long firstId) {
    auto& insert = db.cached("INSERT INTO customer_search (rowid, name, contacts, tags, people) "
                             "SELECT s.id, s.name, s.contacts, s.tags, s.people FROM customer_search_source s "
                             "WHERE s.id >= ?1 AND s.id NOT IN (SELECT rowid FROM customer_search WHERE rowid >= ?1)");
    insert.bind(1, static_cast<std::int64_t>(firstId)).run();
}

} // namespace rapport::storage::sqlite
