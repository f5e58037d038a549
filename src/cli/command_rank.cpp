#include "cli/analysis_output.h"

#include <CLI/CLI.hpp>
#include <ostream>

namespace rapport::cli {

void addRankCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<AnalysisArguments>();
    auto by = std::make_shared<std::string>();
    auto* command = app.add_subcommand(
        "rank", "Rank customers by profitability: Pareto curve, 80/20 and 90/10, ABC classes, RFM, key-customer trend");
    addAnalysisOptions(*command, *arguments);
    command
        ->add_option("--by", *by,
                     "profit (margin minus relationship costs), revenue, historical, predicted (default: profit where "
                     "purchases carry margins, else revenue)")
        ->check(CLI::IsMember({"profit", "revenue", "historical", "predicted"}));
    command->callback([&context, arguments, by] {
        auto repository = context.open(Access::Read);
        auto options = toOptions(*arguments, context);
        if (!by->empty()) {
            options.rankBy = analytics::parseRankMeasure(*by);
        }
        const auto analysis = analytics::analyseBase(*repository, options);
        if (analysis.ranking.basis.profitAskedWithoutMargins) {
            *context.err << "error: cannot rank by profit: " << kNoMarginsMessage << '\n';
            context.exitCode = kProblemFound;
            return;
        }
        if (options.rankBy == analytics::RankMeasure::Predicted && !analysis.predictions.problem.empty()) {
            *context.err << "error: no predicted values: " << analysis.predictions.problem << '\n';
            context.exitCode = kProblemFound;
            return;
        }
        if (arguments->json) {
            *context.out << rankingJson(analysis, arguments->limit).dump(2) << '\n';
        } else {
            printRanking(*context.out, analysis, arguments->limit);
        }
    });
}

} // namespace rapport::cli
