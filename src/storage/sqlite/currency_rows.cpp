#include "storage/sqlite/currency_rows.h"

#include "storage/sqlite/database.h"

#include <spdlog/spdlog.h>

namespace rapport::storage::sqlite {

std::optional<core::Currency> readCurrency(Database& db) {
    auto& select = db.cached("SELECT value FROM rapport_meta WHERE key = 'currency'");
    if (!select.step()) {
        select.reset();
        return std::nullopt;
    }
    const std::string stored = select.text(0);
    select.reset();
    auto currency = core::Currency::fromStored(stored);
    if (!currency) {
        // Written by hand, not by Rapport: amounts show as plain numbers rather than with a made-up sign.
        spdlog::warn("the database's currency '{}' is not a currency code; amounts show without one", stored);
    }
    return currency;
}

void writeCurrency(Database& db, const std::optional<core::Currency>& currency) {
    if (currency) {
        db.cached("INSERT INTO rapport_meta (key, value) VALUES ('currency', ?1) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind(1, currency->code())
            .run();
    } else {
        db.cached("DELETE FROM rapport_meta WHERE key = 'currency'").run();
    }
}

} // namespace rapport::storage::sqlite
