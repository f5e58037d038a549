#include "storage/sqlite/transaction.h"

#include "storage/sqlite/database.h"

#include <sqlite3.h>

namespace rapport::storage::sqlite {

bool insideTransaction(Database& db) {
    return sqlite3_get_autocommit(db.handle()) == 0;
}

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0) {
    m_db.exec(m_nested ? "SAVEPOINT nested_write" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!m_done) {
        try {
            m_db.exec(m_nested ? "ROLLBACK TO nested_write; RELEASE nested_write" : "ROLLBACK");
        } catch (...) {
            // Never throw from a destructor; SQLite has already rolled back if the error was fatal.
        }
    }
}

void Transaction::commit() {
    m_db.exec(m_nested ? "RELEASE nested_write" : "COMMIT");
    m_done = true;
}

} // namespace rapport::storage::sqlite
