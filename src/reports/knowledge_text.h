#pragma once

#include "analytics/knowledge_audit.h"

#include <QString>

namespace rapport::reports {

// The customer-knowledge audit's words in the reader's language (context "KnowledgeAudit"): the report and the
// app's Knowledge audit tab say the seed's questions and what is missing the same way.

/** The seed's question, e.g. "Do we know who decides on purchases?". */
QString knowledgeQuestionText(analytics::KnowledgeQuestion question);
/** Which records answer the question for a customer: the rule, in one sentence. */
QString knowledgeRuleText(analytics::KnowledgeQuestion question);
/** One missing piece, e.g. "no contact person marked decision maker". */
QString knowledgeGapText(analytics::KnowledgeGap gap);
/** The missing pieces of a bit set, joined with "; ". */
QString knowledgeGapsText(unsigned gaps);

} // namespace rapport::reports
