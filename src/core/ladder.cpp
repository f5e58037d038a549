#include "core/ladder.h"

#include "core/text_limits.h"

namespace rapport::core {

std::vector<FieldError> validationErrors(const LadderOverride& o) {
    Validator v;
    v.require(o.customerId > 0, "customer_id", "must name the customer");
    checkRequiredText(v, "reason", o.reason, limits::kNotes);
    checkText(v, "set_by", o.setBy, limits::kShortText);
    return v.take();
}

void validate(const LadderOverride& o) {
    throwIfInvalid("ladder override", validationErrors(o));
}

} // namespace rapport::core
