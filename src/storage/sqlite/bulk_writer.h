#pragma once

#include "core/dense_id_map.h"
#include "storage/bulk_writer.h"
#include "storage/sqlite/customer_ordered_episodes.h"
#include "storage/sqlite/transaction.h"

#include <limits>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

namespace rapport::storage::sqlite {

class Database;

/**
 * The bulk path: one IMMEDIATE transaction, statements prepared once and reused, and the work that
 * costs most per row (search index, running totals, random-order indexes) done once at commit.
 */
class SqliteBulkWriter final : public BulkWriter {
public:
    SqliteBulkWriter(Database& db, const BulkOptions& options);
    ~SqliteBulkWriter() override;

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
    /**
     * CHECK constraints off for the load and back on when the writer goes: every row passes core::validate
     * first, which checks the same and more. Until schema v12 SQLite's IN-list CHECKs built a temporary b-tree for
     * every row (about half of a load's time); as comparisons (check_lists.h) they still cost about 0.1 s per list
     * per million rows. Foreign keys stay checked: a caller may pass any customer id.
     */
    class RowChecksOff {
    public:
        explicit RowChecksOff(Database& db);
        ~RowChecksOff();
        RowChecksOff(const RowChecksOff&) = delete;
        RowChecksOff& operator=(const RowChecksOff&) = delete;

    private:
        Database& m_db;
    };

    Database& m_db;
    BulkOptions m_options;
    RowChecksOff m_rowChecksOff; // before m_transaction: constructed before it begins, destroyed after it ends
    Transaction m_transaction;
    long long m_firstNewCustomer = 1;
    long long m_lowestNewCustomer = std::numeric_limits<long long>::max(); // the lowest id added: score rows from it
    long long m_firstNewEpisode = 1;
    long long m_firstNewAnonymousSale = 1;
    /**
     * A deferred load drops the index by reference: purchases by (customer, reference) are kept here instead,
     * this batch's as they come and the earlier ones read once, on the first look-up. Lowest id per key.
     */
    struct ReferenceKey {
        core::CustomerId customerId;
        std::string reference;
        bool operator==(const ReferenceKey&) const = default;
    };
    struct ReferenceHash {
        std::size_t operator()(const ReferenceKey& key) const {
            return std::hash<std::string>{}(key.reference) ^ (std::hash<core::CustomerId>{}(key.customerId) << 1);
        }
    };
    std::unordered_map<ReferenceKey, core::EpisodeId, ReferenceHash> m_purchasesByReference;
    bool m_earlierReferencesLoaded = false;
    // Customers that existed before this batch and whose search row or totals the batch changed.
    std::set<long long> m_touchedExisting;
    /** A deferred load's per-customer totals, summed as episodes come: cheaper than one grouped pass at the end. */
    struct Totals {
        std::int64_t episodes = 0;
        std::int64_t purchases = 0;
        std::int64_t revenueMinor = 0;
        std::int64_t marginMinor = 0;
        std::int32_t lastOn = std::numeric_limits<std::int32_t>::min();
    };
    core::DenseIdMap<Totals> m_totals; // by customer, in a vector where the ids are dense
    bool m_sumTotals = false;          // a deferred load into a base without episodes: the sums are the totals
    void writeTotals();
    /** The check of a return's purchase when new episodes wait in customer order (the purchase may be waiting). */
    void requireCancellableInLoad(const core::Episode& episode) const;
    std::optional<CustomerOrderedEpisodes> m_customerOrdered; // BulkOptions::episodesInCustomerOrder
    long long m_previousCacheSize = 0;
    bool m_committed = false;
};

} // namespace rapport::storage::sqlite
