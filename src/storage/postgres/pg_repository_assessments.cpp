// PgRepository: dated assessments of the return-on-relationship components.
#include "storage/errors.h"
#include "storage/postgres/pg_repository.h"
#include "storage/postgres/pg_rows.h"
#include "storage/postgres/pg_values.h"

namespace rapport::storage::postgres {

core::AssessmentId insertAssessment(pqxx::transaction_base& work, const core::Assessment& a) {
    return int64(work.exec_params("INSERT INTO assessment (id, customer_id, component, assessed_on, score, note, "
                                  "assessed_by) VALUES (coalesce($1, nextval(pg_get_serial_sequence("
                                  "'rapport.assessment', 'id'))), $2, $3, $4, $5, $6, $7) RETURNING id",
                                  optionalId(a.id), a.customerId, code(a.component), a.assessedOn.days(), a.score,
                                  a.note, a.assessedBy)[0][0]);
}

core::AssessmentId PgRepository::addAssessment(const core::Assessment& assessment) {
    core::validate(assessment);
    return m_session.write([&](pqxx::work& work) { return insertAssessment(work, assessment); });
}

void PgRepository::updateAssessment(const core::Assessment& a) {
    core::validate(a);
    m_session.write([&](pqxx::work& work) {
        const auto changed =
            work.exec_params("UPDATE assessment SET customer_id = $2, component = $3, "
                             "assessed_on = $4, score = $5, note = $6, assessed_by = $7 "
                             "WHERE id = $1",
                             a.id, a.customerId, code(a.component), a.assessedOn.days(), a.score, a.note, a.assessedBy)
                .affected_rows();
        requireFound(changed > 0, "assessment", a.id);
    });
}

void PgRepository::removeAssessment(core::AssessmentId id) {
    m_session.write([&](pqxx::work& work) {
        requireFound(work.exec_params("DELETE FROM assessment WHERE id = $1", id).affected_rows() > 0, "assessment",
                     id);
    });
}

std::vector<core::Assessment> PgRepository::assessments(core::CustomerId customerId) {
    const std::string sql = std::string("SELECT id, customer_id, component, assessed_on, score, note, assessed_by "
                                        "FROM assessment WHERE customer_id = $1 ORDER BY assessed_on DESC, id DESC") +
                            m_session.lockForWrite();
    return m_session.read([&](auto& work) {
        std::vector<core::Assessment> result;
        for (const auto& r : work.exec_params(sql, customerId)) {
            result.push_back({int64(r[0]), int64(r[1]),
                              enumField<core::AssessmentComponent>(r[2], "assessment.component"), date(r[3]),
                              int32(r[4]), text(r[5]), text(r[6])});
        }
        return result;
    });
}

} // namespace rapport::storage::postgres
