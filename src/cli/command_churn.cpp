#include "cli/analysis_output.h"

#include <CLI/CLI.hpp>
#include <ostream>

namespace rapport::cli {

void addChurnCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<AnalysisArguments>();
    auto* command = app.add_subcommand(
        "churn", "Churn status, reasons beside the seed's benchmarks, and the at-risk work list by value at stake");
    addAnalysisOptions(*command, *arguments);
    command->callback([&context, arguments] {
        auto repository = context.open(false);
        const auto analysis = analytics::analyseBase(*repository, toOptions(*arguments));
        if (arguments->json) {
            *context.out << churnJson(analysis, arguments->limit).dump(2) << '\n';
        } else {
            printChurn(*context.out, analysis, arguments->limit);
        }
    });
}

} // namespace rapport::cli
