#include "analytics/customer_summary.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace rapport::analytics {

SummaryBuilder::SummaryBuilder(SummaryOptions options)
    : m_options(options) {
}

std::string_view SummaryBuilder::key(std::uint32_t customer) const {
    const std::size_t begin = customer == 0 ? 0 : m_keyEnds[customer - 1];
    return std::string_view(m_keyText).substr(begin, m_keyEnds[customer] - begin);
}

void SummaryBuilder::growIndex() {
    // Twice the keys at least, so probes stay short (linear probing at a load of at most one half).
    std::vector<std::uint64_t> slots(m_slots.empty() ? 1024 : m_slots.size() * 2, 0);
    const std::size_t mask = slots.size() - 1;
    for (const auto entry : m_slots) {
        if (entry != 0) {
            std::size_t i = static_cast<std::size_t>(std::hash<std::string_view>{}(
                                key(static_cast<std::uint32_t>((entry & 0xFFFFFFFFu) - 1)))) &
                            mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = entry;
        }
    }
    m_slots = std::move(slots);
}

std::uint32_t SummaryBuilder::intern(std::string_view customer) {
    if (2 * (m_keyEnds.size() + 1) > m_slots.size()) {
        growIndex();
    }
    const auto hash = std::hash<std::string_view>{}(customer);
    const std::uint64_t tag = static_cast<std::uint64_t>(hash >> 32) << 32;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
        const auto entry = m_slots[i];
        if (entry == 0) {
            const auto index = appendKey(customer);
            m_slots[i] = tag | (std::uint64_t{index} + 1);
            return index;
        }
        const auto index = static_cast<std::uint32_t>((entry & 0xFFFFFFFFu) - 1);
        if ((entry & ~std::uint64_t{0xFFFFFFFFu}) == tag && key(index) == customer) {
            return index;
        }
    }
}

std::uint32_t SummaryBuilder::nextNumber() const {
    const auto customers = m_keyEnds.size() + m_ids.size();
    if (customers >= std::numeric_limits<std::uint32_t>::max() - 1) {
        throw std::length_error("more than 4 billion customers in one summary");
    }
    return static_cast<std::uint32_t>(customers);
}

std::uint32_t SummaryBuilder::appendKey(std::string_view customer) {
    if (!m_ids.empty()) {
        throw std::logic_error("SummaryBuilder: a key added to a builder fed customer ids");
    }
    const auto number = nextNumber();
    m_keyText.append(customer);
    m_keyEnds.push_back(m_keyText.size());
    return number;
}

std::uint32_t SummaryBuilder::internId(core::CustomerId customer) {
    if (!m_keyEnds.empty()) {
        throw std::logic_error("SummaryBuilder: a customer id added to a builder fed keys");
    }
    if (m_idIndex.empty()) {
        // Ascending so far (the repository's stream): a larger id is new, a smaller one is found by halves.
        if (m_ids.empty() || customer > m_ids.back()) {
            const auto number = nextNumber();
            m_ids.push_back(customer);
            return number;
        }
        const auto found = std::lower_bound(m_ids.begin(), m_ids.end(), customer);
        if (found != m_ids.end() && *found == customer) {
            return static_cast<std::uint32_t>(found - m_ids.begin());
        }
        // A new id out of order: from here on a map finds them. Built aside, so a failure leaves the vector's way.
        decltype(m_idIndex) index;
        index.reserve(m_ids.size() * 2);
        for (std::size_t i = 0; i < m_ids.size(); ++i) {
            index.emplace(m_ids[i], static_cast<std::uint32_t>(i));
        }
        m_idIndex.swap(index);
    }
    if (const auto found = m_idIndex.find(customer); found != m_idIndex.end()) {
        return found->second;
    }
    // Numbered and kept first, then indexed: a failure between them never gives one number to two customers.
    const auto number = nextNumber();
    m_ids.push_back(customer);
    try {
        m_idIndex.emplace(customer, number);
    } catch (...) {
        m_ids.pop_back();
        throw;
    }
    return number;
}

std::string_view SummaryBuilder::key(const CustomerSummary& summary) const {
    if (summary.customer >= m_keyEnds.size()) {
        throw std::logic_error("SummaryBuilder::key: not a summary of this builder's keys");
    }
    return key(summary.customer);
}

core::CustomerId SummaryBuilder::id(const CustomerSummary& summary) const {
    if (summary.customer >= m_ids.size()) {
        throw std::logic_error("SummaryBuilder::id: not a summary of this builder's customer ids");
    }
    return m_ids[summary.customer];
}

void SummaryBuilder::refuseAfterFinish() const {
    if (m_finished) {
        // finish() released the lines and the keys' index: a line now would be summed nowhere. Refused before
        // its customer is looked up, so the keys and ids that name the summaries stay as they were.
        throw std::logic_error("SummaryBuilder: a line added after finish()");
    }
}

void SummaryBuilder::addLine(std::uint32_t customer, core::Date date, std::int64_t amountMinor) {
    if (m_lines.size() == kLinesPerBlock) {
        m_fullBlocks.push_back(std::move(m_lines));
        m_fullBlocksLines += kLinesPerBlock;
        m_lines = decltype(m_lines)();
        m_lines.reserve(kLinesPerBlock);
    }
    m_lines.push_back({customer, date.days(), amountMinor});
}

void SummaryBuilder::add(std::string_view customer, core::Date date, std::int64_t amountMinor) {
    refuseAfterFinish();
    // Files and the repository give a customer's lines together: the last key saves most hash lookups.
    if (m_keyEnds.empty() || customer != key(m_lastCustomer)) {
        m_lastCustomer = intern(customer);
    }
    addLine(m_lastCustomer, date, amountMinor);
}

void SummaryBuilder::add(core::CustomerId customer, core::Date date, std::int64_t amountMinor) {
    refuseAfterFinish();
    // The repository's stream is ordered by customer: the ids are searched once per customer, not per line.
    if (m_ids.empty() || customer != m_lastId) {
        m_lastCustomer = internId(customer);
        m_lastId = customer;
    }
    addLine(m_lastCustomer, date, amountMinor);
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
    if (m_finished) {
        // The lines are gone: a second call would return no customers as if the input had none.
        throw std::logic_error("SummaryBuilder::finish() called twice");
    }
    if (!m_fullBlocks.empty()) {
        // Joined block by block, each freed once copied. The joined vector's pages become resident as they are
        // written, and a freed block (8 MB, above glibc's mmap threshold unless a larger block was freed before)
        // goes back to the system, so what is resident is about the lines once and one block. A failure to
        // reserve leaves the blocks as they were.
        std::vector<Line> all;
        all.reserve(m_fullBlocksLines + m_lines.size());
        for (auto& block : m_fullBlocks) {
            all.insert(all.end(), block.begin(), block.end());
            block = decltype(m_lines)();
        }
        all.insert(all.end(), m_lines.begin(), m_lines.end());
        m_lines = std::move(all);
        m_fullBlocks = decltype(m_fullBlocks)();
        m_fullBlocksLines = 0;
    }
    m_finished = true;
    // Lines of one customer and day are summed, so their order among themselves does not matter.
    const auto byCustomerAndDay = [](const auto& a, const auto& b) {
        return a.customer != b.customer ? a.customer < b.customer : a.day < b.day;
    };
    if (!std::is_sorted(m_lines.begin(), m_lines.end(), byCustomerAndDay)) {
        std::sort(m_lines.begin(), m_lines.end(), byCustomerAndDay);
    }
    // Assigned a new empty vector (`= {}` would clear it and keep its memory): the index is not needed any more,
    // so its memory goes before the summaries take theirs.
    m_slots = decltype(m_slots)();
    m_idIndex = decltype(m_idIndex)();
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
    summaries.reserve(m_keyEnds.size() + m_ids.size()); // exactly: growing by doubling would hold two copies at once
    std::size_t i = 0;
    while (i < m_lines.size()) {
        const auto customer = m_lines[i].customer;
        CustomerSummary s;
        s.customer = customer;
        std::int64_t firstDayTotal = 0;
        std::int64_t allDaysTotal = 0;
        while (i < m_lines.size() && m_lines[i].customer == customer) {
            const auto end = dayEnd(i);
            const auto day = m_lines[i].day;
            if (day > m_until.days()) {
                i = end;
                continue;
            }
            // The purchase day and its value come from the day's net.
            std::int64_t net = 0;
            bool anyNegative = false;
            for (; i < end; ++i) {
                net += m_lines[i].amountMinor;
                anyNegative = anyNegative || m_lines[i].amountMinor < 0;
            }
            if (!isPurchaseDay(anyNegative, net)) {
                continue; // only returns, or a purchase cancelled in full
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
    m_finishedLines += m_lines.size();
    m_lines = decltype(m_lines)();
    // The keys or ids stay: they name the summaries' customers.
    return summaries;
}

} // namespace rapport::analytics
