#pragma once

namespace rapport::storage::sqlite {

class Database;

/**
 * BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() ran. IMMEDIATE takes the
 * write lock at once, so two writers wait on busy_timeout instead of failing half-way with SQLITE_BUSY.
 */
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace rapport::storage::sqlite
