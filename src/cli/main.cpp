// rapport-cli: Rapport's command line, for scripts and for people. Data goes to stdout, messages to stderr.
#include "cli/cli_context.h"
#include "core/validation.h"
#include "platform/logging.h"
#include "platform/paths.h"
#include "storage/errors.h"
#include "storage/waiting.h"

#include <CLI/CLI.hpp>
#include <iostream>
#include <spdlog/spdlog.h>

int main(int argc, char** argv) {
    using namespace rapport;
    cli::CliContext context;
    context.out = &std::cout;
    context.err = &std::cerr;
    context.databasePath = platform::defaultDatabasePath().string();

    CLI::App app{"Rapport: relationship-marketing CRM, command line.\n"
                 "Dates are YYYY-MM-DD, money is decimal text. Exit codes: 0 done, 1 problem found, 2 nothing done.",
                 "rapport-cli"};
    app.set_version_flag("--version", "rapport-cli 0.1.0");
    app.add_option("--db", context.databasePath,
                   "Database file, or a team database: postgresql://USER@HOST:5432/DATABASE")
        ->default_str(context.databasePath);
    app.add_flag("-v,--verbose", context.verbose, "Log details to stderr");
    app.add_option("--wait", context.waitSeconds,
                   "Seconds a write waits for another program's write to the same database to finish")
        ->default_val(context.waitSeconds)
        ->check(CLI::Range(0, 86400));
    app.require_subcommand(1);
    app.fallthrough();

    cli::addInitCommand(app, context);
    cli::addDemoCommand(app, context);
    cli::addCustomersCommand(app, context);
    cli::addCustomerCommand(app, context);
    cli::addContactCommand(app, context);
    cli::addEpisodesCommand(app, context);
    cli::addCheckCommand(app, context);
    cli::addBackupCommand(app, context);
    cli::addRestoreCommand(app, context);
    cli::addImportCommand(app, context);
    cli::addExportCommand(app, context);
    cli::addGdprCommand(app, context);
    cli::addReportCommand(app, context);
    cli::addMergeCommand(app, context);
    cli::addLtvCommand(app, context);
    cli::addRankCommand(app, context);
    cli::addMatrixCommand(app, context);
    cli::addLadderCommand(app, context);
    cli::addChurnCommand(app, context);
    cli::addCampaignCommand(app, context);
    cli::addAttentionCommand(app, context);
    cli::addComplaintsCommand(app, context);
    cli::addCostCommand(app, context);
    cli::addPartnershipCommand(app, context);
    cli::addTaskCommand(app, context);
    cli::addAssessCommand(app, context);
    cli::addAnalyzeCommand(app, context);
    cli::addTeamCommand(app, context);
    cli::addMigrateCommand(app, context);
    cli::addAuditCommand(app, context);
    cli::addCollationCommand(app, context);
    cli::addCurrencyCommand(app, context);
    cli::addAuditKnowledgeCommand(app, context);
    cli::addBreakdownCommand(app, context);
    cli::addLevelsCommand(app, context);
    cli::addWinBackListCommand(app, context);

    // Logging must be set up before the subcommand callbacks run, but after --verbose is known.
    app.parse_complete_callback([&context] { platform::setupLogging({"rapport-cli", true, context.verbose}); });

    // Another program's write (an import, the app saving) holds the lock: say so while waiting, on stderr.
    storage::setWaitListener([lastPrinted = std::int64_t{0}](const storage::WaitNotice& notice) mutable {
        using std::chrono::duration_cast;
        using std::chrono::seconds;
        if (notice.finished) {
            lastPrinted = 0;
        }
        if (notice.gaveUp) {
            std::cerr << "Gave up waiting after " << duration_cast<seconds>(notice.waited).count() << " s.\n";
        } else if (notice.finished) {
            std::cerr << "Done waiting after " << duration_cast<seconds>(notice.waited).count() << " s.\n";
        } else if (const auto waited = duration_cast<seconds>(notice.waited).count();
                   waited != lastPrinted && (waited == 1 || waited / 10 != lastPrinted / 10)) {
            lastPrinted = waited; // at 1 s, then once in each ten seconds, whatever the notices' drift
            std::cerr << "Busy, waiting: another program is writing to " << notice.location << " (" << waited
                      << " s of at most " << duration_cast<seconds>(notice.limit).count() << " s)...\n";
        }
    });

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return cli::kFailure;
    } catch (const core::ValidationError& e) {
        std::cerr << "error: " << e.what() << '\n';
        return cli::kFailure;
    } catch (const storage::CancelledError& e) {
        std::cerr << "cancelled: " << e.what() << '\n';
        return cli::kFailure;
    } catch (const storage::StorageError& e) {
        std::cerr << "error: " << e.what() << '\n';
        return cli::kFailure;
    } catch (const std::exception& e) {
        spdlog::debug("the command failed: {}", e.what());
        std::cerr << "error: " << e.what() << '\n';
        return cli::kFailure;
    }
    return context.exitCode;
}
