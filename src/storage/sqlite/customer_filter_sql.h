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
 * The WHERE clause of a customer filter over `customer c`: SQL text assembled only from fixed fragments, every
 * user value a bound parameter (?1, ?2, ... in `values`).
 */
struct Query {
    std::string where;
    std::vector<Value> values;
    std::string indexHint; // " INDEXED BY ..." when a search matches so many rows that walking the index wins

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

Query filterQuery(const CustomerFilter& filter);
/** Binds `values` to ?1, ?2, ... in order. */
void bindAll(Statement& statement, const std::vector<Value>& values);

} // namespace rapport::storage::sqlite
