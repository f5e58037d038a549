// PgRepository: partnerships, relationship costs, churn, ladder overrides and the streaming reads of analytics.
#include "core/validation.h"
#include "storage/errors.h"
#include "storage/name_collation.h"
#include "storage/postgres/pg_customer_paging.h"
#include "storage/postgres/pg_episode_rows.h"
#include "storage/postgres/pg_names.h"
#include "storage/postgres/pg_repository.h"
#include "storage/postgres/pg_rows.h"
#include "storage/postgres/pg_values.h"
#include "storage/purchase_batcher.h"

#include <limits>
#include <string>

namespace rapport::storage::postgres {

namespace {

void writePartnershipChildren(pqxx::transaction_base& work, core::PartnershipId id, const core::Partnership& p) {
    for (std::size_t i = 0; i < p.stageHistory.size(); ++i) {
        const auto& change = p.stageHistory[i];
        work.exec_params("INSERT INTO partnership_stage (partnership_id, position, stage, since, note) "
                         "VALUES ($1, $2, $3, $4, $5)",
                         id, static_cast<int>(i), code(change.stage), change.since.days(), change.note);
    }
    for (std::size_t i = 0; i < p.bonds.size(); ++i) {
        work.exec_params("INSERT INTO partnership_bond (partnership_id, position, bond) VALUES ($1, $2, $3)", id,
                         static_cast<int>(i), code(p.bonds[i]));
    }
}

std::vector<core::Partnership> selectPartnerships(pqxx::transaction_base& work, std::optional<core::PartnershipId> id,
                                                  const char* lock = "") {
    std::vector<core::Partnership> result;
    for (const auto& r : work.exec_params(std::string("SELECT id, partner_name, partner_customer_id, direction, form, "
                                                      "value_shared, started_on, ended_on, notes FROM partnership "
                                                      "WHERE $1::bigint IS NULL OR id = $1 ORDER BY partner_name, id") +
                                              lock,
                                          id)) {
        core::Partnership p;
        p.id = int64(r[0]);
        p.partnerName = text(r[1]);
        p.partnerCustomerId = optionalInt64(r[2]);
        p.direction = enumField<core::PartnerDirection>(r[3], "partnership.direction");
        p.form = enumField<core::PartnershipForm>(r[4], "partnership.form");
        p.valueShared = core::Money::fromMinor(int64(r[5]));
        p.startedOn = optionalDate(r[6]);
        p.endedOn = optionalDate(r[7]);
        p.notes = text(r[8]);
        result.push_back(std::move(p));
    }
    for (auto& p : result) {
        for (const auto& s : work.exec_params("SELECT stage, since, note FROM partnership_stage "
                                              "WHERE partnership_id = $1 ORDER BY position",
                                              p.id)) {
            p.stageHistory.push_back(
                {enumField<core::PartnershipStage>(s[0], "partnership_stage.stage"), date(s[1]), text(s[2])});
        }
        for (const auto& b :
             work.exec_params("SELECT bond FROM partnership_bond WHERE partnership_id = $1 ORDER BY position", p.id)) {
            p.bonds.push_back(enumField<core::Bond>(b[0], "partnership_bond.bond"));
        }
    }
    return result;
}

pqxx::result execPartnership(pqxx::transaction_base& work, const std::string& sql, const core::Partnership& p,
                             std::optional<std::int64_t> id) {
    return work.exec_params(sql, id, p.partnerName, p.partnerCustomerId, code(p.direction), code(p.form),
                            p.valueShared.minor(), optionalDays(p.startedOn), optionalDays(p.endedOn), p.notes);
}

} // namespace

core::PartnershipId insertPartnership(pqxx::transaction_base& work, const core::Partnership& partnership) {
    const auto id = int64(execPartnership(work,
                                          "INSERT INTO partnership (id, partner_name, partner_customer_id, "
                                          "direction, form, value_shared, started_on, ended_on, notes) VALUES "
                                          "(coalesce($1, nextval(pg_get_serial_sequence('rapport.partnership', "
                                          "'id'))), $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                                          partnership, optionalId(partnership.id))[0][0]);
    writePartnershipChildren(work, id, partnership);
    return id;
}

void upsertRelationshipCost(pqxx::transaction_base& work, const core::RelationshipCost& cost) {
    work.exec_params("INSERT INTO relationship_cost (customer_id, year, line, amount) VALUES ($1, $2, $3, $4) "
                     "ON CONFLICT (customer_id, year, line) DO UPDATE SET amount = excluded.amount",
                     cost.customerId, cost.year, code(cost.line), cost.amount.minor());
}

core::ChurnRecordId insertChurnRecord(pqxx::transaction_base& work, const core::ChurnRecord& r) {
    return int64(work.exec_params("INSERT INTO churn_record (id, customer_id, churned_on, reason_code, details, "
                                  "win_back_attempts, outcome) VALUES (coalesce($1, nextval(pg_get_serial_sequence("
                                  "'rapport.churn_record', 'id'))), $2, $3, $4, $5, $6, $7) RETURNING id",
                                  optionalId(r.id), r.customerId, r.churnedOn.days(), r.reasonCode, r.details,
                                  r.winBackAttempts, code(r.outcome))[0][0]);
}

core::PartnershipId PgRepository::addPartnership(const core::Partnership& partnership) {
    core::validate(partnership);
    return m_session.write([&](pqxx::work& work) { return insertPartnership(work, partnership); });
}

void PgRepository::updatePartnership(const core::Partnership& partnership) {
    core::validate(partnership);
    m_session.write([&](pqxx::work& work) {
        const auto changed = execPartnership(work,
                                             "UPDATE partnership SET partner_name = $2, partner_customer_id = $3, "
                                             "direction = $4, form = $5, value_shared = $6, started_on = $7, "
                                             "ended_on = $8, notes = $9 WHERE id = $1",
                                             partnership, partnership.id)
                                 .affected_rows();
        requireFound(changed > 0, "partnership", partnership.id);
        work.exec_params("DELETE FROM partnership_stage WHERE partnership_id = $1", partnership.id);
        work.exec_params("DELETE FROM partnership_bond WHERE partnership_id = $1", partnership.id);
        writePartnershipChildren(work, partnership.id, partnership);
    });
}

void PgRepository::removePartnership(core::PartnershipId id) {
    m_session.write([&](pqxx::work& work) {
        requireFound(work.exec_params("DELETE FROM partnership WHERE id = $1", id).affected_rows() > 0, "partnership",
                     id);
    });
}

std::optional<core::Partnership> PgRepository::partnership(core::PartnershipId id) {
    return m_session.read([&](auto& work) -> std::optional<core::Partnership> {
        auto found = selectPartnerships(work, id, m_session.lockForWrite());
        return found.empty() ? std::nullopt : std::optional<core::Partnership>(std::move(found.front()));
    });
}

std::vector<core::Partnership> PgRepository::partnerships() {
    return m_session.read([&](auto& work) {
        // By partner name in the database's collation: few rows, sorted here rather than on a stored key.
        auto rows = selectPartnerships(work, std::nullopt);
        collationForReading(work)->sortByName(rows, &core::Partnership::partnerName);
        return rows;
    });
}

void PgRepository::setRelationshipCost(const core::RelationshipCost& cost) {
    core::validate(cost);
    m_session.write([&](pqxx::work& work) { upsertRelationshipCost(work, cost); });
}

void PgRepository::removeRelationshipCost(core::CustomerId customerId, int year, core::CostLine line) {
    m_session.write([&](pqxx::work& work) {
        const auto changed =
            work.exec_params("DELETE FROM relationship_cost WHERE customer_id = $1 AND year = $2 AND line = $3",
                             customerId, year, code(line))
                .affected_rows();
        requireFound(changed > 0, "relationship cost of customer", customerId);
    });
}

std::vector<core::RelationshipCost> PgRepository::relationshipCosts(core::CustomerId customerId) {
    const auto sql =
        std::string("SELECT year, line, amount FROM relationship_cost WHERE customer_id = $1 ORDER BY year, line") +
        m_session.lockForWrite();
    return m_session.read([&](auto& work) {
        std::vector<core::RelationshipCost> costs;
        for (const auto& r : work.exec_params(sql, customerId)) {
            costs.push_back({customerId, int32(r[0]), enumField<core::CostLine>(r[1], "relationship_cost.line"),
                             core::Money::fromMinor(int64(r[2]))});
        }
        return costs;
    });
}

std::vector<core::ChurnReason> PgRepository::churnReasons() {
    return m_session.read([](auto& work) {
        std::vector<core::ChurnReason> reasons;
        // The seed's categories first, in catalogue order, then the user's own: as the SQLite file lists them.
        for (const auto& r : work.exec("SELECT code, label, benchmark_low, benchmark_high FROM churn_reason "
                                       "ORDER BY benchmark_low IS NULL, benchmark_low, code")) {
            core::ChurnReason reason{text(r[0]), text(r[1]), std::nullopt, std::nullopt};
            if (!r[2].is_null()) {
                reason.benchmarkLowPercent = real(r[2]);
            }
            if (!r[3].is_null()) {
                reason.benchmarkHighPercent = real(r[3]);
            }
            reasons.push_back(std::move(reason));
        }
        return reasons;
    });
}

void PgRepository::addChurnReason(const core::ChurnReason& reason) {
    core::Validator v;
    core::checkRequiredText(v, "code", reason.code, 60);
    core::checkRequiredText(v, "label", reason.label, 200);
    core::throwIfInvalid("churn reason", v.take());
    m_session.write([&](pqxx::work& work) {
        work.exec_params(
            "INSERT INTO churn_reason (code, label, benchmark_low, benchmark_high) VALUES ($1, $2, $3, $4)",
            reason.code, reason.label, reason.benchmarkLowPercent, reason.benchmarkHighPercent);
    });
}

core::ChurnRecordId PgRepository::addChurnRecord(const core::ChurnRecord& r) {
    core::validate(r);
    return m_session.write([&](pqxx::work& work) { return insertChurnRecord(work, r); });
}

void PgRepository::updateChurnRecord(const core::ChurnRecord& r) {
    core::validate(r);
    m_session.write([&](pqxx::work& work) {
        const auto changed = work.exec_params("UPDATE churn_record SET customer_id = $2, churned_on = $3, "
                                              "reason_code = $4, details = $5, win_back_attempts = $6, outcome = $7 "
                                              "WHERE id = $1",
                                              r.id, r.customerId, r.churnedOn.days(), r.reasonCode, r.details,
                                              r.winBackAttempts, code(r.outcome))
                                 .affected_rows();
        requireFound(changed > 0, "churn record", r.id);
    });
}

void PgRepository::removeChurnRecord(core::ChurnRecordId id) {
    m_session.write([&](pqxx::work& work) {
        requireFound(work.exec_params("DELETE FROM churn_record WHERE id = $1", id).affected_rows() > 0, "churn record",
                     id);
    });
}

std::vector<core::ChurnRecord> PgRepository::churnRecords(std::optional<core::CustomerId> customerId) {
    const auto sql = std::string("SELECT id, customer_id, churned_on, reason_code, details, win_back_attempts, "
                                 "outcome FROM churn_record WHERE $1::bigint IS NULL OR customer_id = $1 "
                                 "ORDER BY churned_on, id") +
                     m_session.lockForWrite();
    return m_session.read([&](auto& work) {
        std::vector<core::ChurnRecord> records;
        for (const auto& r : work.exec_params(sql, customerId)) {
            records.push_back({int64(r[0]), int64(r[1]), date(r[2]), text(r[3]), text(r[4]), int32(r[5]),
                               enumField<core::WinBackOutcome>(r[6], "churn_record.outcome")});
        }
        return records;
    });
}

void PgRepository::setLadderOverride(const core::LadderOverride& override) {
    core::validate(override);
    m_session.write([&](pqxx::work& work) {
        requireFound(!work.exec_params("SELECT 1 FROM customer WHERE id = $1", override.customerId).empty(), "customer",
                     override.customerId);
        work.exec_params("INSERT INTO ladder_override (customer_id, stage, reason, set_on, set_by) "
                         "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (customer_id) DO UPDATE SET stage = excluded.stage, "
                         "reason = excluded.reason, set_on = excluded.set_on, set_by = excluded.set_by",
                         override.customerId, code(override.stage), override.reason, override.setOn.days(),
                         override.setBy);
    });
}

void PgRepository::clearLadderOverride(core::CustomerId customerId) {
    m_session.write(
        [&](pqxx::work& work) { work.exec_params("DELETE FROM ladder_override WHERE customer_id = $1", customerId); });
}

std::optional<core::LadderOverride> PgRepository::ladderOverride(core::CustomerId customerId) {
    return m_session.read([&](auto& work) -> std::optional<core::LadderOverride> {
        const auto rows = work.exec_params(
            std::string("SELECT stage, reason, set_on, set_by FROM ladder_override WHERE customer_id = $1") +
                m_session.lockForWrite(),
            customerId);
        if (rows.empty()) {
            return std::nullopt;
        }
        return core::LadderOverride{customerId, enumField<core::LadderStage>(rows[0][0], "ladder_override.stage"),
                                    text(rows[0][1]), date(rows[0][2]), text(rows[0][3])};
    });
}

void PgRepository::scanCustomerFacts(const std::function<bool(std::span<const CustomerFact>)>& sink,
                                     ArchiveFilter archive) {
    const char* archived = archive == ArchiveFilter::Active     ? " WHERE c.archived_on IS NULL"
                           : archive == ArchiveFilter::Archived ? " WHERE c.archived_on IS NOT NULL"
                                                                : "";
    m_session.read([&](auto& work) {
        std::vector<CustomerFact> batch;
        streamQuery(work,
                    std::string("SELECT c.id, c.display_name, c.owner, c.kind, c.acquired_on, o.stage, c.external_ref "
                                "FROM customer c "
                                "LEFT JOIN ladder_override o ON o.customer_id = c.id") +
                        archived + " ORDER BY c.id",
                    [&](const pqxx::result& rows) {
                        batch.clear();
                        for (const auto& r : rows) {
                            batch.push_back({int64(r[0]), text(r[1]), text(r[2]),
                                             enumField<core::CustomerKind>(r[3], "customer.kind"), optionalDate(r[4]),
                                             optionalEnumField<core::LadderStage>(r[5], "ladder_override.stage"),
                                             text(r[6])});
                        }
                        return sink(batch);
                    });
        return 0;
    });
}

void PgRepository::scanEpisodeFacts(const std::function<bool(std::span<const EpisodeFact>)>& sink,
                                    ArchiveFilter archive, CustomerIdRange customers) {
    // The range's bounds are numbers the program chose, written into the cursor's query (a cursor takes no
    // parameters here), never text from outside.
    std::string range;
    if (customers.first != std::numeric_limits<core::CustomerId>::min()) {
        range += " AND customer_id >= " + std::to_string(customers.first);
    }
    if (customers.end != CustomerIdRange::kNoEnd) {
        range += " AND customer_id < " + std::to_string(customers.end);
    }
    m_session.read([&](auto& work) {
        auto skipped = archivedCustomers(work, archive);
        EpisodeFactBatcher batcher(sink);
        bool more = true;
        // Only a return that cancels a purchase looks it up, for its date.
        streamQuery(work,
                    "SELECT customer_id, occurred_on, kind, coalesce(revenue, 0), coalesce(margin, 0), satisfaction, "
                    "critical, follow_up_on IS NOT NULL AND NOT follow_up_done, "
                    "CASE WHEN cancels_episode_id IS NOT NULL THEN (SELECT p.occurred_on FROM episode p "
                    "WHERE p.id = episode.cancels_episode_id) END FROM episode WHERE true" +
                        range + archiveCondition(archive, "customer_id") + " ORDER BY customer_id, occurred_on, id",
                    [&](const pqxx::result& rows) {
                        for (const auto& r : rows) {
                            if (skipped.contains(int64(r[0]))) {
                                continue;
                            }
                            EpisodeFact fact;
                            fact.customerId = int64(r[0]);
                            fact.date = date(r[1]);
                            fact.kind = enumField<core::EpisodeKind>(r[2], "episode.kind");
                            fact.revenueMinor = int64(r[3]);
                            fact.marginMinor = int64(r[4]);
                            if (!r[5].is_null()) {
                                fact.satisfaction = static_cast<std::int8_t>(int32(r[5]));
                            }
                            fact.critical = boolean(r[6]);
                            fact.followUpOpen = boolean(r[7]);
                            if (!r[8].is_null()) {
                                fact.date = date(r[8]);
                                fact.cancelsPurchase = true;
                            }
                            if (!batcher.add(fact, fact.cancelsPurchase)) {
                                more = false;
                                return false;
                            }
                        }
                        return true;
                    });
        if (more) {
            batcher.finish();
        }
        return 0;
    });
}

void PgRepository::scanCustomerScores(const std::function<bool(std::span<const CustomerScore>)>& sink,
                                      ArchiveFilter archive) {
    const char* archived = archive == ArchiveFilter::Active     ? " AND archived_on IS NULL"
                           : archive == ArchiveFilter::Archived ? " AND archived_on IS NOT NULL"
                                                                : "";
    m_session.read([&](auto& work) {
        std::vector<CustomerScore> batch;
        // Row-level security decides which customers a manager reads, as for every customer query.
        streamQuery(work,
                    std::string("SELECT id, score_stage, score_group, score_churn, score_alive_ppm, score_value "
                                "FROM customer WHERE score_stage IS NOT NULL") +
                        archived + " ORDER BY id",
                    [&](const pqxx::result& rows) {
                        batch.clear();
                        for (const auto& r : rows) {
                            CustomerScore score;
                            score.id = int64(r[0]);
                            score.stage = enumField<core::LadderStage>(r[1], "customer.score_stage");
                            score.fourGroup = r[2].is_null() ? 0 : int32(r[2]);
                            score.churnStatus = optionalEnumField<core::ChurnStatus>(r[3], "customer.score_churn");
                            if (!r[4].is_null()) {
                                score.probabilityAlive = static_cast<double>(int64(r[4])) / 1'000'000.0;
                            }
                            if (!r[5].is_null()) {
                                score.predictedValue = core::Money::fromMinor(int64(r[5]));
                            }
                            batch.push_back(score);
                        }
                        return batch.empty() || sink(batch);
                    });
        return 0;
    });
}

void PgRepository::scanDepartedContacts(const std::function<bool(std::span<const DepartedContact>)>& sink,
                                        ArchiveFilter archive) {
    m_session.read([&](auto& work) {
        auto skipped = archivedCustomers(work, archive);
        std::vector<DepartedContact> batch;
        streamQuery(
            work,
            "SELECT customer_id, id, name, role, decision_maker, active_to FROM contact_person "
            "WHERE active_to IS NOT NULL" +
                archiveCondition(archive, "customer_id") + " ORDER BY customer_id, active_to, id",
            [&](const pqxx::result& rows) {
                batch.clear();
                for (const auto& r : rows) {
                    if (skipped.contains(int64(r[0]))) {
                        continue;
                    }
                    batch.push_back({int64(r[0]), int64(r[1]), text(r[2]), text(r[3]), boolean(r[4]), date(r[5])});
                }
                return batch.empty() || sink(batch);
            });
        return 0;
    });
}

void PgRepository::scanRelationshipCosts(const std::function<bool(std::span<const core::RelationshipCost>)>& sink,
                                         ArchiveFilter archive) {
    m_session.read([&](auto& work) {
        auto skipped = archivedCustomers(work, archive);
        std::vector<core::RelationshipCost> batch;
        streamQuery(work,
                    "SELECT customer_id, year, line, amount FROM relationship_cost WHERE true" +
                        archiveCondition(archive, "customer_id") + " ORDER BY customer_id, year, line",
                    [&](const pqxx::result& rows) {
                        batch.clear();
                        for (const auto& r : rows) {
                            if (skipped.contains(int64(r[0]))) {
                                continue;
                            }
                            batch.push_back({int64(r[0]), int32(r[1]),
                                             enumField<core::CostLine>(r[2], "relationship_cost.line"),
                                             core::Money::fromMinor(int64(r[3]))});
                        }
                        return batch.empty() || sink(batch);
                    });
        return 0;
    });
}

void PgRepository::scanCustomerKnowledge(const std::function<bool(std::span<const CustomerKnowledge>)>& sink,
                                         core::Date today, ArchiveFilter archive) {
    const char* archived = archive == ArchiveFilter::Active     ? " WHERE c.archived_on IS NULL"
                           : archive == ArchiveFilter::Archived ? " WHERE c.archived_on IS NOT NULL"
                                                                : "";
    // The row-level security of every table read here (the customer and its contact persons, episodes,
    // assessments, partnerships and costs) narrows the scan to what the signed-in user may see, as in the other
    // scans. The day is a number the program made, never user text.
    const std::string day = std::to_string(today.days());
    const std::string active = " AND (p.active_from IS NULL OR p.active_from <= " + day +
                               ") AND (p.active_to IS NULL OR p.active_to >= " + day + ")";
    m_session.read([&](auto& work) {
        std::vector<CustomerKnowledge> batch;
        streamQuery(work,
                    "SELECT c.id, c.display_name, c.kind, c.segment, c.region, c.owner, c.acquisition_channel, "
                    "c.acquisition_cost, c.income_band, c.household_size, "
                    "(SELECT count(*) FROM customer_tag t WHERE t.customer_id = c.id), "
                    "c.revenue_total, c.margin_total, c.purchase_count, c.score_group, c.score_churn, c.score_value, "
                    "EXISTS (SELECT 1 FROM episode e WHERE e.customer_id = c.id AND e.kind = 'purchase' "
                    "AND e.margin <> 0), "
                    "EXISTS (SELECT 1 FROM episode e WHERE e.customer_id = c.id AND e.satisfaction IS NOT NULL), "
                    "EXISTS (SELECT 1 FROM contact_person p WHERE p.customer_id = c.id" +
                        active +
                        "), "
                        "EXISTS (SELECT 1 FROM contact_person p WHERE p.customer_id = c.id AND p.decision_maker" +
                        active +
                        "), "
                        "EXISTS (SELECT 1 FROM assessment a WHERE a.customer_id = c.id "
                        "AND a.component = 'alternatives_known'), "
                        "EXISTS (SELECT 1 FROM assessment a WHERE a.customer_id = c.id "
                        "AND a.component IN ('perceived_value', 'perceived_quality')), "
                        "EXISTS (SELECT 1 FROM partnership s WHERE s.partner_customer_id = c.id "
                        "AND s.direction = 'competitor'), "
                        "EXISTS (SELECT 1 FROM relationship_cost r WHERE r.customer_id = c.id), "
                        "coalesce((SELECT l.name FROM service_level l WHERE l.id = c.score_level), '') "
                        "FROM customer c" +
                        archived + " ORDER BY c.id",
                    [&](const pqxx::result& rows) {
                        batch.clear();
                        for (const auto& r : rows) {
                            CustomerKnowledge k;
                            k.id = int64(r[0]);
                            k.displayName = text(r[1]);
                            k.kind = enumField<core::CustomerKind>(r[2], "customer.kind");
                            k.segment = text(r[3]);
                            k.region = text(r[4]);
                            k.owner = text(r[5]);
                            k.acquisitionChannel =
                                optionalEnumField<core::Channel>(r[6], "customer.acquisition_channel");
                            k.acquisitionCostMinor = int64(r[7]);
                            k.incomeBand = optionalEnumField<core::IncomeBand>(r[8], "customer.income_band");
                            if (!r[9].is_null()) {
                                k.householdSize = int32(r[9]);
                            }
                            k.tagCount = int32(r[10]);
                            k.revenueMinor = int64(r[11]);
                            k.marginMinor = int64(r[12]);
                            k.purchaseCount = int64(r[13]);
                            if (!r[14].is_null()) {
                                k.scoreGroup = int32(r[14]);
                            }
                            k.scoreChurn = optionalEnumField<core::ChurnStatus>(r[15], "customer.score_churn");
                            k.predictedValueMinor = optionalInt64(r[16]);
                            k.purchaseWithMargin = boolean(r[17]);
                            k.ratedEpisode = boolean(r[18]);
                            k.activeContactPerson = boolean(r[19]);
                            k.activeDecisionMaker = boolean(r[20]);
                            k.alternativesAssessed = boolean(r[21]);
                            k.perceivedValueAssessed = boolean(r[22]);
                            k.competitorPartnership = boolean(r[23]);
                            k.relationshipCosts = boolean(r[24]);
                            k.serviceLevel = text(r[25]);
                            batch.push_back(std::move(k));
                        }
                        return sink(batch);
                    });
        return 0;
    });
}

} // namespace rapport::storage::postgres
