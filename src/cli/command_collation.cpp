// rapport-cli collation [--set LANGUAGE]: the language whose alphabet orders names in the database.
#include "cli/cli_context.h"
#include "storage/name_collation.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <ostream>

namespace rapport::cli {

namespace {

/** "pl (Polski)", or the bare code for a language Rapport does not name. */
std::string collationDescribed(const std::string& language) {
    for (const auto& choice : storage::offeredCollations()) {
        if (choice.language == language) {
            return language + " (" + choice.nativeName + ")";
        }
    }
    return language;
}

std::string choices() {
    std::string text;
    for (const auto& choice : storage::offeredCollations()) {
        text += (text.empty() ? "" : ", ") + choice.language + " " + choice.englishName;
    }
    return text;
}

struct CollationArguments {
    std::string language;
    bool json = false;
};

} // namespace

void addCollationCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<CollationArguments>();
    auto* command = app.add_subcommand(
        "collation", "Show or change the language whose alphabet orders names in this database (" + choices() +
                         "; any other language code ICU knows works too). A change re-sorts every name in one "
                         "transaction; on a team database only an admin may change it");
    command->add_option("--set", arguments->language, "Sort names by this language from now on, e.g. pl, sv, ru, uk");
    command->add_flag("--json", arguments->json, "Print {\"collation\": ...} as JSON");
    command->callback([&context, arguments] {
        const bool change = !arguments->language.empty();
        std::string language;
        std::int64_t customers = 0;
        {
            auto repository = context.open(change ? Access::Write : Access::Read);
            if (change) {
                repository->setCollation(arguments->language);
                customers = repository->counts().customers;
            }
            language = repository->collation();
        }
        if (arguments->json) {
            *context.out << nlohmann::json{{"collation", language}}.dump(2) << '\n';
        } else if (change) {
            *context.out << "Names now sort by " << collationDescribed(language) << " (" << customers
                         << " customers).\n";
        } else {
            *context.out << "Names sort by " << collationDescribed(language) << ".\n";
        }
    });
}

} // namespace rapport::cli
