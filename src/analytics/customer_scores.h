#pragma once

#include "analytics/base_analysis.h"
#include "storage/queries.h"

#include <vector>

namespace rapport::analytics {

/**
 * What an analysis run concluded about each customer, in the form kept beside the customer so that lists
 * filter and sort by stage, group, churn status, P(alive) and predicted value without another run.
 */
std::vector<storage::CustomerScore> customerScores(const BaseAnalysis& analysis);

} // namespace rapport::analytics
