#include "analytics/purchase_days.h"

#include <algorithm>

namespace rapport::analytics {

void PurchaseDays::add(const storage::EpisodeFact& e) {
    if (!core::isMonetary(e.kind)) {
        return;
    }
    if (m_day && *m_day != e.date) {
        close();
    }
    m_day = e.date;
    m_dayPurchase = m_dayPurchase || e.kind == core::EpisodeKind::Purchase;
    m_dayReturn = m_dayReturn || e.kind == core::EpisodeKind::Return;
    m_dayNetMinor += e.revenueMinor;
}

void PurchaseDays::close() {
    if (m_day && m_dayPurchase && (!m_dayReturn || m_dayNetMinor > 0)) {
        m_days.push_back(m_day->days());
    }
    m_day.reset();
    m_dayPurchase = m_dayReturn = false;
    m_dayNetMinor = 0;
}

std::optional<core::Date> PurchaseDays::first() const {
    return m_days.empty() ? std::nullopt : std::optional(core::Date::fromDays(m_days.front()));
}

std::optional<core::Date> PurchaseDays::last() const {
    return m_days.empty() ? std::nullopt : std::optional(core::Date::fromDays(m_days.back()));
}

std::optional<double> usualIntervalDays(std::span<const std::int32_t> purchaseDays, int minimumPurchaseDays) {
    if (static_cast<int>(purchaseDays.size()) < std::max(2, minimumPurchaseDays)) {
        return std::nullopt;
    }
    std::vector<std::int32_t> gaps;
    gaps.reserve(purchaseDays.size() - 1);
    for (std::size_t i = 1; i < purchaseDays.size(); ++i) {
        gaps.push_back(purchaseDays[i] - purchaseDays[i - 1]);
    }
    return medianDays(std::move(gaps));
}

std::optional<double> medianDays(std::vector<std::int32_t> values) {
    if (values.empty()) {
        return std::nullopt;
    }
    std::sort(values.begin(), values.end());
    const auto middle = values.size() / 2;
    if (values.size() % 2 == 1) {
        return values[middle];
    }
    return (static_cast<double>(values[middle - 1]) + values[middle]) / 2.0;
}

} // namespace rapport::analytics
