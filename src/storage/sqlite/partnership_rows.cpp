#include "storage/sqlite/partnership_rows.h"

#include "storage/sqlite/codes.h"
#include "storage/sqlite/database.h"

namespace rapport::storage::sqlite {

namespace {

void bindPartnershipColumns(Statement& s, const core::Partnership& p) {
    s.bind(2, p.partnerName)
        .bind(3, p.partnerCustomerId)
        .bind(4, core::toCode(p.direction))
        .bind(5, core::toCode(p.form))
        .bind(6, p.valueShared.minor())
        .bind(7, optionalDays(p.startedOn))
        .bind(8, optionalDays(p.endedOn))
        .bind(9, p.notes);
}

void writePartnershipChildren(Database& db, core::PartnershipId id, const core::Partnership& p) {
    auto& stage = db.cached("INSERT INTO partnership_stage (partnership_id, position, stage, since, note) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (std::size_t i = 0; i < p.stageHistory.size(); ++i) {
        const auto& change = p.stageHistory[i];
        stage.bind(1, id)
            .bind(2, static_cast<std::int64_t>(i))
            .bind(3, core::toCode(change.stage))
            .bind(4, static_cast<std::int64_t>(change.since.days()))
            .bind(5, change.note)
            .run();
        stage.reset();
    }
    auto& bond = db.cached("INSERT INTO partnership_bond (partnership_id, position, bond) VALUES (?1, ?2, ?3)");
    for (std::size_t i = 0; i < p.bonds.size(); ++i) {
        bond.bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, core::toCode(p.bonds[i])).run();
        bond.reset();
    }
}

std::vector<core::Partnership> selectPartnerships(Database& db, std::optional<core::PartnershipId> id) {
    std::vector<core::Partnership> result;
    auto& select = db.cached("SELECT id, partner_name, partner_customer_id, direction, form, value_shared, started_on, "
                             "ended_on, notes FROM partnership WHERE ?1 IS NULL OR id = ?1 ORDER BY partner_name, id");
    select.bind(1, id);
    while (select.step()) {
        core::Partnership p;
        p.id = select.int64(0);
        p.partnerName = select.text(1);
        p.partnerCustomerId = select.optionalInt64(2);
        p.direction = enumColumn<core::PartnerDirection>(select, 3, "partnership.direction");
        p.form = enumColumn<core::PartnershipForm>(select, 4, "partnership.form");
        p.valueShared = core::Money::fromMinor(select.int64(5));
        p.startedOn = optionalDateColumn(select, 6);
        p.endedOn = optionalDateColumn(select, 7);
        p.notes = select.text(8);
        result.push_back(std::move(p));
    }
    auto& stages = db.cached("SELECT stage, since, note FROM partnership_stage WHERE partnership_id = ?1 "
                             "ORDER BY position");
    auto& bonds = db.cached("SELECT bond FROM partnership_bond WHERE partnership_id = ?1 ORDER BY position");
    for (auto& p : result) {
        stages.reset();
        stages.bind(1, p.id);
        while (stages.step()) {
            p.stageHistory.push_back({enumColumn<core::PartnershipStage>(stages, 0, "partnership_stage.stage"),
                                      dateColumn(stages, 1), stages.text(2)});
        }
        bonds.reset();
        bonds.bind(1, p.id);
        while (bonds.step()) {
            p.bonds.push_back(enumColumn<core::Bond>(bonds, 0, "partnership_bond.bond"));
        }
    }
    return result;
}

} // namespace

core::PartnershipId insertPartnership(Database& db, const core::Partnership& partnership) {
    auto& insert = db.cached("INSERT INTO partnership (id, partner_name, partner_customer_id, direction, form, "
                             "value_shared, started_on, ended_on, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    bindRowId(insert, 1, partnership.id);
    bindPartnershipColumns(insert, partnership);
    insert.run();
    const auto id = db.lastInsertRowId();
    writePartnershipChildren(db, id, partnership);
    return id;
}

bool updatePartnershipRow(Database& db, const core::Partnership& partnership) {
    auto& update = db.cached("UPDATE partnership SET partner_name = ?2, partner_customer_id = ?3, direction = ?4, "
                             "form = ?5, value_shared = ?6, started_on = ?7, ended_on = ?8, notes = ?9 WHERE id = ?1");
    update.bind(1, partnership.id);
    bindPartnershipColumns(update, partnership);
    update.run();
    if (db.changes() == 0) {
        return false;
    }
    db.cached("DELETE FROM partnership_stage WHERE partnership_id = ?1").bind(1, partnership.id).run();
    db.cached("DELETE FROM partnership_bond WHERE partnership_id = ?1").bind(1, partnership.id).run();
    writePartnershipChildren(db, partnership.id, partnership);
    return true;
}

std::optional<core::Partnership> readPartnership(Database& db, core::PartnershipId id) {
    auto found = selectPartnerships(db, id);
    if (found.empty()) {
        return std::nullopt;
    }
    return std::move(found.front());
}

std::vector<core::Partnership> readPartnerships(Database& db) {
    return selectPartnerships(db, std::nullopt);
}

void upsertRelationshipCost(Database& db, const core::RelationshipCost& cost) {
    db.cached("INSERT INTO relationship_cost (customer_id, year, line, amount) VALUES (?1, ?2, ?3, ?4) "
              "ON CONFLICT (customer_id, year, line) DO UPDATE SET amount = excluded.amount")
        .bind(1, cost.customerId)
        .bind(2, cost.year)
        .bind(3, core::toCode(cost.line))
        .bind(4, cost.amount.minor())
        .run();
}

std::vector<core::RelationshipCost> readRelationshipCosts(Database& db, core::CustomerId customerId) {
    std::vector<core::RelationshipCost> costs;
    auto& select =
        db.cached("SELECT year, line, amount FROM relationship_cost WHERE customer_id = ?1 ORDER BY year, line");
    select.bind(1, customerId);
    while (select.step()) {
        costs.push_back({customerId, select.int32(0), enumColumn<core::CostLine>(select, 1, "relationship_cost.line"),
                         core::Money::fromMinor(select.int64(2))});
    }
    return costs;
}

core::ChurnRecordId insertChurnRecord(Database& db, const core::ChurnRecord& r) {
    auto& insert = db.cached("INSERT INTO churn_record (id, customer_id, churned_on, reason_code, details, "
                             "win_back_attempts, outcome) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    bindRowId(insert, 1, r.id);
    insert.bind(2, r.customerId)
        .bind(3, static_cast<std::int64_t>(r.churnedOn.days()))
        .bind(4, r.reasonCode)
        .bind(5, r.details)
        .bind(6, r.winBackAttempts)
        .bind(7, core::toCode(r.outcome))
        .run();
    return db.lastInsertRowId();
}

bool updateChurnRecordRow(Database& db, const core::ChurnRecord& r) {
    db.cached("UPDATE churn_record SET customer_id = ?2, churned_on = ?3, reason_code = ?4, details = ?5, "
              "win_back_attempts = ?6, outcome = ?7 WHERE id = ?1")
        .bind(1, r.id)
        .bind(2, r.customerId)
        .bind(3, static_cast<std::int64_t>(r.churnedOn.days()))
        .bind(4, r.reasonCode)
        .bind(5, r.details)
        .bind(6, r.winBackAttempts)
        .bind(7, core::toCode(r.outcome))
        .run();
    return db.changes() > 0;
}

std::vector<core::ChurnRecord> readChurnRecords(Database& db, std::optional<core::CustomerId> customerId) {
    std::vector<core::ChurnRecord> records;
    // Two statements rather than "?1 IS NULL OR customer_id = ?1", which would defeat the index.
    auto& select = customerId ? db.cached("SELECT id, customer_id, churned_on, reason_code, details, "
                                          "win_back_attempts, outcome FROM churn_record WHERE customer_id = ?1 "
                                          "ORDER BY churned_on, id")
                              : db.cached("SELECT id, customer_id, churned_on, reason_code, details, "
                                          "win_back_attempts, outcome FROM churn_record ORDER BY churned_on, id");
    if (customerId) {
        select.bind(1, *customerId);
    }
    while (select.step()) {
        records.push_back({select.int64(0), select.int64(1), dateColumn(select, 2), select.text(3), select.text(4),
                           select.int32(5), enumColumn<core::WinBackOutcome>(select, 6, "churn_record.outcome")});
    }
    return records;
}

std::vector<core::ChurnReason> readChurnReasons(Database& db) {
    std::vector<core::ChurnReason> reasons;
    // The seed's categories first, in catalogue order (largest benchmark share last), then the user's own.
    auto& select = db.cached("SELECT code, label, benchmark_low, benchmark_high FROM churn_reason "
                             "ORDER BY benchmark_low IS NULL, benchmark_low, code");
    while (select.step()) {
        core::ChurnReason reason{select.text(0), select.text(1), std::nullopt, std::nullopt};
        if (!select.isNull(2)) {
            reason.benchmarkLowPercent = select.real(2);
        }
        if (!select.isNull(3)) {
            reason.benchmarkHighPercent = select.real(3);
        }
        reasons.push_back(std::move(reason));
    }
    return reasons;
}

void insertChurnReason(Database& db, const core::ChurnReason& reason) {
    db.cached("INSERT INTO churn_reason (code, label, benchmark_low, benchmark_high) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, reason.code)
        .bind(2, reason.label)
        .bind(3, reason.benchmarkLowPercent)
        .bind(4, reason.benchmarkHighPercent)
        .run();
}

} // namespace rapport::storage::sqlite
