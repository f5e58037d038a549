#include "app/attention.h"

namespace rapport::app {

std::vector<analytics::AttentionAlert>
needsAttention(storage::Repository& repository, const analytics::AttentionRules& rules, core::Date today, int limit) {
    auto alerts = analytics::findAttention(repository, rules, today);
    if (limit > 0 && alerts.size() > static_cast<std::size_t>(limit)) {
        alerts.resize(static_cast<std::size_t>(limit));
    }
    return alerts;
}

analytics::ComplaintReport complaintHandling(storage::Repository& repository, core::Date today) {
    return analytics::complaintHandling(repository, today);
}

} // namespace rapport::app
