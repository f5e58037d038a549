#pragma once

#include "storage/repository.h"

#include <iosfwd>

namespace rapport::app {

/** Counts and the customers with the highest revenue: what `rapport` prints when there is no display. */
void printDatabaseSummary(storage::Repository& repository, std::ostream& out, int topCustomers = 10);

/** Prints customer rows as an aligned table. */
void printCustomerRows(const std::vector<storage::CustomerRow>& rows, std::ostream& out);

} // namespace rapport::app
