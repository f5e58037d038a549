#include "core/customer.h"

#include "core/text_limits.h"

#include <algorithm>
#include <set>

namespace rapport::core {

bool Customer::hasConsent(ConsentPurpose purpose) const {
    const ConsentRecord* latest = nullptr;
    for (const auto& record : consents) {
        if (record.purpose == purpose && (latest == nullptr || record.recordedOn >= latest->recordedOn)) {
            latest = &record;
        }
    }
    return latest != nullptr && latest->given;
}

std::vector<FieldError> validationErrors(const Customer& c) {
    Validator v;
    checkRequiredText(v, "display_name", c.displayName, limits::kName);
    checkText(v, "legal_name", c.legalName, limits::kAddressLine);
    checkText(v, "address.street", c.address.street, limits::kAddressLine);
    checkText(v, "address.postcode", c.address.postcode, 20);
    checkText(v, "address.city", c.address.city, limits::kShortText);
    checkText(v, "address.region", c.address.region, limits::kShortText);
    checkText(v, "address.country", c.address.country, limits::kShortText);
    checkText(v, "segment", c.segment, limits::kShortText);
    checkText(v, "owner", c.owner, limits::kShortText);
    checkText(v, "external_ref", c.externalRef, limits::kShortText);
    checkText(v, "notes", c.notes, limits::kNotes, true);

    checkContactPoints(v, c.emails, c.phones);

    if (c.kind == CustomerKind::Organisation && c.market != Market::B2B) {
        v.add("market", "an organisation is a B2B customer (expected b2b)");
    }
    if (c.kind == CustomerKind::Organisation && c.incomeBand) {
        v.add("income_band", "applies to people and households, not organisations");
    }
    if (c.householdSize) {
        if (c.kind == CustomerKind::Organisation) {
            v.add("household_size", "applies to people and households, not organisations");
        } else if (*c.householdSize < 1 || *c.householdSize > 50) {
            v.add("household_size", "must be between 1 and 50 people");
        }
    }
    v.require(c.acquisitionCost.minor() >= 0, "acquisition_cost", "must not be negative");

    v.require(c.tags.size() <= limits::kTags, "tags", "at most " + std::to_string(limits::kTags) + " tags");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < c.tags.size(); ++i) {
        const auto field = "tags[" + std::to_string(i) + "]";
        const auto& tag = c.tags[i];
        if (tag.find_first_not_of(' ') == std::string::npos) {
            v.add(field, "must not be empty");
        }
        checkText(v, field, tag, limits::kTag);
        if (!seen.insert(tag).second) {
            v.add(field, "'" + tag + "' is listed twice");
        }
    }
    for (std::size_t i = 0; i < c.consents.size(); ++i) {
        const auto field = "consents[" + std::to_string(i) + "].text_version";
        if (c.consents[i].textVersion.empty()) {
            v.add(field, "is required: which consent text the customer agreed to or withdrew");
        }
        checkText(v, field, c.consents[i].textVersion, limits::kShortText);
    }
    return v.take();
}

void validate(const Customer& customer) {
    throwIfInvalid("customer", validationErrors(customer));
}

} // namespace rapport::core
