// rapport-cli report loyalty|profitability|churn|profile [ID]|knowledge --format pdf|html|xlsx|csv -o FILE
//   [--from DATE] [--to DATE] [--by profit|revenue] [--language en|pl|ru|uk|sv]
// Analyses the base with the stated period and settings and writes one report in the language asked for (else
// the locale's); the report itself states the period, model settings and when it was made. Progress goes to
// stderr, in English like every message of the command line.
#include "analytics/base_analysis.h"
#include "app/analysis_report.h"
#include "app/customer_knowledge.h"
#include "cli/analysis_output.h"
#include "cli/cli_context.h"
#include "cli/report_writing.h"
#include "reports/knowledge_audit_report.h"

#include <CLI/CLI.hpp>
#include <chrono>
#include <ostream>

namespace rapport::cli {

namespace {

/** The customers to complete first that the knowledge audit report lists per question. */
constexpr int kKnowledgeTop = 20;

struct ReportArguments {
    std::string kind;
    core::CustomerId id = 0;
    ReportOutput output;
    std::string from;
    std::string to;
    std::string owner;
    std::string by; // empty: profit where margins are recorded, else revenue
};

void runReport(CliContext& context, const ReportArguments& arguments) {
    auto& err = *context.err;
    if (arguments.kind == "profile" && arguments.id == 0) {
        err << "rapport-cli: report profile needs the customer's id: report profile ID ...\n";
        context.exitCode = kFailure;
        return;
    }
    const auto format = checkReportOutput(context, arguments.output);
    if (!format) {
        return;
    }
    analytics::BaseAnalysisOptions options;
    options.openPurchaseReader = purchaseReader(context);
    if (!arguments.to.empty()) {
        options.until = core::Date::parseIso(arguments.to);
    }
    if (!arguments.from.empty()) {
        options.from = core::Date::parseIso(arguments.from);
        if (options.until && *options.until < *options.from) {
            err << "rapport-cli: --from " << arguments.from << " is after --to " << arguments.to << '\n';
            context.exitCode = kFailure;
            return;
        }
    }
    if (!arguments.owner.empty()) {
        options.owner = arguments.owner;
    }
    if (!arguments.by.empty()) {
        options.rankBy = analytics::parseRankMeasure(arguments.by);
    }
    auto repository = context.open(Access::Read);
    if (arguments.kind == "profile" && !repository->customer(arguments.id)) {
        err << "rapport-cli: no customer #" << arguments.id << '\n';
        context.exitCode = kProblemFound;
        return;
    }

    const auto start = std::chrono::steady_clock::now();
    if (arguments.kind == "knowledge") { // reads the records and the stored scores; no model is fitted
        err << "Auditing " << repository->location() << " ...\n";
        const auto audit = app::auditCustomerKnowledge(*repository, core::Date::today(), kKnowledgeTop);
        const auto written = writeReport(context, arguments.output, *format, *repository,
                                         [&](const reports::ReportContext& reportContext) {
                                             return reports::knowledgeAuditReport(audit, reportContext);
                                         });
        if (written) {
            err << written->title << " written:\n";
            for (const auto& file : written->files) {
                err << "  " << file << '\n';
            }
        }
        return;
    }
    err << "Analysing " << repository->location() << " ...\n";
    const auto analysis = analytics::analyseBase(*repository, options);
    if (options.owner && analysis.profiles.empty()) {
        err << "rapport-cli: no customers of sales manager \"" << *options.owner << "\"\n";
        context.exitCode = kProblemFound;
        return;
    }
    if (analysis.ranking.basis.profitAskedWithoutMargins) {
        err << "rapport-cli: cannot report by profit: " << kNoMarginsMessage << '\n';
        context.exitCode = kProblemFound;
        return;
    }
    if (options.from && analysis.until < *options.from) {
        err << "rapport-cli: --from " << arguments.from << " is after the last purchase, " << analysis.until.toIso()
            << "; nothing to report\n";
        context.exitCode = kFailure;
        return;
    }
    auto written =
        writeReport(context, arguments.output, *format, *repository, [&](reports::ReportContext& reportContext) {
            reportContext.options = options;
            const auto kind = arguments.kind == "loyalty"         ? app::AnalysisReportKind::Loyalty
                              : arguments.kind == "profitability" ? app::AnalysisReportKind::Profitability
                              : arguments.kind == "churn"         ? app::AnalysisReportKind::Churn
                                                                  : app::AnalysisReportKind::CustomerProfile;
            return app::analysisReport(*repository, analysis, kind, arguments.id, reportContext);
        });
    if (written) {
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        err << written->title << " (" << analysis.current.from.toIso() << " to " << analysis.current.to.toIso()
            << ") written in " << std::fixed << std::setprecision(1) << seconds << " s:\n";
        for (const auto& file : written->files) {
            err << "  " << file << '\n';
        }
    }
}

} // namespace

void addReportCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<ReportArguments>();
    auto* command = app.add_subcommand(
        "report", "Write a loyalty, profitability, churn, customer-profile or customer-knowledge audit report");
    command->add_option("KIND", arguments->kind, "loyalty, profitability, churn, profile or knowledge")
        ->required()
        ->check(CLI::IsMember({"loyalty", "profitability", "churn", "profile", "knowledge"}));
    command->add_option("ID", arguments->id, "The customer's id (profile only)");
    command->add_option("--format", arguments->output.format, "pdf, html, xlsx or csv (default: from the file name)")
        ->check(CLI::IsMember({"pdf", "html", "xlsx", "csv"}));
    command->add_option("-o,--output", arguments->output.output, "The file to write")->required();
    command->add_option("--from", arguments->from, "Start of the period (default: a year before its end)")
        ->check(isoDateValidator);
    command->add_option("--to", arguments->to, "End of the period (default: the last purchase in the base)")
        ->check(isoDateValidator);
    command->add_option("--rows", arguments->output.rows, "Longest table in PDF and HTML; XLSX and CSV hold every row")
        ->check(CLI::Range(1, 100'000))
        ->capture_default_str();
    command->add_option("--owner", arguments->owner,
                        "Only this sales manager's customers (the models are still fitted on the whole base)");
    command
        ->add_option("--by", arguments->by,
                     "Rank and class customers by profit (margin minus relationship costs) or revenue (default: "
                     "profit where purchases carry margins, else revenue, and the report says so)")
        ->check(CLI::IsMember({"profit", "revenue"}));
    command
        ->add_option("--language", arguments->output.language,
                     "The report's language: " + languageList() +
                         " (default: the locale's, from LC_ALL, LC_MESSAGES or LANG; English where Rapport has no "
                         "translation)")
        ->check(reportLanguageValidator());
    command->add_flag("--force", arguments->output.force, "Replace the file when it exists");
    command->callback([&context, arguments] { runReport(context, *arguments); });
}

} // namespace rapport::cli
