#pragma once

#include <memory>
#include <pqxx/pqxx>
#include <string>

namespace rapport::storage {
class NameCollation;
}

namespace rapport::storage::postgres {

// The sort keys of customers' names on a team database (customer.name_sort_key, bytea), computed by each client
// with ICU (NameCollation) in the collation rapport_meta names (`collation`, `collation_version`), as on the
// desktop file. Every transaction that writes names reads the collation under a shared advisory lock, which a
// change of collation takes exclusively: keys written while the collation changes cannot be left in the old one.

/**
 * In a write transaction, before names are written: waits while the collation changes, then gives the database's
 * (the transaction keeps the shared lock to its end).
 */
std::shared_ptr<const NameCollation> collationForWriting(pqxx::transaction_base& work);
/** The database's collation for a read (partnerships by partner name); "root" when none is stored. */
std::shared_ptr<const NameCollation> collationForReading(pqxx::transaction_base& work);
/** The stored language and key version; empty when none. */
std::string storedCollation(pqxx::transaction_base& work);
std::string storedCollationVersion(pqxx::transaction_base& work);

/** A name's key as a statement parameter: hex, for decode($n, 'hex'). */
std::string keyParameter(const NameCollation& collation, const std::string& name);

/**
 * Recomputes the key of every customer the transaction sees (all of them for the owner, an admin or a superuser),
 * 10,000 at a time. As the tables' owner (an upgrade), the customer_by_name index is dropped first and built again
 * afterwards, in key order; an admin's change keeps it current row by row.
 */
void recomputeNameKeys(pqxx::transaction_base& work, const NameCollation& collation, bool asOwner);

/**
 * Makes `collation` the database's and recomputes every key, in the caller's transaction: set_collation() checks
 * that the user is an admin (PermissionError otherwise) and waits for writes of names to end.
 */
void changeCollation(pqxx::transaction_base& work, const NameCollation& collation);

} // namespace rapport::storage::postgres
