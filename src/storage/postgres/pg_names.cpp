#include "storage/postgres/pg_names.h"

#include "storage/name_collation.h"
#include "storage/postgres/pg_values.h"

#include <vector>

namespace rapport::storage::postgres {

namespace {

/** The advisory lock of the collation ("RAPPC"): shared by writes of names, exclusive for a change. */
constexpr const char* kLockKey = "353283100739";

std::string metaValue(pqxx::transaction_base& work, const char* key) {
    const auto rows = work.exec_params("SELECT value FROM rapport_meta WHERE key = $1", std::string(key));
    return rows.empty() ? std::string() : text(rows[0][0]);
}

std::shared_ptr<const NameCollation> usable(const std::string& language) {
    if (language.empty()) {
        return sharedCollation("root");
    }
    try {
        return sharedCollation(language);
    } catch (const std::exception&) {
        return sharedCollation("root"); // a language this ICU does not know: Unicode's order for what it writes
    }
}

} // namespace

std::shared_ptr<const NameCollation> collationForWriting(pqxx::transaction_base& work) {
    const auto rows = work.exec(std::string("SELECT (SELECT value FROM rapport_meta WHERE key = 'collation') "
                                            "FROM pg_advisory_xact_lock_shared(") +
                                kLockKey + ")");
    return usable(rows.empty() ? std::string() : text(rows[0][0]));
}

std::shared_ptr<const NameCollation> collationForReading(pqxx::transaction_base& work) {
    return usable(storedCollation(work));
}

std::string storedCollation(pqxx::transaction_base& work) {
    return metaValue(work, "collation");
}

std::string storedCollationVersion(pqxx::transaction_base& work) {
    return metaValue(work, "collation_version");
}

std::string keyParameter(const NameCollation& collation, const std::string& name) {
    return toHex(collation.sortKey(name));
}

void recomputeNameKeys(pqxx::transaction_base& work, const NameCollation& collation, bool asOwner) {
    std::vector<std::int64_t> ids;
    std::vector<std::string> keys;
    // Only the keys that change are sent and written: every written row is a new row version with an entry in each
    // of the customer's indexes (about 0.1 ms a row here), and from Unicode's order to Polish a fifth change.
    for (const auto& row : work.exec("SELECT id, display_name, encode(name_sort_key, 'hex') FROM customer")) {
        auto key = toHex(collation.sortKey(text(row[1])));
        if (key != text(row[2])) {
            ids.push_back(int64(row[0]));
            keys.push_back(std::move(key));
        }
    }
    if (asOwner) {
        // The index is built once, in key order, rather than kept current row by row (only its owner may).
        work.exec("DROP INDEX IF EXISTS customer_by_name");
    }
    constexpr std::size_t kChunk = 10'000;
    for (std::size_t start = 0; start < ids.size(); start += kChunk) {
        const auto end = std::min(ids.size(), start + kChunk);
        std::string idArray = "{";
        std::string keyArray = "{";
        for (std::size_t i = start; i < end; ++i) {
            if (i > start) {
                idArray += ',';
                keyArray += ',';
            }
            idArray += std::to_string(ids[i]);
            keyArray += keys[i]; // hex digits only: no quoting needed in an array literal
        }
        idArray += '}';
        keyArray += '}';
        work.exec_params("UPDATE customer c SET name_sort_key = decode(k.key, 'hex') "
                         "FROM unnest($1::bigint[], $2::text[]) AS k(id, key) WHERE c.id = k.id",
                         idArray, keyArray);
    }
    if (asOwner) {
        work.exec("CREATE INDEX customer_by_name ON customer (name_sort_key, id)");
    }
}

void changeCollation(pqxx::transaction_base& work, const NameCollation& collation) {
    // Checks the role and takes the collation's lock exclusively before anything is read.
    work.exec_params("SELECT set_collation($1, $2)", collation.language(), collation.version());
    recomputeNameKeys(work, collation, false);
}

} // namespace rapport::storage::postgres
