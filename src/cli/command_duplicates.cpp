// rapport-cli duplicates [--limit N] [--no-names] [--json]: customers who are probably the same one.
// rapport-cli merge KEEP OTHER [--yes]: moves everything of OTHER onto KEEP and removes OTHER, recorded.
#include "app/merge.h"
#include "cli/cli_context.h"
#include "io/duplicates.h"
#include "platform/paths.h"
#include "reports/text_table.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <ostream>

namespace rapport::cli {

using reports::TextTable;

namespace {

struct DuplicatesArguments {
    int limit = 100;
    bool noNames = false;
    bool json = false;
};

struct MergeArguments {
    core::CustomerId keep = 0;
    core::CustomerId other = 0;
    bool yes = false;
};

std::string idList(const std::vector<core::CustomerId>& ids) {
    std::string text;
    for (const auto id : ids) {
        text += (text.empty() ? "" : " ") + std::to_string(id);
    }
    return text;
}

} // namespace

void addMergeCommand(CLI::App& app, CliContext& context) {
    auto found = std::make_shared<DuplicatesArguments>();
    auto* duplicates =
        app.add_subcommand("duplicates", "Find customers who are probably the same (e-mail, phone, name)");
    duplicates->add_option("--limit", found->limit, "At most this many candidates")
        ->check(CLI::Range(1, 100'000))
        ->capture_default_str();
    duplicates->add_flag("--no-names", found->noNames, "Only shared e-mails and phones (skips reading every name)");
    duplicates->add_flag("--json", found->json, "Print JSON for scripts");
    duplicates->callback([&context, found] {
        auto repository = context.open(Access::Read);
        io::DuplicateOptions options;
        options.limit = found->limit;
        options.similarNames = !found->noNames;
        const auto candidates = io::findDuplicates(*repository, options);
        if (found->json) {
            nlohmann::json list = nlohmann::json::array();
            for (const auto& c : candidates) {
                list.push_back({{"customers", c.customers}, {"reason", c.reason}});
            }
            *context.out << list.dump(2) << '\n';
        } else {
            TextTable table({{"customers"}, {"why", TextTable::Align::Left, 90}});
            for (const auto& c : candidates) {
                table.addRow({idList(c.customers), c.reason});
            }
            table.print(*context.out);
            *context.err << candidates.size() << " candidates. Check them with `rapport-cli customer ID`, then "
                         << "`rapport-cli merge KEEP OTHER --yes`.\n";
        }
    });

    auto merge = std::make_shared<MergeArguments>();
    auto* command = app.add_subcommand("merge", "Merge customer OTHER into KEEP: episodes, contact persons and all");
    command->add_option("KEEP", merge->keep, "The customer who stays")->required();
    command->add_option("OTHER", merge->other, "The duplicate, removed after its data moved to KEEP")->required();
    command->add_flag("--yes", merge->yes, "Do it (a merge cannot be undone; back up first)");
    command->callback([&context, merge] {
        auto repository = context.open(Access::Write);
        const auto keep = repository->customer(merge->keep);
        const auto other = repository->customer(merge->other);
        if (!keep || !other) {
            *context.err << "rapport-cli: no customer #" << (!keep ? merge->keep : merge->other) << '\n';
            context.exitCode = kProblemFound;
            return;
        }
        if (merge->keep == merge->other) {
            *context.err << "rapport-cli: KEEP and OTHER are the same customer\n";
            context.exitCode = kFailure;
            return;
        }
        if (!merge->yes) {
            *context.err << "This moves everything of #" << merge->other << " " << other->displayName << " onto #"
                         << merge->keep << " " << keep->displayName << " and removes #" << merge->other
                         << ". Nothing was changed; add --yes to merge.\n";
            context.exitCode = kFailure;
            return;
        }
        const core::CustomerId others[] = {merge->other};
        const auto event = app::mergeCustomers(*repository, merge->keep, others, platform::userName()).front();
        *context.err << event.details << ". Recorded as event #" << event.id << ".\n";
    });
}

} // namespace rapport::cli
