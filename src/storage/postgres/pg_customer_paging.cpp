#include "storage/postgres/pg_customer_paging.h"

#include "storage/name_collation.h"
#include "storage/postgres/pg_values.h"

#include <algorithm>
#include <cmath>

namespace rapport::storage::postgres {

namespace {

struct SortColumn {
    const char* column;  // as stored, returned for the cursor
    const char* compare; // the expression the (value, id) index is on
    bool nullable;
    bool text;
    const char* parameterCast; // turns a bound cursor value into what `compare` compares with
    bool bytes = false;        // bytea (the name's sort key): the cursor holds the bytes, bound as hex
};

SortColumn sortColumn(CustomerSort sort) {
    switch (sort) {
    case CustomerSort::Name:
        // The name's sort key in the database's collation (pg_names.h), as on the desktop file.
        return {"name_sort_key", "c.name_sort_key", false, false, "decode(%, 'hex')", true};
    case CustomerSort::Kind:
        return {"kind", "c.kind COLLATE \"C\"", false, true, "% COLLATE \"C\""};
    case CustomerSort::Segment:
        return {"segment", "c.segment", false, true, "%"};
    case CustomerSort::Owner:
        return {"owner", "c.owner", false, true, "%"};
    case CustomerSort::AcquiredOn:
        return {"acquired_on", "c.acquired_on", true, false, "%::integer"};
    case CustomerSort::LastContact:
        return {"last_contact_on", "c.last_contact_on", true, false, "%::integer"};
    case CustomerSort::Revenue:
        return {"revenue_total", "c.revenue_total", false, false, "%::bigint"};
    case CustomerSort::Margin:
        return {"margin_total", "c.margin_total", false, false, "%::bigint"};
    case CustomerSort::Purchases:
        return {"purchase_count", "c.purchase_count", false, false, "%::bigint"};
    case CustomerSort::Id:
        return {"id", "c.id", false, false, "%::bigint"};
    case CustomerSort::PredictedValue:
        return {"score_value", "c.score_value", true, false, "%::bigint"};
    case CustomerSort::ProbabilityAlive:
        return {"score_alive_ppm", "c.score_alive_ppm", true, false, "%::integer"};
    case CustomerSort::ServiceLevel:
        return {"score_level", "c.score_level", true, false, "%::bigint"};
    }
    return {"id", "c.id", false, false, "%::bigint"};
}

constexpr const char* kRowColumns =
    "c.id, c.display_name, c.kind, c.market, c.segment, c.owner, c.city, "
    "(SELECT value FROM contact_point p WHERE p.customer_id = c.id AND p.contact_person_id IS NULL "
    "AND p.kind = 'email' ORDER BY p.position LIMIT 1), "
    "(SELECT value FROM contact_point p WHERE p.customer_id = c.id AND p.contact_person_id IS NULL "
    "AND p.kind = 'phone' ORDER BY p.position LIMIT 1), "
    "c.acquired_on, c.last_contact_on, c.revenue_total, c.margin_total, c.purchase_count, c.episode_count, "
    "c.score_stage, c.score_group, c.score_churn, c.score_alive_ppm, c.score_value, c.archived_on, c.score_level";
constexpr int kSortValueColumn = 22;
constexpr double kPartsPerMillion = 1'000'000.0;

/** SQL is assembled only from the fixed fragments above; every user value is a bound parameter. */
struct Query {
    std::string where;
    std::vector<std::optional<std::string>> values;

    std::string next(std::string value) {
        values.emplace_back(std::move(value));
        return "$" + std::to_string(values.size());
    }
    void add(const std::string& clause) {
        where += where.empty() ? " WHERE " : " AND ";
        where += clause;
    }
};

Query filterQuery(const CustomerFilter& filter) {
    Query q;
    if (const auto match = tsQueryFor(filter.search); !match.empty()) {
        q.add("c.id IN (SELECT customer_id FROM customer_search WHERE doc @@ to_tsquery('simple', rapport_fold(" +
              q.next(match) + ")))");
    } else if (!filter.search.empty()) {
        q.add("false"); // only punctuation typed: nothing can match
    }
    if (filter.segment) {
        q.add("c.segment = " + q.next(*filter.segment));
    }
    if (filter.owner) {
        q.add("c.owner = " + q.next(*filter.owner));
    }
    if (filter.kind) {
        q.add("c.kind = " + q.next(code(*filter.kind)));
    }
    if (filter.market) {
        q.add("c.market = " + q.next(code(*filter.market)));
    }
    if (filter.tag) {
        q.add("c.id IN (SELECT customer_id FROM customer_tag WHERE tag = " + q.next(*filter.tag) + ")");
    }
    if (filter.stage) {
        q.add("c.score_stage = " + q.next(code(*filter.stage)));
    }
    if (filter.fourGroup) {
        q.add("c.score_group = " + q.next(std::to_string(*filter.fourGroup)) + "::integer");
    }
    if (filter.churnStatus) {
        q.add("c.score_churn = " + q.next(code(*filter.churnStatus)));
    }
    if (filter.serviceLevel == kNoServiceLevel) {
        q.add("c.score_level IS NULL");
    } else if (filter.serviceLevel) {
        q.add("c.score_level = " + q.next(std::to_string(*filter.serviceLevel)) + "::bigint");
    }
    switch (filter.archive) {
    case ArchiveFilter::Active:
        q.add("c.archived_on IS NULL");
        break;
    case ArchiveFilter::Archived:
        q.add("c.archived_on IS NOT NULL"); // the partial index customer_archived holds exactly these
        break;
    case ArchiveFilter::All:
        break;
    }
    return q;
}

CustomerRow readRow(const pqxx::row& r) {
    CustomerRow row;
    row.id = int64(r[0]);
    row.displayName = text(r[1]);
    row.kind = enumField<core::CustomerKind>(r[2], "customer.kind");
    row.market = enumField<core::Market>(r[3], "customer.market");
    row.segment = text(r[4]);
    row.owner = text(r[5]);
    row.city = text(r[6]);
    row.email = text(r[7]);
    row.phone = text(r[8]);
    row.acquiredOn = optionalDate(r[9]);
    row.lastContactOn = optionalDate(r[10]);
    row.revenue = core::Money::fromMinor(int64(r[11]));
    row.margin = core::Money::fromMinor(int64(r[12]));
    row.purchases = int64(r[13]);
    row.episodes = int64(r[14]);
    row.stage = optionalEnumField<core::LadderStage>(r[15], "customer.score_stage");
    if (!r[16].is_null()) {
        row.fourGroup = int32(r[16]);
    }
    row.churnStatus = optionalEnumField<core::ChurnStatus>(r[17], "customer.score_churn");
    if (!r[18].is_null()) {
        row.probabilityAlive = static_cast<double>(int64(r[18])) / kPartsPerMillion;
    }
    if (!r[19].is_null()) {
        row.predictedValue = core::Money::fromMinor(int64(r[19]));
    }
    row.archivedOn = optionalDate(r[20]);
    if (!r[21].is_null()) {
        row.serviceLevel = int64(r[21]);
    }
    return row;
}

std::string cast(const SortColumn& sort, const std::string& placeholder) {
    std::string result = sort.parameterCast;
    result.replace(result.find('%'), 1, placeholder);
    return result;
}

std::string cursorText(const CustomerCursor& cursor, const SortColumn& sort) {
    if (const auto* value = std::get_if<std::string>(&cursor.value)) {
        return sort.bytes ? toHex(*value) : *value;
    }
    return std::to_string(std::get<std::int64_t>(cursor.value));
}

bool isSeparator(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x80 && std::isalnum(byte) == 0;
}

} // namespace

std::string tsQueryFor(std::string_view userText) {
    std::string query;
    std::size_t i = 0;
    while (i < userText.size()) {
        while (i < userText.size() && isSeparator(userText[i])) {
            ++i;
        }
        const auto start = i;
        while (i < userText.size() && !isSeparator(userText[i])) {
            ++i;
        }
        if (i == start) {
            continue;
        }
        if (!query.empty()) {
            query += " & ";
        }
        // Quoted lexeme: only a quote needs doubling; nothing typed can become an operator.
        query += '\'';
        for (const char c : userText.substr(start, i - start)) {
            query += c;
            if (c == '\'') {
                query += '\'';
            }
        }
        query += "':*";
    }
    return query;
}

std::string archiveCondition(ArchiveFilter archive, std::string_view customerColumn) {
    // Uncorrelated: the archived customers' ids are read once (from their partial index) into a hashed set.
    constexpr const char* kArchived = "(SELECT id FROM customer WHERE archived_on IS NOT NULL)";
    if (archive == ArchiveFilter::Archived) {
        return " AND " + std::string(customerColumn) + " IN " + kArchived;
    }
    return {}; // customers in use: ArchivedCustomers leaves the others out as the rows come
}

ArchivedCustomers archivedCustomers(pqxx::transaction_base& work, ArchiveFilter archive) {
    std::vector<core::CustomerId> ids;
    if (archive == ArchiveFilter::Active) {
        for (const auto& row : work.exec("SELECT id FROM customer WHERE archived_on IS NOT NULL ORDER BY id")) {
            ids.push_back(int64(row[0]));
        }
    }
    return ArchivedCustomers(std::move(ids));
}

CustomerPage selectCustomerPage(pqxx::transaction_base& work, const CustomerPageRequest& request) {
    const int limit = std::clamp(request.limit, 1, 10'000);
    const SortColumn sort = sortColumn(request.sort);
    const bool descending = request.order == SortOrder::Descending;
    const Query base = filterQuery(request.filter);
    // The order of the (value NULLS FIRST, id) indexes, read forwards or backwards. A NULLS clause that did not
    // match them would stop the planner from using the index at all (1.7 s instead of milliseconds for a page of
    // a million customers), so rows without a value are read by a second query instead.
    const std::string nulls = sort.nullable ? (descending ? " NULLS LAST" : " NULLS FIRST") : "";
    const std::string order = descending ? std::string(sort.compare) + " DESC" + nulls + ", c.id DESC"
                                         : std::string(sort.compare) + " ASC" + nulls + ", c.id ASC";
    // One more row than asked tells whether another page follows.
    const int wanted = limit + 1;
    std::vector<pqxx::row> rows;
    const auto append = [&](const Query& q) {
        const std::string sql = std::string("SELECT ") + kRowColumns + ", c." + sort.column + " FROM customer c" +
                                q.where + " ORDER BY " + order + " LIMIT " +
                                std::to_string(wanted - static_cast<int>(rows.size()));
        for (const auto& r : work.exec_params(sql, pqxx::prepare::make_dynamic_params(q.values))) {
            rows.push_back(r);
        }
    };
    // Rows without a value (no score yet, never contacted) come last in both orders, as in SQLite.
    const auto appendEmpty = [&] {
        if (sort.nullable && static_cast<int>(rows.size()) < wanted) {
            Query rest = base;
            rest.add(std::string(sort.compare) + " IS NULL");
            append(rest);
        }
    };
    if (!request.after) {
        Query q = base;
        if (sort.nullable) {
            q.add(std::string(sort.compare) + " IS NOT NULL");
        }
        append(q);
        appendEmpty();
    } else if (std::holds_alternative<std::monostate>(request.after->value)) {
        // Among the rows without a value, the last part of the list: continue by id.
        Query q = base;
        const auto id = q.next(std::to_string(request.after->id));
        q.add(std::string("(") + sort.compare + " IS NULL AND c.id " + (descending ? "<" : ">") + " " + id +
              "::bigint)");
        append(q);
    } else {
        Query q = base;
        const auto value = cast(sort, q.next(cursorText(*request.after, sort)));
        const auto id = q.next(std::to_string(request.after->id));
        q.add(std::string("(") + sort.compare + ", c.id) " + (descending ? "<" : ">") + " (" + value + ", " + id +
              "::bigint)");
        append(q);
        appendEmpty();
    }

    CustomerPage page;
    for (const auto& r : rows) {
        if (static_cast<int>(page.rows.size()) == limit) {
            // One row more than asked: another page follows, after the last row shown.
            const auto& last = rows[static_cast<std::size_t>(limit - 1)];
            CustomerCursor cursor;
            cursor.id = int64(last[0]);
            if (!last[kSortValueColumn].is_null()) {
                if (sort.bytes) {
                    cursor.value = fromHex(text(last[kSortValueColumn])); // bytea's text form: \x and hex
                } else if (sort.text) {
                    cursor.value = text(last[kSortValueColumn]);
                } else {
                    cursor.value = int64(last[kSortValueColumn]);
                }
            }
            page.next = std::move(cursor);
            break;
        }
        page.rows.push_back(readRow(r));
    }
    return page;
}

std::int64_t countCustomers(pqxx::transaction_base& work, const CustomerFilter& filter) {
    const Query q = filterQuery(filter);
    return int64(work.exec_params("SELECT count(*) FROM customer c" + q.where,
                                  pqxx::prepare::make_dynamic_params(q.values))[0][0]);
}

std::optional<CustomerRow> selectCustomerRow(pqxx::transaction_base& work, core::CustomerId id) {
    const auto rows = work.exec_params(std::string("SELECT ") + kRowColumns + " FROM customer c WHERE c.id = $1", id);
    if (rows.empty()) {
        return std::nullopt;
    }
    return readRow(rows[0]);
}

std::vector<std::string> selectFieldValues(pqxx::transaction_base& work, CustomerField field, int limit) {
    const char* sql = nullptr;
    switch (field) {
    case CustomerField::Segment:
        sql = "SELECT DISTINCT segment FROM customer WHERE segment <> '' ORDER BY segment LIMIT $1";
        break;
    case CustomerField::Owner:
        sql = "SELECT DISTINCT owner FROM customer WHERE owner <> '' ORDER BY owner LIMIT $1";
        break;
    case CustomerField::Tag:
        sql = "SELECT DISTINCT tag FROM customer_tag WHERE tag <> '' ORDER BY tag LIMIT $1";
        break;
    }
    std::vector<std::string> values;
    for (const auto& row : work.exec_params(sql, std::max(limit, 0))) {
        values.push_back(text(row[0]));
    }
    return values;
}

void storeCustomerScores(pqxx::transaction_base& work, std::span<const CustomerScore> scores) {
    // One statement per 10,000 scores from arrays: a million scores in a few round trips, not a million.
    constexpr std::size_t kChunk = 10'000;
    for (std::size_t start = 0; start < scores.size(); start += kChunk) {
        const auto chunk = scores.subspan(start, std::min(kChunk, scores.size() - start));
        std::vector<std::int64_t> ids;
        std::vector<std::string> stages;
        std::vector<int> groups;
        std::vector<std::optional<std::string>> churn;
        std::vector<std::optional<std::int64_t>> alive;
        std::vector<std::optional<std::int64_t>> value;
        for (const auto& score : chunk) {
            ids.push_back(score.id);
            stages.push_back(code(score.stage));
            groups.push_back(score.fourGroup);
            churn.push_back(optionalCode(score.churnStatus));
            alive.push_back(score.probabilityAlive
                                ? std::optional<std::int64_t>(
                                      std::llround(std::clamp(*score.probabilityAlive, 0.0, 1.0) * kPartsPerMillion))
                                : std::nullopt);
            value.push_back(score.predictedValue ? std::optional<std::int64_t>(score.predictedValue->minor())
                                                 : std::nullopt);
        }
        auto array = [&](const auto& values) {
            // Postgres array literal: NULL for empty optionals, elements double-quoted.
            std::string literal = "{";
            for (std::size_t i = 0; i < values.size(); ++i) {
                if (i > 0) {
                    literal += ',';
                }
                const auto& v = values[i];
                using V = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<V, std::optional<std::string>> ||
                              std::is_same_v<V, std::optional<std::int64_t>>) {
                    if (!v) {
                        literal += "NULL";
                        continue;
                    }
                    if constexpr (std::is_same_v<V, std::optional<std::string>>) {
                        literal += '"' + *v + '"';
                    } else {
                        literal += std::to_string(*v);
                    }
                } else if constexpr (std::is_same_v<V, std::string>) {
                    literal += '"' + v + '"';
                } else {
                    literal += std::to_string(v);
                }
            }
            return literal + "}";
        };
        work.exec_params("UPDATE customer c SET score_stage = s.stage, score_group = s.grp, score_churn = s.churn, "
                         "score_alive_ppm = s.alive, score_value = s.value "
                         "FROM unnest($1::bigint[], $2::text[], $3::integer[], $4::text[], $5::integer[], "
                         "$6::bigint[]) AS s (id, stage, grp, churn, alive, value) WHERE c.id = s.id AND "
                         // Unchanged rows are not rewritten (a new row version each, and their index entries).
                         "(c.score_stage, c.score_group, c.score_churn, c.score_alive_ppm, c.score_value) "
                         "IS DISTINCT FROM (s.stage, s.grp, s.churn, s.alive, s.value)",
                         array(ids), array(stages), array(groups), array(churn), array(alive), array(value));
    }
}

void scanCampaignCandidates(pqxx::transaction_base& work, const CustomerFilter& filter,
                            const std::function<bool(std::span<const CampaignCandidateRow>)>& sink) {
    // Pages by id rather than a cursor: the filter's values are bound parameters, which a DECLARE cannot take.
    // The latest marketing consent record decides (core::Customer::hasConsent): by day, then as recorded.
    constexpr int kBatch = 10'000;
    core::CustomerId after = 0;
    std::vector<CampaignCandidateRow> batch;
    while (true) {
        Query q = filterQuery(filter);
        q.add("c.id > " + q.next(std::to_string(after)) + "::bigint");
        const std::string sql =
            "SELECT c.id, c.score_group, c.score_stage, c.score_churn, c.last_contact_on, "
            "coalesce((SELECT k.given FROM consent k WHERE k.customer_id = c.id AND k.purpose = 'marketing' "
            "ORDER BY k.recorded_on DESC, k.id DESC LIMIT 1), false), c.score_level FROM customer c" +
            q.where + " ORDER BY c.id LIMIT " + std::to_string(kBatch);
        batch.clear();
        for (const auto& r : work.exec_params(sql, pqxx::prepare::make_dynamic_params(q.values))) {
            CampaignCandidateRow row;
            row.id = int64(r[0]);
            if (!r[1].is_null()) {
                row.fourGroup = int32(r[1]);
            }
            row.stage = optionalEnumField<core::LadderStage>(r[2], "customer.score_stage");
            row.churnStatus = optionalEnumField<core::ChurnStatus>(r[3], "customer.score_churn");
            row.lastContactOn = optionalDate(r[4]);
            row.marketingConsent = boolean(r[5]);
            if (!r[6].is_null()) {
                row.serviceLevel = int64(r[6]);
            }
            batch.push_back(row);
        }
        if (batch.empty() || !sink(batch) || static_cast<int>(batch.size()) < kBatch) {
            return;
        }
        after = batch.back().id;
    }
}

} // namespace rapport::storage::postgres
