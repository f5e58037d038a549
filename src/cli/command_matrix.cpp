#include "cli/analysis_output.h"

#include <CLI/CLI.hpp>
#include <ostream>

namespace rapport::cli {

void addMatrixCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<AnalysisArguments>();
    auto* command = app.add_subcommand(
        "matrix", "Four groups by purchase cost and frequency (seed table 7.2), with the movement between windows");
    addAnalysisOptions(*command, *arguments);
    command->callback([&context, arguments] {
        auto repository = context.open(false);
        const auto analysis = analytics::analyseBase(*repository, toOptions(*arguments));
        if (arguments->json) {
            *context.out << fourGroupsJson(analysis, arguments->limit).dump(2) << '\n';
        } else {
            printFourGroups(*context.out, analysis, arguments->limit);
        }
    });
}

} // namespace rapport::cli
