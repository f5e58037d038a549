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

/** How a command uses the database, which decides how it is opened. */
enum class Access {
    Inspect, // check, backup: read-only, an older schema as it is; the file is never changed
    Read,    // reports, lists, analyses: read-only; the file is never created, migrated or checkpointed
    Write,   // edits of an existing database (migrated first when older)
    Create,  // init, import, demo: creates the database when missing, and says so
};

/** What every command gets: the global options, where to write, and a way to open the database. */
struct CliContext {
    std::string databasePath;
    bool verbose = false;
    int waitSeconds = 300;       // how long a write waits for another program's write to finish
    std::string currency;        // --currency of the commands that create a database; empty: the locale's
    std::ostream* out = nullptr; // data
    std::ostream* err = nullptr; // messages
    int exitCode = kSuccess;
    std::string collation; // how names sort in a database this command creates (init --collation); empty: the locale's

    /**
     * Opens the database as the command's access needs; a typo in a read never makes a file. A database created
     * here gets `currency` (else the locale's country's, else none); an existing one whose currency differs from
     * an explicit --currency is refused rather than silently kept.
     */
    std::unique_ptr<storage::Repository> open(Access access) const;
};

/** --currency CODE on a command that creates a database (init, demo, team init). */
void addCurrencyOption(CLI::App& command, CliContext& context);

// One registration function per subcommand, each in its own file.
void addInitCommand(CLI::App& app, CliContext& context);
void addDemoCommand(CLI::App& app, CliContext& context);
void addCustomersCommand(CLI::App& app, CliContext& context);
void addCustomerCommand(CLI::App& app, CliContext& context);
void addEpisodesCommand(CLI::App& app, CliContext& context);
void addCheckCommand(CLI::App& app, CliContext& context);
void addBackupCommand(CLI::App& app, CliContext& context);
void addRestoreCommand(CLI::App& app, CliContext& context);
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
void addAttentionCommand(CLI::App& app, CliContext& context);
void addComplaintsCommand(CLI::App& app, CliContext& context);
void addAnalyzeCommand(CLI::App& app, CliContext& context);
void addTeamCommand(CLI::App& app, CliContext& context);
void addMigrateCommand(CLI::App& app, CliContext& context);
void addAuditCommand(CLI::App& app, CliContext& context);
void addCollationCommand(CLI::App& app, CliContext& context);
void addContactCommand(CLI::App& app, CliContext& context);
void addCostCommand(CLI::App& app, CliContext& context);
void addPartnershipCommand(CLI::App& app, CliContext& context);
void addTaskCommand(CLI::App& app, CliContext& context);
void addAssessCommand(CLI::App& app, CliContext& context);
void addCurrencyCommand(CLI::App& app, CliContext& context);
void addCampaignCommand(CLI::App& app, CliContext& context);
void addAuditKnowledgeCommand(CLI::App& app, CliContext& context);
void addBreakdownCommand(CLI::App& app, CliContext& context);
void addLevelsCommand(CLI::App& app, CliContext& context);
void addWinBackListCommand(CLI::App& app, CliContext& context);

/** Validates YYYY-MM-DD for CLI11 options. */
std::string isoDateValidator(const std::string& text);

} // namespace rapport::cli
