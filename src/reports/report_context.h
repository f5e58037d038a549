#pragma once

#include "analytics/base_analysis.h"
#include "analytics/ranking.h"
#include "reports/cell_text.h"
#include "reports/report.h"

#include <optional>
#include <string>

namespace rapport::reports {

/**
 * What a report says about how it was made, beside the analysis itself, and how it speaks. Its words come from
 * the translations installed in the running program (i18n::Translations for `language`); numbers, dates and
 * money follow the language's locale.
 */
struct ReportContext {
    std::string database;
    analytics::BaseAnalysisOptions options; // the settings the analysis ran with
    std::string madeAt;                     // "2026-11-29 17:40 UTC"
    std::size_t printedRows = 50;           // longest table in PDF and HTML
    std::string language = "en";            // one of i18n::languages(): the words' language and the formats' locale
    std::string currency;                   // the database's currency, ISO 4217 ("PLN"); empty: amounts without sign

    [[nodiscard]] Formatting formatting() const { return Formatting(language, currency); }
};

/** "2026-11-29 17:40 UTC", now. */
std::string nowUtc();

/** An empty report with its title, in the context's language and currency. */
Report startReport(std::string title, const ReportContext& context);

/** Period, filters, model and rule settings, database and time: the lines every report starts with. */
std::vector<std::pair<std::string, std::string>> standardFacts(const analytics::BaseAnalysis& analysis,
                                                               const ReportContext& context);
/** The database, its currency and when the report was made: the lines every report's facts end with. */
void addOriginFacts(std::vector<std::pair<std::string, std::string>>& facts, const ReportContext& context);

/** "12 Kowalski Jan" or "#12" when the analysis has no profile for the id. */
std::string customerName(const analytics::BaseAnalysis& analysis, core::CustomerId id);

/** The seed's four groups by number 1-4 ("1 high cost, high frequency"); 0: bought nothing in the window. */
std::string fourGroupName(int group);
/** The seed's decision in its words: "hold on with all force", "watch closely", "let go". */
std::string decisionText(analytics::Decision decision);
/** The ladder's rungs as the seed names them: "Prospect", "Customer", "Client" ... */
std::string stageName(core::LadderStage stage);
std::string churnStatusName(core::ChurnStatus status);
/** An RFM segment ("champions", "at risk" ... from analytics::rfmSegment) in the report's language. */
std::string rfmSegmentName(std::string_view segment);

} // namespace rapport::reports
