#include "core/relationship_cost.h"

namespace rapport::core {

std::vector<FieldError> validationErrors(const RelationshipCost& c) {
    Validator v;
    v.require(c.customerId > 0, "customer_id", "must name the customer");
    v.require(c.year >= 1900 && c.year <= 2200, "year", "must be a calendar year between 1900 and 2200");
    v.require(c.amount.minor() >= 0, "amount", "must not be negative");
    return v.take();
}

void validate(const RelationshipCost& cost) {
    throwIfInvalid("relationship cost", validationErrors(cost));
}

} // namespace rapport::core
