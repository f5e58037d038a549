#pragma once

#include "analytics/customer_summary.h"

#include <optional>
#include <vector>

namespace rapport::test {

/** The CDNOW sample's purchases (weeks, up to 1997-09-30) in a builder, each customer keyed by its number. */
std::optional<analytics::SummaryBuilder> cdnowPurchases();

/** The CDNOW calibration summary (weeks, up to 1997-09-30) rebuilt from the raw file; empty when absent. */
std::optional<std::vector<analytics::CustomerSummary>> cdnowSummaries();

} // namespace rapport::test
