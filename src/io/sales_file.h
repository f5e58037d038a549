#pragma once

#include "io/importer.h"
#include "io/sale_assembler.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace rapport::io {

/** What reading a sales file without a database found. */
struct SalesFileReport {
    FileLayout layout;
    std::int64_t rows = 0;
    std::int64_t rejected = 0;
    std::vector<RowProblem> problems; // the first ImportReport::kMaxListed
    std::int64_t sales = 0;
    std::int64_t groupedLines = 0;
    std::int64_t cancellations = 0;
    std::int64_t linkedCancellations = 0;
    std::int64_t roundedAmounts = 0;
    std::int64_t anonymousRows = 0;
    std::int64_t anonymousRevenueMinor = 0;
};

/**
 * Reads a transactions file exactly as `import transactions` does (the same reader, encoding and format
 * detection over the whole file, header names, --map corrections, amounts from quantity x unit price,
 * invoice grouping, cancellation links, placeholder customers) without a database, and hands every sale of
 * a real customer to `sink`; anonymous sales are counted, not handed on. Rows that cannot be read are
 * counted with their problems. Throws ImportError when the file cannot be read at all.
 *
 * `sink` is called on a thread of its own (the rows are read on the caller's beside it), one sale at a time in
 * the file's order; what it throws ends the reading and is thrown from here.
 */
SalesFileReport readSalesFile(const std::string& path, const ImportOptions& options,
                              const std::function<void(const Sale&)>& sink);

} // namespace rapport::io
