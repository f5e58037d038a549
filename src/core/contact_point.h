#pragma once

#include "core/validation.h"

#include <string>
#include <vector>

namespace rapport::core {

/** An e-mail address or phone number with an optional label such as "work" or "mobile". */
struct ContactPoint {
    std::string value;
    std::string label;
    bool operator==(const ContactPoint&) const = default;
};

/** Checks e-mail addresses and phone numbers, reporting fields as emails[i] and phones[i]. */
void checkContactPoints(Validator& v, const std::vector<ContactPoint>& emails, const std::vector<ContactPoint>& phones);

} // namespace rapport::core
