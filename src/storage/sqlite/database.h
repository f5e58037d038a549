#pragma once

#include "storage/sqlite/statement.h"

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_context;
struct sqlite3_value;

namespace rapport::storage {
class NameCollation;
}

namespace rapport::storage::sqlite {

/** One SQLite connection, closed by its destructor. */
class Database {
public:
    /**
     * Immutable: read-only without locks or journals, for a file on a read-only disk, where a WAL database's
     * shared-memory file cannot be made; safe only because nobody can write there either.
     */
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly, Immutable };

    Database(const std::string& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /** Runs SQL that returns no rows (may hold several statements). Never pass text built from input. */
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    /**
     * A prepared statement kept for the connection's life, reset and ready for new bindings.
     * Keyed by the SQL text, so repeated calls with the same literal reuse one compiled statement.
     */
    Statement& cached(std::string_view sql);
    void clearCache();

    std::int64_t queryInt(std::string_view sql);
    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] sqlite3* handle() const { return m_db.get(); }

    /**
     * How long a write waits for another connection's write lock before failing with BusyError. Waits longer
     * than a second are announced through storage::notifyWait, so the user sees "waiting" instead of a hang.
     */
    void setBusyLimit(std::chrono::milliseconds limit) { m_busyLimit = limit; }
    [[nodiscard]] std::chrono::milliseconds busyLimit() const { return m_busyLimit; }

    /**
     * The collation of names on this connection: the SQL function rapport_name_key(name) returns the sort key of a
     * name in it (a BLOB; NULL for NULL), for the customer.name_sort_key column. Registered on the first call and
     * only for Rapport's own statements (SQLITE_DIRECTONLY: no trigger or view in a file can call it). Set it only
     * between statements.
     */
    void setNameCollation(std::shared_ptr<const NameCollation> collation);
    /** Null until setNameCollation. */
    [[nodiscard]] const std::shared_ptr<const NameCollation>& nameCollation() const { return m_nameCollation; }

private:
    static int onBusy(void* self, int attempt);
    static void nameKeyFunction(sqlite3_context* context, int argc, sqlite3_value** argv);
    bool waitForLock(int attempt);
    void endWait();

    struct Closer {
        void operator()(sqlite3* db) const;
    };
    std::string m_path;
    // Declared before the connection, so destroyed after it: the SQL function points to it.
    std::shared_ptr<const NameCollation> m_nameCollation;
    std::string m_keyBuffer; // the last key rapport_name_key() computed, reused
    // Members are destroyed in reverse order: the cached statements go before the connection closes.
    std::unique_ptr<sqlite3, Closer> m_db;
    // Heterogeneous lookup: finding a cached statement by string_view allocates nothing (bulk loads call
    // cached() once per row).
    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    std::unordered_map<std::string, Statement, TextHash, std::equal_to<>> m_cache;

    std::chrono::milliseconds m_busyLimit{5000};
    std::chrono::steady_clock::time_point m_waitStart;
    std::chrono::steady_clock::time_point m_lastNotice;
    bool m_waitAnnounced = false;
};

} // namespace rapport::storage::sqlite
