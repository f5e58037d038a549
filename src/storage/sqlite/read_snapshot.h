#pragma once

#include "storage/sqlite/database.h"

#include <sqlite3.h>

namespace rapport::storage::sqlite {

/**
 * A deferred read transaction for as long as it lives, unless one is open already: the statements run meanwhile see
 * one state of the file (a page's several statements; a backup made in steps, which another program's writes then
 * neither restart nor reach half-way). It takes its snapshot at its first read.
 */
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db)
        : m_db(db)
        , m_own(sqlite3_get_autocommit(db.handle()) != 0) {
        if (m_own) {
            m_db.exec("BEGIN");
        }
    }
    ~ReadSnapshot() {
        if (m_own) {
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr); // it only read
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_db;
    bool m_own;
};

} // namespace rapport::storage::sqlite
