#pragma once

#include "analytics/best_kept.h"
#include "analytics/purchase_days.h"
#include "core/churn.h"
#include "core/date.h"
#include "storage/queries.h"

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rapport::analytics {

/** Lost: a churn record says the customer left. Lapsed: nobody recorded it, but the purchases stopped. */
enum class WinBackStatus { Lost, Lapsed };
std::string_view winBackStatusCode(WinBackStatus status); // "lost", "lapsed"

/**
 * What the data suggests made the customer go, checked in this order: a complaint left unanswered, a decision maker
 * or key buyer who left with no contact after, no contact from the firm after the last purchase; else unknown.
 */
enum class SuspectedReason { ComplaintUnanswered, KeyPersonLeft, NoContact, Unknown };
/** "complaint_unanswered", "key_person_left", "no_contact", "unknown". */
std::string_view suspectedReasonCode(SuspectedReason reason);

/** The rules of the win-back list (docs/methodology.md, "Win-back"). */
struct WinBackRules {
    /** Lost or lapsed within this many days before today. */
    int windowDays = 365;
    /** Lapsed: the days since the last purchase exceed this many usual intervals. */
    double lapseFactor = 2.0;
    /** Purchase days needed before a customer's own usual interval is trusted (as for the attention list). */
    int minimumPurchaseDays = 3;
    /** The usual interval of a customer with fewer purchase days than that. */
    int defaultIntervalDays = 90;
    /** A complaint counts as unanswered when no contact followed it within this many days before the loss. */
    int complaintDays = 7;
    /** A key person's departure counts when it came at most this many days before the loss. */
    int departureLookbackDays = 365;
    /**
     * 0 keeps every row; otherwise only the best this many (by value at stake) are kept whole, while the count and
     * the summary still cover every row. The dashboard shows 50 of some 440,000 at a million customers.
     */
    std::size_t keepBest = 0;
};

/** One lost or lapsed customer. Amounts in major units. */
struct WinBackRow {
    core::CustomerId customerId = 0;
    std::string name;
    std::string owner;
    WinBackStatus status = WinBackStatus::Lapsed;
    /** Lost: the day the churn record gives; lapsed: the first day the gap exceeded the factor. */
    core::Date since;
    std::optional<core::Date> lastPurchaseOn;
    double usualIntervalDays = 0; // lapsed: the interval judged by
    bool intervalIsDefault = false;
    /**
     * The value at stake: the margin the customer brought per year while buying (their margin over the years from
     * the first to the last purchase day, at least one year). What is lost if they do not come back; historical,
     * not predicted: a model predicts little for a customer who stopped buying.
     */
    double yearlyMargin = 0;
    double yearlyRevenue = 0;
    /** Lost: the reason recorded (a code of the churn-reason catalogue) and its words. */
    std::string recordedReason;
    std::string recordedDetails;
    SuspectedReason suspected = SuspectedReason::Unknown;
    std::optional<core::Date> complaintOn; // ComplaintUnanswered: the oldest complaint left unanswered
    std::string personName;                // KeyPersonLeft
    std::string personRole;
    std::optional<core::Date> leftOn;
    std::optional<core::Date> lastContactOn; // the firm's last contact up to `since` (empty: none)
    int winBackAttempts = 0;
    core::WinBackOutcome outcome = core::WinBackOutcome::None;
    std::optional<core::ChurnRecordId> churnRecordId;

    /** The reason the by-reason summary counts the row under: the recorded one, else the suspected one. */
    [[nodiscard]] std::string reasonKey() const;
};

/** Where a cost figure came from: the user, the launched campaigns' cost per contact, or nowhere. */
enum class CostSource { Missing, Given, Campaigns };

/** What a win-back attempt and keeping a customer for a year cost, major units. */
struct WinBackCosts {
    std::optional<double> perAttempt;
    CostSource perAttemptSource = CostSource::Missing;
    std::optional<double> keepPerCustomerYear;
    CostSource keepSource = CostSource::Missing;
};

/**
 * The costs the user gave, else the launched campaigns' mean cost per contact (weighted by the treated): win-back
 * offers for an attempt, the other offers for keeping a customer a year (one preventive contact a year). A figure
 * neither gives stays missing.
 */
WinBackCosts winBackCosts(std::span<const storage::CampaignSummary> campaigns, std::optional<double> givenPerAttempt,
                          std::optional<double> givenKeepPerCustomerYear);

/** The customers of one reason and what win-back did with them. */
struct WinBackTally {
    std::string reason;     // a catalogue code (recorded) or a suspected reason's code
    bool suspected = false; // lapsed customers: nobody recorded a reason
    std::int64_t customers = 0;
    std::int64_t attempted = 0; // at least one win-back attempt
    std::int64_t wonBack = 0;
    std::int64_t failed = 0;
    std::int64_t pending = 0;       // attempted, no outcome yet
    std::int64_t attemptsEnded = 0; // attempts on customers won back or failed
    double valueAtStake = 0;
    /** Won back of the customers whose win-back ended (won back or failed); empty when none ended. */
    [[nodiscard]] std::optional<double> winBackRate() const;
    /** The attempts of the ended win-backs at the cost per attempt, per customer won back; empty without either. */
    [[nodiscard]] std::optional<double> costPerWonBack(const WinBackCosts& costs) const;
    /** costPerWonBack over the cost of keeping a customer a year; empty when either is missing. */
    [[nodiscard]] std::optional<double> costRatio(const WinBackCosts& costs) const;
};

/** The seed's benchmark: winning back a lost customer costs 50-100 times more than keeping one (domain.md). */
inline constexpr double kWinBackCostBenchmarkLow = 50;
inline constexpr double kWinBackCostBenchmarkHigh = 100;

struct WinBackSummary {
    std::vector<WinBackTally> byReason; // recorded reasons first, then suspected; most customers first
    WinBackTally total;
    WinBackCosts costs;
};

WinBackSummary summariseWinBack(std::span<const WinBackRow> rows, const WinBackCosts& costs);

/** Counts rows by reason as they come, for WinBackSummary. */
class WinBackTallies {
public:
    void add(const WinBackRow& row);
    [[nodiscard]] WinBackSummary summary(const WinBackCosts& costs) const;

private:
    std::map<std::pair<bool, std::string>, WinBackTally> m_byReason; // suspected?, reason
    WinBackTally m_total;
};

/**
 * Builds the win-back list in one pass over each stream: churn records and departures first (few), then episodes
 * (by customer and date), then customers (by id). It keeps the records, the departures, the customer being read,
 * a compact record of each row until the customer scan names it, and the rows (the best WinBackRules::keepBest).
 */
class WinBackFinder {
public:
    WinBackFinder(WinBackRules rules, core::Date today);
    void addChurnRecords(std::span<const core::ChurnRecord> records);
    void addDepartures(std::span<const storage::DepartedContact> departures);
    void addEpisodes(std::span<const storage::EpisodeFact> episodes);
    void addCustomers(std::span<const storage::CustomerFact> customers);
    /** The rows, the highest value at stake first (then by customer); at most keepBest of them when it is set. */
    std::vector<WinBackRow> finish();
    /** Every row found, kept or not. */
    [[nodiscard]] std::size_t total() const { return m_total; }
    /** The by-reason summary of every row found. */
    [[nodiscard]] WinBackSummary summary(const WinBackCosts& costs) const { return m_tallies.summary(costs); }

private:
    struct Reading {
        core::CustomerId id = 0;
        PurchaseDays purchases;
        std::int64_t revenueMinor = 0, marginMinor = 0;
        std::vector<std::int32_t> outreachDays, complaintDays;
    };
    /**
     * A row before the customer scan names it: its figures, and the churn record and departed person its text
     * comes from (both kept by the finder). About 100 bytes where a WinBackRow with its six strings takes 340;
     * at a million customers some 440,000 wait here.
     */
    struct PendingRow {
        core::CustomerId id = 0;
        WinBackStatus status = WinBackStatus::Lapsed;
        SuspectedReason suspected = SuspectedReason::Unknown;
        bool intervalIsDefault = false;
        core::Date since;
        std::optional<core::Date> lastPurchaseOn;
        std::optional<core::Date> complaintOn;
        std::optional<core::Date> lastContactOn;
        double usualIntervalDays = 0;
        double yearlyMargin = 0;
        double yearlyRevenue = 0;
        const core::ChurnRecord* record = nullptr;        // lost
        const storage::DepartedContact* person = nullptr; // KeyPersonLeft
    };
    void finishCustomer();
    [[nodiscard]] std::optional<PendingRow> evaluate(const Reading& reading) const;
    void suspect(const Reading& reading, PendingRow& row) const;
    void name(const PendingRow& pending, const storage::CustomerFact& customer);

    WinBackRules m_rules;
    core::Date m_today;
    std::unordered_map<core::CustomerId, core::ChurnRecord> m_records; // the latest record of each customer
    std::unordered_map<core::CustomerId, std::vector<storage::DepartedContact>> m_departures; // key persons
    Reading m_reading;
    std::deque<core::CustomerId> m_seen; // customers the episode pass read, in id order, until the customer scan
    bool m_episodesDone = false;
    /** Rows of the episode pass, in id order: a deque grows without copying itself and shrinks as they are named. */
    std::deque<PendingRow> m_pending;
    BestKept<WinBackRow> m_rows; // named: the best keepBest, or all
    std::size_t m_total = 0;
    WinBackTallies m_tallies;
};

} // namespace rapport::analytics
