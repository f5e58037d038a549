#pragma once

#include "core/partnership.h"

#include <cstdint>
#include <vector>

namespace rapport::demo {

/**
 * A few dozen partnerships of every direction, form and lifecycle stage. Some partners are also
 * customers: `organisationIds` are stored organisation customers to link to.
 */
std::vector<core::Partnership> simulatePartnerships(std::uint64_t seed, int count, core::Date start, core::Date end,
                                                    const std::vector<core::CustomerId>& organisationIds);

} // namespace rapport::demo
