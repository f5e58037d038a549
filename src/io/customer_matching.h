#pragma once

#include "core/customer.h"
#include "storage/bulk_writer.h"

#include <optional>
#include <string>
#include <string_view>

namespace rapport::io {

/**
 * The customer already in the base (or written earlier in the same batch) that an imported record describes,
 * matched as every import does: the external reference; then a Rapport id, trusted only with the same name and
 * no other reference (an id from another database names someone else); then an e-mail address; then a phone
 * number. `how` says which, for the duplicates report ("same reference", "same e-mail" ...); `referenceName`
 * is how the file names its reference ("reference", "UID").
 */
std::optional<core::CustomerId> matchCustomer(storage::BulkWriter& writer, const core::Customer& customer,
                                              std::optional<core::CustomerId> rapportId, std::string_view referenceName,
                                              std::string& how);

} // namespace rapport::io
