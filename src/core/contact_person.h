#pragma once

#include "core/contact_point.h"
#include "core/date.h"
#include "core/ids.h"

#include <optional>
#include <string>
#include <vector>

namespace rapport::core {

/**
 * A person at a customer organisation. When the purchasing manager changes, the old record gets an
 * activeTo date and a new record starts: the seeds name such changes as a churn cause, so the history is kept.
 */
struct ContactPerson {
    ContactPersonId id = 0;
    CustomerId customerId = 0;
    std::string name;
    std::string role; // e.g. purchasing manager, owner
    bool decisionMaker = false;
    std::vector<ContactPoint> emails;
    std::vector<ContactPoint> phones;
    std::optional<Date> activeFrom;
    std::optional<Date> activeTo;
    std::string notes;

    bool operator==(const ContactPerson&) const = default;

    [[nodiscard]] bool isActiveOn(Date day) const {
        return (!activeFrom || *activeFrom <= day) && (!activeTo || day <= *activeTo);
    }
};

std::vector<FieldError> validationErrors(const ContactPerson& person);
void validate(const ContactPerson& person);

} // namespace rapport::core
