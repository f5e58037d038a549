#include "storage/sqlite/name_keys.h"

#include "storage/name_collation.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/schema.h"

#include <spdlog/spdlog.h>

namespace rapport::storage::sqlite {

namespace {

std::string metaValue(Database& db, const char* key) {
    auto& select = db.cached("SELECT value FROM rapport_meta WHERE key = ?1");
    select.bind(1, key);
    std::string value = select.step() ? select.text(0) : std::string();
    select.reset();
    return value;
}

} // namespace

std::string storedCollation(Database& db) {
    return metaValue(db, "collation");
}

std::string storedCollationVersion(Database& db) {
    return metaValue(db, "collation_version");
}

void storeCollation(Database& db, const NameCollation& collation) {
    auto& upsert = db.cached("INSERT INTO rapport_meta (key, value) VALUES (?1, ?2) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    upsert.bind(1, "collation").bind(2, collation.language()).run();
    upsert.reset();
    upsert.bind(1, "collation_version").bind(2, collation.version()).run();
    upsert.reset();
}

void followStoredCollation(Database& db) {
    const auto stored = storedCollation(db);
    if (stored.empty() || (db.nameCollation() && db.nameCollation()->language() == stored)) {
        return;
    }
    spdlog::info("{}: names now sort by collation '{}' (changed by another program)", db.path(), stored);
    db.setNameCollation(sharedCollation(stored));
}

void recomputeNameKeys(Database& db) {
    // Only the rows whose key changes are written (from Unicode's order to Polish, a fifth of the demo base's
    // names): a rewrite of every row would cost more than the keys computed twice for the changed ones.
    db.exec("UPDATE customer SET name_sort_key = rapport_name_key(display_name) "
            "WHERE name_sort_key IS NOT rapport_name_key(display_name)");
}

std::int64_t fillMissingNameKeys(Database& db) {
    auto& update = db.cached("UPDATE customer SET name_sort_key = rapport_name_key(display_name) "
                             "WHERE name_sort_key = x''");
    update.run();
    return db.changes();
}

std::int64_t countStaleNameKeys(Database& db) {
    return db.queryInt("SELECT count(*) FROM customer WHERE name_sort_key IS NOT rapport_name_key(display_name)");
}

} // namespace rapport::storage::sqlite
