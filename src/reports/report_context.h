#pragma once

#include "analytics/base_analysis.h"
#include "analytics/ranking.h"
#include "reports/report.h"

#include <optional>
#include <string>

namespace rapport::reports {

/** What a report says about how it was made, beside the analysis itself. */
struct ReportContext {
    std::string database;
    analytics::BaseAnalysisOptions options; // the settings the analysis ran with
    std::string madeAt;                     // "2026-11-29 17:40 UTC"
    std::size_t printedRows = 50;           // longest table in PDF and HTML
};

/** "2026-11-29 17:40 UTC", now. */
std::string nowUtc();

/** Period, filters, model and rule settings, database and time: the lines every report starts with. */
std::vector<std::pair<std::string, std::string>> standardFacts(const analytics::BaseAnalysis& analysis,
                                                               const ReportContext& context);

/** "12 Kowalski Jan" or "#12" when the analysis has no profile for the id. */
std::string customerName(const analytics::BaseAnalysis& analysis, core::CustomerId id);

/** The seed's four groups, by number 1-4 (0: bought nothing in the window). */
std::string fourGroupName(int group);
/** The seed's decision in words: "hold on", "watch", "let go". */
std::string decisionText(analytics::Decision decision);
/** "prospect", "customer" ... as the seed names the ladder's rungs. */
std::string stageName(core::LadderStage stage);

} // namespace rapport::reports
