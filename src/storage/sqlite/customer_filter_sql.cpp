#include "storage/sqlite/customer_filter_sql.h"

#include "storage/sqlite/customer_paging.h"
#include "storage/sqlite/statement.h"

#include <optional>

namespace rapport::storage::sqlite {

Query filterQuery(const CustomerFilter& filter, SearchMatches matches, CustomerTerms customerTerms) {
    Query q;
    const bool inExists = customerTerms == CustomerTerms::InExists;
    const std::string id = inExists ? "sc.customer_id" : "c.id";
    // A test of the customer's own columns: in the WHERE clause, or gathered for one EXISTS. The value is bound in
    // the order the placeholders were numbered either way.
    std::vector<std::string> ownColumnTerms;
    const auto customerTerm = [&](const std::string& clause, std::optional<Value> value) {
        if (value) {
            q.values.push_back(std::move(*value));
        }
        if (inExists) {
            ownColumnTerms.push_back(clause);
        } else {
            q.addFixed(clause);
        }
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
        customerTerm("c.segment = " + q.placeholder(), *filter.segment);
    }
    if (filter.owner) {
        customerTerm("c.owner = " + q.placeholder(), *filter.owner);
    }
    if (filter.kind) {
        customerTerm("c.kind = " + q.placeholder(), std::string(core::toCode(*filter.kind)));
    }
    if (filter.market) {
        customerTerm("c.market = " + q.placeholder(), std::string(core::toCode(*filter.market)));
    }
    if (filter.tag) {
        q.add(id + " IN (SELECT customer_id FROM customer_tag WHERE tag = " + q.placeholder() + ")", *filter.tag);
    }
    q.usesScores = filter.stage || filter.fourGroup || filter.churnStatus || filter.serviceLevel;
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
    // From the score rows, the archived (few, in their own partial index) are a list to test ids against: the
    // customer's row is then read only for the columns shown, never to filter.
    constexpr const char* kArchivedIds =
        " IN (SELECT id FROM customer INDEXED BY customer_archived WHERE archived_on IS NOT NULL)";
    switch (filter.archive) {
    case ArchiveFilter::Active:
        if (inExists) {
            q.addFixed(id + " NOT" + kArchivedIds);
        } else {
            q.addFixed("c.archived_on IS NULL");
        }
        break;
    case ArchiveFilter::Archived:
        if (inExists) {
            q.addFixed(id + kArchivedIds);
        } else {
            q.addFixed("c.archived_on IS NOT NULL");
        }
        break;
    case ArchiveFilter::All:
        break;
    }
    if (!ownColumnTerms.empty()) {
        std::string exists = "EXISTS (SELECT 1 FROM customer c WHERE c.id = sc.customer_id";
        for (const auto& term : ownColumnTerms) {
            exists += " AND " + term;
        }
        q.addFixed(exists + ")");
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
