#pragma once

#include "analytics/time_unit.h"
#include "core/date.h"
#include "core/ids.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::analytics {

/**
 * One customer's purchase history reduced to what the customer-base models need, by the definitions the
 * standard tools use (see docs/methodology.md): a customer's lines of one day are netted into one purchase
 * day; a day with negative lines (returns, cancellations) is a purchase day only when its net is positive, so a
 * purchase cancelled in full (the same day, or by a cancellation the repository dates on the purchase it
 * cancels) is no purchase day, while a day with only non-negative lines always is; frequency x = purchase days - 1;
 * recency t_x = last - first purchase day; T = observation end - first purchase day (both in the chosen unit); monetary
 * = mean net of the repeat purchase days (the first day excluded), 0 when x = 0. Revenue, margin and returns are
 * not kept: the models do not use them (the analysis has them per customer in CustomerProfile), and a million
 * summaries stay small.
 */
struct CustomerSummary {
    /**
     * The customer's number in the SummaryBuilder that made the summary (customers are numbered in the order they
     * first appeared); the builder's key() or id() names the customer. A number instead of the key keeps a
     * million summaries 32 MB smaller.
     */
    std::uint32_t customer = 0;
    std::int32_t purchaseDays = 0; // at most one a calendar day
    core::Date firstPurchase;
    core::Date lastPurchase;
    double frequency = 0;
    double recency = 0;
    double T = 0;
    double monetary = 0; // major units (e.g. dollars)
};
// A million of them are held while the models are fitted: the width is the memory of `ltv` and of the analysis.
static_assert(sizeof(CustomerSummary) == 48);

struct SummaryOptions {
    TimeUnit unit = TimeUnit::Week;
    /** Observation end; lines after it are left out. Default: the last purchase day of the whole input. */
    std::optional<core::Date> until;
};

/**
 * Turns purchase lines into summaries. Fed customer keys (a CSV file), it collects the lines in any order: they are
 * kept compactly (16 bytes each) and sorted once at the end, so two million lines take about 32 MB and well under
 * a second; the keys are interned once into one block of text and an open-addressing index, not a string and a
 * map node each. Fed customer ids (the repository's stream, which comes customer by customer in ascending id
 * order), it keeps only the current customer's lines and sums each customer as the next begins: a million
 * customers' six million lines never sit in memory at once (about 100 MB at the analysis's peak before). The
 * builder keeps the keys or ids after finish(): key() and id() name a summary's customer.
 * Negative amounts are returns: no purchase days of their own; on a day with purchases they are netted into that day
 * (see CustomerSummary). A customer whose first purchase is after the observation end has no summary.
 */
class SummaryBuilder {
public:
    explicit SummaryBuilder(SummaryOptions options = {});

    void add(std::string_view customer, core::Date date, std::int64_t amountMinor);
    /**
     * The same for the repository's stream, keyed by customer id: no string is made or hashed. Each customer's
     * lines come together (in any date order), customers in ascending id order; an id below the previous one is
     * refused (std::logic_error), as is a key added to a builder fed ids or the other way round.
     */
    void add(core::CustomerId customer, core::Date date, std::int64_t amountMinor);
    /** Lines added, before and after finish(). */
    [[nodiscard]] std::size_t lines() const {
        return m_finishedLines + m_fullBlocks.size() * kLinesPerBlock + m_lines.size() + m_settledLines +
               m_pending.size();
    }

    /**
     * The summaries in the order customers first appeared (fed ids: ascending ids). The observation end used is
     * observationEnd(). Call once: the lines are released once the summaries are made; the keys or ids stay to name
     * them. A second call, or a line added after it, throws std::logic_error.
     */
    std::vector<CustomerSummary> finish();
    [[nodiscard]] core::Date observationEnd() const { return m_until; }
    /** The summary's customer as the source named it. Only for a builder fed keys (else std::logic_error). */
    [[nodiscard]] std::string_view key(const CustomerSummary& summary) const;
    /** The summary's customer id. Only for a builder fed ids (else std::logic_error). */
    [[nodiscard]] core::CustomerId id(const CustomerSummary& summary) const;

private:
    struct Line {
        std::uint32_t customer;
        std::int32_t day;
        std::int64_t amountMinor;
    };

    std::uint32_t intern(std::string_view customer);
    std::uint32_t appendKey(std::string_view customer);
    [[nodiscard]] std::uint32_t nextNumber() const;
    void refuseAfterFinish() const;
    void addLine(std::uint32_t customer, core::Date date, std::int64_t amountMinor);
    [[nodiscard]] std::string_view key(std::uint32_t number) const;
    void growIndex();
    /**
     * One customer's lines sorted by day, summed into their summary; T is left for finish(), which knows the
     * observation end. Days after the given observation end are left out; purchaseDays 0 when no day is a
     * purchase day.
     */
    [[nodiscard]] CustomerSummary summarise(std::span<const Line> lines) const;
    /** Sums the pending customer of a builder fed ids, their lines then dropped. */
    void settlePending();
    std::vector<CustomerSummary> finishKeys();
    std::vector<CustomerSummary> finishIds();

    SummaryOptions m_options;
    std::string m_keyText;              // every customer key, one after the other
    std::vector<std::size_t> m_keyEnds; // where key i ends in m_keyText
    std::vector<std::uint64_t> m_slots; // open addressing: hash high bits << 32 | (customer + 1); 0 is empty
    std::uint32_t m_lastCustomer = 0;
    std::vector<core::CustomerId> m_ids; // only when fed ids: customer number -> id
    std::vector<Line> m_pending;         // only when fed ids: the current customer's lines
    std::size_t m_settledLines = 0;      // only when fed ids: lines summed and dropped
    /** Only when fed ids: the summaries so far, in blocks for the reason the lines are (below). */
    static constexpr std::size_t kSummariesPerBlock = std::size_t{1} << 17; // 6 MB
    std::vector<std::vector<CustomerSummary>> m_summaryBlocks;
    std::vector<CustomerSummary> m_summaries;
    bool m_finished = false;
    /**
     * Fed keys, the lines in blocks of kLinesPerBlock, the last one growing: a vector doubling to millions of lines
     * would hold its old copy and the new one at once (2.3 million lines: 67 MB written at the last doubling, where the
     * blocks are joined into 37 MB plus about one block resident). finish() joins them into m_lines.
     */
    static constexpr std::size_t kLinesPerBlock = std::size_t{1} << 19; // 8 MB
    std::vector<std::vector<Line>> m_fullBlocks;                        // each of kLinesPerBlock
    std::vector<Line> m_lines;
    std::size_t m_finishedLines = 0; // lines released by finish()
    core::Date m_until;
};

} // namespace rapport::analytics
