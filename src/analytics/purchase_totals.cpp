#include "analytics/purchase_totals.h"

namespace rapport::analytics {

PurchaseTotals totalPurchases(storage::Repository& repository) {
    PurchaseTotals totals;
    core::CustomerId previous = 0;
    repository.scanPurchases([&](std::span<const storage::PurchaseRecord> batch) {
        for (const auto& record : batch) {
            if (record.customerId != previous) {
                ++totals.customersWithPurchases;
                previous = record.customerId;
            }
            ++(record.isReturn ? totals.returns : totals.purchases);
            totals.revenueMinor += record.revenueMinor;
            totals.marginMinor += record.marginMinor;
        }
        return true;
    });
    return totals;
}

} // namespace rapport::analytics
