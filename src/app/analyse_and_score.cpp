#include "app/analyse_and_score.h"

#include "analytics/customer_scores.h"
#include "analytics/memory_release.h"
#include "analytics/service_levels.h"
#include "storage/errors.h"

#include <chrono>
#include <spdlog/spdlog.h>

namespace rapport::app {

namespace {
double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
} // namespace

ScoredAnalysis analyseAndStoreScores(storage::Repository& repository, const analytics::BaseAnalysisOptions& options,
                                     ScoreStoring storing) {
    ScoredAnalysis result;
    result.analysis = analytics::analyseBase(repository, options);
    if (options.progress && !options.progress(analytics::AnalysisPhase::Reports, -1)) {
        throw analytics::AnalysisCancelled();
    }
    const auto start = std::chrono::steady_clock::now();
    // The reports' working data (the ranking's quarterly revenue: 38 MB at a million customers) is freed, but in
    // small blocks glibc keeps resident. Given back now, they are not resident beside the store, the run's largest
    // moment.
    analytics::releaseFreedMemory();
    try {
        // Levels follow the scores of this run (each customer takes the first level, by rank, whose rule they meet),
        // in the same transaction: a level removed meanwhile cannot leave new scores beside old levels.
        repository.inOneTransaction([&] {
            std::vector<core::ServiceLevel> levels;
            for (auto& summary : repository.serviceLevels()) {
                levels.push_back(std::move(summary.level));
            }
            const auto assignments = levels.empty() ? std::vector<storage::ServiceLevelAssignment>()
                                                    : analytics::assignServiceLevels(result.analysis, levels);
            spdlog::debug("service levels assigned at {:.2f} s", secondsSince(start));
            // The scores made a batch at a time as they are written: held whole they would add 56 MB at a million
            // customers to the run's largest moment.
            repository.storeScoresAndLevels(analytics::customerScoreBatches(result.analysis), assignments,
                                            result.analysis.until);
            spdlog::debug("scores written at {:.2f} s", secondsSince(start));
        });
        spdlog::debug("scores committed at {:.2f} s", secondsSince(start));
        result.scoresStored = true;
        analytics::releaseFreedMemory(); // the million score rows just written
        spdlog::info("stored {} customers' scores in {:.1f} s", result.analysis.profiles.size(),
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    } catch (const storage::PermissionError& error) {
        if (storing == ScoreStoring::Required) {
            throw;
        }
        result.scoresNotStored = error.what();
        spdlog::info("scores not stored: {}", error.what());
    }
    return result;
}

} // namespace rapport::app
