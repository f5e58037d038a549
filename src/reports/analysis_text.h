#pragma once

#include "analytics/churn_report.h"
#include "analytics/fit_assessment.h"
#include "analytics/ranking.h"
#include "reports/cell_text.h"

#include <string>
#include <vector>

namespace rapport::reports {

// What the analysis found and how it judged it, in the report's language: the same facts analytics words in
// English for the command line (rankBasisNote, FitAssessment::describe, lostDefinition ...), worded here
// through Qt's translations, whole sentences each.

/**
 * One of four texts by what the ranking measures, so that every sentence naming the measure is translated
 * whole ("... by profit", "... by revenue"), never as "by %1" with a word put in.
 */
template <typename T> T byMeasure(analytics::RankMeasure measure, T profit, T revenue, T historical, T predicted) {
    switch (measure) {
    case analytics::RankMeasure::Profit:
        return profit;
    case analytics::RankMeasure::Revenue:
        return revenue;
    case analytics::RankMeasure::Historical:
        return historical;
    case analytics::RankMeasure::Predicted:
        return predicted;
    }
    return revenue;
}

/** What the ranking is based on and, without margins, why; one or two sentences. */
std::string rankBasisText(const analytics::RankBasis& basis);

/** What is weak in the models' fit and what follows from it, one sentence each; empty for a sound fit. */
std::vector<std::string> fitWarnings(const analytics::FitAssessment& fit, const Formatting& format);

/** What "lost" means: "recorded as lost, with a reason, by a person ...". */
std::string lostDefinition();
/** What "lapsed" means under these rules. */
std::string lapsedDefinition(const analytics::ChurnRules& rules, const Formatting& format);

/**
 * Why a customer has their churn status: "recorded as lost on 3.03.2026: Lower prices elsewhere", "no purchase
 * for 412 days, over 300 (the usual interval x 3.0)", "P(alive) 0.31". `churn` names the recorded reasons.
 */
std::string churnStatusReason(const analytics::ChurnAssessment& assessment, const analytics::ChurnReport& churn,
                              const Formatting& format);

} // namespace rapport::reports
