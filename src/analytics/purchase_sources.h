#pragma once

#include "analytics/customer_summary.h"
#include "storage/repository.h"

#include <functional>
#include <string>

namespace rapport::analytics {

/**
 * Feeds every purchase and return of the repository to the builder (a transactions file is read by
 * io::readSalesFile, the importer's reader), in one streaming pass. `keepGoing`, when
 * set, hears the rows read after each batch and may stop the pass; returns false when it did.
 */
bool addRepositoryPurchases(storage::Repository& repository, SummaryBuilder& builder,
                            const std::function<bool(std::int64_t rowsRead)>& keepGoing = {});

} // namespace rapport::analytics
