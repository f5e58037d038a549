#pragma once

#include "analytics/base_analysis.h"
#include "storage/queries.h"

#include <cstdint>
#include <vector>

namespace rapport::analytics {

/** Each profile's group of the four (1..4; 0 in none), by the profile's position in analysis.profiles. */
std::vector<std::int8_t> fourGroupsByProfile(const BaseAnalysis& analysis);

/**
 * Finds the churn assessments of customers asked for in rising id order, in one walk: the assessments follow the
 * profiles' order (buyers only), so no map by id is needed.
 */
class AssessmentCursor {
public:
    explicit AssessmentCursor(const BaseAnalysis& analysis)
        : m_analysis(analysis) {}
    /** The customer's assessment, or null for one who never bought; ids must not go down between calls. */
    const ChurnAssessment* find(core::CustomerId id);

private:
    const BaseAnalysis& m_analysis;
    std::size_t m_next = 0;
};

/**
 * What an analysis run concluded about each customer, in the form kept beside the customer so that lists
 * filter and sort by stage, group, churn status, P(alive) and predicted value without another run.
 */
std::vector<storage::CustomerScore> customerScores(const BaseAnalysis& analysis);

/**
 * The same scores made `batchSize` at a time as the store takes them, so they are never held whole (56 MB at a
 * million customers, at the moment the analysis itself is largest). `analysis` must outlive the batches.
 */
storage::ScoreBatches customerScoreBatches(const BaseAnalysis& analysis, std::size_t batchSize = 10'000);

} // namespace rapport::analytics
