#pragma once

#include "core/currency.h"

#include <optional>
#include <pqxx/pqxx>

namespace rapport::storage {
class NameCollation;
}

namespace rapport::storage::postgres {

/** The team schema this program writes; rapport_meta.schema_version holds a database's. */
inline constexpr int kSchemaVersion = 9;

/** True when the database has Rapport's schema. */
bool hasSchema(pqxx::transaction_base& work);
/** The schema version recorded in the database. */
int schemaVersion(pqxx::transaction_base& work);

/**
 * Creates the group roles (when missing), the rapport schema owned by rapport_owner, its tables, triggers,
 * policies and privileges, the churn-reason catalogue and the database's currency (when given), in the caller's
 * transaction. Needs a superuser, or a role with CREATEROLE that owns the database. Names sort by `collation`.
 */
void createSchema(pqxx::work& work, const std::optional<core::Currency>& currency, const NameCollation& collation);

/**
 * Upgrades a schema of an older version to this program's, in the caller's transaction (as rapport_owner). From
 * before v5, names get sort keys in `collation`, which becomes the database's.
 */
void upgradeSchema(pqxx::work& work, int from, const NameCollation& collation);

} // namespace rapport::storage::postgres
