#include "cli/cli_context.h"

#include <CLI/CLI.hpp>
#include <ostream>

namespace rapport::cli {

void addInitCommand(CLI::App& app, CliContext& context) {
    auto* command = app.add_subcommand("init", "Create an empty Rapport database (or check that one exists)");
    command->callback([&context] {
        auto repository = context.open(Access::Create);
        const auto counts = repository->counts();
        *context.out << "Rapport database ready at " << repository->location() << " (schema v"
                     << repository->schemaVersion() << ", " << counts.customers << " customers)\n";
    });
}

} // namespace rapport::cli
