#pragma once

#include <string_view>

struct sqlite3;

namespace rapport::storage::sqlite {

/** Throws the StorageError subclass that fits an SQLite result code, with SQLite's message and the context. */
[[noreturn]] void throwError(sqlite3* db, int code, std::string_view context);

} // namespace rapport::storage::sqlite
