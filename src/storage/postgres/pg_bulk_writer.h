#pragma once

#include "storage/bulk_writer.h"
#include "storage/postgres/pg_session.h"

#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace rapport::storage {
class NameCollation;
}

namespace rapport::storage::postgres {

/**
 * The bulk path of a team database: one transaction; rows gathered in memory with ids drawn from the sequences in
 * blocks, and sent with COPY, 50,000 customers or episodes at a time, parents before children. The episodes wait in a
 * staging table and go into `episode` in one statement at commit, so the totals trigger rewrites each customer once;
 * the audit trail follows each statement (statement-level triggers), search documents come at commit. Reads look at the
 * gathered rows as well as the database, so an import matches a row against the file's earlier rows without a flush.
 */
class PgBulkWriter final : public BulkWriter {
public:
    PgBulkWriter(Session& session, const BulkOptions& options);
    ~PgBulkWriter() override;

    core::CustomerId addCustomer(const core::Customer& customer) override;
    core::ContactPersonId addContactPerson(const core::ContactPerson& person) override;
    core::EpisodeId addEpisode(const core::Episode& episode) override;
    core::TaskId addTask(const core::Task& task) override;
    void addRelationshipCost(const core::RelationshipCost& cost) override;
    core::ChurnRecordId addChurnRecord(const core::ChurnRecord& record) override;
    core::PartnershipId addPartnership(const core::Partnership& partnership) override;
    core::AssessmentId addAssessment(const core::Assessment& assessment) override;
    void addCustomerEvent(const CustomerEvent& event) override;
    void updateCustomer(const core::Customer& customer) override;
    void updateContactPerson(const core::ContactPerson& person) override;
    std::optional<core::Customer> customer(core::CustomerId id) override;
    std::optional<core::CustomerId> customerByExternalRef(const std::string& externalRef) override;
    std::optional<core::CustomerId> customerByEmail(std::string_view email) override;
    std::optional<core::CustomerId> customerByPhone(std::string_view phone) override;
    std::vector<core::ContactPerson> contactPersons(core::CustomerId customerId) override;
    bool hasEarlierEpisodes(core::CustomerId customerId) override;
    std::int64_t countEarlierEpisodesLike(const core::Episode& episode) override;
    void addAnonymousSale(const core::AnonymousSale& sale) override;
    std::int64_t countEarlierAnonymousSalesLike(const core::AnonymousSale& sale) override;
    std::optional<core::EpisodeId> purchaseByReference(core::CustomerId customerId,
                                                       std::string_view reference) override;
    void commit() override;

private:
    class TableCopy; // a COPY into a team table, through a staging table where row-level security applies
    /** Ids drawn from one sequence in blocks of 10,000: one round trip instead of one per row. */
    class IdPool {
    public:
        explicit IdPool(std::string sequence)
            : m_sequence(std::move(sequence)) {}
        std::int64_t next(pqxx::transaction_base& work);

    private:
        std::string m_sequence;
        std::vector<std::int64_t> m_ids; // handed out from the back
    };

    /** Runs f on the open transaction, translating database errors as the repository does. */
    template <typename F> auto guarded(F&& f);
    /** The id a gathered row gets: its own when it has one (a copy), else the next of the pool. */
    std::int64_t assignId(IdPool& pool, std::int64_t given);
    /** Sends every gathered row to the database, parents first. */
    void flush();
    void flushCustomersAndPeople();
    void flushEpisodes(); // into the staging table: they move into episode in one statement at commit
    void moveStagedEpisodes();
    void remember(const core::Customer& customer);
    void requireExisting(std::unordered_set<std::int64_t>& known, std::int64_t id, const char* table, const char* what);

    Session& m_session;
    std::unique_ptr<pqxx::work> m_work;
    std::shared_ptr<const NameCollation> m_collation; // the database's, for every name of the batch
    IdPool m_customerIds{"rapport.customer_id_seq"};
    IdPool m_personIds{"rapport.contact_person_id_seq"};
    IdPool m_episodeIds{"rapport.episode_id_seq"};
    IdPool m_taskIds{"rapport.task_id_seq"};
    IdPool m_churnIds{"rapport.churn_record_id_seq"};
    IdPool m_anonymousIds{"rapport.anonymous_sale_id_seq"};

    std::vector<core::Customer> m_customers; // gathered, ids assigned
    std::unordered_map<core::CustomerId, std::size_t> m_customerAt;
    std::vector<core::ContactPerson> m_people;
    std::unordered_map<core::ContactPersonId, std::size_t> m_personAt;
    std::unordered_map<core::CustomerId, std::vector<std::size_t>> m_peopleOf;
    std::vector<core::Episode> m_episodes;
    std::vector<core::Task> m_tasks;
    std::vector<core::AnonymousSale> m_anonymousSales;
    // This batch's purchases: their customers (to check what a return cancels without a round trip) and those with
    // a reference by (customer, reference), lowest id. Kept past the flushes: the batch is one transaction.
    std::unordered_map<core::EpisodeId, core::CustomerId> m_batchPurchases;
    std::map<std::pair<core::CustomerId, std::string>, core::EpisodeId> m_batchReferences;
    std::unordered_set<core::CustomerId> m_batchCustomers; // customers new in this batch: nothing earlier to ask for
    /**
     * (return, cancelled purchase) pairs: episodes go out with no cancelled purchase and get it at commit, when
     * every purchase is there whatever order the rows came in (a copy of a base sends the newest first).
     */
    std::vector<std::pair<core::EpisodeId, core::EpisodeId>> m_cancellations;
    std::vector<core::ChurnRecord> m_churnRecords;
    std::map<std::tuple<core::CustomerId, int, int>, core::RelationshipCost> m_costs; // later entries replace
    // Customers by what an import matches on, stored and gathered alike (the lowest id wins, as in the database):
    // loaded once, on the first lookup, so that a million rows are not a million round trips.
    std::unordered_map<std::string, core::CustomerId> m_byRef, m_byEmail, m_byPhone;
    bool m_lookupsLoaded = false;
    void loadLookups();
    std::unordered_set<core::CustomerId> m_withEarlierEpisodes;
    bool m_earlierLoaded = false;
    void loadEarlierEpisodes();
    bool m_customerIdsLoaded = false;

    core::EpisodeId m_firstBatchEpisode = 0;             // episodes with a lower id were there before this batch
    core::AnonymousSaleId m_firstBatchAnonymousSale = 0; // likewise for anonymous sales
    std::vector<core::CustomerId> m_searchToRefresh;
    // Rows a gathered row may refer to, known to exist: COPY would find a missing one only at the flush, long
    // after the row that named it, so each is checked once, when first named.
    std::unordered_set<core::CustomerId> m_knownCustomers;
    std::unordered_set<core::ContactPersonId> m_knownPeople;
    bool m_explicitIds = false; // rows kept ids of another base: the sequences must move past them at commit
    bool m_staged = false;      // row-level security applies to this user: COPY through staging tables
    bool m_episodesStaged = false;
    std::size_t m_rowsSent = 0;
    bool m_committed = false;
};

} // namespace rapport::storage::postgres
