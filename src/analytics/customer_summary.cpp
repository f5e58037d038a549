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
    ++m_added;
    // Files and the repository give a customer's lines together: the last key saves most hash lookups.
    if (!m_keys.empty() && customer == m_keys[m_lastCustomer]) {
        m_lines.push_back({m_lastCustomer, date.days(), amountMinor, marginMinor});
        return;
    }
    auto it = m_index.find(customer);
    if (it == m_index.end()) {
        it = m_index.emplace(std::string(customer), newCustomer(std::string(customer))).first;
    }
    m_lastCustomer = it->second;
    m_lines.push_back({it->second, date.days(), amountMinor, marginMinor});
}

void SummaryBuilder::add(core::CustomerId customer, core::Date date, std::int64_t amountMinor,
                         std::int64_t marginMinor) {
    ++m_added;
    // The repository's stream is ordered by customer: the hash is asked once per customer, not per line.
    if (m_keys.empty() || m_lastId != customer) {
        auto it = m_idIndex.find(customer);
        if (it == m_idIndex.end()) {
            it = m_idIndex.emplace(customer, newCustomer(std::to_string(customer))).first;
        }
        m_lastCustomer = it->second;
        m_lastId = customer;
    }
    m_lines.push_back({m_lastCustomer, date.days(), amountMinor, marginMinor});
}

std::uint32_t SummaryBuilder::newCustomer(std::string key) {
    if (m_keys.size() >= std::numeric_limits<std::uint32_t>::max()) {
        throw std::length_error("more than 4 billion customers in one summary");
    }
    m_keys.push_back(std::move(key));
    return static_cast<std::uint32_t>(m_keys.size() - 1);
}

namespace {

/**
 * Whether a customer's day of lines is a purchase day. Lines of one day are netted: a day with negative lines
 * (returns, cancellations, or a cancellation of an earlier invoice that the storage dated on the purchase it
 * cancels) is a purchase day only when its net is positive, so a purchase cancelled in full is none. A day with
 * only non-negative lines is a purchase day whatever its total (a zero-amount purchase still counts).
 */
bool isPurchaseDay(bool anyNegative, std::int64_t netMinor) {
    return !anyNegative || netMinor > 0;
}

} // namespace

std::vector<CustomerSummary> SummaryBuilder::finish() {
    std::sort(m_lines.begin(), m_lines.end(), [](const Line& a, const Line& b) {
        return a.customer != b.customer ? a.customer < b.customer : a.day < b.day;
    });
    // A customer's lines of one day, [begin, end): the lines are sorted by customer and day.
    const auto dayEnd = [&](std::size_t begin) {
        std::size_t end = begin + 1;
        while (end < m_lines.size() && m_lines[end].customer == m_lines[begin].customer &&
               m_lines[end].day == m_lines[begin].day) {
            ++end;
        }
        return end;
    };
    // The default observation end is the last purchase day of the whole input (returns, and days cancelled in
    // full, do not count).
    if (m_options.until) {
        m_until = *m_options.until;
    } else {
        std::int32_t last = std::numeric_limits<std::int32_t>::min();
        for (std::size_t begin = 0; begin < m_lines.size();) {
            const auto end = dayEnd(begin);
            std::int64_t net = 0;
            bool anyNegative = false;
            for (std::size_t j = begin; j < end; ++j) {
                net += m_lines[j].amountMinor;
                anyNegative = anyNegative || m_lines[j].amountMinor < 0;
            }
            if (isPurchaseDay(anyNegative, net)) {
                last = std::max(last, m_lines[begin].day);
            }
            begin = end;
        }
        m_until = core::Date::fromDays(last == std::numeric_limits<std::int32_t>::min() ? 0 : last);
    }

    const double unitDays = daysPerUnit(m_options.unit);
    std::vector<CustomerSummary> summaries;
    std::size_t i = 0;
    while (i < m_lines.size()) {
        const auto customer = m_lines[i].customer;
        CustomerSummary s;
        s.customer = std::move(m_keys[customer]);
        std::int64_t firstDayTotal = 0;
        std::int64_t allDaysTotal = 0;
        while (i < m_lines.size() && m_lines[i].customer == customer) {
            const auto end = dayEnd(i);
            const auto day = m_lines[i].day;
            if (day > m_until.days()) {
                i = end;
                continue;
            }
            // Revenue, margin and returns count every line; the purchase day and its value come from the net.
            std::int64_t net = 0;
            bool anyNegative = false;
            for (; i < end; ++i) {
                const auto& line = m_lines[i];
                s.revenueMinor += line.amountMinor;
                s.marginMinor += line.marginMinor;
                net += line.amountMinor;
                if (line.amountMinor < 0) {
                    anyNegative = true;
                    ++s.returnLines;
                    s.returnsMinor += line.amountMinor;
                }
            }
            if (!isPurchaseDay(anyNegative, net)) {
                continue; // only returns, or a purchase cancelled in full: it reduced revenue above
            }
            ++s.purchaseDays;
            if (s.purchaseDays == 1) {
                s.firstPurchase = core::Date::fromDays(day);
                firstDayTotal = net;
            }
            allDaysTotal += net;
            s.lastPurchase = core::Date::fromDays(day);
        }
        if (s.purchaseDays == 0) {
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
    // What stays until the caller is done would otherwise double the memory of the analysis that follows.
    std::vector<Line>().swap(m_lines);
    std::vector<std::string>().swap(m_keys);
    decltype(m_index)().swap(m_index);
    decltype(m_idIndex)().swap(m_idIndex);
    return summaries;
}

} // namespace rapport::analytics
