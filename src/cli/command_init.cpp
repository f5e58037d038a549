#include "cli/cli_context.h"
#include "storage/name_collation.h"

#include <CLI/CLI.hpp>
#include <ostream>

namespace rapport::cli {

void addInitCommand(CLI::App& app, CliContext& context) {
    auto* command = app.add_subcommand("init", "Create an empty Rapport database (or check that one exists)");
    addCurrencyOption(*command, context);
    command->add_option("--collation", context.collation,
                        "The language whose alphabet orders names in a new database: pl, sv, ru, uk, en, root, ... "
                        "(default: the locale's, from LC_ALL, LC_COLLATE or LANG). An existing database keeps its own; "
                        "'collation --set' changes it");
    command->callback([&context] {
        auto repository = context.open(Access::Create);
        const auto counts = repository->counts();
        const auto currency = repository->currency();
        const auto collation = repository->collation();
        *context.out << "Rapport database ready at " << repository->location() << " (schema v"
                     << repository->schemaVersion() << ", " << counts.customers << " customers, "
                     << (currency ? "amounts in " + currency->code() : std::string("no currency set"))
                     << ", names sort by " << collation << ")\n";
        if (!repository->wasCreated() && !context.collation.empty() &&
            storage::normalizeCollationLanguage(context.collation) != collation) {
            *context.err << "The database exists and sorts names by " << collation << "; to change that: rapport-cli "
                         << "collation --set " << context.collation << "\n";
        }
    });
}

} // namespace rapport::cli
