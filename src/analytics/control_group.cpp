#include "analytics/control_group.h"

#include <algorithm>
#include <random>

namespace rapport::analytics {

std::uint64_t SplitMix64::next() {
    m_state += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = m_state;
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
}

std::uint64_t SplitMix64::below(std::uint64_t bound) {
    // Values below `threshold` would make the low remainders one more likely than the rest: draw again.
    const std::uint64_t threshold = (0 - bound) % bound;
    for (;;) {
        const auto value = next();
        if (value >= threshold) {
            return value % bound;
        }
    }
}

std::vector<core::CampaignMember> drawControlGroup(std::span<const CampaignCandidate> candidates, int controlPercent,
                                                   std::uint64_t seed) {
    std::vector<CampaignCandidate> sorted(candidates.begin(), candidates.end());
    std::sort(sorted.begin(), sorted.end(), [](const CampaignCandidate& a, const CampaignCandidate& b) {
        return a.stratum != b.stratum ? a.stratum < b.stratum : a.id < b.id;
    });
    sorted.erase(std::unique(sorted.begin(), sorted.end(),
                             [](const CampaignCandidate& a, const CampaignCandidate& b) { return a.id == b.id; }),
                 sorted.end());

    std::vector<core::CampaignMember> members;
    members.reserve(sorted.size());
    for (auto begin = sorted.begin(); begin != sorted.end();) {
        const int stratum = begin->stratum;
        const auto end = std::find_if(begin, sorted.end(), [&](const auto& c) { return c.stratum != stratum; });
        const auto n = static_cast<std::uint64_t>(end - begin);
        const auto controls = (n * static_cast<std::uint64_t>(controlPercent) + 50) / 100;
        // Each stratum draws from its own stream, so adding a customer to one stratum leaves the others' draws alone.
        SplitMix64 random(seed ^ (0xD1B54A32D192ED03ULL * static_cast<std::uint64_t>(stratum + 1)));
        // A partial Fisher-Yates shuffle: the first `controls` places end up a uniform random subset.
        for (std::uint64_t i = 0; i < controls; ++i) {
            std::swap(begin[static_cast<std::ptrdiff_t>(i)],
                      begin[static_cast<std::ptrdiff_t>(i + random.below(n - i))]);
        }
        for (auto it = begin; it != end; ++it) {
            const bool control = static_cast<std::uint64_t>(it - begin) < controls;
            members.push_back({it->id, control, stratum});
        }
        begin = end;
    }
    std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.customerId < b.customerId; });
    return members;
}

std::uint64_t newCampaignSeed() {
    std::random_device device;
    const std::uint64_t high = device();
    const std::uint64_t low = device();
    return ((high << 32U) | low) & ((std::uint64_t{1} << 53U) - 1);
}

} // namespace rapport::analytics
