#pragma once

#include "core/assessment.h"
#include "core/churn.h"
#include "core/contact_person.h"
#include "core/currency.h"
#include "core/customer.h"
#include "core/episode.h"
#include "core/partnership.h"
#include "core/relationship_cost.h"
#include "storage/bulk_writer.h"
#include "storage/queries.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace rapport::storage {

/**
 * Everything Rapport stores, behind an interface that names no database: SQLite implements it for a file
 * on the desktop, PostgreSQL will implement it for a team, and both must pass the same test suite.
 *
 * Writes validate the entity first (core::ValidationError) and report storage problems as StorageError
 * subclasses. One Repository is one connection: use it from one thread at a time.
 */
class Repository {
public:
    virtual ~Repository() = default;
    Repository(const Repository&) = delete;
    Repository& operator=(const Repository&) = delete;

    // --- customers
    virtual core::CustomerId addCustomer(const core::Customer& customer) = 0;
    virtual void updateCustomer(const core::Customer& customer) = 0;
    /** Removes the customer with contact persons, episodes, tasks, costs, churn records and assessments. */
    virtual void removeCustomer(core::CustomerId id) = 0;
    virtual std::optional<core::Customer> customer(core::CustomerId id) = 0;
    virtual std::optional<core::CustomerId> customerByExternalRef(const std::string& externalRef) = 0;
    virtual CustomerPage customerPage(const CustomerPageRequest& request) = 0;
    virtual std::int64_t customerCount(const CustomerFilter& filter) = 0;
    virtual std::optional<CustomerRow> customerRow(core::CustomerId id) = 0;
    /**
     * The customers a filter selects (as customerPage would list them) in id order, whole and with their rows, at
     * most `limit` after the id `after`: an export reads the base a page at a time, in a few statements per page
     * rather than a read per customer.
     */
    virtual CustomerRecordPage customerRecords(const CustomerFilter& filter, std::optional<core::CustomerId> after,
                                               int limit) = 0;
    /** Distinct non-empty values of a field, sorted, at most `limit`: the choices of a filter. */
    virtual std::vector<std::string> customerFieldValues(CustomerField field, int limit) = 0;
    /** Replaces the scores of the given customers in one transaction (an analysis run's conclusions). */
    virtual void storeScores(std::span<const CustomerScore> scores) = 0;
    /**
     * An analysis run's scores and the service levels that follow them (none when no level is defined, one
     * assignment per customer): what storeScores and then storeServiceLevels store, which a backend may write in
     * one pass over the customers, all or nothing. The caller holds the transaction (inOneTransaction) that keeps
     * them together with what else it writes.
     */
    virtual void storeScoresAndLevels(const ScoreBatches& scores, std::span<const ServiceLevelAssignment> assignments,
                                      core::Date asOf) {
        inOneTransaction([&] { // joins the caller's: the batches do not commit one by one
            for (auto batch = scores.next(); !batch.empty(); batch = scores.next()) {
                storeScores(batch);
            }
            if (!assignments.empty()) {
                storeServiceLevels(assignments, asOf);
            }
        });
    }
    /** The same for scores held whole. */
    void storeScoresAndLevels(std::span<const CustomerScore> scores,
                              std::span<const ServiceLevelAssignment> assignments, core::Date asOf) {
        storeScoresAndLevels(ScoreBatches::of(scores), assignments, asOf);
    }

    // --- contact persons
    virtual core::ContactPersonId addContactPerson(const core::ContactPerson& person) = 0;
    virtual void updateContactPerson(const core::ContactPerson& person) = 0;
    virtual void removeContactPerson(core::ContactPersonId id) = 0;
    /** Current and past contact persons of a customer, current ones first. */
    virtual std::vector<core::ContactPerson> contactPersons(core::CustomerId customerId) = 0;

    // --- episodes and follow-ups
    virtual core::EpisodeId addEpisode(const core::Episode& episode) = 0;
    virtual void updateEpisode(const core::Episode& episode) = 0;
    virtual void removeEpisode(core::EpisodeId id) = 0;
    virtual std::optional<core::Episode> episode(core::EpisodeId id) = 0;
    virtual EpisodePage episodes(const EpisodeQuery& query) = 0;
    /** Open follow-ups due by query.until, the latest due first, a page at a time. */
    virtual EpisodePage dueFollowUps(const FollowUpQuery& query) = 0;
    /** Open follow-ups due on `today` and overdue before it. */
    virtual FollowUpCounts countDueFollowUps(core::Date today) = 0;
    virtual core::TaskId addTask(const core::Task& task) = 0;
    virtual void updateTask(const core::Task& task) = 0;
    virtual std::vector<core::Task> tasks(core::CustomerId customerId) = 0;
    virtual void removeTask(core::TaskId id) = 0;
    /** Open tasks across customers due by query.until, oldest due first, a page at a time ("My tasks"). */
    virtual TaskPage openTasks(const TaskQuery& query) = 0;
    /** Open tasks due on `today` and overdue before it, of one owner or everyone's. */
    virtual TaskCounts countOpenTasks(core::Date today, const std::optional<std::string>& owner) = 0;

    /**
     * Every purchase and return ordered by customer, then date, in batches: analytics read the whole base
     * in one pass without holding it in memory. The sink returns false to stop early. Like every scan below, it
     * leaves archived customers out unless `archive` asks for them. A return that cancels a purchase comes with
     * that purchase's date (and in its place in the order). Anonymous sales are nobody's purchases: not here.
     */
    virtual void scanPurchases(const std::function<bool(std::span<const PurchaseRecord>)>& sink,
                               ArchiveFilter archive = ArchiveFilter::Active) = 0;
    /**
     * The latest day of a purchase among the base's most recent episodes (a few thousand), or nothing when none of
     * them is a purchase. Archived customers' purchases and purchases their returns cancel in full do not count. A
     * hint, read in milliseconds, of where the purchases end: an analysis starts its other reads with it while the
     * purchases are read and summed, and checks it against them.
     */
    virtual std::optional<core::Date> recentPurchaseDay() = 0;
    /**
     * Gives back the memory the connection keeps to read faster (SQLite's page cache, up to 16 MiB); later reads
     * fill it again. For a long computation after its last whole-base read. A PostgreSQL connection keeps none.
     */
    virtual void releaseCache() {}

    // --- assessments: dated judgements of the return-on-relationship components no purchase record measures
    virtual core::AssessmentId addAssessment(const core::Assessment& assessment) = 0;
    /** Replaces a stored assessment; throws NotFoundError when there is none. */
    virtual void updateAssessment(const core::Assessment& assessment) = 0;
    /** Removes one assessment; throws NotFoundError when there is none. */
    virtual void removeAssessment(core::AssessmentId id) = 0;
    /** A customer's assessments of every component, newest first (by date, then as entered). */
    virtual std::vector<core::Assessment> assessments(core::CustomerId customerId) = 0;

    // --- partnerships
    virtual core::PartnershipId addPartnership(const core::Partnership& partnership) = 0;
    virtual void updatePartnership(const core::Partnership& partnership) = 0;
    virtual void removePartnership(core::PartnershipId id) = 0;
    virtual std::optional<core::Partnership> partnership(core::PartnershipId id) = 0;
    virtual std::vector<core::Partnership> partnerships() = 0;

    // --- relationship costs and churn
    /** Inserts or replaces the amount of one cost line of one customer and year. */
    virtual void setRelationshipCost(const core::RelationshipCost& cost) = 0;
    virtual std::vector<core::RelationshipCost> relationshipCosts(core::CustomerId customerId) = 0;
    /** Removes one cost line of one customer and year; throws NotFoundError when there is none. */
    virtual void removeRelationshipCost(core::CustomerId customerId, int year, core::CostLine line) = 0;
    virtual std::vector<core::ChurnReason> churnReasons() = 0;
    virtual void addChurnReason(const core::ChurnReason& reason) = 0;
    virtual core::ChurnRecordId addChurnRecord(const core::ChurnRecord& record) = 0;
    virtual void updateChurnRecord(const core::ChurnRecord& record) = 0;
    virtual std::vector<core::ChurnRecord> churnRecords(std::optional<core::CustomerId> customerId) = 0;
    virtual void removeChurnRecord(core::ChurnRecordId id) = 0;

    // --- campaigns and loyalty offers, measured against a control group
    virtual core::CampaignId addCampaign(const core::Campaign& campaign) = 0;
    /** Replaces a stored campaign; throws NotFoundError when there is none. */
    virtual void updateCampaign(const core::Campaign& campaign) = 0;
    /** Removes a campaign and its members (the offer episodes logged at its launch stay); NotFoundError. */
    virtual void removeCampaign(core::CampaignId id) = 0;
    virtual std::optional<core::Campaign> campaign(core::CampaignId id) = 0;
    /** Every campaign, the latest launched first (drafts before them), with its groups' sizes. */
    virtual std::vector<CampaignSummary> campaigns() = 0;
    /** The customers a filter selects (as customerPage would list them), in id order, in batches. */
    virtual void scanCampaignCandidates(const CustomerFilter& filter,
                                        const std::function<bool(std::span<const CampaignCandidateRow>)>& sink) = 0;
    /** Writes a campaign's members (treated and control); the caller holds the transaction (inOneTransaction). */
    virtual void storeCampaignMembers(core::CampaignId id, std::span<const core::CampaignMember> members) = 0;
    /** A campaign's members in customer id order. */
    virtual std::vector<core::CampaignMember> campaignMembers(core::CampaignId id) = 0;
    /** Each member's purchases, revenue and margin with dates from `from` to `to` inclusive, by customer id. */
    virtual std::vector<CampaignMemberOutcome> campaignOutcomes(core::CampaignId id, core::Date from,
                                                                core::Date to) = 0;
    /** The treated members who still consent to marketing, with their first e-mail and phone, by customer id. */
    virtual std::vector<CampaignContact> campaignContacts(core::CampaignId id) = 0;

    // --- service levels: rules over the analysis, the level each customer holds, and its history
    virtual core::ServiceLevelId addServiceLevel(const core::ServiceLevel& level) = 0;
    /** Replaces a stored level; throws NotFoundError when there is none. */
    virtual void updateServiceLevel(const core::ServiceLevel& level) = 0;
    /** Removes a level: its customers have none until the next analysis run; their history keeps its name. */
    virtual void removeServiceLevel(core::ServiceLevelId id) = 0;
    virtual std::optional<core::ServiceLevel> serviceLevel(core::ServiceLevelId id) = 0;
    /** Every level in rank order, with how many customers in use hold it. */
    virtual std::vector<ServiceLevelSummary> serviceLevels() = 0;
    /**
     * Gives customers the levels an analysis run assigned, in one transaction; where a customer's level changes,
     * a history row dated `asOf` records it (a second change on one day replaces that day's row).
     */
    virtual void storeServiceLevels(std::span<const ServiceLevelAssignment> assignments, core::Date asOf) = 0;
    /** The customers in use who hold a level, with it, in batches (attention intervals, breakdowns by level). */
    virtual void
    scanServiceLevelAssignments(const std::function<bool(std::span<const ServiceLevelAssignment>)>& sink) = 0;
    /** A customer's level history, oldest first. */
    virtual std::vector<core::ServiceLevelChange> serviceLevelHistory(core::CustomerId customerId) = 0;
    /** Every history row, by customer then day, in batches (a copy takes it along). */
    virtual void
    scanServiceLevelHistory(const std::function<bool(std::span<const core::ServiceLevelChange>)>& sink) = 0;
    /** Writes history rows as they are (a copy's) and sets each customer's level to their latest row's. */
    virtual void restoreServiceLevelHistory(std::span<const core::ServiceLevelChange> changes) = 0;

    // --- the relationship ladder: a stage set by hand wins over the rules
    virtual void setLadderOverride(const core::LadderOverride& override) = 0;
    virtual void clearLadderOverride(core::CustomerId customerId) = 0;
    virtual std::optional<core::LadderOverride> ladderOverride(core::CustomerId customerId) = 0;

    // --- streaming reads for analytics: the whole base in one pass, in batches, never all in memory
    // Archived customers are hidden from analyses: each scan leaves them (and their rows) out unless asked.
    /** Every customer ordered by id. */
    virtual void scanCustomerFacts(const std::function<bool(std::span<const CustomerFact>)>& sink,
                                   ArchiveFilter archive = ArchiveFilter::Active) = 0;
    /**
     * Every episode of the customers in `customers` (all by default) ordered by customer, date and id (the analysis's
     * profiles rely on a customer's coming together).
     */
    virtual void scanEpisodeFacts(const std::function<bool(std::span<const EpisodeFact>)>& sink,
                                  ArchiveFilter archive = ArchiveFilter::Active, CustomerIdRange customers = {}) = 0;
    /** The scores of the last analysis run, ordered by customer id; customers it did not score are left out. */
    virtual void scanCustomerScores(const std::function<bool(std::span<const CustomerScore>)>& sink,
                                    ArchiveFilter archive = ArchiveFilter::Active) = 0;
    /** Every contact person who left (activeTo set), ordered by customer, the day they left and id. */
    virtual void scanDepartedContacts(const std::function<bool(std::span<const DepartedContact>)>& sink,
                                      ArchiveFilter archive = ArchiveFilter::Active) = 0;
    /** Every cost entry ordered by customer, year and line. */
    virtual void scanRelationshipCosts(const std::function<bool(std::span<const core::RelationshipCost>)>& sink,
                                       ArchiveFilter archive = ArchiveFilter::Active) = 0;

    /**
     * Every customer ordered by id with what the base knows of them (CustomerKnowledge): the customer-knowledge
     * audit and the analyses by dimension read the whole base through it in one pass. `today` decides which contact
     * persons are active.
     */
    virtual void scanCustomerKnowledge(const std::function<bool(std::span<const CustomerKnowledge>)>& sink,
                                       core::Date today, ArchiveFilter archive = ArchiveFilter::Active) = 0;

    // --- bulk work and maintenance
    // Duplicates and data-subject requests.
    /** Groups of customers sharing one e-mail or phone, largest first, at most `limit` groups. */
    virtual std::vector<SharedContact> sharedContacts(int limit) = 0;
    /**
     * Merges `merged` into `kept` in one transaction: every episode, contact person, task, cost entry, churn
     * record, assessment and partnership link moves over; e-mails, phones, tags and consents are joined; blank fields
     * of `kept` take `merged`'s values; then `merged` is removed and the merge recorded. Throws NotFoundError.
     */
    virtual CustomerEvent mergeCustomers(core::CustomerId kept, core::CustomerId merged, const std::string& by) = 0;
    /**
     * Erases a customer's personal data everywhere and records that it happened: name, address, e-mails,
     * phones, tags, notes, external reference, income and household, contact persons and free-text notes of
     * episodes, tasks, churn records and assessments. Episodes keep their dates, kinds and amounts, so the base's
     * totals and analyses stay right while nothing identifies the person. Throws NotFoundError.
     */
    virtual CustomerEvent erasePersonalData(core::CustomerId id, const std::string& by) = 0;
    /** Records that a customer's personal data was handed out (a data-subject request): when and by whom. */
    virtual CustomerEvent recordPersonalDataExport(core::CustomerId id, const std::string& by) = 0;
    /** The merges, erasures and exports recorded for a customer (kept or erased), or all of them. */
    virtual std::vector<CustomerEvent> customerEvents(std::optional<core::CustomerId> customerId) = 0;

    // --- the database's currency: a property of the base, beside the minor units every amount is kept in
    /**
     * The currency every amount of this database is in; nothing when none was set (a database made before
     * Rapport kept one): amounts are then shown as plain numbers.
     */
    virtual std::optional<core::Currency> currency() = 0;
    /**
     * Sets the database's currency (nothing clears it), in one transaction. Every amount is relabelled, none is
     * converted. `expected` is the currency the caller read before deciding: when another program changed it
     * meanwhile, ConflictError and nothing changes. A team database lets only its admins change it
     * (PermissionError, enforced by the database itself) and records the change in its audit trail, table
     * "rapport_meta", field "currency"; a desktop file has no audit trail and writes it to the log.
     */
    virtual void setCurrency(const std::optional<core::Currency>& expected,
                             const std::optional<core::Currency>& currency) = 0;

    // --- working together (a team database; a desktop file answers as the only user)
    /**
     * What others changed since the last call, without waiting: the app refreshes what it shows. A desktop file
     * reports a change made by another program on the same file, without saying what.
     */
    virtual std::vector<ChangeNotice> takeChanges() = 0;
    /** Who is signed in to a team database, with which role; empty for a desktop file. */
    virtual std::optional<TeamSession> teamSession() = 0;
    /**
     * Who changed what and when, newest first, as the database recorded it. Team databases only (their admins);
     * a desktop file throws StorageError, as it keeps only the merge, erasure and export events.
     */
    virtual std::vector<AuditEntry> auditTrail(const AuditQuery& query) = 0;

    /**
     * Runs work(), which calls this repository's reads and writes, as one transaction: every write in it lands,
     * or (when it throws) none does and the exception goes on. An edit that changes several rows (a customer and
     * the episode that records why) uses it so that a failure half-way leaves the database as it was. Calls
     * may nest; only the outermost commits. Bulk writers, scans and backups do not belong inside.
     */
    virtual void inOneTransaction(const std::function<void()>& work) = 0;
    virtual std::unique_ptr<BulkWriter> beginBulk(const BulkOptions& options) = 0;
    virtual DatabaseCounts counts() = 0;
    /** The sales without a real customer, summed (all zero and no dates when there are none). */
    virtual AnonymousSalesTotals anonymousSalesTotals() = 0;
    /** Every anonymous sale in id order, in batches (a copy of the base takes them along). */
    virtual void scanAnonymousSales(const std::function<bool(std::span<const core::AnonymousSale>)>& sink) = 0;
    virtual CheckReport check(CheckDepth depth) = 0;
    CheckReport check() { return check(CheckDepth::Quick); }
    /**
     * The language whose alphabet orders names in this database ("pl", "sv", "ru", "uk", "en", ...; "root" for
     * Unicode's order without a language's own rules): a property of the database, chosen when it was created
     * (OpenOptions::collation), the same for everyone who opens it. Lists by name, partnerships by partner name.
     */
    virtual std::string collation() = 0;
    /**
     * Makes `language` the database's collation and recomputes the sort key of every stored name with it, in one
     * transaction, writing only the rows whose key changes (a million customers: 10-20 s). Throws
     * core::ValidationError for a language ICU does not know (see normalizeCollationLanguage), PermissionError on a
     * team database for anyone but an admin.
     */
    virtual void setCollation(const std::string& language) = 0;
    /** The schema version of the database as opened (cheap: no check runs). */
    [[nodiscard]] virtual int schemaVersion() const = 0;
    /** True when this open created the database (a new file, or a team schema set up now). */
    [[nodiscard]] virtual bool wasCreated() const = 0;
    /** A consistent copy of the whole database to a new file, while others keep working. */
    virtual void backupTo(const std::string& path) = 0;
    /**
     * Replaces everything in this database with the contents of a backup file made by backupTo(), in one step
     * through the database itself, so that other programs with the file open see an ordinary change and no
     * journal left beside the file can bring back what the backup does not hold. The backup must have this
     * program's schema. A team database refuses: its administrator restores with migrate --from FILE.
     */
    virtual void restoreFrom(const std::string& backupPath) = 0;
    /** Where the data lives, for people: a file path or a connection string without password. */
    virtual std::string location() const = 0;
    /** The copy of the file kept when this open upgraded it from an older Rapport; empty when it did not. */
    [[nodiscard]] virtual std::string upgradeBackup() const { return {}; }

protected:
    Repository() = default;
};

/** What opening a file of an older schema is doing: the copy kept beside it, then the upgrade itself. */
enum class UpgradeStep { BackingUp, Migrating };

/**
 * Hears how far the upgrade of an older file has got: while backing up, the pages copied of all the file's pages;
 * then once as the migration begins, 0 of 0 (no measure). Returning false stops the open: the copy is removed and
 * the file is left as it was (CancelledError); once the migration has begun nothing asks any more. Called on the
 * opening thread.
 */
using UpgradeProgress = std::function<bool(UpgradeStep step, std::int64_t done, std::int64_t total)>;

struct OpenOptions {
    bool createIfMissing = true;
    /**
     * Inspection only: the file is opened read-only, never created, migrated or checkpointed, so a read or a
     * check leaves it byte for byte as it was (a team database ignores this: its roles decide).
     */
    bool readOnly = false;
    /** With readOnly: an older schema opens as it is, for check and backup, instead of being refused. */
    bool acceptOlderSchema = false;
    /**
     * Caps the database file: a write past it fails as a full disk would (tests use it to fill the "disk"
     * mid-import; a team could use it as a quota). Empty: no cap beyond the disk.
     */
    std::optional<std::int64_t> maxSizeBytes;
    /**
     * The currency of a database this open creates (an existing one keeps its own). Nothing: none is set, and
     * amounts show as plain numbers until someone chooses one.
     */
    std::optional<core::Currency> currency;
    /** How long a write waits for another program's write to finish before it fails (BusyError). */
    std::chrono::milliseconds busyLimit{5000};
    /**
     * The collation language of a database this open creates (or upgrades from a schema without one): a language
     * code such as "pl" or "sv" (Repository::collation). Empty: the process locale's language
     * (defaultCollationLanguage()). An existing database keeps its own; setCollation changes it.
     */
    std::string collation;
    /** Told how an upgrade of an older file goes (a file of the current schema says nothing); see UpgradeProgress. */
    UpgradeProgress upgradeProgress;
};

/** Opens (creating or migrating as needed) the database at a path. */
std::unique_ptr<Repository> openRepository(const std::string& location, const OpenOptions& options = {});

} // namespace rapport::storage
