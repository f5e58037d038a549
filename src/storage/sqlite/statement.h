#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport::storage::sqlite {

/**
 * A prepared statement, finalised by its destructor.
 *
 * SQLite numbers bind parameters from 1 but result columns from 0; this class keeps that convention
 * rather than hiding it, so that the SQL text and the C++ read alike.
 */
class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bindNull(int index);
    /** Binds bytes as a BLOB (a sort key): compared byte by byte, unlike text. */
    Statement& bindBlob(int index, std::string_view bytes);
    template <typename T> Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    /** Steps once: true when a row is ready, false when done. Throws on error. */
    bool step();
    /** Steps a statement that returns no rows. */
    void run();
    /** Clears bindings and rewinds, ready to run again. */
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] int int32(int column) const { return static_cast<int>(int64(column)); }
    [[nodiscard]] double real(int column) const;
    /** Valid until the next step, reset or destruction. */
    [[nodiscard]] std::string_view textView(int column) const;
    [[nodiscard]] std::string text(int column) const { return std::string(textView(column)); }
    /** A BLOB column's bytes (empty for NULL). */
    [[nodiscard]] std::string blob(int column) const;
    [[nodiscard]] std::optional<std::int64_t> optionalInt64(int column) const {
        return isNull(column) ? std::nullopt : std::optional<std::int64_t>(int64(column));
    }
    [[nodiscard]] int columnCount() const;

private:
    [[noreturn]] void fail(int code, std::string_view action) const;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace rapport::storage::sqlite
