#include "core/customer_merge.h"

#include <algorithm>
#include <cctype>

namespace rapport::core {

namespace {

std::string folded(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.') {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return out;
}

void fill(std::string& field, const std::string& other) {
    if (field.empty()) {
        field = other;
    }
}

template <typename T> void fill(std::optional<T>& field, const std::optional<T>& other) {
    if (!field) {
        field = other;
    }
}

void join(std::vector<ContactPoint>& points, const std::vector<ContactPoint>& more) {
    for (const auto& point : more) {
        const bool known = std::any_of(points.begin(), points.end(),
                                       [&](const ContactPoint& p) { return folded(p.value) == folded(point.value); });
        if (!known) {
            points.push_back(point);
        }
    }
}

} // namespace

Customer mergedCustomer(const Customer& kept, const Customer& merged) {
    Customer result = kept;
    fill(result.legalName, merged.legalName);
    if (result.address == Address{}) {
        result.address = merged.address;
    }
    join(result.emails, merged.emails);
    join(result.phones, merged.phones);
    fill(result.segment, merged.segment);
    fill(result.acquiredOn, merged.acquiredOn);
    if (merged.acquiredOn && kept.acquiredOn && *merged.acquiredOn < *kept.acquiredOn) {
        result.acquiredOn = merged.acquiredOn; // the relationship began with whichever record came first
        result.acquisitionChannel = merged.acquisitionChannel;
    }
    fill(result.acquisitionChannel, merged.acquisitionChannel);
    if (result.acquisitionCost.minor() == 0) {
        result.acquisitionCost = merged.acquisitionCost;
    }
    fill(result.owner, merged.owner);
    result.shared = result.shared || merged.shared; // either record was meant for the whole team
    fill(result.preferredChannel, merged.preferredChannel);
    for (const auto& tag : merged.tags) {
        if (std::find(result.tags.begin(), result.tags.end(), tag) == result.tags.end()) {
            result.tags.push_back(tag);
        }
    }
    fill(result.incomeBand, merged.incomeBand);
    fill(result.householdSize, merged.householdSize);
    result.consents.insert(result.consents.end(), merged.consents.begin(), merged.consents.end());
    std::stable_sort(result.consents.begin(), result.consents.end(),
                     [](const ConsentRecord& a, const ConsentRecord& b) { return a.recordedOn < b.recordedOn; });
    fill(result.externalRef, merged.externalRef);
    if (!merged.archivedOn) {
        result.archivedOn.reset(); // either record still in use keeps the merged customer in use
    }
    if (!merged.notes.empty() && merged.notes != result.notes) {
        result.notes = result.notes.empty() ? merged.notes : result.notes + "\n" + merged.notes;
    }
    return result;
}

Customer anonymisedCustomer(const Customer& customer) {
    Customer anonymous;
    anonymous.id = customer.id;
    anonymous.kind = customer.kind;
    anonymous.market = customer.market;
    anonymous.segment = customer.segment;
    anonymous.owner = customer.owner;
    anonymous.shared = customer.shared; // who may see the record stays as it was
    anonymous.acquiredOn = customer.acquiredOn;
    anonymous.acquisitionChannel = customer.acquisitionChannel;
    anonymous.acquisitionCost = customer.acquisitionCost;
    anonymous.preferredChannel = customer.preferredChannel;
    anonymous.address.country = customer.address.country; // a country identifies no one; keeps market splits
    anonymous.archivedOn = customer.archivedOn;           // an archived customer stays out of lists and analyses
    anonymous.displayName = "Erased customer #" + std::to_string(customer.id);
    return anonymous;
}

} // namespace rapport::core
