// rapport-cli gdpr export ID -o FILE: everything Rapport holds that refers to one customer, as one JSON document,
// for a data-subject access request.
#include "cli/cli_context.h"
#include "cli/json_output.h"

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <ostream>

namespace rapport::cli {

namespace {

/** The whole personal record: profile, contact persons, every episode, tasks, costs, churn, ladder stage set by hand.
 */
nlohmann::json personalData(storage::Repository& repository, const core::Customer& customer) {
    nlohmann::json people = nlohmann::json::array();
    for (const auto& person : repository.contactPersons(customer.id)) {
        people.push_back(toJson(person));
    }
    nlohmann::json episodes = nlohmann::json::array();
    storage::EpisodeQuery query;
    query.customerId = customer.id;
    query.limit = 1000;
    for (;;) { // every episode, a page at a time
        const auto page = repository.episodes(query);
        for (const auto& episode : page.rows) {
            episodes.push_back(toJson(episode));
        }
        if (!page.next) {
            break;
        }
        query.after = page.next;
    }
    nlohmann::json tasks = nlohmann::json::array();
    for (const auto& task : repository.tasks(customer.id)) {
        tasks.push_back(toJson(task));
    }
    nlohmann::json costs = nlohmann::json::array();
    for (const auto& cost : repository.relationshipCosts(customer.id)) {
        costs.push_back(toJson(cost));
    }
    nlohmann::json churn = nlohmann::json::array();
    for (const auto& record : repository.churnRecords(customer.id)) {
        churn.push_back(toJson(record));
    }
    nlohmann::json ladder;
    if (const auto override = repository.ladderOverride(customer.id)) {
        ladder = {{"stage", core::toCode(override->stage)},
                  {"reason", override->reason},
                  {"set_on", override->setOn.toIso()},
                  {"set_by", override->setBy}};
    }
    nlohmann::json partnerships = nlohmann::json::array();
    for (const auto& p : repository.partnerships()) {
        if (p.partnerCustomerId == customer.id) {
            partnerships.push_back({{"id", p.id}, {"partner", p.partnerName}, {"stage", core::toCode(p.stage())}});
        }
    }
    nlohmann::json events = nlohmann::json::array();
    for (const auto& event : repository.customerEvents(customer.id)) {
        events.push_back({{"kind", event.kind},
                          {"at_unix_seconds", event.happenedAtUnixSeconds},
                          {"by", event.doneBy},
                          {"details", event.details}});
    }
    return {{"customer", toJson(customer)},
            {"contact_persons", people},
            {"episodes", episodes},
            {"tasks", tasks},
            {"relationship_costs", costs},
            {"churn_records", churn},
            {"ladder_stage_set_by_hand", ladder},
            {"partnerships", partnerships},
            {"merges_and_erasures", events}};
}

struct GdprArguments {
    core::CustomerId id = 0;
    std::string output;
    bool force = false;
    bool yes = false;
};

/** Who did it, for the record: the login name, as the app also records it. */
std::string currentUser() {
    const char* user = std::getenv("USER");
    return user != nullptr ? user : "";
}

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
        auto repository = context.open(false);
        const auto customer = repository->customer(arguments->id);
        if (!customer) {
            *context.err << "rapport-cli: no customer #" << arguments->id << '\n';
            context.exitCode = kProblemFound;
            return;
        }
        auto document = personalData(*repository, *customer);
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
        *context.err << "Exported the personal data of customer #" << arguments->id << " ("
                     << document["episodes"].size() << " episodes) to " << arguments->output << '\n';
    });

    auto* erase = gdpr->add_subcommand(
        "erase", "Erase the customer's personal data everywhere, keep anonymous totals, record the erasure");
    erase->add_option("ID", arguments->id, "The customer's id")->required();
    erase->add_flag("--yes", arguments->yes, "Do it: erasure cannot be undone (back up first: rapport-cli backup)");
    erase->callback([&context, arguments] {
        auto repository = context.open(false);
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
        const auto event = repository->erasePersonalData(arguments->id, currentUser());
        *context.err << "Erased customer #" << arguments->id << ": " << event.details << ". Recorded as event #"
                     << event.id << ".\n";
    });
}

} // namespace rapport::cli
