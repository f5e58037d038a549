#pragma once

#include "analytics/customer_summary.h"
#include "storage/repository.h"

#include <functional>
#include <string>

namespace rapport::analytics {

/**
 * Feeds every purchase and return of the repository to the builder, in one streaming pass. `keepGoing`, when
 * set, hears the rows read after each batch and may stop the pass; returns false when it did.
 */
bool addRepositoryPurchases(storage::Repository& repository, SummaryBuilder& builder,
                            const std::function<bool(std::int64_t rowsRead)>& keepGoing = {});

/** A line of a transactions file that cannot be read; what() names the file, line, field and what was expected. */
class TransactionFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/**
 * Reads a CSV file with the header `customer,date,amount[,margin]` (ISO dates, '.' decimals, at most two
 * decimals; fields may be quoted) into the builder. Returns the number of lines read. Throws
 * TransactionFileError on the first line that is not valid, naming it.
 */
std::size_t addTransactionsCsv(const std::string& path, SummaryBuilder& builder);

} // namespace rapport::analytics
