#pragma once

#include "core/assessment.h"

#include <vector>

namespace rapport::storage::sqlite {

class Database;

// Assessments of the return-on-relationship components; the caller owns the transaction. Shared by the
// repository and the bulk writer.

core::AssessmentId insertAssessment(Database& db, const core::Assessment& assessment);
/** Returns false when no assessment has that id. */
bool updateAssessmentRow(Database& db, const core::Assessment& assessment);
/** A customer's assessments, newest first. */
std::vector<core::Assessment> readAssessments(Database& db, core::CustomerId customerId);

} // namespace rapport::storage::sqlite
