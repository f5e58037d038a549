// The database's currency on an SQLite file.
#include "storage/errors.h"
#include "storage/sqlite/currency_rows.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/sqlite_repository.h"
#include "storage/sqlite/transaction.h"

#include <spdlog/spdlog.h>

namespace rapport::storage::sqlite {

namespace {

std::string nameOf(const std::optional<core::Currency>& currency) {
    return currency ? currency->code() : std::string("none");
}

} // namespace

std::optional<core::Currency> SqliteRepository::currency() {
    return readCurrency(*m_db);
}

void SqliteRepository::setCurrency(const std::optional<core::Currency>& expected,
                                   const std::optional<core::Currency>& currency) {
    inTransaction(*m_db, [&] {
        // Compared inside the write transaction (BEGIN IMMEDIATE holds the file's write lock), so two programs
        // changing it at once cannot both pass.
        if (const auto stored = readCurrency(*m_db); stored != expected) {
            throw ConflictError("the currency of " + location() + " was changed meanwhile (it is now " +
                                nameOf(stored) + ", not " + nameOf(expected) + "); nothing was changed");
        }
        writeCurrency(*m_db, currency);
    });
    // A file keeps no audit trail of settings: the log records who relabelled the amounts and when.
    spdlog::info("the currency of {} changed from {} to {}", location(), nameOf(expected), nameOf(currency));
}

} // namespace rapport::storage::sqlite
