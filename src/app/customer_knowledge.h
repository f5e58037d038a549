#pragma once

#include "analytics/dimension_breakdown.h"
#include "analytics/knowledge_audit.h"
#include "storage/repository.h"

#include <nlohmann/json.hpp>

namespace rapport::app {

/**
 * The customer-knowledge audit of the base as it stands on `today` (which contact persons are active), with the
 * `top` most valuable customers to complete per question: the one home of `rapport-cli audit-knowledge`, the
 * knowledge audit report and the app's Knowledge audit tab.
 */
analytics::KnowledgeAudit auditCustomerKnowledge(storage::Repository& repository, core::Date today, int top);

/** Customers, revenue, the four groups, churn and acquisition cost against predicted value by one dimension. */
analytics::DimensionBreakdown analyseByDimension(storage::Repository& repository, analytics::Dimension dimension,
                                                 core::Date today);

/** The audit for scripts: per question its code, text, coverage, what is missing and the customers to complete. */
nlohmann::json toJson(const analytics::KnowledgeAudit& audit);
nlohmann::json toJson(const analytics::DimensionBreakdown& breakdown);

} // namespace rapport::app
