#pragma once

#include "storage/queries.h"

#include <optional>

namespace rapport::storage::sqlite {

class Database;

/**
 * Whole customers a filter selects, in id order after `after`, at most `limit` (1 to 10,000): one query for the
 * customers' own columns and one each for their e-mails and phones, tags and consents, all in one read
 * transaction. An export of a million customers runs a few thousand statements instead of millions.
 */
CustomerRecordPage selectCustomerRecords(Database& db, const CustomerFilter& filter,
                                         std::optional<core::CustomerId> after, int limit);

} // namespace rapport::storage::sqlite
