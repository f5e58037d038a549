#include "core/campaign.h"

#include "core/text_limits.h"

namespace rapport::core {

std::vector<FieldError> validationErrors(const Campaign& c) {
    Validator v;
    checkRequiredText(v, "name", c.name, limits::kName);
    checkText(v, "goal", c.goal, limits::kAssessmentNote, true);
    checkText(v, "offer_text", c.offerText, limits::kAssessmentNote, true);
    checkText(v, "target", c.targetDescription, limits::kAssessmentNote, true);
    checkText(v, "created_by", c.createdBy, limits::kShortText);
    v.require(!toCode(c.offer).empty(), "offer", "must be one of " + allCodes<OfferKind>());
    v.require(!toCode(c.stratification).empty(), "stratify", "must be one of " + allCodes<Stratification>());
    if (c.controlPercent < kMinControlPercent || c.controlPercent > kMaxControlPercent) {
        v.add("control_percent", "must be between " + std::to_string(kMinControlPercent) + " and " +
                                     std::to_string(kMaxControlPercent) + " percent");
    }
    if (c.responseWindowDays < 1 || c.responseWindowDays > kMaxResponseWindowDays) {
        v.add("window_days", "must be between 1 and " + std::to_string(kMaxResponseWindowDays) + " days");
    }
    v.require(c.costPerContact.minor() >= 0, "cost_per_contact", "must not be negative");
    if (c.excludeContactedDays < 0 || c.excludeContactedDays > kMaxResponseWindowDays) {
        v.add("exclude_contacted_days", "must be between 0 and " + std::to_string(kMaxResponseWindowDays) + " days");
    }
    return v.take();
}

void validate(const Campaign& campaign) {
    throwIfInvalid("campaign", validationErrors(campaign));
}

} // namespace rapport::core
