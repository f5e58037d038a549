#pragma once

#include <type_traits>

namespace rapport::storage::sqlite {

class Database;

/**
 * BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() ran. IMMEDIATE takes the
 * write lock at once, so two writers wait on busy_timeout instead of failing half-way with SQLITE_BUSY.
 * Inside another transaction (Repository::inOneTransaction) it is a savepoint: a failure rolls back its own
 * part and goes on to the outer one, and only the outermost commit makes anything last.
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
    bool m_nested = false;
    bool m_done = false;
};

/** Runs work() in one transaction and returns its result; an exception rolls everything back. */
template <typename Work> auto inTransaction(Database& db, Work&& work) {
    Transaction transaction(db);
    if constexpr (std::is_void_v<decltype(work())>) {
        work();
        transaction.commit();
    } else {
        auto result = work();
        transaction.commit();
        return result;
    }
}

} // namespace rapport::storage::sqlite
