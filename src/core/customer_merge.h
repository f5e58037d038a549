#pragma once

#include "core/customer.h"

namespace rapport::core {

/**
 * The customer that results from merging `merged` into `kept`: `kept` wins wherever it has a value; its blank
 * fields take `merged`'s; e-mails, phones and tags are joined without repeats (compared case-insensitively),
 * consent records are joined (the latest per purpose still decides), notes are joined.
 */
Customer mergedCustomer(const Customer& kept, const Customer& merged);

} // namespace rapport::core
