#pragma once

#include "storage/bulk_writer.h"
#include "storage/sqlite/transaction.h"

#include <set>

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
    void commit() override;

private:
    Database& m_db;
    BulkOptions m_options;
    Transaction m_transaction;
    long long m_firstNewCustomer = 1;
    // Customers that existed before this batch and whose search row or totals the batch changed.
    std::set<long long> m_touchedExisting;
    long long m_previousCacheSize = 0;
    bool m_committed = false;
};

} // namespace rapport::storage::sqlite
