#pragma once

#include "core/contact_person.h"
#include "core/customer.h"

#include <optional>
#include <pqxx/pqxx>
#include <vector>

namespace rapport::storage {
class NameCollation;
}

namespace rapport::storage::postgres {

// Customers and contact persons with their child rows (contact points, tags, consents), inside a transaction.

/** Stores the customer with its name's sort key in `collation` (collationForWriting). */
core::CustomerId insertCustomer(pqxx::transaction_base& work, const core::Customer& customer,
                                const NameCollation& collation);
/**
 * Writes the customer over the stored one. Returns false when there is none (or this user may not see it);
 * throws ConflictError when customer.version names an older version than the stored one. Child rows are
 * rewritten only when they changed, so the audit trail shows only real changes.
 */
bool updateCustomerRow(pqxx::transaction_base& work, const core::Customer& customer, const NameCollation& collation);
std::optional<core::Customer> readCustomer(pqxx::transaction_base& work, core::CustomerId id);

core::ContactPersonId insertContactPerson(pqxx::transaction_base& work, const core::ContactPerson& person);
bool updateContactPersonRow(pqxx::transaction_base& work, const core::ContactPerson& person);
/** `lock` is appended to the read of the contact_person rows: " FOR UPDATE" to hold them until the write. */
std::vector<core::ContactPerson> readContactPersons(pqxx::transaction_base& work, core::CustomerId customerId,
                                                    const char* lock = "");

/** Rebuilds the search document of one customer. */
void refreshSearch(pqxx::transaction_base& work, core::CustomerId customerId);

} // namespace rapport::storage::postgres
