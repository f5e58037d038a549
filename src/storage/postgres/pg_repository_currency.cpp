// The database's currency on a team database: read by everyone, changed by admins through set_currency().
#include "storage/postgres/pg_repository.h"
#include "storage/postgres/pg_values.h"

#include <spdlog/spdlog.h>

namespace rapport::storage::postgres {

namespace {

std::optional<std::string> codeOf(const std::optional<core::Currency>& currency) {
    return currency ? std::optional<std::string>(currency->code()) : std::nullopt;
}

} // namespace

std::optional<core::Currency> PgRepository::currency() {
    return m_session.read([](auto& work) -> std::optional<core::Currency> {
        const auto rows = work.exec("SELECT value FROM rapport_meta WHERE key = 'currency'");
        if (rows.empty()) {
            return std::nullopt;
        }
        auto currency = core::Currency::fromStored(text(rows[0][0]));
        if (!currency) {
            spdlog::warn("the team database's currency '{}' is not a currency code; amounts show without one",
                         text(rows[0][0]));
        }
        return currency;
    });
}

void PgRepository::setCurrency(const std::optional<core::Currency>& expected,
                               const std::optional<core::Currency>& currency) {
    // The function checks the caller's role, compares with `expected` under a lock, writes, audits and notifies:
    // the rules live in the database, not in this client.
    m_session.write([&](pqxx::work& work) {
        work.exec_params("SELECT set_currency($1::text, $2::text)", codeOf(expected), codeOf(currency));
    });
}

} // namespace rapport::storage::postgres
