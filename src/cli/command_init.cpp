#include "cli/cli_context.h"

#include <CLI/CLI.hpp>
#include <ostream>

namespace rapport::cli {

void addInitCommand(CLI::App& app, CliContext& context) {
    auto* command = app.add_subcommand("init", "Create an empty Rapport database (or check that one exists)");
    addCurrencyOption(*command, context);
    command->callback([&context] {
        auto repository = context.open(Access::Create);
        const auto counts = repository->counts();
        const auto currency = repository->currency();
        *context.out << "Rapport database ready at " << repository->location() << " (schema v"
                     << repository->schemaVersion() << ", " << counts.customers << " customers, "
                     << (currency ? "amounts in " + currency->code() : std::string("no currency set")) << ")\n";
    });
}

} // namespace rapport::cli
