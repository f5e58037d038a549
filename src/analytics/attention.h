#pragma once

#include "analytics/best_kept.h"
#include "analytics/purchase_days.h"
#include "core/date.h"
#include "core/episode.h"
#include "storage/repository.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rapport::analytics {

/**
 * Why a customer needs attention now. The seeds' commonest cause of loss is lack of attention and interest
 * from the firm (65-70 % of lost customers), so each reason is a way of noticing it before the customer goes.
 */
enum class AttentionReason : std::uint8_t { NotContacted, PurchaseOverdue, DecisionMakerLeft, ComplaintUnanswered };

/** "not_contacted", "purchase_overdue", "decision_maker_left", "complaint_unanswered". */
std::string_view attentionReasonCode(AttentionReason reason);

/** The episodes in which the firm reaches out to the customer: what "contact" means for attention and answers. */
constexpr bool isOutreach(core::EpisodeKind kind) {
    using K = core::EpisodeKind;
    return kind == K::Call || kind == K::Meeting || kind == K::Email || kind == K::Offer || kind == K::Service;
}

/**
 * Whether the last analysis counts a customer as valuable enough for preventive contact: the four groups of high
 * purchase cost (1 and 3, seed table 7.2: loyalty programmes and preventive contact go to the valuable groups), or
 * a ladder stage from supporter up (people glad to be associated with the firm, who recommend it or work with it).
 */
bool isValuable(const storage::CustomerScore& score);

/** The rules of the attention list (docs/methodology.md, "Attention alerts"); every threshold is exceeded, not met. */
struct AttentionRules {
    /** Days without contact after which a valuable customer needs it, when contactIntervalFor gives none. */
    int contactIntervalDays = 60;
    /**
     * The preventive-contact interval of one customer, in days (0: not watched). Empty: valuable customers
     * (isValuable) get contactIntervalDays, others none. Service levels replace this with their level's interval.
     */
    std::function<int(const storage::CustomerScore&)> contactIntervalFor;
    /** A purchase is overdue when the days since the last purchase day exceed this many usual intervals. */
    double overdueFactor = 1.5;
    /** Purchase days needed before a customer's usual interval (median gap between purchase days) is trusted. */
    int minimumPurchaseDays = 3;
    /** Silent for longer than this, a buyer is churn's business (lapsed, win-back), not an overdue purchase. */
    int overdueLookbackDays = 365;
    /** A complaint without an answer for more than this many days needs attention. */
    int complaintDays = 7;
    /** A decision maker or key buyer who left within this many days, with no contact since, needs attention. */
    int departureLookbackDays = 365;
    /** Only this owner's customers; empty: everyone's. */
    std::string owner;
    /**
     * Keep only the best this many alerts (0: all); total() still counts all. A list that shows fifty need not hold
     * a million named alerts (220 MB at a million customers).
     */
    std::size_t keepBest = 0;
};

/** Whether a contact person's role is one whose departure the seeds name as a churn cause (purchasing, owner). */
bool isKeyRole(std::string_view role);

/** One customer needing attention for one reason, with the figures behind it. */
struct AttentionAlert {
    core::CustomerId customerId = 0;
    std::string name;
    std::string owner;
    AttentionReason reason = AttentionReason::NotContacted;
    /** Predicted value of the last analysis when there is one, else the historical net revenue; major units. */
    double valueAtStake = 0;
    bool valueIsPredicted = false;
    /** Days since the event the reason counts from: the last contact, purchase, departure or complaint. */
    std::int32_t days = 0;
    /** NotContacted: the last contact (empty: never; counted from the first episode or acquisition). */
    std::optional<core::Date> lastContactOn;
    std::int32_t intervalDays = 0; // NotContacted: the customer's contact interval
    // PurchaseOverdue
    std::optional<core::Date> lastPurchaseOn;
    double usualIntervalDays = 0;
    double factor = 0;
    // DecisionMakerLeft
    std::string personName;
    std::string personRole;
    bool decisionMaker = false;
    std::optional<core::Date> leftOn;
    // ComplaintUnanswered: the oldest complaint still waiting, and how many wait
    std::optional<core::Date> complaintOn;
    std::int32_t complaintsWaiting = 0;
};

/**
 * Builds the attention list in one pass over each stream: scores, then departures, then episodes (by customer
 * and date), then customers (by id). It keeps one compact entry per scored customer and the alerts, nothing else.
 */
class AttentionFinder {
public:
    AttentionFinder(AttentionRules rules, core::Date today);
    void addScores(std::span<const storage::CustomerScore> scores);
    void addDepartures(std::span<const storage::DepartedContact> departures);
    void addEpisodes(std::span<const storage::EpisodeFact> episodes);
    void addCustomers(std::span<const storage::CustomerFact> customers);
    /** The alerts, the highest value at stake first (then by customer and reason); the best keepBest of them. */
    std::vector<AttentionAlert> finish();
    /** How many alerts there were in all, also those not kept. */
    [[nodiscard]] std::size_t total() const { return m_total; }

private:
    struct ScoreEntry {
        core::CustomerId id = 0;
        std::int64_t predictedMinor = 0;
        std::int32_t intervalDays = 0; // preventive contact; 0: not watched
        bool hasPrediction = false;
        bool lost = false;
    };
    /** What the episode pass keeps of the customer it is reading. */
    struct Reading {
        core::CustomerId id = 0;
        std::optional<core::Date> firstEpisode, lastOutreach;
        PurchaseDays purchases;
        std::int64_t revenueMinor = 0;
        std::optional<core::Date> oldestWaitingComplaint;
        std::int32_t complaintsWaiting = 0;
    };
    /**
     * An alert before the customer scan names it: its figures; the departed person's words stay in m_departures.
     * 40 bytes where an AttentionAlert with its four strings, held in a map by customer, took some 220: at a
     * million customers some 540,000 alerts wait here.
     */
    struct PendingAlert {
        core::CustomerId id = 0;
        double valueAtStake = 0;
        double usualIntervalDays = 0; // PurchaseOverdue
        std::int32_t days = 0;
        /** The day the reason counts from: last contact (hasEventDay false: never), purchase, departure, complaint. */
        core::Date eventDay;
        /** NotContacted: the contact interval; ComplaintUnanswered: the complaints waiting. */
        std::int32_t count = 0;
        AttentionReason reason = AttentionReason::NotContacted;
        bool valueIsPredicted = false;
        bool hasEventDay = false;
    };
    static_assert(sizeof(PendingAlert) <= 40, "an alert waits compact: half a million of them may wait");
    void finishCustomer();
    /**
     * Appends the alerts of one customer to `out`, from what was read of them (no episodes: `reading` is empty but
     * for the id).
     */
    template <typename Alerts>
    void evaluate(const Reading& reading, std::optional<core::Date> acquiredOn, Alerts& out) const;
    /** Counts an alert of a customer the customer scan gave, and keeps it named when it is among the best. */
    void name(const PendingAlert& pending, const storage::CustomerFact& customer);
    [[nodiscard]] const ScoreEntry* score(core::CustomerId id) const;

    AttentionRules m_rules;
    core::Date m_today;
    std::vector<ScoreEntry> m_scores;                                            // by id
    std::unordered_map<core::CustomerId, storage::DepartedContact> m_departures; // the latest key person who left
    Reading m_reading;
    std::deque<core::CustomerId> m_seen; // customers the episode pass read, in id order, until the customer scan
    bool m_episodesDone = false;
    /** Alerts of the episode pass, in id order: a deque grows without copying itself and shrinks as they are named. */
    std::deque<PendingAlert> m_pending;
    std::vector<PendingAlert> m_unread; // the alerts of a customer without episodes, named at once
    BestKept<AttentionAlert> m_named;   // the best keepBest, or all
    std::size_t m_total = 0;
};

class ReadingStop;

/** The finder's first read, the stored scores (value at stake, lost customers); scanBaseInto gives it the rest. */
void addStoredScores(storage::Repository& repository, AttentionFinder& finder, ReadingStop& stop);

} // namespace rapport::analytics
