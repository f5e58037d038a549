#pragma once

#include "core/churn.h"
#include "core/contact_person.h"
#include "core/customer.h"
#include "core/episode.h"
#include "core/partnership.h"
#include "core/relationship_cost.h"

namespace rapport::storage {

/**
 * Writes many rows in one transaction with reused statements: imports and demo data.
 *
 * Nothing is visible to others until commit(); destroying the writer without commit() rolls everything
 * back, so a failure or a cancel leaves the database exactly as it was. Every entity is validated.
 */
class BulkWriter {
public:
    virtual ~BulkWriter() = default;
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    virtual core::CustomerId addCustomer(const core::Customer& customer) = 0;
    virtual core::ContactPersonId addContactPerson(const core::ContactPerson& person) = 0;
    virtual core::EpisodeId addEpisode(const core::Episode& episode) = 0;
    virtual core::TaskId addTask(const core::Task& task) = 0;
    virtual void addRelationshipCost(const core::RelationshipCost& cost) = 0;
    virtual core::ChurnRecordId addChurnRecord(const core::ChurnRecord& record) = 0;
    virtual core::PartnershipId addPartnership(const core::Partnership& partnership) = 0;

    /** Rebuilds what was deferred (indexes, running totals) and makes everything durable at once. */
    virtual void commit() = 0;

protected:
    BulkWriter() = default;
};

struct BulkOptions {
    /**
     * Drop secondary indexes while loading and rebuild them at commit. Pays off from about a million rows;
     * for small batches it costs more than it saves.
     */
    bool deferIndexes = false;
};

} // namespace rapport::storage
