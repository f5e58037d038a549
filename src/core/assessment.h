#pragma once

#include "core/date.h"
#include "core/enum_names.h"
#include "core/ids.h"
#include "core/validation.h"

#include <string>
#include <vector>

namespace rapport::core {

/**
 * The components of the return-on-relationship model that no record of purchases can measure: someone who knows
 * the customer judges them. The others (satisfaction, critical episodes, longevity, revenue, costs ...) come from
 * episodes and cost lines.
 */
enum class AssessmentComponent {
    Patronage,         // share of the customer's spend in this market that comes to us (share of wallet)
    Commitment,        // how much the customer wants the relationship to go on
    PerceivedQuality,  // quality of service as the customer sees it
    PerceivedValue,    // what the customer gets for what they give, as they see it
    Sacrifices,        // what dealing with us costs the customer besides the price: time, effort, risk
    AlternativesKnown, // how many and how good the other suppliers are that the customer knows
    CustomerBonds,     // the ties between the customer and us: legal, economic, technical, social ...
};
template <> struct EnumNames<AssessmentComponent> {
    static constexpr std::array<std::pair<AssessmentComponent, std::string_view>, 7> values{{
        {AssessmentComponent::Patronage, "patronage"},
        {AssessmentComponent::Commitment, "commitment"},
        {AssessmentComponent::PerceivedQuality, "perceived_quality"},
        {AssessmentComponent::PerceivedValue, "perceived_value"},
        {AssessmentComponent::Sacrifices, "sacrifices"},
        {AssessmentComponent::AlternativesKnown, "alternatives_known"},
        {AssessmentComponent::CustomerBonds, "customer_bonds"},
    }};
};

inline constexpr int kMinAssessmentScore = 1;
inline constexpr int kMaxAssessmentScore = 5;

/**
 * One dated judgement of one component for one customer, on a small scale: 1 (very little) to 5 (very much) of
 * the component. For sacrifices and alternatives known more is worse for the relationship; the scale says how
 * much there is, not whether it is good. Judgements are kept as a history, so a change of view shows.
 */
struct Assessment {
    AssessmentId id = 0;
    CustomerId customerId = 0;
    AssessmentComponent component = AssessmentComponent::Commitment;
    Date assessedOn;
    int score = kMinAssessmentScore;
    std::string note;       // why, in a few words
    std::string assessedBy; // who judged

    bool operator==(const Assessment&) const = default;
};

std::vector<FieldError> validationErrors(const Assessment& assessment);
/** Throws ValidationError listing every problem. */
void validate(const Assessment& assessment);

} // namespace rapport::core
