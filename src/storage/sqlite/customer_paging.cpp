#include "storage/sqlite/customer_paging.h"

#include "storage/sqlite/codes.h"
#include "storage/sqlite/customer_filter_sql.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/schema.h"

#include <algorithm>
#include <cctype>

namespace rapport::storage::sqlite {

namespace {

struct SortColumn {
    const char* column;  // as stored and returned for the cursor, qualified by its table's alias (c. or sc.)
    const char* compare; // with the collation the index uses
    bool nullable;
    bool text;
    const char* index;     // the (column, id) index that serves this order
    bool blob = false;     // a BLOB (the name's sort key): bound and read as bytes
    bool onScores = false; // a column of customer_score sc, its index on (column, customer_id)

    /** The id that breaks ties, from the table whose index serves the order. */
    [[nodiscard]] const char* id() const { return onScores ? "sc.customer_id" : "c.id"; }
};

SortColumn sortColumn(CustomerSort sort) {
    switch (sort) {
    case CustomerSort::Name:
        // The name's sort key in the database's collation (name_keys.h): the cursor carries the key, not the name.
        return {"c.name_sort_key", "c.name_sort_key", false, false, "customer_by_name", true};
    case CustomerSort::Kind:
        return {"c.kind", "c.kind", false, true, "customer_by_kind"};
    case CustomerSort::Segment:
        return {"c.segment", "c.segment", false, true, "customer_by_segment"};
    case CustomerSort::Owner:
        return {"c.owner", "c.owner", false, true, "customer_by_owner"};
    case CustomerSort::AcquiredOn:
        return {"c.acquired_on", "c.acquired_on", true, false, "customer_by_acquired"};
    case CustomerSort::LastContact:
        return {"c.last_contact_on", "c.last_contact_on", true, false, "customer_by_last_contact"};
    case CustomerSort::Revenue:
        return {"c.revenue_total", "c.revenue_total", false, false, "customer_by_revenue"};
    case CustomerSort::Margin:
        return {"c.margin_total", "c.margin_total", false, false, "customer_by_margin"};
    case CustomerSort::Purchases:
        return {"c.purchase_count", "c.purchase_count", false, false, "customer_by_purchases"};
    case CustomerSort::Id:
        return {"c.id", "c.id", false, false, nullptr};
    case CustomerSort::PredictedValue:
        return {"sc.score_value", "sc.score_value", true, false, "customer_by_value", false, true};
    case CustomerSort::ProbabilityAlive:
        return {"sc.score_alive_ppm", "sc.score_alive_ppm", true, false, "customer_by_alive", false, true};
    case CustomerSort::ServiceLevel:
        return {"sc.score_level", "sc.score_level", true, false, "customer_by_level", false, true};
    }
    return {"c.id", "c.id", false, false, nullptr};
}

constexpr const char* kRowColumns =
    "c.id, c.display_name, c.kind, c.market, c.segment, c.owner, c.city, "
    "(SELECT value FROM contact_point p WHERE p.customer_id = c.id AND p.contact_person_id IS NULL "
    "AND p.kind = 'email' ORDER BY p.position LIMIT 1), "
    "(SELECT value FROM contact_point p WHERE p.customer_id = c.id AND p.contact_person_id IS NULL "
    "AND p.kind = 'phone' ORDER BY p.position LIMIT 1), "
    "c.acquired_on, c.last_contact_on, c.revenue_total, c.margin_total, c.purchase_count, c.episode_count, "
    "sc.score_stage, sc.score_group, sc.score_churn, sc.score_alive_ppm, sc.score_value, c.archived_on, sc.score_level";
constexpr int kSortValueColumn = 22;

/**
 * Sorting the archived costs about 5 us each, walking the sort index about 1 us a row for the 100 / share rows it
 * reads to fill a page: the two meet near sqrt(20 * customers) archived, about 5,000 of a million.
 */
constexpr std::int64_t kFewArchived = 5'000;

/** Whether at most kFewArchived customers are archived, counted no further than that in their own index. */
bool fewArchived(Database& db) {
    return db.queryInt("SELECT count(*) FROM (SELECT 1 FROM customer INDEXED BY customer_archived "
                       "WHERE archived_on IS NOT NULL LIMIT " +
                       std::to_string(kFewArchived + 1) + ")") <= kFewArchived;
}

/** Whether any customer is archived: one probe of the partial index that holds only them. */
bool anyArchived(Database& db) {
    return db.queryInt("SELECT EXISTS (SELECT 1 FROM customer INDEXED BY customer_archived "
                       "WHERE archived_on IS NOT NULL)") != 0;
}

CustomerRow readRow(const Statement& s) {
    CustomerRow row;
    row.id = s.int64(0);
    row.displayName = s.text(1);
    row.kind = enumColumn<core::CustomerKind>(s, 2, "customer.kind");
    row.market = enumColumn<core::Market>(s, 3, "customer.market");
    row.segment = s.text(4);
    row.owner = s.text(5);
    row.city = s.text(6);
    row.email = s.text(7);
    row.phone = s.text(8);
    row.acquiredOn = optionalDateColumn(s, 9);
    row.lastContactOn = optionalDateColumn(s, 10);
    row.revenue = core::Money::fromMinor(s.int64(11));
    row.margin = core::Money::fromMinor(s.int64(12));
    row.purchases = s.int64(13);
    row.episodes = s.int64(14);
    if (!s.isNull(15)) {
        row.stage = enumColumn<core::LadderStage>(s, 15, "customer_score.score_stage");
    }
    if (!s.isNull(16)) {
        row.fourGroup = static_cast<int>(s.int64(16));
    }
    if (!s.isNull(17)) {
        row.churnStatus = enumColumn<core::ChurnStatus>(s, 17, "customer_score.score_churn");
    }
    if (!s.isNull(18)) {
        row.probabilityAlive = static_cast<double>(s.int64(18)) / kPartsPerMillion;
    }
    if (!s.isNull(19)) {
        row.predictedValue = core::Money::fromMinor(s.int64(19));
    }
    row.archivedOn = optionalDateColumn(s, 20);
    if (!s.isNull(21)) {
        row.serviceLevel = s.int64(21);
    }
    return row;
}

/**
 * Runs one range query and appends up to `limit` rows with their sort values for the cursor; with `plans`, also
 * appends how SQLite runs it (EXPLAIN QUERY PLAN), for tests that the query walks an index.
 */
void appendRows(Database& db, const std::string& from, const Query& q, const SortColumn& sort, bool descending,
                int limit, std::vector<std::pair<CustomerRow, CustomerCursor>>& out, std::vector<std::string>* plans) {
    const char* direction = descending ? " DESC" : "";
    const std::string sql = std::string("SELECT ") + kRowColumns + ", " + sort.column + " FROM " + from + q.where +
                            " ORDER BY " + sort.compare + direction + ", " + sort.id() + direction + " LIMIT " +
                            std::to_string(limit);
    if (plans != nullptr) {
        auto explain = db.prepare("EXPLAIN QUERY PLAN " + sql);
        bindAll(explain, q.values);
        while (explain.step()) {
            plans->push_back(explain.text(3));
        }
    }
    auto& statement = db.cached(sql);
    bindAll(statement, q.values);
    while (statement.step()) {
        CustomerCursor cursor;
        cursor.id = statement.int64(0);
        if (!statement.isNull(kSortValueColumn)) {
            if (sort.blob) {
                cursor.value = statement.blob(kSortValueColumn);
            } else if (sort.text) {
                cursor.value = statement.text(kSortValueColumn);
            } else {
                cursor.value = statement.int64(kSortValueColumn);
            }
        }
        out.emplace_back(readRow(statement), std::move(cursor));
    }
}

/**
 * The FROM clause of a page query: the table it walks and the index it walks it by. The score row is one lookup by
 * id beside each customer row, or the customer beside each score row. Where the plan must not change the order is
 * fixed with a CROSS JOIN (SQLite keeps its left table outside): the sort's own table first, so that its (value, id)
 * index serves the order as before the scores had a table of their own.
 */
std::string pageSource(const SortColumn& sort, bool fewArchivedWanted, bool denseSearch) {
    const auto customerFirst = [](const std::string& hint) {
        return "customer c" + hint + " CROSS JOIN customer_score sc ON sc.customer_id = c.id";
    };
    if (fewArchivedWanted) {
        // A few archived: read them from their own index and sort them. Walking the sort index for them (what the
        // planner does without statistics) reads the whole base when they are rare; it wins only once they are
        // common enough to fill a page soon (a million customers, 20,000 archived: 26 ms against 72 ms).
        return customerFirst(" INDEXED BY customer_archived");
    }
    if (denseSearch && sort.onScores) {
        return std::string("customer_score sc INDEXED BY ") + sort.index +
               " CROSS JOIN customer c ON c.id = sc.customer_id";
    }
    if (denseSearch) {
        return customerFirst(std::string(" INDEXED BY ") + sort.index);
    }
    if (sort.onScores) {
        // Left to the planner: the score index in order, or a rare search's or segment's customers looked up and
        // sorted (CustomerTerms::ScoreRowsFirst).
        return "customer_score sc JOIN customer c ON c.id = sc.customer_id";
    }
    return customerFirst("");
}

constexpr std::int64_t kDenseSearchMatches = 2'000;
/**
 * Walking the sort index pays off only when matches are common everywhere along it: at 1.7 % of a million
 * ("zenith", names clustered at the end of the alphabet) the walk took 205 ms against 58 ms for sorting the
 * matches; at 8 % ("anna") 24 ms against 145 ms. Between the two, 5 %.
 */
constexpr double kDenseSearchShare = 0.05;

/** How many customers the search words match: cheap, the index stores each word's row list. */
std::int64_t searchMatches(Database& db, const std::string& search) {
    const auto match = ftsQueryFor(search);
    if (match.empty()) {
        return 0;
    }
    auto& statement = db.cached("SELECT count(*) FROM customer_search WHERE customer_search MATCH ?1");
    statement.bind(1, match);
    const auto count = statement.step() ? statement.int64(0) : 0;
    statement.reset();
    return count;
}

Value cursorValue(const CustomerCursor& cursor, const SortColumn& sort) {
    if (const auto* text = std::get_if<std::string>(&cursor.value)) {
        if (sort.blob) {
            return Blob{*text};
        }
        return *text;
    }
    return std::get<std::int64_t>(cursor.value);
}

} // namespace

std::string ftsQueryFor(std::string_view userText) {
    std::string query;
    std::size_t start = 0;
    while (start < userText.size()) {
        const auto end = std::min(userText.find_first_of(" \t\r\n", start), userText.size());
        const auto word = userText.substr(start, end - start);
        start = end + 1;
        // A word without a letter or digit (ASCII or not) gives FTS5 an empty phrase; skip it.
        const bool searchable = std::any_of(word.begin(), word.end(), [](char c) {
            const auto byte = static_cast<unsigned char>(c);
            return byte >= 0x80 || std::isalnum(byte) != 0;
        });
        if (!searchable) {
            continue;
        }
        if (!query.empty()) {
            query += ' ';
        }
        query += '"';
        for (char c : word) {
            query += c;
            if (c == '"') {
                query += '"';
            }
        }
        query += "\"*";
    }
    return query;
}

std::string archiveCondition(ArchiveFilter archive, std::string_view customerColumn) {
    constexpr const char* kArchived = "(SELECT id FROM customer INDEXED BY customer_archived "
                                      "WHERE archived_on IS NOT NULL)";
    if (archive == ArchiveFilter::Archived) {
        return " AND " + std::string(customerColumn) + " IN " + kArchived;
    }
    return {}; // customers in use: ArchivedCustomers leaves the others out as the rows come
}

ArchivedCustomers archivedCustomers(Database& db, ArchiveFilter archive) {
    std::vector<core::CustomerId> ids;
    if (archive == ArchiveFilter::Active) {
        auto select = db.prepare("SELECT id FROM customer INDEXED BY customer_archived WHERE archived_on IS NOT NULL "
                                 "ORDER BY id");
        while (select.step()) {
            ids.push_back(select.int64(0));
        }
    }
    return ArchivedCustomers(std::move(ids));
}

CustomerPage selectCustomerPage(Database& db, const CustomerPageRequest& request, std::vector<std::string>* plans) {
    const int limit = std::clamp(request.limit, 1, 10'000);
    const SortColumn sort = sortColumn(request.sort);
    const bool descending = request.order == SortOrder::Descending;
    // Left alone, SQLite collects every search match and sorts them all: fine for a few thousand, 0.15 s for
    // 80,000 of a million. When matches are that dense, walking the sort index and testing membership finds
    // a page after a few thousand index entries; for rarer words the planner's way is the fast one.
    const auto matches = sort.index != nullptr ? searchMatches(db, request.filter.search) : 0;
    // Ids are dense, so the largest one stands in for the number of customers at the cost of one index seek.
    const auto customers = std::max<std::int64_t>(1, db.queryInt("SELECT coalesce(max(id), 0) FROM customer"));
    const bool fewArchivedWanted = request.filter.archive == ArchiveFilter::Archived && fewArchived(db);
    const bool denseSearch = !fewArchivedWanted && matches > kDenseSearchMatches &&
                             static_cast<double>(matches) / static_cast<double>(customers) > kDenseSearchShare;
    const bool scoresFirst = sort.onScores && !fewArchivedWanted;
    const Query base = filterQuery(request.filter, denseSearch ? SearchMatches::Probe : SearchMatches::Lookup,
                                   scoresFirst ? CustomerTerms::ScoreRowsFirst : CustomerTerms::Joined);
    const std::string from = pageSource(sort, fewArchivedWanted, denseSearch);
    const std::string compare = sort.compare;
    const std::string column = sort.column;

    // One more row than asked tells whether another page follows.
    std::vector<std::pair<CustomerRow, CustomerCursor>> rows;
    const int wanted = limit + 1;
    // Rows without a value (no score yet, never contacted) come last in both orders: nobody sorts by predicted
    // value to see the blanks. SQLite's index holds them first, so ascending they are a second range query
    // after the valued rows rather than a NULLS LAST that would sort the whole base.
    const auto appendEmpty = [&] {
        if (sort.nullable && static_cast<int>(rows.size()) < wanted) {
            Query rest = base;
            rest.addFixed(column + " IS NULL");
            appendRows(db, from, rest, sort, descending, wanted - static_cast<int>(rows.size()), rows, plans);
        }
    };
    if (!request.after) {
        Query q = base;
        if (sort.nullable) {
            q.addFixed(column + " IS NOT NULL");
        }
        appendRows(db, from, q, sort, descending, wanted, rows, plans);
        appendEmpty();
    } else {
        const CustomerCursor& after = *request.after;
        const bool afterEmpty = std::holds_alternative<std::monostate>(after.value);
        Query q = base;
        if (afterEmpty) {
            // Among the rows without a value, the last part of the list: continue by id.
            q.add(column + " IS NULL AND " + sort.id() + (descending ? " < " : " > ") + q.placeholder(), after.id);
            appendRows(db, from, q, sort, descending, wanted, rows, plans);
        } else {
            // "value >= v AND (value > v OR id > i)" is a range scan on (value, id), names included: their
            // index is on the sort key, compared as bytes.
            const auto v = q.placeholder();
            q.values.push_back(cursorValue(after, sort));
            const auto i = q.placeholder();
            q.values.push_back(after.id);
            const char* op = descending ? "<" : ">";
            q.addFixed(compare + " " + op + "= " + v + " AND (" + compare + " " + op + " " + v + " OR " + sort.id() +
                       " " + op + " " + i + ")");
            appendRows(db, from, q, sort, descending, wanted, rows, plans);
            appendEmpty();
        }
    }

    CustomerPage page;
    if (static_cast<int>(rows.size()) > limit) {
        rows.resize(static_cast<std::size_t>(limit));
        page.next = rows.back().second;
    }
    page.rows.reserve(rows.size());
    for (auto& [row, cursor] : rows) {
        page.rows.push_back(std::move(row));
    }
    return page;
}

std::int64_t countCustomers(Database& db, const CustomerFilter& filter) {
    // Customers in use, by default: counted as all but the archived (few, in their own index), so that the count
    // stays an index count rather than a read of every row to look at archived_on.
    if (filter.onlySearch() && filter.search.empty()) {
        return db.queryInt("SELECT (SELECT count(*) FROM customer) - (SELECT count(*) FROM customer "
                           "INDEXED BY customer_archived WHERE archived_on IS NOT NULL)");
    }
    if (filter.onlySearch() && !ftsQueryFor(filter.search).empty() && !anyArchived(db)) {
        return searchMatches(db, filter.search); // one row per customer in the index: no join needed
    }
    // A filter by score counts the score rows (a table an eighth the size of the customers'), the customer's row
    // joined only where the filter also tests one of its columns.
    const bool byScore = testsScores(filter);
    const Query q =
        filterQuery(filter, SearchMatches::Lookup, byScore ? CustomerTerms::ScoreRowsFirst : CustomerTerms::Joined);
    const char* from = !byScore                ? "customer c"
                       : q.usesCustomerColumns ? "customer_score sc JOIN customer c ON c.id = sc.customer_id"
                                               : "customer_score sc";
    auto& statement = db.cached(std::string("SELECT count(*) FROM ") + from + q.where);
    bindAll(statement, q.values);
    const auto count = statement.step() ? statement.int64(0) : 0;
    statement.reset();
    return count;
}

std::vector<std::string> selectFieldValues(Database& db, CustomerField field, int limit) {
    // Each statement walks an index in order and skips repeats: no sort, no temporary table.
    const char* sql = nullptr;
    switch (field) {
    case CustomerField::Segment:
        sql = "SELECT DISTINCT segment FROM customer INDEXED BY customer_by_segment WHERE segment <> '' "
              "ORDER BY segment LIMIT ?1";
        break;
    case CustomerField::Owner:
        sql = "SELECT DISTINCT owner FROM customer INDEXED BY customer_by_owner WHERE owner <> '' "
              "ORDER BY owner LIMIT ?1";
        break;
    case CustomerField::Tag:
        sql = "SELECT DISTINCT tag FROM customer_tag WHERE tag <> '' ORDER BY tag LIMIT ?1";
        break;
    }
    auto& select = db.cached(sql);
    select.bind(1, std::int64_t{std::max(limit, 0)});
    std::vector<std::string> values;
    while (select.step()) {
        values.push_back(select.text(0));
    }
    return values;
}

std::optional<CustomerRow> selectCustomerRow(Database& db, core::CustomerId id) {
    auto& statement =
        db.cached(std::string("SELECT ") + kRowColumns +
                  " FROM customer c CROSS JOIN customer_score sc ON sc.customer_id = c.id WHERE c.id = ?1");
    statement.bind(1, id);
    if (!statement.step()) {
        return std::nullopt;
    }
    auto row = readRow(statement);
    statement.reset();
    return row;
}

void scanCampaignCandidates(Database& db, const CustomerFilter& filter,
                            const std::function<bool(std::span<const CampaignCandidateRow>)>& sink) {
    // The latest marketing consent record decides (core::Customer::hasConsent): by day, then as recorded.
    const Query q = filterQuery(filter);
    auto& select =
        db.cached("SELECT c.id, sc.score_group, sc.score_stage, sc.score_churn, c.last_contact_on, "
                  "coalesce((SELECT k.given FROM consent k WHERE k.customer_id = c.id AND k.purpose = 'marketing' "
                  "ORDER BY k.recorded_on DESC, k.id DESC LIMIT 1), 0), sc.score_level FROM customer c "
                  "CROSS JOIN customer_score sc ON sc.customer_id = c.id" +
                  q.where + " ORDER BY c.id");
    bindAll(select, q.values);
    constexpr std::size_t kBatch = 10'000;
    std::vector<CampaignCandidateRow> batch;
    batch.reserve(kBatch);
    while (select.step()) {
        CampaignCandidateRow row;
        row.id = select.int64(0);
        if (!select.isNull(1)) {
            row.fourGroup = select.int32(1);
        }
        row.stage = optionalEnumColumn<core::LadderStage>(select, 2, "customer_score.score_stage");
        row.churnStatus = optionalEnumColumn<core::ChurnStatus>(select, 3, "customer_score.score_churn");
        row.lastContactOn = optionalDateColumn(select, 4);
        row.marketingConsent = select.int64(5) != 0;
        if (!select.isNull(6)) {
            row.serviceLevel = select.int64(6);
        }
        batch.push_back(row);
        if (batch.size() == kBatch) {
            if (!sink(batch)) {
                select.reset();
                return;
            }
            batch.clear();
        }
    }
    if (!batch.empty()) {
        sink(batch);
    }
}

} // namespace rapport::storage::sqlite
