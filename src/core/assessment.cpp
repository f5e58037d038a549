#include "core/assessment.h"

#include "core/text_limits.h"

namespace rapport::core {

std::vector<FieldError> validationErrors(const Assessment& a) {
    Validator v;
    v.require(a.customerId > 0, "customer_id", "must name the customer");
    v.require(!toCode(a.component).empty(), "component", "must be one of " + allCodes<AssessmentComponent>());
    if (a.score < kMinAssessmentScore || a.score > kMaxAssessmentScore) {
        v.add("score", "must be between 1 (very little) and 5 (very much)");
    }
    checkText(v, "note", a.note, limits::kAssessmentNote, true);
    checkText(v, "assessed_by", a.assessedBy, limits::kShortText);
    return v.take();
}

void validate(const Assessment& assessment) {
    throwIfInvalid("assessment", validationErrors(assessment));
}

} // namespace rapport::core
