#include "cli/cli_context.h"
#include "demo/demo_generator.h"

#include <CLI/CLI.hpp>
#include <chrono>
#include <filesystem>
#include <iomanip>
#include <ostream>
#include <unistd.h>

namespace rapport::cli {

namespace {

struct DemoArguments {
    std::int64_t customers = 5000;
    std::uint64_t seed = 1;
    std::string end;
    bool append = false;
};

std::int64_t highestCustomerId(storage::Repository& repository) {
    storage::CustomerPageRequest request;
    request.sort = storage::CustomerSort::Id;
    request.order = storage::SortOrder::Descending;
    request.limit = 1;
    const auto page = repository.customerPage(request);
    return page.rows.empty() ? 0 : page.rows.front().id;
}

} // namespace

void addDemoCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<DemoArguments>();
    auto* command = app.add_subcommand("demo", "Fill the database with realistic demo data (deterministic for a seed)");
    command->add_option("--customers", arguments->customers, "How many customers to generate")
        ->check(CLI::Range(std::int64_t{1}, std::int64_t{50'000'000}))
        ->capture_default_str();
    command->add_option("--seed", arguments->seed, "Random seed; the same seed and end date give the same data")
        ->capture_default_str();
    command->add_option("--end", arguments->end, "Last day of the simulated three years (default: today)")
        ->check(CLI::Validator(isoDateValidator, "YYYY-MM-DD"));
    command->add_flag("--append", arguments->append, "Add to a database that already has customers");
    addCurrencyOption(*command, context);
    command->callback([&context, arguments] {
        auto repository = context.open(Access::Create);
        const auto existing = repository->counts().customers;
        if (existing > 0 && !arguments->append) {
            *context.err << "error: " << repository->location() << " already has " << existing
                         << " customers; demo data would mix with them. Use another --db, or --append.\n";
            context.exitCode = kFailure;
            return;
        }
        demo::DemoOptions options;
        options.customers = arguments->customers;
        if (existing > 0) {
            options.firstIndex = highestCustomerId(*repository);
        }
        options.seed = arguments->seed;
        if (!arguments->end.empty()) {
            options.end = *core::Date::parseIso(arguments->end);
        }
        const bool terminal = isatty(STDERR_FILENO) != 0;
        int lastPercent = -1;
        const auto started = std::chrono::steady_clock::now();
        const auto result = demo::generateDemoData(*repository, options, [&](std::int64_t done, std::int64_t total) {
            const int percent = static_cast<int>(done * 100 / std::max<std::int64_t>(total, 1));
            if (percent != lastPercent && (terminal || percent % 10 == 0)) {
                *context.err << (terminal ? "\r" : "") << "demo: " << percent << "% (" << done << " of " << total
                             << " customers)" << (terminal ? "" : "\n") << std::flush;
                lastPercent = percent;
            }
            return true;
        });
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (terminal) {
            *context.err << '\n';
        }
        std::error_code sizeError;
        const auto bytes = std::filesystem::file_size(repository->location(), sizeError);
        *context.out << "Generated " << result.customers << " customers, " << result.contactPersons
                     << " contact persons, " << result.episodes << " episodes (" << result.purchases << " purchases), "
                     << result.churnRecords << " churn records, " << result.costEntries << " cost entries, "
                     << result.tasks << " tasks and " << result.partnerships << " partnerships in " << std::fixed
                     << std::setprecision(1) << seconds << " s\n"
                     << "Seed " << options.seed << ", history up to " << options.end.toIso() << "; database "
                     << repository->location();
        if (!sizeError) {
            *context.out << " (" << std::setprecision(1) << static_cast<double>(bytes) / (1024.0 * 1024.0) << " MiB)";
        }
        *context.out << '\n';
    });
}

} // namespace rapport::cli
