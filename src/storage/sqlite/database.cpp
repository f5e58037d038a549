#include "storage/sqlite/database.h"

#include "storage/errors.h"
#include "storage/name_collation.h"
#include "storage/sqlite/error.h"
#include "storage/waiting.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <thread>

namespace rapport::storage::sqlite {

namespace {

using namespace std::chrono_literals;

/** file:PATH?immutable=1, with the characters a URI gives meaning to escaped. */
std::string immutableUri(const std::string& path) {
    std::string uri = "file:";
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", static_cast<unsigned char>(c));
            uri += escaped;
        } else {
            uri += c;
        }
    }
    return uri + "?immutable=1";
}

} // namespace

void Database::Closer::operator()(sqlite3* db) const {
    sqlite3_close_v2(db);
}

Database::Database(const std::string& path, Mode mode)
    : m_path(path) {
    // SQLite counts every allocation for sqlite3_status() under a global mutex; Rapport never asks. Off before
    // the first connection initialises the library (later it has no effect): demo --customers 200000 took
    // 21.8-22.2 s instead of 24.0-24.4 s, an import of a million rows 7.3-7.4 s instead of 7.7-8.0 s.
    [[maybe_unused]] static const bool memoryStatisticsOff = [] {
        const int rc = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        if (rc != SQLITE_OK) {
            spdlog::debug("SQLite's memory statistics stay on: {}", sqlite3_errstr(rc));
        }
        return rc == SQLITE_OK;
    }();
    // A connection belongs to one thread (workers open their own), so SQLite's per-call mutex only costs time:
    // about 2 % of a bulk load.
    int flags = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::Immutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3* raw = nullptr;
    const int rc =
        sqlite3_open_v2(mode == Mode::Immutable ? immutableUri(path).c_str() : path.c_str(), &raw, flags, nullptr);
    m_db.reset(raw);
    if (rc != SQLITE_OK) {
        throwError(raw, rc, {});
    }
    sqlite3_busy_handler(raw, &Database::onBusy, this);
}

int Database::onBusy(void* self, int attempt) {
    return static_cast<Database*>(self)->waitForLock(attempt) ? 1 : 0;
}

bool Database::waitForLock(int attempt) {
    // Short sleeps first (most locks are held for milliseconds), then 100 ms steps, as SQLite's own handler.
    static constexpr std::array<std::chrono::milliseconds, 8> kFirstSleeps{1ms, 2ms, 5ms, 10ms, 15ms, 20ms, 25ms, 50ms};
    const auto now = std::chrono::steady_clock::now();
    if (attempt == 0) {
        endWait(); // a wait that ended in a read step, where exec() did not see it end
        m_waitStart = now;
        m_lastNotice = now;
    }
    const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(now - m_waitStart);
    if (waited >= m_busyLimit) {
        if (m_waitAnnounced) {
            m_waitAnnounced = false;
            notifyWait({m_path, waited, m_busyLimit, true, true});
        }
        return false;
    }
    if (waited >= 1s && m_busyLimit > 1s && (!m_waitAnnounced || now - m_lastNotice >= 1s)) {
        m_waitAnnounced = true;
        m_lastNotice = now;
        notifyWait({m_path, waited, m_busyLimit, false});
    }
    const auto sleep = static_cast<std::size_t>(attempt) < kFirstSleeps.size() ? kFirstSleeps[attempt] : 100ms;
    std::this_thread::sleep_for(std::min(sleep, m_busyLimit - waited));
    return true;
}

void Database::endWait() {
    if (m_waitAnnounced) {
        m_waitAnnounced = false;
        const auto waited =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - m_waitStart);
        notifyWait({m_path, waited, m_busyLimit, true});
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
    // Writes begin here (BEGIN IMMEDIATE), so this is where a wait for another program's lock ends.
    endWait();
    if (rc != SQLITE_OK) {
        sqlite3_free(error); // the same text as sqlite3_errmsg(), which throwError reads
        spdlog::debug("{} failed: {}", text.substr(0, 200), sqlite3_errmsg(m_db.get()));
        throwError(m_db.get(), rc, {});
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

void Database::setNameCollation(std::shared_ptr<const NameCollation> collation) {
    const bool first = !m_nameCollation;
    m_nameCollation = std::move(collation);
    if (first) {
        const int rc = sqlite3_create_function_v2(m_db.get(), "rapport_name_key", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY,
                                                  this, &Database::nameKeyFunction, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) {
            throwError(m_db.get(), rc, {});
        }
    }
}

void Database::nameKeyFunction(sqlite3_context* context, int argc, sqlite3_value** argv) {
    auto* self = static_cast<Database*>(sqlite3_user_data(context));
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const auto size = static_cast<std::size_t>(sqlite3_value_bytes(argv[0]));
    try {
        self->m_nameCollation->sortKey(std::string_view(text == nullptr ? "" : text, size), self->m_keyBuffer);
    } catch (const std::exception& error) {
        sqlite3_result_error(context, error.what(), -1);
        return;
    }
    if (self->m_keyBuffer.empty()) {
        sqlite3_result_zeroblob(context, 0);
    } else {
        sqlite3_result_blob64(context, self->m_keyBuffer.data(), self->m_keyBuffer.size(), SQLITE_TRANSIENT);
    }
}

std::int64_t Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db.get());
}
int Database::changes() const {
    return sqlite3_changes(m_db.get());
}

} // namespace rapport::storage::sqlite
