#pragma once

#include "core/channel.h"
#include "core/date.h"
#include "core/flat_string_map.h"
#include "core/money.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::io {

/** One line of a sales file as read: whose, when, how much, and which document it belongs to. */
struct SaleLine {
    std::string customer;     // the customer's key as the file gives it; empty for an anonymous line
    std::string placeholder;  // for an anonymous line: the customer value as written ("(blank)", "guest", "")
    std::string customerName; // the customer's name when the file gives one: names a customer the import creates
    core::Date date;
    core::Money amount; // negative for a return or cancellation
    std::optional<core::Money> margin;
    std::string invoice; // the document number; lines with the same one in a row form one sale
    std::string cancels; // the document number this line's document cancels, when the file says
    core::Channel channel = core::Channel::Other;
    std::string notes;
    std::int64_t row = 0; // where it stood, for messages and the rejects file
    std::size_t line = 0;
    std::string_view raw;
};

/** A whole document: the lines of one invoice added up, or a single line when the file has no invoice numbers. */
struct Sale {
    std::string customer; // empty for an anonymous sale
    std::string placeholder;
    std::string customerName; // the first the document's lines give (Shopify's "Billing Name" is on its first only)
    core::Date date;
    core::Money revenue;
    std::optional<core::Money> margin;
    std::string reference; // the invoice number, empty when the file has none
    int lineCount = 0;     // lines added up into this sale (0 when the file has no invoice numbers)
    core::Channel channel = core::Channel::Other;
    std::string notes;
    bool cancellation = false; // a negative total: a cancellation, correction or return
    /** The document number this cancellation names as the one it cancels ("cancels" column), if any. */
    std::string cancelsReference;
    /**
     * The earlier sale of the same customer in this file that this cancellation cancels in full: the one it
     * names, or else the latest purchase of exactly the opposite amount not cancelled yet. Set to the handle
     * the sink returned for that sale, with its date.
     */
    std::optional<std::int64_t> cancelsHandle;
    core::Date cancelsDate;
    std::vector<const SaleLine*> lines; // valid during the sink call
};

/**
 * Turns a stream of sale lines into documents: consecutive lines of one invoice and customer become one sale
 * (exports list an invoice's lines together), a document whose total is negative is a cancellation, and a
 * cancellation is linked to the purchase it cancels in full where the file allows (see docs/methodology.md,
 * "Invoices, cancellations and anonymous sales"). Both the importer and `ltv --transactions` read files
 * through it, so they count the same purchases.
 */
class SaleAssembler {
public:
    /** Receives each finished sale; returns a handle to link later cancellations to it (the episode id), if any. */
    using Sink = std::function<std::optional<std::int64_t>(const Sale&)>;

    /** `trackPurchases`: remember recent purchases per customer so cancellations can be linked (costs memory). */
    SaleAssembler(Sink sink, bool trackPurchases);

    void add(SaleLine line);
    /** Sends the last document; call once at the end. */
    void finish();

    [[nodiscard]] std::int64_t sales() const { return m_sales; }
    [[nodiscard]] std::int64_t cancellations() const { return m_cancellations; }
    [[nodiscard]] std::int64_t linkedCancellations() const { return m_linked; }
    [[nodiscard]] std::int64_t groupedLines() const { return m_groupedLines; }

private:
    /**
     * 32 bytes: a large import keeps up to 16 of these for each of a million customers. The document number is
     * kept as its std::hash (64 bits here); a wrong link needs the number a cancellation names to share its hash
     * with another of the customer's 16 latest purchases' numbers, about one chance in 2^60.
     */
    struct RecentPurchase {
        std::int64_t handle = 0;
        std::int64_t amountMinor = 0;
        std::uint64_t referenceHash = 0;
        core::Date date;
        bool cancelled = false;
    };
    static_assert(sizeof(RecentPurchase) == 32);
    void flush();
    void link(Sale& sale);

    Sink m_sink;
    bool m_trackPurchases;
    std::vector<SaleLine> m_pending;
    std::vector<const SaleLine*> m_lineBuffer; // a sale's list of lines, kept empty between sales (see flush)
    core::FlatStringMap m_recentIndex;         // by the customer's key: the position of their purchases in m_recent
    std::vector<std::vector<RecentPurchase>> m_recent;
    std::int64_t m_sales = 0;
    std::int64_t m_cancellations = 0;
    std::int64_t m_linked = 0;
    std::int64_t m_groupedLines = 0;
};

} // namespace rapport::io
