#include "storage/sqlite/transaction.h"

#include "storage/sqlite/database.h"

namespace rapport::storage::sqlite {

Transaction::Transaction(Database& db)
    : m_db(db) {
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // Never throw from a destructor; SQLite has already rolled back if the error was fatal.
        }
    }
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace rapport::storage::sqlite
