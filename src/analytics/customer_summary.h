#pragma once

#include "analytics/time_unit.h"
#include "core/date.h"
#include "core/ids.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
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
 * Collects purchase lines in any order (a CSV file, or the repository's purchase stream) and turns them into
 * summaries. Lines are kept compactly (16 bytes each) and sorted once at the end, so two million lines take about
 * 32 MB and well under a second. Customer keys are
 * interned once into one block of text and an open-addressing index, not a string and a map node each; ids are
 * kept in one vector, searched by halves while they come in ascending order (the repository's stream) and through
 * a map only once they do not. The builder keeps the keys or ids after finish(): key() and id() name a summary's
 * customer.
 * Negative amounts are returns: no purchase days of their own; on a day with purchases they are netted into that day
 * (see CustomerSummary). A customer whose first purchase is after the observation end has no summary.
 */
class SummaryBuilder {
public:
    explicit SummaryBuilder(SummaryOptions options = {});

    void add(std::string_view customer, core::Date date, std::int64_t amountMinor);
    /**
     * The same for the repository's stream, keyed by customer id: no string is made or hashed. A builder is fed
     * either keys or ids, not both (std::logic_error).
     */
    void add(core::CustomerId customer, core::Date date, std::int64_t amountMinor);
    /** Lines added, before and after finish(). */
    [[nodiscard]] std::size_t lines() const { return m_finishedLines + m_fullBlocksLines + m_lines.size(); }

    /**
     * The summaries in the order customers first appeared. The observation end used is observationEnd().
     * Call once: the lines are released once the summaries are made; the keys or ids stay to name them.
     * A second call, or a line added after it, throws std::logic_error.
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
    std::uint32_t internId(core::CustomerId customer);
    std::uint32_t appendKey(std::string_view customer);
    [[nodiscard]] std::uint32_t nextNumber() const;
    void refuseAfterFinish() const;
    void addLine(std::uint32_t customer, core::Date date, std::int64_t amountMinor);
    [[nodiscard]] std::string_view key(std::uint32_t number) const;
    void growIndex();

    SummaryOptions m_options;
    std::string m_keyText;              // every customer key, one after the other
    std::vector<std::size_t> m_keyEnds; // where key i ends in m_keyText
    std::vector<std::uint64_t> m_slots; // open addressing: hash high bits << 32 | (customer + 1); 0 is empty
    std::uint32_t m_lastCustomer = 0;
    std::vector<core::CustomerId> m_ids;                           // only when fed ids: customer number -> id
    std::unordered_map<core::CustomerId, std::uint32_t> m_idIndex; // only once the ids came out of order
    core::CustomerId m_lastId = 0;
    bool m_finished = false;
    /**
     * The lines in blocks of kLinesPerBlock, the last one growing: a vector doubling to millions of lines would hold
     * its old copy and the new one at once (2.3 million lines: 67 MB written at the last doubling, where the blocks
     * are joined into 37 MB plus about one block resident). finish() joins them into m_lines.
     */
    static constexpr std::size_t kLinesPerBlock = std::size_t{1} << 19; // 8 MB
    std::vector<std::vector<Line>> m_fullBlocks;
    std::size_t m_fullBlocksLines = 0;
    std::vector<Line> m_lines;
    std::size_t m_finishedLines = 0; // lines released by finish()
    core::Date m_until;
};

} // namespace rapport::analytics
