#include "storage/sqlite/customer_filter_sql.h"

#include "storage/sqlite/customer_paging.h"
#include "storage/sqlite/statement.h"

namespace rapport::storage::sqlite {

Query filterQuery(const CustomerFilter& filter, SearchMatches matches) {
    Query q;
    if (const auto match = ftsQueryFor(filter.search); !match.empty()) {
        // A unary plus makes the term an expression no index can serve (SQLite's documented way).
        q.add(std::string(matches == SearchMatches::Probe ? "+" : "") +
                  "c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH " + q.placeholder() + ")",
              match);
    } else if (!filter.search.empty()) {
        q.addFixed("0"); // only punctuation typed: nothing can match
    }
    if (filter.segment) {
        q.add("c.segment = " + q.placeholder(), *filter.segment);
    }
    if (filter.owner) {
        q.add("c.owner = " + q.placeholder(), *filter.owner);
    }
    if (filter.kind) {
        q.add("c.kind = " + q.placeholder(), std::string(core::toCode(*filter.kind)));
    }
    if (filter.market) {
        q.add("c.market = " + q.placeholder(), std::string(core::toCode(*filter.market)));
    }
    if (filter.tag) {
        q.add("c.id IN (SELECT customer_id FROM customer_tag WHERE tag = " + q.placeholder() + ")", *filter.tag);
    }
    if (filter.stage) {
        q.add("c.score_stage = " + q.placeholder(), std::string(core::toCode(*filter.stage)));
    }
    if (filter.fourGroup) {
        q.add("c.score_group = " + q.placeholder(), std::int64_t{*filter.fourGroup});
    }
    if (filter.churnStatus) {
        q.add("c.score_churn = " + q.placeholder(), std::string(core::toCode(*filter.churnStatus)));
    }
    if (filter.serviceLevel == kNoServiceLevel) {
        q.addFixed("c.score_level IS NULL");
    } else if (filter.serviceLevel) {
        q.add("c.score_level = " + q.placeholder(), std::int64_t{*filter.serviceLevel});
    }
    switch (filter.archive) {
    case ArchiveFilter::Active:
        q.addFixed("c.archived_on IS NULL");
        break;
    case ArchiveFilter::Archived:
        q.addFixed("c.archived_on IS NOT NULL");
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
