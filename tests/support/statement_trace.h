#pragma once

// Records every statement an SQLite connection runs, for tests that check what a write did (which indexes it
// dropped, which settings it switched).
#include <sqlite3.h>
#include <string>
#include <vector>

namespace rapport::test {

/** Appends the SQL of each statement `db` runs to `into` from now on; `into` must outlive the tracing. */
inline void recordStatements(sqlite3* db, std::vector<std::string>& into) {
    sqlite3_trace_v2(
        db, SQLITE_TRACE_STMT,
        [](unsigned, void* context, void* statement, void*) {
            if (const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(statement))) {
                static_cast<std::vector<std::string>*>(context)->emplace_back(sql);
            }
            return 0;
        },
        &into);
}

} // namespace rapport::test
