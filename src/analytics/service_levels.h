#pragma once

#include "analytics/base_analysis.h"
#include "core/service_level.h"
#include "storage/queries.h"

#include <span>
#include <vector>

namespace rapport::analytics {

/**
 * Every analysed customer's service level: the first level, in rank order, whose rule the customer meets over
 * this run's ABC class, four-group, ladder stage, churn status and predicted-value percentile; none when no rule
 * takes them. The percentile is of the customers this run saw with a predicted value (the share of them whose
 * value is below the customer's), so a manager's own run ranks among their own customers.
 */
std::vector<storage::ServiceLevelAssignment> assignServiceLevels(const BaseAnalysis& analysis,
                                                                 std::span<const core::ServiceLevel> levels);

/** The percentile (0..100) of each value among all: 100 × (number of values strictly below) / count. */
std::vector<double> belowPercentiles(const std::vector<double>& values);

/** The same for one value, among values already sorted (which need not hold it). */
double percentileBelow(std::span<const double> sorted, double value);

} // namespace rapport::analytics
