#include "analytics/purchase_sources.h"

namespace rapport::analytics {

bool addRepositoryPurchases(storage::Repository& repository, SummaryBuilder& builder,
                            const std::function<bool(std::int64_t)>& keepGoing) {
    std::int64_t rowsRead = 0;
    bool stopped = false;
    repository.scanPurchases([&](std::span<const storage::PurchaseRecord> batch) {
        for (const auto& record : batch) {
            builder.add(record.customerId, record.date, record.revenueMinor);
        }
        rowsRead += static_cast<std::int64_t>(batch.size());
        stopped = keepGoing && !keepGoing(rowsRead);
        return !stopped;
    });
    return !stopped;
}

} // namespace rapport::analytics
