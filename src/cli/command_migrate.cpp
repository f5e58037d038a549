// rapport-cli migrate --from FILE --to URL: move a desktop base into an empty team database, checked afterwards.
#include "cli/cli_context.h"
#include "core/money.h"
#include "storage/connection_string.h"
#include "storage/database_copy.h"

#include <CLI/CLI.hpp>
#include <chrono>
#include <filesystem>
#include <ostream>

namespace rapport::cli {

namespace {

struct MigrateArguments {
    std::string from;
    std::string to;
};

} // namespace

void addMigrateCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<MigrateArguments>();
    auto* command = app.add_subcommand(
        "migrate", "Copy a desktop database into an empty team database (or back into a new file), then check that "
                   "counts and totals are equal");
    command->add_option("--from", arguments->from, "The database to copy: a file or a connection string")->required();
    command->add_option("--to", arguments->to, "An empty team database (postgresql://...) or a new file")->required();
    command->callback([&context, arguments] {
        namespace fs = std::filesystem;
        storage::OpenOptions existing;
        existing.createIfMissing = false;
        if (!storage::isConnectionString(arguments->from) && !fs::exists(arguments->from)) {
            *context.err << "rapport-cli: " << arguments->from << " does not exist\n";
            context.exitCode = kFailure;
            return;
        }
        auto from = storage::openRepository(arguments->from, existing);
        auto to = storage::openRepository(arguments->to);
        const auto started = std::chrono::steady_clock::now();
        std::string lastStage;
        int lastPercent = -1;
        const auto summary =
            storage::copyDatabase(*from, *to, [&](std::string_view stage, std::int64_t done, std::int64_t total) {
                const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 0;
                if (stage != lastStage || percent / 10 != lastPercent / 10) {
                    *context.err << "migrate: " << stage << ' ' << percent << "% (" << done << " of " << total << ")\n";
                    lastStage = stage;
                    lastPercent = percent;
                }
            });
        const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        const auto& c = summary.counts;
        *context.out << "Copied " << from->location() << " into " << to->location() << " in "
                     << static_cast<long long>(seconds * 10) / 10.0 << " s and checked it:\n"
                     << "  customers        " << c.customers << "\n  contact persons  " << c.contactPersons
                     << "\n  episodes         " << c.episodes << " (" << c.purchases << " purchases)"
                     << "\n  tasks            " << c.tasks << "\n  partnerships     " << c.partnerships
                     << "\n  churn records    " << c.churnRecords << "\n  cost entries     " << c.costEntries
                     << "\n  events           " << summary.events << "\n  ladder stages    " << summary.ladderOverrides
                     << "\n  scores           " << summary.scores << "\n  revenue          "
                     << core::Money::fromMinor(summary.revenueMinor).toDecimal() << "\n  margin           "
                     << core::Money::fromMinor(summary.marginMinor).toDecimal()
                     << "\nCounts, revenue and margin are equal on both sides.\n";
    });
}

} // namespace rapport::cli
