// SqliteRepository: dated assessments of the return-on-relationship components.
#include "storage/errors.h"
#include "storage/sqlite/assessment_rows.h"
#include "storage/sqlite/codes.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/sqlite_repository.h"
#include "storage/sqlite/transaction.h"

namespace rapport::storage::sqlite {

namespace {

void bindAssessmentColumns(Statement& s, const core::Assessment& a) {
    s.bind(2, a.customerId)
        .bind(3, core::toCode(a.component))
        .bind(4, static_cast<std::int64_t>(a.assessedOn.days()))
        .bind(5, a.score)
        .bind(6, a.note)
        .bind(7, a.assessedBy);
}

} // namespace

core::AssessmentId insertAssessment(Database& db, const core::Assessment& assessment) {
    auto& insert = db.cached("INSERT INTO assessment (id, customer_id, component, assessed_on, score, note, "
                             "assessed_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    bindRowId(insert, 1, assessment.id);
    bindAssessmentColumns(insert, assessment);
    insert.run();
    return db.lastInsertRowId();
}

bool updateAssessmentRow(Database& db, const core::Assessment& assessment) {
    auto& update = db.cached("UPDATE assessment SET customer_id = ?2, component = ?3, assessed_on = ?4, score = ?5, "
                             "note = ?6, assessed_by = ?7 WHERE id = ?1");
    update.bind(1, assessment.id);
    bindAssessmentColumns(update, assessment);
    update.run();
    return db.changes() > 0;
}

std::vector<core::Assessment> readAssessments(Database& db, core::CustomerId customerId) {
    auto& select = db.cached("SELECT id, customer_id, component, assessed_on, score, note, assessed_by "
                             "FROM assessment WHERE customer_id = ?1 ORDER BY assessed_on DESC, id DESC");
    select.bind(1, customerId);
    std::vector<core::Assessment> result;
    while (select.step()) {
        result.push_back({select.int64(0), select.int64(1),
                          enumColumn<core::AssessmentComponent>(select, 2, "assessment.component"),
                          dateColumn(select, 3), select.int32(4), select.text(5), select.text(6)});
    }
    return result;
}

core::AssessmentId SqliteRepository::addAssessment(const core::Assessment& assessment) {
    core::validate(assessment);
    return inTransaction(*m_db, [&] { return insertAssessment(*m_db, assessment); });
}

void SqliteRepository::updateAssessment(const core::Assessment& assessment) {
    core::validate(assessment);
    inTransaction(*m_db, [&] { requireFound(updateAssessmentRow(*m_db, assessment), "assessment", assessment.id); });
}

void SqliteRepository::removeAssessment(core::AssessmentId id) {
    inTransaction(*m_db, [&] {
        m_db->cached("DELETE FROM assessment WHERE id = ?1").bind(1, id).run();
        requireFound(m_db->changes() > 0, "assessment", id);
    });
}

std::vector<core::Assessment> SqliteRepository::assessments(core::CustomerId customerId) {
    return readAssessments(*m_db, customerId);
}

} // namespace rapport::storage::sqlite
