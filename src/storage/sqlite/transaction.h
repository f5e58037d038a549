#pragma once

#include <type_traits>
#include <utility>

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

/** Whether a transaction (the caller's) is open on db. */
bool insideTransaction(Database& db);

/**
 * For writes of a row per customer (scores, service levels): inside the caller's transaction it joins that
 * transaction with no savepoint of its own, so a failure propagates and the caller's transaction rolls back as a
 * whole; alone it is inTransaction. Under an open savepoint SQLite copies each page these statements change into
 * the statement journal and walks that journal at the end of every statement: time quadratic in the rows, 298 s
 * to store 100,000 customers' scores and levels in one analysis, where joining takes seconds.
 */
template <typename Work> auto inTransactionJoiningCaller(Database& db, Work&& work) {
    if (insideTransaction(db)) {
        return work();
    }
    return inTransaction(db, std::forward<Work>(work));
}

} // namespace rapport::storage::sqlite
