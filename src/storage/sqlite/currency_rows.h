#pragma once

#include "core/currency.h"

#include <optional>

namespace rapport::storage::sqlite {

class Database;

// The database's currency: the row 'currency' of rapport_meta, beside 'currency_minor_units'. A key of the
// existing table rather than a column or a schema version of its own, so files of every version can hold it.

/** The stored currency; nothing when the key is missing (or holds something that is not a code). */
std::optional<core::Currency> readCurrency(Database& db);
/** Stores the currency, or removes the key for nothing; inside the caller's transaction. */
void writeCurrency(Database& db, const std::optional<core::Currency>& currency);

} // namespace rapport::storage::sqlite
