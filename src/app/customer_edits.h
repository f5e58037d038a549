#pragma once

#include "app/edit.h"

#include <vector>

namespace rapport::app {

/** A new customer; the id it was stored under is edit.after<core::Customer>()->id once applied. */
Edit createCustomer(core::Customer customer);

/** Replaces customers (same order in both lists), all in one transaction: a card's edit or a bulk edit. */
Edit changeCustomers(std::vector<core::Customer> before, std::vector<core::Customer> after);

/**
 * Deletes a customer entered by mistake, with everything recorded about them but episodes: contact persons,
 * tasks, cost lines, churn records, a ladder stage set by hand, and the link of partnerships to them. Undo
 * brings all of it back under the same ids. A customer with episodes is refused (RefusedError): their
 * purchases are part of every analysis; merge them into another customer instead. Throws NotFoundError.
 */
Edit deleteCustomer(storage::Repository& repository, core::CustomerId id);

} // namespace rapport::app
