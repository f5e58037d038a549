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
 * = mean total of the repeat purchase days (the first day excluded), 0 when x = 0.
 */
struct CustomerSummary {
    std::string customer; // the key as the source gives it (a customer id, or the CSV's customer column)
    core::Date firstPurchase;
    core::Date lastPurchase;
    std::int64_t purchaseDays = 0;
    double frequency = 0;
    double recency = 0;
    double T = 0;
    double monetary = 0;           // major units (e.g. dollars)
    std::int64_t revenueMinor = 0; // purchases minus returns, up to the observation end
    std::int64_t marginMinor = 0;
    std::int64_t returnLines = 0;
    std::int64_t returnsMinor = 0; // the refunds, as a negative amount
};

struct SummaryOptions {
    TimeUnit unit = TimeUnit::Week;
    /** Observation end; lines after it are left out. Default: the last purchase day of the whole input. */
    std::optional<core::Date> until;
};

/**
 * Collects purchase lines in any order (a CSV file, or the repository's purchase stream) and turns them into
 * summaries. Lines are kept compactly (16 bytes each; a margin, where there is one, 16 more beside them) and
 * sorted once at the end, so two million lines take about 32 MB and well under a second. Customer keys are
 * interned once into one block of text and an open-addressing index, not a string and a map node each.
 * Negative amounts are returns: they reduce revenue but are not purchase days; on a day with purchases they
 * are netted into that day (see CustomerSummary). A customer whose first purchase is after the observation
 * end has no summary.
 */
class SummaryBuilder {
public:
    explicit SummaryBuilder(SummaryOptions options = {});

    void add(std::string_view customer, core::Date date, std::int64_t amountMinor, std::int64_t marginMinor = 0);
    /**
     * The same for the repository's stream, keyed by customer id (the summary's key is the id in decimal): no
     * string is made or hashed per line, only once per customer. A builder is fed either keys or ids, not both.
     */
    void add(core::CustomerId customer, core::Date date, std::int64_t amountMinor, std::int64_t marginMinor = 0);
    /** Lines added, before and after finish(). */
    [[nodiscard]] std::size_t lines() const { return m_finishedLines + m_lines.size(); }

    /**
     * The summaries in the order customers first appeared. The observation end used is observationEnd().
     * Call once: the lines and keys are released as the summaries are made, so they never take memory twice.
     * A second call, or a line added after it, throws std::logic_error.
     */
    std::vector<CustomerSummary> finish();
    [[nodiscard]] core::Date observationEnd() const { return m_until; }

private:
    struct Line {
        std::uint32_t customer;
        std::int32_t day;
        std::int64_t amountMinor;
    };
    /** Margins are rare in files and only ever summed per customer: kept apart, only where non-zero. */
    struct Margin {
        std::uint32_t customer;
        std::int32_t day;
        std::int64_t marginMinor;
    };

    std::uint32_t intern(std::string_view customer);
    std::uint32_t appendKey(std::string_view customer);
    void addLine(std::uint32_t customer, core::Date date, std::int64_t amountMinor, std::int64_t marginMinor);
    [[nodiscard]] std::string_view key(std::uint32_t customer) const;
    void growIndex();

    SummaryOptions m_options;
    std::string m_keyText;              // every customer key, one after the other
    std::vector<std::size_t> m_keyEnds; // where key i ends in m_keyText
    std::vector<std::uint64_t> m_slots; // open addressing: hash high bits << 32 | (customer + 1); 0 is empty
    std::uint32_t m_lastCustomer = 0;
    std::unordered_map<core::CustomerId, std::uint32_t> m_idIndex; // only when fed ids
    core::CustomerId m_lastId = 0;
    bool m_finished = false;
    std::vector<Line> m_lines;
    std::vector<Margin> m_margins;
    std::size_t m_finishedLines = 0; // lines released by finish()
    core::Date m_until;
};

} // namespace rapport::analytics
