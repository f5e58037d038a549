#pragma once

#include "analytics/base_analysis.h"
#include "storage/queries.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace rapport::analytics {

/**
 * Small values (a group, an ABC class) given by customer id in any order, placed by the profile's position in
 * analysis.profiles; 0 where a profile is given none (an analysis gives each id once; given twice, the larger value
 * stays). The ids are sorted and walked beside the profiles once: looking each up among a million profiles
 * (findProfile, a binary search at random places) took about 0.6 s of a store's three million look-ups. An id and
 * its value share one 64-bit word, so the sort moves 8 MB at a million customers.
 */
class ByProfilePosition {
public:
    explicit ByProfilePosition(const BaseAnalysis& analysis)
        : m_analysis(analysis) {}
    void add(core::CustomerId id, std::uint8_t value);
    /** The values by profile position; once, at the end. */
    std::vector<std::uint8_t> place();

private:
    const BaseAnalysis& m_analysis;
    std::vector<std::uint64_t> m_packed;                                 // id << 8 | value
    std::vector<std::pair<core::CustomerId, std::uint8_t>> m_unpackable; // ids of 2^55 and more (none in practice)
};

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
