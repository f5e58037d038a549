#pragma once

#include "core/campaign.h"
#include "core/channel.h"
#include "core/churn.h"
#include "core/customer.h"
#include "core/date.h"
#include "core/episode.h"
#include "core/ids.h"
#include "core/ladder.h"
#include "core/money.h"
#include "core/service_level.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace rapport::storage {

/** The columns a customer list can be sorted by; each has an index so that any page is a range scan. */
enum class CustomerSort {
    Name,
    Kind,
    Segment,
    Owner,
    AcquiredOn,
    LastContact,
    Revenue,
    Margin,
    Purchases,
    Id,
    PredictedValue,   // score of the last analysis run; customers without one come first ascending
    ProbabilityAlive, // likewise
    ServiceLevel,     // likewise; groups the customers by level (in the order the levels were defined), those
                      // without one after them ascending
};
enum class SortOrder { Ascending, Descending };

/** One line of a customer list: the customer's key fields and the running totals kept beside it. */
struct CustomerRow {
    core::CustomerId id = 0;
    std::string displayName;
    core::CustomerKind kind = core::CustomerKind::Person;
    core::Market market = core::Market::B2C;
    std::string segment;
    std::string owner;
    std::string city;
    std::string email; // the first one
    std::string phone; // the first one
    std::optional<core::Date> acquiredOn;
    std::optional<core::Date> lastContactOn;
    core::Money revenue; // net revenue of all purchases and returns
    core::Money margin;
    std::int64_t purchases = 0;
    std::int64_t episodes = 0;
    // Scores of the last analysis run; empty before one, or for customers it did not see.
    std::optional<core::LadderStage> stage;
    std::optional<int> fourGroup; // 1..4, 0 when the customer did not buy in the window
    std::optional<core::ChurnStatus> churnStatus;
    std::optional<double> probabilityAlive;
    std::optional<core::Money> predictedValue;
    std::optional<core::Date> archivedOn;             // set for an archived customer (lists show them only when asked)
    std::optional<core::ServiceLevelId> serviceLevel; // as the last analysis run gave it
    bool operator==(const CustomerRow&) const = default;
};

/** What one analysis run concluded about one customer, kept beside the customer for lists and filters. */
struct CustomerScore {
    core::CustomerId id = 0;
    core::LadderStage stage = core::LadderStage::Prospect;
    int fourGroup = 0;
    std::optional<core::ChurnStatus> churnStatus; // buyers only
    std::optional<double> probabilityAlive;       // when a model was fitted
    std::optional<core::Money> predictedValue;
};

/**
 * An analysis run's scores given a batch at a time, in ascending id order, for storing: a million of them would
 * take 56 MB held whole, beside the analysis they come from. `count` is how many come in all (the store decides by
 * it how the score indexes are kept up).
 */
struct ScoreBatches {
    std::size_t count = 0;
    /**
     * The next batch; empty once all were given. A batch stays valid until the next call. Read once, through one
     * object: whether a copy shares the position is the maker's business.
     */
    std::function<std::span<const CustomerScore>()> next = [] { return std::span<const CustomerScore>(); };

    /** Scores held whole, as one batch. */
    static ScoreBatches of(std::span<const CustomerScore> scores) {
        return {scores.size(), [scores, given = false]() mutable {
                    return std::exchange(given, true) ? std::span<const CustomerScore>() : scores;
                }};
    }
};

/** A customer filter's service level meaning "customers without a level". */
inline constexpr core::ServiceLevelId kNoServiceLevel = 0;

/** The service level an analysis run gives a customer (empty: none of the levels' rules takes them). */
struct ServiceLevelAssignment {
    core::CustomerId customerId = 0;
    std::optional<core::ServiceLevelId> levelId;
};

/** Fields whose distinct values fill the filter lists. */
enum class CustomerField { Segment, Owner, Tag };

/**
 * Where a page ends, so the next one can start after it: the sort value and the id of the last row.
 * Keyset paging makes page 10,000 as fast as page 1, which OFFSET cannot.
 */
struct CustomerCursor {
    std::variant<std::monostate, std::int64_t, std::string> value; // monostate: the row's value was empty
    core::CustomerId id = 0;
    bool operator==(const CustomerCursor&) const = default;
};

/**
 * Which customers a list, a count or an analysis takes by whether they are archived: those in use (the default,
 * so archived customers stay out of sight unless asked for), only the archived ones, or all.
 */
enum class ArchiveFilter { Active, Archived, All };

/**
 * Customers by id from `first`, up to but not including `end`; an `end` of the largest id has no end. The default
 * takes every customer. Lets an analysis read the base in runs of customers, on more than one connection.
 */
struct CustomerIdRange {
    static constexpr core::CustomerId kNoEnd = std::numeric_limits<core::CustomerId>::max();
    core::CustomerId first = std::numeric_limits<core::CustomerId>::min();
    core::CustomerId end = kNoEnd;
    [[nodiscard]] bool all() const { return first == std::numeric_limits<core::CustomerId>::min() && end == kNoEnd; }
};

struct CustomerFilter {
    std::string search; // words; each must prefix-match a name, e-mail, phone, tag or contact person
    std::optional<std::string> segment;
    std::optional<std::string> owner;
    std::optional<core::CustomerKind> kind;
    std::optional<core::Market> market;
    std::optional<std::string> tag;
    std::optional<core::LadderStage> stage;           // as scored by the last analysis run
    std::optional<int> fourGroup;                     // likewise
    std::optional<core::ChurnStatus> churnStatus;     // likewise
    std::optional<core::ServiceLevelId> serviceLevel; // likewise; kNoServiceLevel: customers without one
    ArchiveFilter archive = ArchiveFilter::Active;
    /** True when nothing but the search words (and the default choice of customers in use) narrows the list. */
    [[nodiscard]] bool onlySearch() const {
        return !segment && !owner && !kind && !market && !tag && !stage && !fourGroup && !churnStatus &&
               !serviceLevel && archive == ArchiveFilter::Active;
    }
    bool operator==(const CustomerFilter&) const = default;
};

struct CustomerPageRequest {
    CustomerFilter filter;
    CustomerSort sort = CustomerSort::Name;
    SortOrder order = SortOrder::Ascending;
    std::optional<CustomerCursor> after;
    int limit = 100;
};

struct CustomerPage {
    std::vector<CustomerRow> rows;
    std::optional<CustomerCursor> next; // empty on the last page
};

/** A whole customer with the list row kept beside it (running totals, scores): what an export writes. */
struct CustomerRecord {
    core::Customer customer;
    CustomerRow row;
};

struct CustomerRecordPage {
    std::vector<CustomerRecord> records;
    std::optional<core::CustomerId> next; // the last id of this page when another follows; empty on the last page
};

struct EpisodeQuery {
    std::optional<core::CustomerId> customerId;
    std::optional<core::Date> from; // inclusive
    std::optional<core::Date> to;   // inclusive
    std::optional<core::EpisodeKind> kind;
    std::optional<core::Channel> channel;
    bool criticalOnly = false;
    /** Newest first; continue after (occurredOn, id) of the last row of the previous page. */
    std::optional<std::pair<core::Date, core::EpisodeId>> after;
    int limit = 1000;
};

struct EpisodePage {
    std::vector<core::Episode> rows;
    std::vector<std::string> customerNames; // beside rows
    std::optional<std::pair<core::Date, core::EpisodeId>> next;
};

/** Open follow-ups due by a day, the latest due first: that day's, then the most recently overdue. */
struct FollowUpQuery {
    core::Date until;
    int limit = 50;
    /** Continue after (followUpOn, id) of the last row of the previous page (EpisodePage::next). */
    std::optional<std::pair<core::Date, core::EpisodeId>> after;
};

/** Open tasks across customers: a sales manager's own, or everyone's, due by a day, oldest due first. */
struct TaskQuery {
    std::optional<std::string> owner;                         // empty: everyone's
    core::Date until;                                         // due on or before this day
    std::optional<std::pair<core::Date, core::TaskId>> after; // the last row of the previous page
    int limit = 50;
};

struct TaskRow {
    core::Task task;
    std::string customerName;
    std::string city; // tells namesakes apart
};

struct TaskPage {
    std::vector<TaskRow> rows;
    std::optional<std::pair<core::Date, core::TaskId>> next; // empty on the last page
};

/** How many open follow-ups are due on a day and how many are overdue before it: what a cut list leaves out. */
struct FollowUpCounts {
    std::int64_t dueToday = 0;
    std::int64_t overdue = 0;
    [[nodiscard]] std::int64_t total() const { return dueToday + overdue; }
};
using TaskCounts = FollowUpCounts; // the same question about tasks

/**
 * One purchase or return as analytics read it. A return that cancels a purchase (core::Episode::cancels) comes
 * with the date of that purchase, so that analytics net it into the purchase's day.
 */
struct PurchaseRecord {
    core::CustomerId customerId = 0;
    core::Date date;
    std::int64_t revenueMinor = 0;
    std::int64_t marginMinor = 0;
    bool isReturn = false;
};

/** One episode as analytics read it: what happened, when, and its money, in 40 bytes. */
struct EpisodeFact {
    core::CustomerId customerId = 0;
    core::Date date;
    core::EpisodeKind kind = core::EpisodeKind::Other;
    std::int64_t revenueMinor = 0;
    std::int64_t marginMinor = 0;
    std::int8_t satisfaction = kNoSatisfaction; // -2..+2
    bool critical = false;
    bool followUpOpen = false; // a follow-up is set and not done
    /** A return that cancels a purchase comes dated on that purchase's day (as scanPurchases gives it). */
    bool cancelsPurchase = false;
    static constexpr std::int8_t kNoSatisfaction = -128;
};

/** What analytics need of a customer besides the episodes. */
struct CustomerFact {
    core::CustomerId id = 0;
    std::string displayName;
    std::string owner;
    core::CustomerKind kind = core::CustomerKind::Person;
    std::optional<core::Date> acquiredOn;
    std::optional<core::LadderStage> ladderOverride; // set by hand, wins over the rules
    std::string externalRef;                         // the id in the system it was imported from, if any
};

/**
 * A customer a campaign's filter selects, with what the launch needs to decide on them: the scores its control group
 * may be stratified by, the last episode (to leave out the recently contacted) and the marketing consent.
 */
struct CampaignCandidateRow {
    core::CustomerId id = 0;
    std::optional<int> fourGroup;
    std::optional<core::LadderStage> stage;
    std::optional<core::ChurnStatus> churnStatus;
    std::optional<core::Date> lastContactOn;
    bool marketingConsent = false; // the latest marketing consent record says yes
    std::optional<core::ServiceLevelId> serviceLevel;
};

/** A service level with how many customers (in use) hold it now. */
struct ServiceLevelSummary {
    core::ServiceLevel level;
    std::int64_t customers = 0;
};

/** A campaign with the sizes of its two groups (both 0 for a draft). */
struct CampaignSummary {
    core::Campaign campaign;
    std::int64_t treated = 0;
    std::int64_t control = 0;
};

/** What one member of a launched campaign bought in a window of days. */
struct CampaignMemberOutcome {
    core::CustomerId customerId = 0;
    bool control = false;
    int stratum = 0;
    std::int64_t purchases = 0;    // purchase episodes in the window
    std::int64_t revenueMinor = 0; // net of returns in the window
    std::int64_t marginMinor = 0;
};

/** A treated customer as a mail merge or calling list needs them, with their consent to marketing still in force. */
struct CampaignContact {
    core::CustomerId customerId = 0;
    std::string displayName;
    std::string owner;
    std::string email; // the customer's first; empty when none
    std::string phone;
};

/**
 * A contact person who left a customer (an end date of their activity is set): the seeds name a change of
 * purchasing manager or owner as a churn cause, so the attention list reads these.
 */
struct DepartedContact {
    core::CustomerId customerId = 0;
    core::ContactPersonId id = 0;
    std::string name;
    std::string role;
    bool decisionMaker = false;
    core::Date leftOn;
};

/**
 * What the base knows of one customer, for the customer-knowledge audit and the analyses by dimension: the
 * profile fields, the running totals and last scores kept on the customer row, and whether the records that
 * answer the audit's questions exist (each an existence test, so a customer's row stays small).
 */
struct CustomerKnowledge {
    core::CustomerId id = 0;
    std::string displayName;
    core::CustomerKind kind = core::CustomerKind::Person;
    std::string segment;
    std::string region;
    std::string owner;
    std::optional<core::Channel> acquisitionChannel;
    std::int64_t acquisitionCostMinor = 0;
    std::optional<core::IncomeBand> incomeBand;
    std::optional<int> householdSize;
    int tagCount = 0;
    std::int64_t revenueMinor = 0; // running totals of the customer row
    std::int64_t marginMinor = 0;
    std::int64_t purchaseCount = 0;
    std::optional<int> scoreGroup; // the last analysis run's scores; empty before one
    std::optional<core::ChurnStatus> scoreChurn;
    std::optional<std::int64_t> predictedValueMinor;
    bool purchaseWithMargin = false;     // a purchase records a non-zero margin
    bool ratedEpisode = false;           // an episode carries a satisfaction rating
    bool activeContactPerson = false;    // a contact person active on the day asked
    bool activeDecisionMaker = false;    // ... of them one is marked decision maker
    bool alternativesAssessed = false;   // an assessment of "alternatives known to the customer"
    bool perceivedValueAssessed = false; // an assessment of perceived value or perceived service quality
    bool competitorPartnership = false;  // a partnership record names this customer as a competitor
    bool relationshipCosts = false;      // a cost entry of any year
    std::string serviceLevel;            // the name of the level the last analysis run gave; empty: none
};

/** Customers (not their contact persons) that give the same e-mail address or phone number. */
struct SharedContact {
    std::string kind;       // "email" or "phone"
    std::string normalized; // lower-case address or phone digits
    std::vector<core::CustomerId> customers;
};

/** A merge of two customers or an erasure of one's personal data, as recorded. */
struct CustomerEvent {
    std::int64_t id = 0;
    std::string kind;                                // "merge" or "erasure"
    core::CustomerId customerId = 0;                 // the customer kept, or the one erased
    std::optional<core::CustomerId> otherCustomerId; // the customer merged into it
    std::int64_t happenedAtUnixSeconds = 0;
    std::string doneBy;
    std::string details; // what moved or what was erased, in words
};

/** Something another user (or program) changed: the app re-reads what it shows of it. */
struct ChangeNotice {
    std::string table;                         // "customer", "episode", ...; "*" when not known
    std::vector<core::CustomerId> customerIds; // the customers concerned; empty when many or not known
    std::string by;                            // who, when known
};

/** The signed-in user of a team database. */
struct TeamSession {
    std::string login;
    std::string role;      // "admin", "manager" or "analyst"; "superuser" for the database's own administrator
    std::string ownerName; // how the customers they own name them in the owner field
};

struct AuditQuery {
    std::optional<core::CustomerId> customerId;
    int limit = 200;
};

/** One change as the database's triggers recorded it. */
struct AuditEntry {
    std::int64_t id = 0;
    std::int64_t atUnixSeconds = 0;
    std::string by;     // the login that made the change
    std::string table;  // "customer", "episode", ...
    std::string action; // "insert", "update", "delete", or an event: "export", "erasure", "merge"
    std::optional<std::int64_t> rowId;
    std::optional<core::CustomerId> customerId;
    /** Each changed field with its old and new value, as text; inserts have only new values, deletes old ones. */
    struct Change {
        std::string field;
        std::optional<std::string> before;
        std::optional<std::string> after;
    };
    std::vector<Change> changes;
};

/** Every row of each kind, archived customers and what belongs to them included. */
struct DatabaseCounts {
    std::int64_t customers = 0;
    std::int64_t archivedCustomers = 0; // among customers
    std::int64_t contactPersons = 0;
    std::int64_t episodes = 0;
    std::int64_t purchases = 0;
    std::int64_t tasks = 0;
    std::int64_t partnerships = 0;
    std::int64_t churnRecords = 0;
    std::int64_t costEntries = 0;
    std::int64_t assessments = 0;
    std::int64_t anonymousSales = 0; // sales without a real customer: not among the customers' episodes
    std::int64_t campaigns = 0;
    std::int64_t campaignMembers = 0;
    std::int64_t serviceLevels = 0;
    std::int64_t serviceLevelChanges = 0;
};

/** The sales without a real customer (core::AnonymousSale), summed: they count in revenue, not as customers. */
struct AnonymousSalesTotals {
    std::int64_t sales = 0;
    std::int64_t revenueMinor = 0; // net: cancelled anonymous sales are negative
    std::int64_t marginMinor = 0;  // sales without a margin count as 0
    std::optional<core::Date> first, last;
    bool operator==(const AnonymousSalesTotals&) const = default;
};

/**
 * How deep a health check reads the file. Quick reads every page and record and checks NOT NULL and CHECK rules, but
 * neither UNIQUE nor that each index holds exactly its table's rows (SQLite's quick_check); Full checks those too
 * (integrity_check), which a damaged index needs to be found. On the million-customer demo base the whole check
 * took 13.2 s quick and 39.1 s full.
 */
enum class CheckDepth { Quick, Full };

/** The result of a health check; ok() when nothing is wrong. */
struct CheckReport {
    int schemaVersion = 0;
    int expectedSchemaVersion = 0;
    std::vector<std::string> integrityProblems;
    std::vector<std::string> foreignKeyProblems;
    std::vector<std::string> consistencyProblems; // running totals that disagree with the episodes
    /** What was not checked and why, or what else the user should know (a journal beside the file). */
    std::vector<std::string> notes;
    [[nodiscard]] bool ok() const {
        // An older schema is no fault: the first program that writes upgrades it (after a backup).
        return schemaVersion <= expectedSchemaVersion && integrityProblems.empty() && foreignKeyProblems.empty() &&
               consistencyProblems.empty();
    }
};

} // namespace rapport::storage
