#pragma once

#include "app/edit.h"

#include <span>
#include <vector>

namespace rapport::app {

// Dated judgements of the return-on-relationship components a person assesses (share of wallet, commitment,
// perceived quality and value, sacrifices, alternatives known, bonds). Each is kept as history: a new view of a
// component is a new assessment, and changing one corrects what was entered.

/** Records an assessment; the id it was stored under is edit.after<core::Assessment>()->id once applied. */
Edit addAssessment(core::Assessment assessment);
/** Corrects a stored assessment (as read: someone else's change meanwhile stops it with ConflictError). */
Edit changeAssessment(core::Assessment before, core::Assessment after);
Edit removeAssessment(core::Assessment assessment);

/** The latest assessment of each component in a customer's history (newest first, as assessments() lists them). */
std::vector<core::Assessment> latestAssessments(std::span<const core::Assessment> history);

} // namespace rapport::app
