#pragma once

#include "core/customer.h"
#include "reports/report.h"
#include "storage/queries.h"

#include <vector>

namespace rapport::reports {

/**
 * The columns of a customer export, as `rapport-cli export customers` and the app's "Export selection" write
 * them: Rapport's id, every field of the customer, then the running totals. Named so that importing the file
 * again maps every column (the totals are computed and ignored on import).
 */
const std::vector<Column>& customerColumns();

/** One customer's cells in the order of customerColumns(). */
std::vector<Cell> customerCells(const core::Customer& customer, const storage::CustomerRow& totals);

} // namespace rapport::reports
