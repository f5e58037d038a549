#pragma once

#include "core/campaign.h"

#include <cstdint>
#include <span>
#include <vector>

namespace rapport::analytics {

/** A customer a campaign may target, with the stratum its control group is drawn in (0 when not stratified). */
struct CampaignCandidate {
    core::CustomerId id = 0;
    int stratum = 0;
};

/**
 * Splits a target list into treated customers and a control group held back: within every stratum, round(n x
 * percent / 100) customers drawn at random without replacement. The draw depends only on the set of candidates,
 * their strata, the percent and the seed (not on the order they come in, the platform or the library's
 * distributions: the generator and the bounded draw are written out here), so a recorded seed reproduces the
 * same control group. Returned ordered by customer id.
 */
std::vector<core::CampaignMember> drawControlGroup(std::span<const CampaignCandidate> candidates, int controlPercent,
                                                   std::uint64_t seed);

/** A fresh seed for a new campaign (below 2^53, so that it survives JSON readers that hold numbers as doubles). */
std::uint64_t newCampaignSeed();

/**
 * SplitMix64 (Steele, Lea and Flood 2014): a tiny generator whose output is fixed by its definition, used where a
 * recorded seed must reproduce a draw everywhere.
 */
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed)
        : m_state(seed) {}
    std::uint64_t next();
    /** Uniform in [0, bound), bound > 0, without modulo bias (rejection of the short last block). */
    std::uint64_t below(std::uint64_t bound);

private:
    std::uint64_t m_state;
};

} // namespace rapport::analytics
