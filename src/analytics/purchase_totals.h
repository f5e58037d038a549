#pragma once

#include "storage/repository.h"

#include <cstdint>

namespace rapport::analytics {

/** Net totals over every purchase and return in the base, read in one streaming pass. */
struct PurchaseTotals {
    std::int64_t customersWithPurchases = 0;
    std::int64_t purchases = 0;
    std::int64_t returns = 0;
    std::int64_t revenueMinor = 0;
    std::int64_t marginMinor = 0;
};

/** The first consumer of Repository::scanPurchases; the lifetime-value models build on the same pass. */
PurchaseTotals totalPurchases(storage::Repository& repository);

} // namespace rapport::analytics
