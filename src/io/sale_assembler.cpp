#include "io/sale_assembler.h"

#include <algorithm>
#include <cctype>
#include <functional>

namespace rapport::io {

namespace {

// Purchases remembered per customer for linking cancellations: a cancellation names a recent document.
constexpr std::size_t kRecentPerCustomer = 16;

/** "C536379" cancels "536379" in shops that number a cancellation after the invoice it cancels. */
std::string_view withoutCancellationPrefix(std::string_view reference) {
    if (reference.size() > 1 && (reference.front() == 'C' || reference.front() == 'c') &&
        std::isdigit(static_cast<unsigned char>(reference[1]))) {
        reference.remove_prefix(1);
    }
    return reference;
}

static_assert(sizeof(std::size_t) >= 8, "document numbers are compared by a 64-bit hash");
std::uint64_t referenceHash(std::string_view reference) {
    return std::hash<std::string_view>{}(reference);
}

} // namespace

SaleAssembler::SaleAssembler(Sink sink, bool trackPurchases)
    : m_sink(std::move(sink))
    , m_trackPurchases(trackPurchases) {
}

void SaleAssembler::add(SaleLine line) {
    if (!m_pending.empty()) {
        const auto& open = m_pending.front();
        const bool sameDocument = !line.invoice.empty() && line.invoice == open.invoice &&
                                  line.customer == open.customer && line.placeholder == open.placeholder;
        if (!sameDocument) {
            flush();
        }
    }
    m_pending.push_back(std::move(line));
}

void SaleAssembler::finish() {
    if (!m_pending.empty()) {
        flush();
    }
}

void SaleAssembler::flush() {
    Sale sale;
    // The list of lines keeps its memory from one sale to the next instead of being allocated for each of millions.
    sale.lines = std::move(m_lineBuffer);
    const auto& first = m_pending.front();
    sale.customer = first.customer;
    sale.placeholder = first.placeholder;
    sale.date = first.date;
    sale.reference = first.invoice;
    sale.lineCount = first.invoice.empty() ? 0 : static_cast<int>(m_pending.size());
    sale.channel = first.channel;
    sale.notes = first.notes;
    for (const auto& line : m_pending) {
        sale.revenue += line.amount;
        if (line.margin) {
            sale.margin = sale.margin.value_or(core::Money()) + *line.margin;
        }
        if (sale.cancelsReference.empty()) {
            sale.cancelsReference = line.cancels;
        }
        if (sale.customerName.empty()) {
            sale.customerName = line.customerName;
        }
        sale.lines.push_back(&line);
    }
    if (m_pending.size() > 1) {
        m_groupedLines += static_cast<std::int64_t>(m_pending.size());
    }
    sale.cancellation = sale.revenue.minor() < 0;
    if (sale.cancellation) {
        ++m_cancellations;
        link(sale);
    }
    ++m_sales;
    const auto handle = m_sink(sale);
    if (m_trackPurchases && handle && !sale.cancellation && !sale.customer.empty()) {
        auto index = m_recentIndex.find(sale.customer);
        if (!index) {
            index = static_cast<std::int64_t>(m_recent.size());
            m_recentIndex.insert(sale.customer, *index);
            m_recent.emplace_back();
        }
        auto& recent = m_recent[static_cast<std::size_t>(*index)];
        if (recent.size() == kRecentPerCustomer) {
            recent.erase(recent.begin());
        }
        recent.push_back({*handle, sale.revenue.minor(), referenceHash(sale.reference), sale.date, false});
    }
    m_lineBuffer = std::move(sale.lines);
    m_lineBuffer.clear(); // they point into m_pending
    m_pending.clear();
}

void SaleAssembler::link(Sale& sale) {
    if (!m_trackPurchases || sale.customer.empty()) {
        return;
    }
    const auto index = m_recentIndex.find(sale.customer);
    if (!index) {
        return;
    }
    auto& recent = m_recent[static_cast<std::size_t>(*index)];
    const auto pick = [&](auto matches) {
        for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
            if (!it->cancelled && it->date <= sale.date && matches(*it)) {
                return &*it;
            }
        }
        return static_cast<RecentPurchase*>(nullptr);
    };
    RecentPurchase* cancelled = nullptr;
    if (!sale.cancelsReference.empty()) {
        const auto named = referenceHash(sale.cancelsReference);
        cancelled = pick([&](const RecentPurchase& p) { return p.referenceHash == named; });
    }
    const auto original = withoutCancellationPrefix(sale.reference);
    if (!cancelled && !sale.reference.empty() && original != sale.reference) {
        const auto originalHash = referenceHash(original);
        cancelled = pick([&](const RecentPurchase& p) { return p.referenceHash == originalHash; });
        cancelled = cancelled && cancelled->amountMinor == -sale.revenue.minor() ? cancelled : nullptr;
    }
    if (!cancelled && sale.cancelsReference.empty()) {
        cancelled = pick([&](const RecentPurchase& p) { return p.amountMinor == -sale.revenue.minor(); });
    }
    if (cancelled == nullptr) {
        return;
    }
    cancelled->cancelled = true;
    sale.cancelsHandle = cancelled->handle;
    sale.cancelsDate = cancelled->date;
    ++m_linked;
}

} // namespace rapport::io
