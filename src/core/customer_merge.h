#pragma once

#include "core/customer.h"

namespace rapport::core {

/**
 * The customer that results from merging `merged` into `kept`: `kept` wins wherever it has a value; its blank
 * fields take `merged`'s; e-mails, phones and tags are joined without repeats (compared case-insensitively),
 * consent records are joined (the latest per purpose still decides), notes are joined.
 */
Customer mergedCustomer(const Customer& kept, const Customer& merged);

/**
 * What stays of a customer whose personal data is erased: what no one can be identified by (kind, market,
 * segment, owner, sharing, acquisition, preferred channel, country), under the name "Erased customer #id", so
 * totals, cohorts and models keep counting the relationship. Both backends erase to exactly this.
 */
Customer anonymisedCustomer(const Customer& customer);

} // namespace rapport::core
