// rapport-cli gdpr export ID -o FILE: everything Rapport holds that refers to one customer, as one JSON document,
// for a data-subject access request.
#include "app/entity_json.h"
#include "cli/cli_context.h"
#include "platform/paths.h"

#include <CLI/CLI.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <ostream>

namespace rapport::cli {

using app::personalDataJson;

namespace {

struct GdprArguments {
    core::CustomerId id = 0;
    std::string output;
    bool force = false;
    bool yes = false;
};

} // namespace

void addGdprCommand(CLI::App& app, CliContext& context) {
    auto* gdpr = app.add_subcommand("gdpr", "Personal data of one customer (data-subject requests)");
    gdpr->require_subcommand(1);
    auto arguments = std::make_shared<GdprArguments>();
    auto* exportCommand = gdpr->add_subcommand("export", "Write everything that refers to the customer as JSON");
    exportCommand->add_option("ID", arguments->id, "The customer's id")->required();
    exportCommand->add_option("-o,--output", arguments->output, "The JSON file to write")->required();
    exportCommand->add_flag("--force", arguments->force, "Replace the file when it exists");
    exportCommand->callback([&context, arguments] {
        namespace fs = std::filesystem;
        if (fs::exists(arguments->output) && !arguments->force) {
            *context.err << "rapport-cli: " << arguments->output << " exists; choose another name or add --force\n";
            context.exitCode = kFailure;
            return;
        }
        auto repository = context.open(Access::Write);
        const auto customer = repository->customer(arguments->id);
        if (!customer) {
            *context.err << "rapport-cli: no customer #" << arguments->id << '\n';
            context.exitCode = kProblemFound;
            return;
        }
        auto document = personalDataJson(*repository, *customer);
        const auto now = std::chrono::system_clock::now();
        document["exported"] = {
            {"at_unix_seconds", std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count()},
            {"database", repository->location()}};
        const std::string partial = arguments->output + ".partial";
        {
            std::ofstream out(partial, std::ios::binary | std::ios::trunc);
            out << document.dump(2) << '\n';
            if (!out.flush()) {
                fs::remove(partial);
                *context.err << "rapport-cli: cannot write " << arguments->output << '\n';
                context.exitCode = kFailure;
                return;
            }
        }
        fs::rename(partial, arguments->output);
        repository->recordPersonalDataExport(arguments->id, platform::userName());
        *context.err << "Exported the personal data of customer #" << arguments->id << " ("
                     << document["episodes"].size() << " episodes) to " << arguments->output << '\n';
    });

    auto* erase = gdpr->add_subcommand(
        "erase", "Erase the customer's personal data everywhere, keep anonymous totals, record the erasure");
    erase->add_option("ID", arguments->id, "The customer's id")->required();
    erase->add_flag("--yes", arguments->yes, "Do it: erasure cannot be undone (back up first: rapport-cli backup)");
    erase->callback([&context, arguments] {
        auto repository = context.open(Access::Write);
        const auto customer = repository->customer(arguments->id);
        if (!customer) {
            *context.err << "rapport-cli: no customer #" << arguments->id << '\n';
            context.exitCode = kProblemFound;
            return;
        }
        if (!arguments->yes) {
            *context.err << "This erases the name, address, e-mails, phones, tags, notes, consents and contact persons "
                            "of customer #"
                         << arguments->id << " (" << customer->displayName
                         << ") and the notes of their episodes, tasks and churn records. It cannot be undone.\n"
                            "Nothing was changed; add --yes to erase.\n";
            context.exitCode = kFailure;
            return;
        }
        const auto event = repository->erasePersonalData(arguments->id, platform::userName());
        *context.err << "Erased customer #" << arguments->id << ": " << event.details << ". Recorded as event #"
                     << event.id << ".\n";
    });
}

} // namespace rapport::cli
