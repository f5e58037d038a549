#pragma once

#include "app/edit.h"
#include "core/service_level.h"
#include "storage/repository.h"

#include <unordered_map>
#include <vector>

namespace rapport::app {

/** One edit adding the suggested levels (core::suggestedServiceLevels) whose names are not taken yet; an empty edit
 * when all are. */
Edit addSuggestedServiceLevels(storage::Repository& repository);

/**
 * Each customer's preventive-contact interval in days from their service level, for the customers in use who
 * hold one (the attention list watches them by it). Reads the levels and one index range: not on a UI thread.
 */
std::unordered_map<core::CustomerId, int> contactIntervalsByLevel(storage::Repository& repository);

} // namespace rapport::app
