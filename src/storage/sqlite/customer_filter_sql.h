#pragma once

#include "storage/queries.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace rapport::storage::sqlite {

class Statement;

// The customer filter as SQL, shared by the list's pages, its counts and the export's pages of whole customers.

/** Bytes bound as a BLOB (a sort key), which SQLite compares byte by byte and after every text. */
struct Blob {
    std::string bytes;
};
using Value = std::variant<std::int64_t, std::string, Blob>;

/**
 * The WHERE clause of a customer filter over `customer c` and, for the scores, `customer_score sc` (joined on
 * sc.customer_id = c.id): SQL text assembled only from fixed fragments, every user value a bound parameter (?1, ?2,
 * ... in `values`).
 */
struct Query {
    std::string where;
    std::vector<Value> values;
    bool usesCustomerColumns = false; // the clause tests a column of customer c

    void add(const std::string& clause, Value value) {
        where += where.empty() ? " WHERE " : " AND ";
        where += clause;
        values.push_back(std::move(value));
    }
    void addFixed(const std::string& clause) {
        where += where.empty() ? " WHERE " : " AND ";
        where += clause;
    }
    [[nodiscard]] std::string placeholder() const { return "?" + std::to_string(values.size() + 1); }
};

/** How the search's matches take part in a query. */
enum class SearchMatches {
    /** Looked up by id: the query starts from the matches (rare words). */
    Lookup,
    /**
     * Only tested for membership, as a query walks another index (a sort index) row by row. The test is kept out
     * of that index's reach: with the approximate statistics of a bounded ANALYZE a sort index looks like a few
     * hundred keys, and SQLite then skip-scans it once per match (0.58 s for "anna" at a million customers).
     */
    Probe,
};

/** Which table a filtered query walks, and so how the filter names a customer's id and archive. */
enum class CustomerTerms {
    /** `customer c` (customer_score sc looked up beside it): c.id, c.archived_on. */
    Joined,
    /**
     * `customer_score sc` in a score's order (the customer looked up by id for the columns shown): sc.customer_id,
     * and the archive tested against the archived customers' ids. On c.archived_on, a term of a join in every such
     * query, SQLite 3.40 built a Bloom filter of the whole customer table before the first row (0.14-0.21 s at a
     * million customers for each page sorted by a score). The other columns of c stay terms of the join: a rare
     * segment is then read from its index and sorted (4 ms), which a walk of the score index would not find soon.
     */
    ScoreRowsFirst,
};

/** Whether the filter tests one of the scores (customer_score sc). */
bool testsScores(const CustomerFilter& filter);
Query filterQuery(const CustomerFilter& filter, SearchMatches matches = SearchMatches::Lookup,
                  CustomerTerms customerTerms = CustomerTerms::Joined);
/** Binds `values` to ?1, ?2, ... in order. */
void bindAll(Statement& statement, const std::vector<Value>& values);

} // namespace rapport::storage::sqlite
