#include "storage/sqlite/customer_filter_sql.h"

#include "storage/sqlite/customer_paging.h"
#include "storage/sqlite/statement.h"

namespace rapport::storage::sqlite {

bool testsScores(const CustomerFilter& filter) {
    return filter.stage || filter.fourGroup || filter.churnStatus || filter.serviceLevel;
}

Query filterQuery(const CustomerFilter& filter, SearchMatches matches, CustomerTerms customerTerms) {
    Query q;
    const bool scoreRowsFirst = customerTerms == CustomerTerms::ScoreRowsFirst;
    const std::string id = scoreRowsFirst ? "sc.customer_id" : "c.id";
    const auto customerColumn = [&](const std::string& clause, Value value) {
        q.add(clause, std::move(value));
        q.usesCustomerColumns = true;
    };
    if (const auto match = ftsQueryFor(filter.search); !match.empty()) {
        // A unary plus makes the term an expression no index can serve (SQLite's documented way).
        q.add(std::string(matches == SearchMatches::Probe ? "+" : "") + id +
                  " IN (SELECT rowid FROM customer_search WHERE customer_search MATCH " + q.placeholder() + ")",
              match);
    } else if (!filter.search.empty()) {
        q.addFixed("0"); // only punctuation typed: nothing can match
    }
    if (filter.segment) {
        customerColumn("c.segment = " + q.placeholder(), *filter.segment);
    }
    if (filter.owner) {
        customerColumn("c.owner = " + q.placeholder(), *filter.owner);
    }
    if (filter.kind) {
        customerColumn("c.kind = " + q.placeholder(), std::string(core::toCode(*filter.kind)));
    }
    if (filter.market) {
        customerColumn("c.market = " + q.placeholder(), std::string(core::toCode(*filter.market)));
    }
    if (filter.tag) {
        q.add(id + " IN (SELECT customer_id FROM customer_tag WHERE tag = " + q.placeholder() + ")", *filter.tag);
    }
    if (filter.stage) {
        q.add("sc.score_stage = " + q.placeholder(), std::string(core::toCode(*filter.stage)));
    }
    if (filter.fourGroup) {
        q.add("sc.score_group = " + q.placeholder(), std::int64_t{*filter.fourGroup});
    }
    if (filter.churnStatus) {
        q.add("sc.score_churn = " + q.placeholder(), std::string(core::toCode(*filter.churnStatus)));
    }
    if (filter.serviceLevel == kNoServiceLevel) {
        q.addFixed("sc.score_level IS NULL");
    } else if (filter.serviceLevel) {
        q.add("sc.score_level = " + q.placeholder(), std::int64_t{*filter.serviceLevel});
    }
    // From the score rows, the archived (few, in their own partial index) are a list of ids to test against.
    constexpr const char* kArchivedIds =
        " IN (SELECT id FROM customer INDEXED BY customer_archived WHERE archived_on IS NOT NULL)";
    switch (filter.archive) {
    case ArchiveFilter::Active:
        q.addFixed(scoreRowsFirst ? id + " NOT" + kArchivedIds : std::string("c.archived_on IS NULL"));
        q.usesCustomerColumns = q.usesCustomerColumns || !scoreRowsFirst;
        break;
    case ArchiveFilter::Archived:
        q.addFixed(scoreRowsFirst ? id + kArchivedIds : std::string("c.archived_on IS NOT NULL"));
        q.usesCustomerColumns = q.usesCustomerColumns || !scoreRowsFirst;
        break;
    case ArchiveFilter::All:
        break;
    }
    return q;
}

void bindAll(Statement& statement, const std::vector<Value>& values) {
    for (std::size_t i = 0; i < values.size(); ++i) {
        const int index = static_cast<int>(i + 1);
        std::visit(
            [&](const auto& v) {
                if constexpr (std::is_same_v<std::decay_t<decltype(v)>, Blob>) {
                    statement.bindBlob(index, v.bytes);
                } else {
                    statement.bind(index, v);
                }
            },
            values[i]);
    }
}

} // namespace rapport::storage::sqlite
