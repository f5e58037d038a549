#include "analytics/customer_scores.h"

#include <algorithm>
#include <cmath>

namespace rapport::analytics {

namespace {
constexpr int kValueBits = 8;
constexpr core::CustomerId kLargestPackedId = (core::CustomerId{1} << (63 - kValueBits)) - 1;
} // namespace

void ByProfilePosition::add(core::CustomerId id, std::uint8_t value) {
    if (id < 0 || id > kLargestPackedId) {
        m_unpackable.emplace_back(id, value);
        return;
    }
    m_packed.push_back(static_cast<std::uint64_t>(id) << kValueBits | value);
}

std::vector<std::uint8_t> ByProfilePosition::place() {
    const auto& profiles = m_analysis.profiles;
    std::vector<std::uint8_t> placed(profiles.size(), 0);
    std::sort(m_packed.begin(), m_packed.end());
    std::size_t next = 0;
    for (const auto packed : m_packed) {
        const auto id = static_cast<core::CustomerId>(packed >> kValueBits);
        while (next < profiles.size() && profiles[next].id < id) {
            ++next;
        }
        if (next < profiles.size() && profiles[next].id == id) {
            placed[next] = static_cast<std::uint8_t>(packed & ((1U << kValueBits) - 1));
        }
    }
    for (const auto& [id, value] : m_unpackable) {
        if (const auto* profile = findProfile(m_analysis, id)) {
            auto& slot = placed[static_cast<std::size_t>(profile - profiles.data())];
            slot = std::max(slot, value);
        }
    }
    m_packed = {};
    m_unpackable = {};
    return placed;
}

std::vector<std::int8_t> fourGroupsByProfile(const BaseAnalysis& analysis) {
    ByProfilePosition groups(analysis);
    for (std::uint8_t g = 1; g <= 4; ++g) {
        for (const auto id : analysis.fourGroups.groups[g].members) {
            groups.add(id, g);
        }
    }
    const auto placed = groups.place();
    return {placed.begin(), placed.end()};
}

const ChurnAssessment* AssessmentCursor::find(core::CustomerId id) {
    const auto& assessments = m_analysis.churn.assessments;
    while (m_next < assessments.size() && assessments[m_next].id < id) {
        ++m_next;
    }
    return m_next < assessments.size() && assessments[m_next].id == id ? &assessments[m_next] : nullptr;
}

namespace {

/** Makes the scores in the profiles' (id) order, a run of them at a time. */
class ScoreMaker {
public:
    explicit ScoreMaker(const BaseAnalysis& analysis)
        : m_analysis(analysis)
        , m_group(fourGroupsByProfile(analysis)) // by the profiles' positions: a map by id took about 80 MB
        , m_churn(analysis) {}

    /** Appends the scores of the next `count` profiles (fewer at the end) to `scores`. */
    void makeNext(std::size_t count, std::vector<storage::CustomerScore>& scores) {
        const auto end = std::min(m_analysis.profiles.size(), m_next + count);
        for (; m_next < end; ++m_next) {
            const auto& profile = m_analysis.profiles[m_next];
            storage::CustomerScore score;
            score.id = profile.id;
            score.stage = profile.stage;
            score.fourGroup = m_group[m_next];
            if (const auto* assessment = m_churn.find(profile.id)) {
                score.churnStatus = assessment->status;
            }
            if (const auto* prediction = findPrediction(m_analysis.byCustomer, profile.id)) {
                score.probabilityAlive = prediction->probabilityAlive;
                score.predictedValue = core::Money::fromMinor(std::llround(prediction->clv * 100.0));
            }
            scores.push_back(score);
        }
    }

private:
    const BaseAnalysis& m_analysis;
    std::vector<std::int8_t> m_group;
    AssessmentCursor m_churn;
    std::size_t m_next = 0;
};

} // namespace

std::vector<storage::CustomerScore> customerScores(const BaseAnalysis& analysis) {
    std::vector<storage::CustomerScore> scores;
    scores.reserve(analysis.profiles.size());
    ScoreMaker(analysis).makeNext(analysis.profiles.size(), scores);
    return scores;
}

storage::ScoreBatches customerScoreBatches(const BaseAnalysis& analysis, std::size_t batchSize) {
    batchSize = std::max<std::size_t>(batchSize, 1);
    std::vector<storage::CustomerScore> batch;
    batch.reserve(std::min(batchSize, analysis.profiles.size()));
    return {analysis.profiles.size(),
            [maker = ScoreMaker(analysis), batch = std::move(batch),
             batchSize]() mutable -> std::span<const storage::CustomerScore> {
                batch.clear();
                maker.makeNext(batchSize, batch);
                return batch;
            }};
}

} // namespace rapport::analytics
