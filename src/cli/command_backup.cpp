#include "cli/cli_context.h"

#include <CLI/CLI.hpp>
#include <ostream>

namespace rapport::cli {

void addBackupCommand(CLI::App& app, CliContext& context) {
    auto target = std::make_shared<std::string>();
    auto* command =
        app.add_subcommand("backup", "Copy the database to a new file (consistent even while the app is open)");
    command->add_option("FILE", *target, "The new file; an existing file is never overwritten")->required();
    command->callback([&context, target] {
        auto repository = context.open(Access::Inspect);
        repository->backupTo(*target);
        *context.out << "Backed up " << repository->location() << " to " << *target << '\n';
    });
}

} // namespace rapport::cli
