#pragma once

#include "storage/bulk_writer.h"
#include "storage/postgres/pg_session.h"

#include <memory>
#include <set>
#include <unordered_set>
#include <vector>

namespace rapport::storage::postgres {

/**
 * The bulk path of a team database: one transaction; customers and the rest row by row (their ids are needed at
 * once), episodes gathered and sent with COPY, 50,000 at a time, with ids drawn from the sequence in blocks.
 * Totals and the audit trail follow per COPY statement (statement-level triggers), search documents at commit.
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
    void commit() override;

private:
    /** Runs f on the open transaction, translating database errors as the repository does. */
    template <typename F> auto guarded(F&& f);
    void flushEpisodes();
    core::EpisodeId nextEpisodeId();

    Session& m_session;
    std::unique_ptr<pqxx::work> m_work;
    std::vector<core::Episode> m_episodes;   // waiting for the next COPY
    std::vector<core::EpisodeId> m_idPool;   // drawn from the sequence, handed out from the back
    core::EpisodeId m_firstBatchEpisode = 0; // episodes with a lower id were there before this batch
    std::vector<core::CustomerId> m_searchToRefresh;
    // Rows a gathered episode may refer to, known to exist: COPY would find a missing one only at the flush,
    // long after the row that named it, so each is checked once, when first named.
    std::unordered_set<core::CustomerId> m_knownCustomers;
    std::unordered_set<core::ContactPersonId> m_knownPeople;
    void requireExisting(std::unordered_set<std::int64_t>& known, std::int64_t id, const char* table, const char* what);
    bool m_explicitIds = false; // rows kept ids of another base: the sequences must move past them at commit
    bool m_committed = false;
};

} // namespace rapport::storage::postgres
