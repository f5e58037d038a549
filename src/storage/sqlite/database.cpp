#include "storage/sqlite/database.h"

#include "storage/errors.h"
#include "storage/sqlite/error.h"

#include <sqlite3.h>

namespace rapport::storage::sqlite {

void Database::Closer::operator()(sqlite3* db) const {
    sqlite3_close_v2(db);
}

Database::Database(const std::string& path, Mode mode)
    : m_path(path) {
    // A connection belongs to one thread (workers open their own), so SQLite's per-call mutex only costs time:
    // about 2 % of a bulk load.
    int flags = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    m_db.reset(raw);
    if (rc != SQLITE_OK) {
        throwError(raw, rc, "opening " + path);
    }
}

Database::~Database() {
    // Statements must be finalised before the connection closes, or sqlite3_close_v2 keeps it as a zombie.
    m_cache.clear();
}

void Database::exec(std::string_view sql) {
    char* error = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db.get(), text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string message = error != nullptr ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throwError(nullptr, rc, message);
    }
}

Statement Database::prepare(std::string_view sql) {
    return Statement(m_db.get(), sql);
}

Statement& Database::cached(std::string_view sql) {
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        it = m_cache.emplace(std::string(sql), Statement(m_db.get(), sql)).first;
    } else {
        it->second.reset();
    }
    return it->second;
}

void Database::clearCache() {
    m_cache.clear();
}

std::int64_t Database::queryInt(std::string_view sql) {
    Statement statement = prepare(sql);
    return statement.step() ? statement.int64(0) : 0;
}

std::int64_t Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db.get());
}
int Database::changes() const {
    return sqlite3_changes(m_db.get());
}

} // namespace rapport::storage::sqlite
