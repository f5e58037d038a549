// rapport-cli restore BACKUP --yes: puts a backup's contents back into the database, through SQLite.
#include "cli/cli_context.h"

#include <CLI/CLI.hpp>
#include <ostream>

namespace rapport::cli {

void addRestoreCommand(CLI::App& app, CliContext& context) {
    auto backup = std::make_shared<std::string>();
    auto yes = std::make_shared<bool>(false);
    auto* command = app.add_subcommand(
        "restore", "Replace the database's contents with a backup (never copy a backup over the file by hand: a "
                   "journal beside it would bring back what the backup does not hold)");
    command->add_option("BACKUP", *backup, "A file written by 'rapport-cli backup' or the app's File > Back up")
        ->required();
    command->add_flag("--yes", *yes, "Do it: everything written since the backup is replaced (back up first)");
    command->callback([&context, backup, yes] {
        if (!*yes) {
            *context.err << "rapport-cli: restoring replaces everything in " << context.databasePath
                         << " with the backup; everything written since is lost. Back it up first "
                            "(rapport-cli backup FILE), then run again with --yes.\n";
            context.exitCode = kFailure;
            return;
        }
        auto repository = context.open(Access::Write);
        const auto before = repository->counts();
        repository->restoreFrom(*backup);
        const auto after = repository->counts();
        *context.out << "Restored " << repository->location() << " from " << *backup << ": " << after.customers
                     << " customers and " << after.episodes << " episodes (before: " << before.customers << " and "
                     << before.episodes << ").\n";
    });
}

} // namespace rapport::cli
