#include "core/contact_point.h"

#include "core/text_limits.h"

namespace rapport::core {

void checkContactPoints(Validator& v, const std::vector<ContactPoint>& emails,
                        const std::vector<ContactPoint>& phones) {
    for (std::size_t i = 0; i < emails.size(); ++i) {
        const auto field = "emails[" + std::to_string(i) + "]";
        if (!isPlausibleEmail(emails[i].value)) {
            v.add(field, "'" + emails[i].value + "' is not an e-mail address (expected name@domain.tld)");
        }
        checkText(v, field + ".label", emails[i].label, limits::kShortText);
    }
    for (std::size_t i = 0; i < phones.size(); ++i) {
        const auto field = "phones[" + std::to_string(i) + "]";
        if (!isPlausiblePhone(phones[i].value)) {
            v.add(field,
                  "'" + phones[i].value + "' is not a phone number (expected 3 to 20 digits with spaces, + - ( ) . /)");
        }
        checkText(v, field + ".label", phones[i].label, limits::kShortText);
    }
}

} // namespace rapport::core
