#include "support/sqlite_dump.h"

#include <sqlite3.h>
#include <stdexcept>
#include <vector>

namespace rapport::test {

namespace {

struct Connection {
    sqlite3* db = nullptr;
    explicit Connection(const std::string& path) {
        if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) {
            throw std::runtime_error("cannot open " + path);
        }
    }
    ~Connection() { sqlite3_close(db); }
};

} // namespace

void execRaw(const std::string& path, const std::string& sql) {
    Connection connection(path);
    char* error = nullptr;
    if (sqlite3_exec(connection.db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw std::runtime_error(message);
    }
}

long long queryRawInt(const std::string& path, const std::string& sql) {
    Connection connection(path);
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(connection.db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
        throw std::runtime_error(sqlite3_errmsg(connection.db));
    }
    long long value = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
    sqlite3_finalize(statement);
    return value;
}

namespace {

/** Appends every row of a query, columns joined by '|'; `skip` names columns left out. */
void appendRows(sqlite3* db, const std::string& sql, std::string& dump,
                bool (*skip)(const std::string& column) = nullptr) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
        throw std::runtime_error(std::string("dump: ") + sqlite3_errmsg(db) + " in " + sql);
    }
    const int columns = sqlite3_column_count(statement);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c) {
            if (skip != nullptr && skip(sqlite3_column_name(statement, c))) {
                continue;
            }
            const auto* text = sqlite3_column_text(statement, c);
            dump += text ? reinterpret_cast<const char*>(text) : "NULL";
            dump += '|';
        }
        dump += '\n';
    }
    sqlite3_finalize(statement);
}

} // namespace

std::string dumpDatabase(const std::string& path) {
    Connection connection(path);
    std::string dump;
    // The schema: tables, indexes (a bulk load drops and recreates some), triggers and views, as SQL text.
    dump += "## schema\n";
    appendRows(connection.db,
               "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' "
               "AND name NOT LIKE 'customer_search_%' ORDER BY type, name",
               dump);
    // The search index: what it holds for each customer and the terms it finds them by (its own structure may
    // differ between equal databases; the terms may not).
    if (queryRawInt(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'customer_search'") > 0) {
        dump += "## customer_search\n";
        appendRows(connection.db, "SELECT rowid, * FROM customer_search ORDER BY rowid", dump);
        dump += "## customer_search terms\n";
        sqlite3_exec(connection.db,
                     "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, customer_search, "
                     "'instance')",
                     nullptr, nullptr, nullptr);
        appendRows(connection.db, "SELECT term, doc, col, offset FROM temp.search_terms ORDER BY 1, 2, 3, 4", dump);
    }
    std::vector<std::string> tables;
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(connection.db,
                       "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "AND name NOT LIKE 'customer_search%' ORDER BY name",
                       -1, &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    for (const auto& table : tables) {
        dump += "## " + table + "\n";
        // Table names come from sqlite_schema of a test fixture, not from user input.
        const std::string sql = "SELECT * FROM \"" + table + "\" ORDER BY 1, 2, 3";
        sqlite3_prepare_v2(connection.db, sql.c_str(), -1, &statement, nullptr);
        const int columns = sqlite3_column_count(statement);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c) {
                const auto* text = sqlite3_column_text(statement, c);
                if (table == "customer" && std::string(sqlite3_column_name(statement, c)).ends_with("_at")) {
                    continue; // creation timestamps differ between runs by design
                }
                if (table == "rapport_meta") {
                    continue;
                }
                dump += text ? reinterpret_cast<const char*>(text) : "NULL";
                dump += '|';
            }
            dump += '\n';
        }
        sqlite3_finalize(statement);
    }
    return dump;
}

} // namespace rapport::test
