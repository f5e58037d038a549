#include "analytics/customer_summary.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace rapport::analytics {

namespace {

/**
 * Appends `item` to `current`, first moving a full `current` (perBlock items) to `blocks`: a list of millions grows
 * without a doubling vector's last copy, which holds the old array and the new one at once.
 */
template <typename T>
void appendInBlocks(std::vector<std::vector<T>>& blocks, std::vector<T>& current, std::size_t perBlock, const T& item) {
    if (current.size() == perBlock) {
        blocks.push_back(std::move(current));
        current = std::vector<T>();
        current.reserve(perBlock);
    }
    current.push_back(item);
}

} // namespace

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
    appendInBlocks(m_fullBlocks, m_lines, kLinesPerBlock, Line{customer, date.days(), amountMinor});
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
    if (!m_keyEnds.empty()) {
        throw std::logic_error("SummaryBuilder: a customer id added to a builder fed keys");
    }
    // The repository's stream comes customer by customer: the previous customer is complete once the next begins.
    if (m_ids.empty() || customer != m_ids.back()) {
        if (!m_ids.empty() && customer < m_ids.back()) {
            // Summed and dropped already, an earlier customer's day could not be netted with a line that comes late.
            throw std::logic_error("SummaryBuilder: customer ids out of ascending order");
        }
        const auto number = nextNumber();
        // Room for the id first: once the previous customer is summed, nothing may fail before the new one is
        // numbered, or a caller who caught the failure and sent the line again would sum that customer twice.
        if (m_ids.size() == m_ids.capacity()) {
            m_ids.reserve(std::max<std::size_t>(1024, 2 * m_ids.capacity()));
        }
        settlePending();
        m_ids.push_back(customer);
        m_lastCustomer = number;
    }
    m_pending.push_back({m_lastCustomer, date.days(), amountMinor});
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

/**
 * Joins blocks and a last, growing vector into one vector, each block freed once copied: the joined vector's pages
 * become resident as they are written, and a freed block (above glibc's mmap threshold unless a larger block was
 * freed before) goes back to the system, so what is resident is about the elements once and one block. A failure
 * to reserve leaves the blocks as they were.
 */
template <typename T> void joinBlocks(std::vector<std::vector<T>>& blocks, std::vector<T>& last) {
    if (blocks.empty()) {
        return;
    }
    std::size_t size = last.size();
    for (const auto& block : blocks) {
        size += block.size();
    }
    std::vector<T> all;
    all.reserve(size);
    for (auto& block : blocks) {
        all.insert(all.end(), block.begin(), block.end());
        block = std::vector<T>();
    }
    all.insert(all.end(), last.begin(), last.end());
    last = std::move(all);
    blocks = std::vector<std::vector<T>>();
}

} // namespace

CustomerSummary SummaryBuilder::summarise(std::span<const Line> lines) const {
    CustomerSummary s;
    s.customer = lines.front().customer;
    std::int64_t firstDayTotal = 0;
    std::int64_t allDaysTotal = 0;
    for (std::size_t i = 0; i < lines.size();) {
        const auto day = lines[i].day;
        // The purchase day and its value come from the day's net.
        std::int64_t net = 0;
        bool anyNegative = false;
        for (; i < lines.size() && lines[i].day == day; ++i) {
            net += lines[i].amountMinor;
            anyNegative = anyNegative || lines[i].amountMinor < 0;
        }
        if ((m_options.until && day > m_options.until->days()) || !isPurchaseDay(anyNegative, net)) {
            continue; // after the observation end; only returns, or a purchase cancelled in full
        }
        ++s.purchaseDays;
        if (s.purchaseDays == 1) {
            s.firstPurchase = core::Date::fromDays(day);
            firstDayTotal = net;
        }
        allDaysTotal += net;
        s.lastPurchase = core::Date::fromDays(day);
    }
    if (s.purchaseDays > 0) {
        s.frequency = static_cast<double>(s.purchaseDays - 1);
        s.recency = s.firstPurchase.daysUntil(s.lastPurchase) / daysPerUnit(m_options.unit);
        s.monetary = s.purchaseDays > 1
                         ? static_cast<double>(allDaysTotal - firstDayTotal) / 100.0 / static_cast<double>(s.frequency)
                         : 0.0;
    }
    return s;
}

void SummaryBuilder::settlePending() {
    if (m_pending.empty()) {
        return;
    }
    // Lines of one day are summed, so their order among themselves does not matter.
    const auto byDay = [](const Line& a, const Line& b) { return a.day < b.day; };
    if (!std::is_sorted(m_pending.begin(), m_pending.end(), byDay)) {
        std::sort(m_pending.begin(), m_pending.end(), byDay);
    }
    const auto s = summarise(m_pending);
    if (s.purchaseDays > 0) {
        appendInBlocks(m_summaryBlocks, m_summaries, kSummariesPerBlock, s);
    }
    m_settledLines += m_pending.size();
    m_pending.clear(); // its memory kept for the next customer
}

std::vector<CustomerSummary> SummaryBuilder::finishKeys() {
    joinBlocks(m_fullBlocks, m_lines);
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
    std::vector<CustomerSummary> summaries;
    summaries.reserve(m_keyEnds.size()); // exactly: growing by doubling would hold two copies at once
    const std::span<const Line> lines(m_lines);
    for (std::size_t begin = 0; begin < lines.size();) {
        std::size_t end = begin + 1;
        while (end < lines.size() && lines[end].customer == lines[begin].customer) {
            ++end;
        }
        const auto s = summarise(lines.subspan(begin, end - begin));
        if (s.purchaseDays > 0) {
            summaries.push_back(s);
        }
        begin = end;
    }
    // Customers are numbered in order of first appearance and the lines sorted by that number, so the
    // summaries come out in the order customers first appeared.
    m_finishedLines += m_lines.size();
    m_lines = decltype(m_lines)();
    return summaries;
}

std::vector<CustomerSummary> SummaryBuilder::finishIds() {
    settlePending();
    joinBlocks(m_summaryBlocks, m_summaries);
    m_finished = true;
    m_finishedLines += m_settledLines;
    m_settledLines = 0;
    m_pending = decltype(m_pending)();
    return std::move(m_summaries);
}

std::vector<CustomerSummary> SummaryBuilder::finish() {
    if (m_finished) {
        // The lines are gone: a second call would return no customers as if the input had none.
        throw std::logic_error("SummaryBuilder::finish() called twice");
    }
    auto summaries = m_ids.empty() ? finishKeys() : finishIds();
    // The default observation end is the last purchase day of the whole input (returns, and days cancelled in
    // full, do not count): the latest of the customers' last purchase days. No purchase day lies after it, so
    // summing without a cutoff left out nothing that one would have.
    if (m_options.until) {
        m_until = *m_options.until;
    } else {
        std::int32_t last = std::numeric_limits<std::int32_t>::min();
        for (const auto& s : summaries) {
            last = std::max(last, s.lastPurchase.days());
        }
        m_until = core::Date::fromDays(last == std::numeric_limits<std::int32_t>::min() ? 0 : last);
    }
    const double unitDays = daysPerUnit(m_options.unit);
    for (auto& s : summaries) {
        s.T = s.firstPurchase.daysUntil(m_until) / unitDays;
    }
    // The keys or ids stay: they name the summaries' customers.
    return summaries;
}

} // namespace rapport::analytics
