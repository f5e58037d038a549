// rapport-cli team init | add-user | users: set up a team database on PostgreSQL and its members.
#include "cli/cli_context.h"
#include "reports/text_table.h"
#include "storage/connection_string.h"
#include "storage/team.h"

#include <CLI/CLI.hpp>
#include <iostream>
#include <ostream>
#include <termios.h>
#include <unistd.h>

namespace rapport::cli {

using reports::TextTable;

namespace {

struct AddUserArguments {
    std::string login;
    std::string role;
    std::string ownerName;
    bool password = false;
};

/** Reads a password: at a terminal without echo, from a pipe as its first line. */
std::string readPassword(const std::string& login, std::ostream& err) {
    std::string password;
    if (::isatty(STDIN_FILENO) != 0) {
        err << "Password for " << login << ": " << std::flush;
        termios saved{};
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        std::getline(std::cin, password);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << '\n';
    } else {
        std::getline(std::cin, password);
    }
    return password;
}

bool requireTeamDatabase(CliContext& context) {
    if (storage::isConnectionString(context.databasePath)) {
        return true;
    }
    *context.err << "rapport-cli: team commands need a team database: --db postgresql://USER@HOST:5432/DATABASE "
                    "(see docs/team.md); "
                 << context.databasePath << " is a file\n";
    context.exitCode = kFailure;
    return false;
}

} // namespace

void addTeamCommand(CLI::App& app, CliContext& context) {
    auto* team = app.add_subcommand("team", "Set up a shared team database on PostgreSQL and its members");
    team->require_subcommand(1);

    auto* init = team->add_subcommand("init", "Create Rapport's schema, roles and row-level security in an empty "
                                              "PostgreSQL database (as the server's administrator)");
    addCurrencyOption(*init, context);
    init->add_option("--collation", context.collation,
                     "The language whose alphabet orders names: pl, sv, ru, uk, en, root, ... (default: the locale's); "
                     "'collation --set' changes it later");
    init->callback([&context] {
        if (!requireTeamDatabase(context)) {
            return;
        }
        auto repository = context.open(Access::Create);
        const auto session = repository->teamSession();
        const auto counts = repository->counts();
        *context.out << "Team database ready at " << repository->location() << " (schema v"
                     << repository->check().schemaVersion << ", " << counts.customers << " customers)\n"
                     << "Roles: rapport_admin (everything, manages members), rapport_manager (own and shared "
                        "customers), rapport_analyst (reads everything, writes nothing).\n"
                     << "Next: rapport-cli --db URL team add-user LOGIN --role manager --owner-name \"Full Name\" "
                        "--password\n";
        if (session && (session->role == "superuser" || session->role == "owner")) {
            *context.out << "You are signed in as " << session->login << " (" << session->role
                         << "): row-level security does not apply to you. Give people their own logins.\n";
        }
    });

    auto arguments = std::make_shared<AddUserArguments>();
    auto* addUser = team->add_subcommand("add-user", "Add a member (a PostgreSQL login) or change their role");
    addUser->add_option("LOGIN", arguments->login, "Login name: lower-case letters, digits, _ . @ -")->required();
    addUser->add_option("--role", arguments->role, "admin, manager or analyst")
        ->required()
        ->check(CLI::IsMember({"admin", "manager", "analyst"}));
    addUser->add_option("--owner-name", arguments->ownerName,
                        "How the owner field of their customers names them, e.g. \"Anna Nowak\" (default: LOGIN)");
    addUser->add_flag("--password", arguments->password,
                      "Set a password: asked for at a terminal, else read from the first line of stdin");
    addUser->callback([&context, arguments] {
        if (!requireTeamDatabase(context)) {
            return;
        }
        std::optional<std::string> password;
        if (arguments->password) {
            password = readPassword(arguments->login, *context.err);
            if (password->empty()) {
                *context.err << "rapport-cli: an empty password was given; nothing changed\n";
                context.exitCode = kFailure;
                return;
            }
        }
        storage::addTeamMember(context.databasePath, arguments->login, arguments->role, arguments->ownerName, password);
        *context.out << "Team member " << arguments->login << " is now " << arguments->role << " (owner name \""
                     << (arguments->ownerName.empty() ? arguments->login : arguments->ownerName) << "\")"
                     << (password ? ", password set" : "") << '\n';
    });

    auto* users = team->add_subcommand("users", "List the members of the team database");
    users->callback([&context] {
        if (!requireTeamDatabase(context)) {
            return;
        }
        TextTable table({{"Login"}, {"Role"}, {"Owner name"}, {"Added by"}});
        for (const auto& member : storage::teamMembers(context.databasePath)) {
            table.addRow({member.login, member.role, member.ownerName, member.addedBy});
        }
        table.print(*context.out);
    });
}

} // namespace rapport::cli
