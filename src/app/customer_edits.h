#pragma once

#include "app/edit.h"

#include <vector>

namespace rapport::app {

/** A new customer; the id it was stored under is edit.after<core::Customer>()->id once applied. */
Edit createCustomer(core::Customer customer);

/** Replaces customers (same order in both lists), all in one transaction: a card's edit or a bulk edit. */
Edit changeCustomers(std::vector<core::Customer> before, std::vector<core::Customer> after);

/**
 * Archives customers on a day: they leave lists and analyses (shown again with the archive filter) but keep their
 * whole history, and restoreCustomers brings them back. One transaction; customers already archived keep the day
 * they were archived on and take no part. Each customer is as the caller read it: one changed meanwhile by someone
 * else stops the edit with storage::ConflictError.
 */
Edit archiveCustomers(std::vector<core::Customer> customers, core::Date on);
/** Brings archived customers back into lists and analyses; customers not archived take no part. */
Edit restoreCustomers(std::vector<core::Customer> customers);

/**
 * Deletes a customer entered by mistake, with everything recorded about them but episodes: contact persons,
 * tasks, cost lines, churn records, assessments, a ladder stage set by hand, and the link of partnerships to them. Undo
 * brings all of it back under the same ids. A customer with episodes is refused (RefusedError): their
 * purchases are part of every analysis; merge them into another customer instead. Throws NotFoundError.
 */
Edit deleteCustomer(storage::Repository& repository, core::CustomerId id);

} // namespace rapport::app
