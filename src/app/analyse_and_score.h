#pragma once

#include "analytics/base_analysis.h"
#include "storage/repository.h"

#include <string>

namespace rapport::app {

/** Whether a run that may not write (an analyst of a team database) still counts as done. */
enum class ScoreStoring {
    Required,   // the caller asked for the scores to be kept: a refusal is an error
    IfPermitted // the analysis stands either way; the lists keep the scores of the last run that could write
};

struct ScoredAnalysis {
    analytics::BaseAnalysis analysis;
    bool scoresStored = false;
    /** Why the scores were not stored, for the log or the user; empty when they were. */
    std::string scoresNotStored;
};

/**
 * Analyses the whole base and keeps each customer's stage, group, churn status, P(alive) and predicted value
 * beside the customer, so that lists filter and sort by them without another model fit. The app's analysis
 * service and `rapport-cli analyze --save-scores` both run this. Before storing it reports the phase
 * AnalysisPhase::Reports with rows -1 through options.progress, as storing a million customers takes seconds.
 */
ScoredAnalysis analyseAndStoreScores(storage::Repository& repository, const analytics::BaseAnalysisOptions& options,
                                     ScoreStoring storing);

} // namespace rapport::app
