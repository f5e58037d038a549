#include "storage/sqlite/statement.h"

#include "storage/sqlite/error.h"

#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <utility>

namespace rapport::storage::sqlite {

Statement::Statement(sqlite3* db, std::string_view sql)
    : m_db(db) {
    const int rc =
        sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        throwError(db, rc, "preparing a statement");
    }
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr)) {
}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void Statement::fail(int code, std::string_view action) const {
    // The SQL goes to the log for whoever debugs it; the message stays in the user's words.
    if (const char* sql = sqlite3_sql(m_stmt)) {
        spdlog::debug("{} failed ({}): {}", action, sqlite3_errstr(code), sql);
    }
    throwError(m_db, code, {});
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK) {
        fail(rc, "binding a value");
    }
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK) {
        fail(rc, "binding a value");
    }
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    // SQLITE_TRANSIENT: SQLite copies the text, so callers may pass temporaries.
    if (const int rc = sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
        rc != SQLITE_OK) {
        fail(rc, "binding a value");
    }
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    // A null pointer would bind NULL: an empty key is an empty BLOB.
    const int rc = bytes.empty() ? sqlite3_bind_zeroblob(m_stmt, index, 0)
                                 : sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) {
        fail(rc, "binding a value");
    }
    return *this;
}

Statement& Statement::bindNull(int index) {
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK) {
        fail(rc, "binding a value");
    }
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    // Rewind so that a cached statement does not keep a read transaction or lock open after a failure.
    sqlite3_reset(m_stmt);
    fail(rc, "running a statement");
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}
int Statement::columnCount() const {
    return sqlite3_column_count(m_stmt);
}

std::string_view Statement::textView(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (text == nullptr) {
        return {};
    }
    return {text, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::string Statement::blob(int column) const {
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    if (bytes == nullptr) {
        return {};
    }
    return {bytes, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

} // namespace rapport::storage::sqlite
