#include "app/analyse_and_score.h"
#include "cli/analysis_output.h"

#include <CLI/CLI.hpp>
#include <chrono>
#include <ostream>
#include <spdlog/spdlog.h>

namespace rapport::cli {

void addAnalyzeCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<AnalysisArguments>();
    arguments->limit = 5;
    auto* command = app.add_subcommand("analyze", "One-screen overview: value, ranking, four groups, ladder and churn");
    addAnalysisOptions(*command, *arguments);
    auto saveScores = std::make_shared<bool>(false);
    command->add_flag("--save-scores", *saveScores,
                      "Keep each customer's stage, group, churn status, P(alive) and predicted value in the database, "
                      "for the app's lists and filters");
    command->callback([&context, arguments, saveScores] {
        auto repository = context.open(*saveScores ? Access::Write : Access::Read);
        const auto start = std::chrono::steady_clock::now();
        const auto analysis = *saveScores ? app::analyseAndStoreScores(*repository, toOptions(*arguments, context),
                                                                       app::ScoreStoring::Required)
                                                .analysis
                                          : analytics::analyseBase(*repository, toOptions(*arguments, context));
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        spdlog::info("analysis: done at {:.3f} s", seconds);
        if (arguments->json) {
            *context.out << nlohmann::json{{"until", analysis.until.toIso()},
                                           {"customers", analysis.profiles.size()},
                                           {"active_customers", analysis.activeCustomers},
                                           {"revenue_in_window", analysis.revenueInWindowMinor / 100.0},
                                           {"model", modelJson(analysis)},
                                           {"historical_value", historicalJson(analysis)},
                                           {"ranking", rankingJson(analysis, arguments->limit)},
                                           {"four_groups", fourGroupsJson(analysis, arguments->limit)},
                                           {"ladder", ladderJson(analysis)},
                                           {"churn", churnJson(analysis, arguments->limit)},
                                           {"seconds", seconds}}
                                .dump(2)
                         << '\n';
            return;
        }
        auto& out = *context.out;
        out << "Rapport analysis of " << repository->location() << " on " << analysis.until.toIso() << " ("
            << analysis.profiles.size() << " customers, " << analysis.activeCustomers << " bought in the last "
            << arguments->windowMonths << " months for " << money(analysis.revenueInWindowMinor / 100.0) << ")\n";
        if (analysis.predictions.problem.empty()) {
            out << "Predicted: "
                << (analysis.predictions.purchases.model == analytics::PurchaseModel::BgNbd ? "BG/NBD" : "Pareto/NBD")
                << " and Gamma-Gamma fitted in months; value at stake and P(alive) below come from them\n";
            printFitWarnings(out, analysis.fit);
        } else {
            out << "No predictions: " << analysis.predictions.problem << "\n";
        }
        out << '\n';
        printHistorical(out, analysis);
        out << '\n';
        printRanking(out, analysis, arguments->limit);
        out << '\n';
        printFourGroups(out, analysis, arguments->limit);
        out << '\n';
        printLadder(out, analysis);
        out << '\n';
        printChurn(out, analysis, arguments->limit);
        out << "\n(analysed in " << std::fixed << std::setprecision(1) << seconds << " s)\n";
    });
}

} // namespace rapport::cli
