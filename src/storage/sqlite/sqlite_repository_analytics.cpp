// SqliteRepository: ladder overrides and the streaming reads analytics make over the whole base.
#include "storage/errors.h"
#include "storage/purchase_batcher.h"
#include "storage/sqlite/codes.h"
#include "storage/sqlite/customer_paging.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/schema.h"
#include "storage/sqlite/sqlite_repository.h"
#include "storage/sqlite/transaction.h"

#include <vector>

namespace rapport::storage::sqlite {

namespace {

constexpr std::size_t kBatch = 16'384;

/** Steps a statement, turning each row into a record, and hands them to the sink in batches. */
template <typename Record, typename Read>
void streamRows(Statement& select, const std::function<bool(std::span<const Record>)>& sink, Read read,
                ArchivedCustomers skipped = ArchivedCustomers()) {
    std::vector<Record> batch;
    batch.reserve(kBatch);
    while (select.step()) {
        if (skipped.contains(select.int64(0))) { // column 0: the customer
            continue;
        }
        batch.push_back(read(select));
        if (batch.size() == kBatch) {
            if (!sink(batch)) {
                return;
            }
            batch.clear();
        }
    }
    if (!batch.empty()) {
        sink(batch);
    }
}

} // namespace

void SqliteRepository::setLadderOverride(const core::LadderOverride& override) {
    core::validate(override);
    inTransaction(*m_db, [&] {
        auto& exists = m_db->cached("SELECT 1 FROM customer WHERE id = ?1");
        exists.bind(1, override.customerId);
        const bool found = exists.step();
        exists.reset();
        requireFound(found, "customer", override.customerId);
        auto& upsert = m_db->cached(
            "INSERT INTO ladder_override (customer_id, stage, reason, set_on, set_by) VALUES (?1, ?2, ?3, ?4, ?5) "
            "ON CONFLICT (customer_id) DO UPDATE SET stage = excluded.stage, reason = excluded.reason, "
            "set_on = excluded.set_on, set_by = excluded.set_by");
        upsert.bind(1, override.customerId)
            .bind(2, core::toCode(override.stage))
            .bind(3, override.reason)
            .bind(4, static_cast<std::int64_t>(override.setOn.days()))
            .bind(5, override.setBy)
            .run();
        upsert.reset();
    });
}

void SqliteRepository::clearLadderOverride(core::CustomerId customerId) {
    auto& remove = m_db->cached("DELETE FROM ladder_override WHERE customer_id = ?1");
    remove.bind(1, customerId).run();
    remove.reset();
}

std::optional<core::LadderOverride> SqliteRepository::ladderOverride(core::CustomerId customerId) {
    auto& select = m_db->cached("SELECT stage, reason, set_on, set_by FROM ladder_override WHERE customer_id = ?1");
    select.bind(1, customerId);
    std::optional<core::LadderOverride> result;
    if (select.step()) {
        result = core::LadderOverride{customerId, enumColumn<core::LadderStage>(select, 0, "ladder_override.stage"),
                                      select.text(1), dateColumn(select, 2), select.text(3)};
    }
    select.reset();
    return result;
}

void SqliteRepository::scanCustomerFacts(const std::function<bool(std::span<const CustomerFact>)>& sink,
                                         ArchiveFilter archive) {
    const char* archived = archive == ArchiveFilter::Active     ? " WHERE c.archived_on IS NULL"
                           : archive == ArchiveFilter::Archived ? " WHERE c.archived_on IS NOT NULL"
                                                                : "";
    auto select = m_db->prepare(
        std::string("SELECT c.id, c.display_name, c.owner, c.kind, c.acquired_on, o.stage, "
                    "c.external_ref FROM customer c LEFT JOIN ladder_override o ON o.customer_id = c.id") +
        archived + " ORDER BY c.id");
    streamRows<CustomerFact>(select, sink, [](const Statement& row) {
        return CustomerFact{row.int64(0),
                            row.text(1),
                            row.text(2),
                            enumColumn<core::CustomerKind>(row, 3, "customer.kind"),
                            optionalDateColumn(row, 4),
                            optionalEnumColumn<core::LadderStage>(row, 5, "ladder_override.stage"),
                            row.text(6)};
    });
}

void SqliteRepository::scanEpisodeFacts(const std::function<bool(std::span<const EpisodeFact>)>& sink,
                                        ArchiveFilter archive, CustomerIdRange customers) {
    auto select = m_db->prepare(
        "SELECT customer_id, occurred_on, kind, coalesce(revenue, 0), coalesce(margin, 0), satisfaction, critical, "
        "follow_up_on IS NOT NULL AND follow_up_done = 0, id "
        "FROM episode INDEXED BY episode_by_customer WHERE customer_id >= ?1 AND customer_id <= ?2" +
        archiveCondition(archive, "customer_id") + " ORDER BY customer_id, occurred_on, id");
    select.bind(1, customers.first)
        .bind(2, customers.end == CustomerIdRange::kNoEnd ? customers.end : customers.end - 1);
    // Only a return looks further, by primary key, for the purchase it may cancel: returns are few.
    auto& cancelled = m_db->cached("SELECT p.occurred_on FROM episode r JOIN episode p ON p.id = r.cancels_episode_id "
                                   "WHERE r.id = ?1");
    auto skipped = archivedCustomers(*m_db, archive);
    EpisodeFactBatcher batcher(sink);
    while (select.step()) {
        if (skipped.contains(select.int64(0))) {
            continue;
        }
        EpisodeFact fact;
        fact.customerId = select.int64(0);
        fact.date = dateColumn(select, 1);
        fact.kind = enumColumn<core::EpisodeKind>(select, 2, "episode.kind");
        fact.revenueMinor = select.int64(3);
        fact.marginMinor = select.int64(4);
        if (!select.isNull(5)) {
            fact.satisfaction = static_cast<std::int8_t>(select.int64(5));
        }
        fact.critical = select.int64(6) != 0;
        fact.followUpOpen = select.int64(7) != 0;
        if (fact.kind == core::EpisodeKind::Return) {
            cancelled.bind(1, select.int64(8));
            if (cancelled.step()) {
                fact.date = dateColumn(cancelled, 0);
                fact.cancelsPurchase = true;
            }
            cancelled.reset();
        }
        if (!batcher.add(fact, fact.cancelsPurchase)) {
            return;
        }
    }
    batcher.finish();
}

void SqliteRepository::scanCustomerScores(const std::function<bool(std::span<const CustomerScore>)>& sink,
                                          ArchiveFilter archive) {
    // The score rows alone, in id order: the archived (few) are a list of ids, not a read of each customer's row.
    auto select = m_db->prepare("SELECT customer_id, score_stage, score_group, score_churn, score_alive_ppm, "
                                "score_value FROM customer_score WHERE score_stage IS NOT NULL" +
                                archiveCondition(archive, "customer_id") + " ORDER BY customer_id");
    streamRows<CustomerScore>(
        select, sink,
        [](const Statement& row) {
            CustomerScore score;
            score.id = row.int64(0);
            score.stage = enumColumn<core::LadderStage>(row, 1, "customer_score.score_stage");
            score.fourGroup = row.isNull(2) ? 0 : static_cast<int>(row.int64(2));
            score.churnStatus = optionalEnumColumn<core::ChurnStatus>(row, 3, "customer_score.score_churn");
            if (!row.isNull(4)) {
                score.probabilityAlive = static_cast<double>(row.int64(4)) / kPartsPerMillion;
            }
            if (!row.isNull(5)) {
                score.predictedValue = core::Money::fromMinor(row.int64(5));
            }
            return score;
        },
        archivedCustomers(*m_db, archive));
}

void SqliteRepository::scanDepartedContacts(const std::function<bool(std::span<const DepartedContact>)>& sink,
                                            ArchiveFilter archive) {
    // Few people leave: the scan walks the contact persons by customer and keeps those with an end date.
    auto select = m_db->prepare("SELECT customer_id, id, name, role, decision_maker, active_to FROM contact_person "
                                "WHERE active_to IS NOT NULL" +
                                archiveCondition(archive, "customer_id") + " ORDER BY customer_id, active_to, id");
    streamRows<DepartedContact>(
        select, sink,
        [](const Statement& row) {
            return DepartedContact{row.int64(0), row.int64(1),      row.text(2),
                                   row.text(3),  row.int64(4) != 0, dateColumn(row, 5)};
        },
        archivedCustomers(*m_db, archive));
}

void SqliteRepository::scanRelationshipCosts(const std::function<bool(std::span<const core::RelationshipCost>)>& sink,
                                             ArchiveFilter archive) {
    auto select = m_db->prepare("SELECT customer_id, year, line, amount FROM relationship_cost WHERE 1" +
                                archiveCondition(archive, "customer_id") + " ORDER BY customer_id, year, line");
    streamRows<core::RelationshipCost>(
        select, sink,
        [](const Statement& row) {
            return core::RelationshipCost{row.int64(0), row.int32(1),
                                          enumColumn<core::CostLine>(row, 2, "relationship_cost.line"),
                                          core::Money::fromMinor(row.int64(3))};
        },
        archivedCustomers(*m_db, archive));
}

void SqliteRepository::scanCustomerKnowledge(const std::function<bool(std::span<const CustomerKnowledge>)>& sink,
                                             core::Date today, ArchiveFilter archive) {
    const char* archived = archive == ArchiveFilter::Active     ? " WHERE c.archived_on IS NULL"
                           : archive == ArchiveFilter::Archived ? " WHERE c.archived_on IS NOT NULL"
                                                                : "";
    // Each EXISTS stops at the first row found, walking the customer's part of an index (the margin test the
    // covering purchase index, which it names by repeating that index's condition).
    auto select = m_db->prepare(
        std::string(
            "SELECT c.id, c.display_name, c.kind, c.segment, c.region, c.owner, c.acquisition_channel, "
            "c.acquisition_cost, c.income_band, c.household_size, "
            "(SELECT count(*) FROM customer_tag t WHERE t.customer_id = c.id), "
            "c.revenue_total, c.margin_total, c.purchase_count, sc.score_group, sc.score_churn, sc.score_value, "
            "EXISTS (SELECT 1 FROM episode e WHERE e.customer_id = c.id AND e.kind IN ('purchase', 'return') "
            "AND e.kind = 'purchase' AND e.margin <> 0), "
            "EXISTS (SELECT 1 FROM episode e WHERE e.customer_id = c.id AND e.satisfaction IS NOT NULL), "
            "EXISTS (SELECT 1 FROM contact_person p WHERE p.customer_id = c.id "
            "AND (p.active_from IS NULL OR p.active_from <= ?1) AND (p.active_to IS NULL OR p.active_to >= ?1)), "
            "EXISTS (SELECT 1 FROM contact_person p WHERE p.customer_id = c.id AND p.decision_maker = 1 "
            "AND (p.active_from IS NULL OR p.active_from <= ?1) AND (p.active_to IS NULL OR p.active_to >= ?1)), "
            "EXISTS (SELECT 1 FROM assessment a WHERE a.customer_id = c.id AND a.component = 'alternatives_known'), "
            "EXISTS (SELECT 1 FROM assessment a WHERE a.customer_id = c.id "
            "AND a.component IN ('perceived_value', 'perceived_quality')), "
            "EXISTS (SELECT 1 FROM partnership s WHERE s.partner_customer_id = c.id AND s.direction = 'competitor'), "
            "EXISTS (SELECT 1 FROM relationship_cost r WHERE r.customer_id = c.id), "
            "coalesce((SELECT l.name FROM service_level l WHERE l.id = sc.score_level), '') "
            "FROM customer c CROSS JOIN customer_score sc ON sc.customer_id = c.id") +
        archived + " ORDER BY c.id");
    select.bind(1, static_cast<std::int64_t>(today.days()));
    streamRows<CustomerKnowledge>(select, sink, [](const Statement& row) {
        CustomerKnowledge k;
        k.id = row.int64(0);
        k.displayName = row.text(1);
        k.kind = enumColumn<core::CustomerKind>(row, 2, "customer.kind");
        k.segment = row.text(3);
        k.region = row.text(4);
        k.owner = row.text(5);
        k.acquisitionChannel = optionalEnumColumn<core::Channel>(row, 6, "customer.acquisition_channel");
        k.acquisitionCostMinor = row.int64(7);
        k.incomeBand = optionalEnumColumn<core::IncomeBand>(row, 8, "customer.income_band");
        if (!row.isNull(9)) {
            k.householdSize = row.int32(9);
        }
        k.tagCount = row.int32(10);
        k.revenueMinor = row.int64(11);
        k.marginMinor = row.int64(12);
        k.purchaseCount = row.int64(13);
        if (!row.isNull(14)) {
            k.scoreGroup = row.int32(14);
        }
        k.scoreChurn = optionalEnumColumn<core::ChurnStatus>(row, 15, "customer_score.score_churn");
        k.predictedValueMinor = row.optionalInt64(16);
        k.purchaseWithMargin = row.int64(17) != 0;
        k.ratedEpisode = row.int64(18) != 0;
        k.activeContactPerson = row.int64(19) != 0;
        k.activeDecisionMaker = row.int64(20) != 0;
        k.alternativesAssessed = row.int64(21) != 0;
        k.perceivedValueAssessed = row.int64(22) != 0;
        k.competitorPartnership = row.int64(23) != 0;
        k.relationshipCosts = row.int64(24) != 0;
        k.serviceLevel = row.text(25);
        return k;
    });
}

} // namespace rapport::storage::sqlite
