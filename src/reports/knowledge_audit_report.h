#pragma once

#include "analytics/knowledge_audit.h"
#include "reports/report_context.h"

namespace rapport::reports {

/**
 * The customer-knowledge audit as a report: the seed's eight questions, the share of customers and of value each
 * is answered for, what is missing, and the most valuable customers to complete first.
 */
Report knowledgeAuditReport(const analytics::KnowledgeAudit& audit, const ReportContext& context);

} // namespace rapport::reports
