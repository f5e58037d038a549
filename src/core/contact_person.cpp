#include "core/contact_person.h"

#include "core/text_limits.h"

namespace rapport::core {

std::vector<FieldError> validationErrors(const ContactPerson& p) {
    Validator v;
    v.require(p.customerId > 0, "customer_id", "must name the customer the person works for");
    checkRequiredText(v, "name", p.name, limits::kName);
    checkText(v, "role", p.role, limits::kShortText);
    checkText(v, "notes", p.notes, limits::kNotes, true);
    checkContactPoints(v, p.emails, p.phones);
    if (p.activeFrom && p.activeTo && *p.activeTo < *p.activeFrom) {
        v.add("active_to", "must not be before active_from (" + p.activeFrom->toIso() + ")");
    }
    return v.take();
}

void validate(const ContactPerson& person) {
    throwIfInvalid("contact person", validationErrors(person));
}

} // namespace rapport::core
