#pragma once

#include "storage/repository.h"

#include <span>
#include <string>
#include <vector>

namespace rapport::app {

/**
 * Merges customers into the one kept, all in one transaction: every episode, contact person, task, cost line,
 * churn record, assessment and partnership link moves over, contact data and tags are joined, and each merge is
 * recorded. Either every customer of the group is merged or, when one fails, none is. A merge cannot be undone
 * (the removed customers' ids are gone): the app clears its undo history after one, and says so before.
 */
std::vector<storage::CustomerEvent> mergeCustomers(storage::Repository& repository, core::CustomerId kept,
                                                   std::span<const core::CustomerId> merged, const std::string& by);

} // namespace rapport::app
