#include "io/customer_matching.h"

namespace rapport::io {

std::optional<core::CustomerId> matchCustomer(storage::BulkWriter& writer, const core::Customer& customer,
                                              std::optional<core::CustomerId> rapportId, std::string_view referenceName,
                                              std::string& how) {
    std::optional<core::CustomerId> match;
    if (!customer.externalRef.empty()) {
        match = writer.customerByExternalRef(customer.externalRef);
        how = "same " + std::string(referenceName);
    }
    if (!match && rapportId) {
        if (const auto existing = writer.customer(*rapportId);
            existing && existing->displayName == customer.displayName &&
            (customer.externalRef.empty() || existing->externalRef.empty())) {
            match = existing->id;
            how = "same Rapport id and name";
        }
    }
    for (std::size_t i = 0; !match && i < customer.emails.size(); ++i) {
        match = writer.customerByEmail(customer.emails[i].value);
        how = "same e-mail";
    }
    for (std::size_t i = 0; !match && i < customer.phones.size(); ++i) {
        match = writer.customerByPhone(customer.phones[i].value);
        how = "same phone";
    }
    return match;
}

} // namespace rapport::io
