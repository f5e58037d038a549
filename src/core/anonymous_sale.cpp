#include "core/anonymous_sale.h"

#include "core/text_limits.h"

namespace rapport::core {

std::vector<FieldError> validationErrors(const AnonymousSale& s) {
    Validator v;
    if (s.margin && s.revenue.minor() >= 0 && *s.margin > s.revenue) {
        v.add("margin", "cannot exceed the revenue (" + s.revenue.toDecimal() + ")");
    }
    if (s.lineCount < 0) {
        v.add("line_count", "must not be negative");
    }
    checkText(v, "reference", s.reference, limits::kReference);
    checkText(v, "customer_text", s.customerText, limits::kShortText);
    return v.take();
}

void validate(const AnonymousSale& sale) {
    throwIfInvalid("anonymous sale", validationErrors(sale));
}

} // namespace rapport::core
