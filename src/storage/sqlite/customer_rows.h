#pragma once

#include "core/contact_person.h"
#include "core/customer.h"
#include "storage/queries.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::storage::sqlite {

class Database;
class Statement;

// Reading and writing customers and contact persons with their child rows. Callers own the transaction
// and the search index refresh; the repository and the bulk writer share these.

core::CustomerId insertCustomer(Database& db, const core::Customer& customer);
/** Returns false when no customer has that id. */
bool updateCustomerRow(Database& db, const core::Customer& customer);
std::optional<core::Customer> readCustomer(Database& db, core::CustomerId id);
/** The columns of table customer that customerFromColumns reads, in its order: "id, kind, ..., version". */
const std::string& customerColumnsSql();
/** A customer's own fields from a row whose first columns are customerColumnsSql(); no child rows. */
core::Customer customerFromColumns(const Statement& select);

core::ContactPersonId insertContactPerson(Database& db, const core::ContactPerson& person);
bool updateContactPersonRow(Database& db, const core::ContactPerson& person);
std::vector<core::ContactPerson> readContactPersons(Database& db, core::CustomerId customerId);

/** Stores a merge, erasure or export record as it is; returns its id. */
std::int64_t insertCustomerEvent(Database& db, const CustomerEvent& event);

} // namespace rapport::storage::sqlite
