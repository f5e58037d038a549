#pragma once

#include "storage/repository.h"

#include <iosfwd>
#include <memory>
#include <string>

namespace CLI {
class App;
}

namespace rapport::cli {

/** Exit codes shared by every command. */
enum ExitCode : int {
    kSuccess = 0,
    kProblemFound = 1, // the command ran and found something wrong (check failed, no such customer)
    kFailure = 2,      // nothing done: bad arguments, unreadable file, refused database
};

/** What every command gets: the global options, where to write, and a way to open the database. */
struct CliContext {
    std::string databasePath;
    bool verbose = false;
    std::ostream* out = nullptr; // data
    std::ostream* err = nullptr; // messages
    int exitCode = kSuccess;

    /** Opens the database; commands that only read pass create = false so a typo does not make a file. */
    std::unique_ptr<storage::Repository> open(bool create) const;
};

// One registration function per subcommand, each in its own file.
void addInitCommand(CLI::App& app, CliContext& context);
void addDemoCommand(CLI::App& app, CliContext& context);
void addCustomersCommand(CLI::App& app, CliContext& context);
void addCustomerCommand(CLI::App& app, CliContext& context);
void addEpisodesCommand(CLI::App& app, CliContext& context);
void addCheckCommand(CLI::App& app, CliContext& context);
void addBackupCommand(CLI::App& app, CliContext& context);
void addExportCommand(CLI::App& app, CliContext& context);
void addImportCommand(CLI::App& app, CliContext& context);
void addGdprCommand(CLI::App& app, CliContext& context);
void addReportCommand(CLI::App& app, CliContext& context);
void addMergeCommand(CLI::App& app, CliContext& context);
void addLtvCommand(CLI::App& app, CliContext& context);
void addRankCommand(CLI::App& app, CliContext& context);
void addMatrixCommand(CLI::App& app, CliContext& context);
void addLadderCommand(CLI::App& app, CliContext& context);
void addChurnCommand(CLI::App& app, CliContext& context);
void addAnalyzeCommand(CLI::App& app, CliContext& context);
void addTeamCommand(CLI::App& app, CliContext& context);
void addMigrateCommand(CLI::App& app, CliContext& context);
void addAuditCommand(CLI::App& app, CliContext& context);

/** Validates YYYY-MM-DD for CLI11 options. */
std::string isoDateValidator(const std::string& text);

} // namespace rapport::cli
