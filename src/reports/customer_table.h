#pragma once

#include "core/customer.h"
#include "reports/report.h"
#include "storage/queries.h"

#include <vector>

namespace rapport::reports {

/**
 * The columns of a customer export, as `rapport-cli export customers` and the app's "Export selection" write
 * them: Rapport's id, every field of the customer, the running totals, then the currency the amounts are in.
 * Named so that importing the file again maps every field (the totals are computed and ignored on import).
 * Amounts stay plain numbers; like every export, the file names their currency in a column "currency".
 */
const std::vector<Column>& customerColumns();

/**
 * One customer's cells in the order of customerColumns(); `currency` is the database's ISO 4217 code, empty when
 * it has none.
 */
std::vector<Cell> customerCells(const core::Customer& customer, const storage::CustomerRow& totals,
                                const std::string& currency);

} // namespace rapport::reports
