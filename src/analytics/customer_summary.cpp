#include "analytics/customer_summary.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace rapport::analytics {

SummaryBuilder::SummaryBuilder(SummaryOptions options)
    : m_options(options) {
}

void SummaryBuilder::add(std::string_view customer, core::Date date, std::int64_t amountMinor,
                         std::int64_t marginMinor) {
    // Files and the repository give a customer's lines together: the last key saves most hash lookups.
    if (!m_keys.empty() && customer == m_keys[m_lastCustomer]) {
        m_lines.push_back({m_lastCustomer, date.days(), amountMinor, marginMinor});
        return;
    }
    auto it = m_index.find(customer);
    if (it == m_index.end()) {
        if (m_keys.size() >= std::numeric_limits<std::uint32_t>::max()) {
            throw std::length_error("more than 4 billion customers in one summary");
        }
        it = m_index.emplace(std::string(customer), static_cast<std::uint32_t>(m_keys.size())).first;
        m_keys.emplace_back(customer);
    }
    m_lastCustomer = it->second;
    m_lines.push_back({it->second, date.days(), amountMinor, marginMinor});
}

std::vector<CustomerSummary> SummaryBuilder::finish() {
    // The default observation end is the last purchase day of the whole input (returns do not count).
    if (m_options.until) {
        m_until = *m_options.until;
    } else {
        std::int32_t last = std::numeric_limits<std::int32_t>::min();
        for (const auto& line : m_lines) {
            if (line.amountMinor >= 0) {
                last = std::max(last, line.day);
            }
        }
        m_until = core::Date::fromDays(last == std::numeric_limits<std::int32_t>::min() ? 0 : last);
    }
    std::sort(m_lines.begin(), m_lines.end(), [](const Line& a, const Line& b) {
        return a.customer != b.customer ? a.customer < b.customer : a.day < b.day;
    });

    const double unitDays = daysPerUnit(m_options.unit);
    std::vector<CustomerSummary> summaries;
    std::size_t i = 0;
    while (i < m_lines.size()) {
        const auto customer = m_lines[i].customer;
        CustomerSummary s;
        s.customer = m_keys[customer];
        std::int32_t currentDay = 0;
        std::int64_t firstDayTotal = 0;
        std::int64_t allDaysTotal = 0;
        bool any = false;
        for (; i < m_lines.size() && m_lines[i].customer == customer; ++i) {
            const auto& line = m_lines[i];
            if (line.day > m_until.days()) {
                continue;
            }
            s.revenueMinor += line.amountMinor;
            s.marginMinor += line.marginMinor;
            if (line.amountMinor < 0) {
                ++s.returnLines;
                s.returnsMinor += line.amountMinor;
                continue;
            }
            if (!any || line.day != currentDay) {
                // Lines are sorted by day, so a new day starts a new purchase day.
                ++s.purchaseDays;
                currentDay = line.day;
                if (!any) {
                    s.firstPurchase = core::Date::fromDays(line.day);
                }
                any = true;
            }
            if (s.purchaseDays == 1) {
                firstDayTotal += line.amountMinor;
            }
            allDaysTotal += line.amountMinor;
            s.lastPurchase = core::Date::fromDays(line.day);
        }
        if (!any) {
            continue; // only returns, or only purchases after the observation end
        }
        s.frequency = static_cast<double>(s.purchaseDays - 1);
        s.recency = s.firstPurchase.daysUntil(s.lastPurchase) / unitDays;
        s.T = s.firstPurchase.daysUntil(m_until) / unitDays;
        s.monetary = s.purchaseDays > 1
                         ? static_cast<double>(allDaysTotal - firstDayTotal) / 100.0 / static_cast<double>(s.frequency)
                         : 0.0;
        summaries.push_back(std::move(s));
    }
    // Customers are numbered in order of first appearance and the lines sorted by that number, so the
    // summaries come out in the order customers first appeared.
    return summaries;
}

} // namespace rapport::analytics
