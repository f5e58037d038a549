#pragma once

#include "analytics/base_analysis.h"
#include "cli/cli_context.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace CLI {
class App;
}

namespace rapport::cli {

/** Why `--by profit` is refused without margins, after "cannot rank by profit: ". */
inline constexpr const char* kNoMarginsMessage =
    "no purchase in the analysed set carries a margin, so every profit would be 0 minus costs; use --by revenue, "
    "or import the purchases with their margins";

/** The options every analysis command shares. */
struct AnalysisArguments {
    std::string until;
    double windowMonths = 12;
    int limit = 20;
    bool json = false;
};

void addAnalysisOptions(CLI::App& command, AnalysisArguments& arguments);

using ReportJson = nlohmann::json (*)(const analytics::BaseAnalysis&, int limit);
using ReportText = void (*)(std::ostream&, const analytics::BaseAnalysis&, int limit);
/** A command that analyses the base and prints one report, as text or --json (unless a subcommand of it ran). */
CLI::App* addAnalysisCommand(CLI::App& app, CliContext& context, const std::string& name,
                             const std::string& description, ReportJson json, ReportText text);
/** The analysis's options from the command line; its purchases are read on a second read-only connection. */
analytics::BaseAnalysisOptions toOptions(const AnalysisArguments& arguments, const CliContext& context);
/** Opens the context's base again, read only, for the analysis's purchases (BaseAnalysisOptions). */
std::function<std::unique_ptr<storage::Repository>()> purchaseReader(const CliContext& context);

std::string percent(double share);    // "80.0 %"
std::string money(double majorUnits); // "1234.50"
/** "12 Kowalski Jan" for people reading the output. */
std::string customerLabel(const analytics::BaseAnalysis& analysis, core::CustomerId id);

// Each report as JSON and as text; `analyze` prints all of them.
nlohmann::json fourGroupsJson(const analytics::BaseAnalysis& analysis, int limit);
void printFourGroups(std::ostream& out, const analytics::BaseAnalysis& analysis, int limit);
nlohmann::json ladderJson(const analytics::BaseAnalysis& analysis);
void printLadder(std::ostream& out, const analytics::BaseAnalysis& analysis);
nlohmann::json churnJson(const analytics::BaseAnalysis& analysis, int limit);
void printChurn(std::ostream& out, const analytics::BaseAnalysis& analysis, int limit);
nlohmann::json rankingJson(const analytics::BaseAnalysis& analysis, int limit);
void printRanking(std::ostream& out, const analytics::BaseAnalysis& analysis, int limit);
nlohmann::json historicalJson(const analytics::BaseAnalysis& analysis);
void printHistorical(std::ostream& out, const analytics::BaseAnalysis& analysis);
nlohmann::json modelJson(const analytics::BaseAnalysis& analysis);
/** "Warning: the fit is weak" and what follows from it, one line each; nothing for a sound fit. */
void printFitWarnings(std::ostream& out, const analytics::FitAssessment& fit);
nlohmann::json fitWarningsJson(const analytics::FitAssessment& fit);

} // namespace rapport::cli
