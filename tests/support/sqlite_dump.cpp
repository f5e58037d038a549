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

std::string dumpDatabase(const std::string& path) {
    Connection connection(path);
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
    std::string dump;
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
