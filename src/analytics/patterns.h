#pragma once

#include "analytics/customer_summary.h"

#include <vector>

namespace rapport::analytics {

/**
 * Customers with the same (x, t_x, T) contribute the same likelihood term, so models are fitted on the
 * distinct patterns with a weight each: on CDNOW 2,357 customers become a few hundred patterns, and a
 * million demo customers a few tens of thousands.
 */
struct RfmPattern {
    double x = 0;
    double tx = 0;
    double T = 0;
    double weight = 0; // how many customers share the pattern
};

std::vector<RfmPattern> collapsePatterns(const std::vector<CustomerSummary>& summaries);

} // namespace rapport::analytics
