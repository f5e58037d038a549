#pragma once

#include <memory>
#include <pqxx/pqxx>
#include <string>
#include <type_traits>

namespace rapport::storage::postgres {

/** Throws the StorageError that says what a PostgreSQL error means for the user (never returns). */
[[noreturn]] void throwTranslated(const pqxx::failure& error);
[[noreturn]] void throwLostConnection(const std::string& location, const std::exception& error);

/**
 * One connection to a team database: search_path set to Rapport's schema, errors turned into StorageError
 * subclasses. Work runs in one transaction at a time.
 */
class Session {
public:
    /** Connects; throws StorageError naming the server (never the password) when it cannot. */
    explicit Session(const std::string& connectionString);

    pqxx::connection& connection() { return *m_connection; }
    /** The connection string without its password. */
    [[nodiscard]] const std::string& location() const { return m_location; }

    /**
     * Runs f(pqxx::work&) in one transaction and commits; a failure rolls back and is translated. Called while
     * another write runs (Repository::inOneTransaction), f joins that transaction and the outer one commits.
     */
    template <typename F> auto write(F&& f) {
        if (m_open != nullptr) {
            return f(*m_open);
        }
        try {
            pqxx::work work(*m_connection);
            const OpenWork open(m_open, work);
            if constexpr (std::is_void_v<std::invoke_result_t<F, pqxx::work&>>) {
                f(work);
                work.commit();
            } else {
                auto result = f(work);
                work.commit();
                return result;
            }
        } catch (const pqxx::broken_connection& error) {
            throwLostConnection(m_location, error);
        } catch (const pqxx::failure& error) {
            throwTranslated(error);
        }
    }

    /**
     * " FOR UPDATE" inside a write transaction, else "": appended to a read of rows a write may replace. At READ
     * COMMITTED a check of what is stored ("still as the edit expects?") and the write after it are two statements;
     * the lock makes a second session's read wait for the first one's commit and see its result, so two saves
     * cannot both pass the check and the later one silently overwrite the earlier (Edit::apply reads this way).
     */
    [[nodiscard]] const char* lockForWrite() const { return m_open != nullptr ? " FOR UPDATE" : ""; }

    /** Runs f(pqxx::work&) in a read-only transaction: one consistent view of the base. */
    template <typename F> auto read(F&& f) {
        if (m_open != nullptr) { // inside a write: read what it wrote so far
            return f(*m_open);
        }
        try {
            pqxx::read_transaction work(*m_connection);
            return f(work);
        } catch (const pqxx::broken_connection& error) {
            throwLostConnection(m_location, error);
        } catch (const pqxx::failure& error) {
            throwTranslated(error);
        }
    }

private:
    /** Marks a write transaction as the one later calls join, until it ends. */
    struct OpenWork {
        OpenWork(pqxx::work*& slot, pqxx::work& work)
            : m_slot(slot) {
            m_slot = &work;
        }
        ~OpenWork() { m_slot = nullptr; }
        OpenWork(const OpenWork&) = delete;
        OpenWork& operator=(const OpenWork&) = delete;
        pqxx::work*& m_slot;
    };

    std::unique_ptr<pqxx::connection> m_connection;
    pqxx::work* m_open = nullptr;
    std::string m_location;
};

} // namespace rapport::storage::postgres
