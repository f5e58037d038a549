#pragma once

#include "core/anonymous_sale.h"
#include "core/assessment.h"
#include "core/churn.h"
#include "core/contact_person.h"
#include "core/customer.h"
#include "core/episode.h"
#include "core/partnership.h"
#include "core/relationship_cost.h"
#include "storage/queries.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
    /** Few per customer: added after the customer it names has been written (a copy adds them at the end). */
    virtual core::AssessmentId addAssessment(const core::Assessment& assessment) = 0;
    /** Copies a recorded merge, erasure or export as it is (copying a base keeps its history). */
    virtual void addCustomerEvent(const CustomerEvent& event) = 0;
    /** A sale without a real customer: counted in the base's revenue totals, never as anyone's purchase. */
    virtual void addAnonymousSale(const core::AnonymousSale& sale) = 0;

    // Updates and reads inside the batch: reads see what this writer wrote, so an import matches a row
    // against the base and against the file's own earlier rows alike.
    virtual void updateCustomer(const core::Customer& customer) = 0;
    virtual void updateContactPerson(const core::ContactPerson& person) = 0;
    virtual std::optional<core::Customer> customer(core::CustomerId id) = 0;
    virtual std::optional<core::CustomerId> customerByExternalRef(const std::string& externalRef) = 0;
    /** The customer (lowest id) with this e-mail address, compared without regard to case. */
    virtual std::optional<core::CustomerId> customerByEmail(std::string_view email) = 0;
    /** The customer (lowest id) with this phone number, compared by its digits. */
    virtual std::optional<core::CustomerId> customerByPhone(std::string_view phone) = 0;
    virtual std::vector<core::ContactPerson> contactPersons(core::CustomerId customerId) = 0;
    /** True when the customer has episodes stored before this batch began (re-imports check those). */
    virtual bool hasEarlierEpisodes(core::CustomerId customerId) = 0;
    /**
     * How many episodes stored before this batch equal this one in customer, date, kind, channel, revenue,
     * margin, reference, line count and whether it cancels a purchase: an import counts them to recognise rows
     * it brought in before.
     */
    virtual std::int64_t countEarlierEpisodesLike(const core::Episode& episode) = 0;
    /**
     * How many anonymous sales stored before this batch equal this one in date, revenue, margin and reference:
     * an import counts them to recognise sales it brought in before.
     */
    virtual std::int64_t countEarlierAnonymousSalesLike(const core::AnonymousSale& sale) = 0;
    /**
     * This customer's purchase episode (kind purchase) with this reference, stored before or within this batch,
     * the lowest id when there are several; empty for an empty reference. An import links a cancellation to the
     * purchase it cancels with it.
     */
    virtual std::optional<core::EpisodeId> purchaseByReference(core::CustomerId customerId,
                                                               std::string_view reference) = 0;

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
    /**
     * With deferIndexes: new episodes (id 0) go into the table ordered by customer and date within blocks of rows,
     * which makes the customer-order indexes cheap to build at commit. addEpisode's ids are then provisional: they
     * serve only as a later episode's `cancels` in the same writer, never as the id a row is stored under.
     * Episodes with ids given are refused. A row the table refuses (an unknown customer) fails a later call or the
     * commit, and the load can then only be rolled back.
     */
    bool episodesInCustomerOrder = false;
    /** Rows per block ordered by customer; 0 for the writer's own choice. Tests take small blocks to cross several. */
    std::size_t customerOrderBlockRows = 0;
};

} // namespace rapport::storage
