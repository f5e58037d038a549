#include "app/relationship_edits.h"
#include "cli/analysis_output.h"
#include "cli/edit_support.h"

#include <CLI/CLI.hpp>
#include <ostream>

namespace rapport::cli {

namespace {

struct LadderArguments {
    AnalysisArguments analysis;
    core::CustomerId setFor = 0;
    std::string stage;
    std::string reason;
    std::string by;
    core::CustomerId clearFor = 0;
};

} // namespace

void addLadderCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<LadderArguments>();
    auto* command = app.add_subcommand(
        "ladder",
        "The relationship ladder: customers per stage, conversions, median time to climb; set a stage by hand");
    addAnalysisOptions(*command, arguments->analysis);
    std::vector<std::string> stages;
    for (const auto& [value, code] : core::EnumNames<core::LadderStage>::values) {
        stages.emplace_back(code);
    }
    auto* set =
        command->add_option("--set", arguments->setFor, "Set this customer's stage by hand (needs --stage, --reason)");
    auto* stage = command->add_option("--stage", arguments->stage, "The stage to set")->check(CLI::IsMember(stages));
    auto* reason = command->add_option("--reason", arguments->reason, "Why the rules do not see it");
    command->add_option("--by", arguments->by, "Who sets it");
    auto* clear =
        command->add_option("--clear", arguments->clearFor, "Let the rules decide this customer's stage again");
    set->needs(stage)->needs(reason)->excludes(clear);
    command->callback([&context, arguments] {
        auto repository =
            context.open(arguments->setFor != 0 || arguments->clearFor != 0 ? Access::Write : Access::Read);
        if (arguments->setFor != 0 || arguments->clearFor != 0) {
            // Set or cleared through the use case the app's ladder page calls, in one transaction.
            const auto customer = arguments->setFor != 0 ? arguments->setFor : arguments->clearFor;
            std::optional<core::LadderOverride> after;
            if (arguments->setFor != 0) {
                after = core::LadderOverride{customer, *core::fromCode<core::LadderStage>(arguments->stage),
                                             arguments->reason, core::Date::today(), arguments->by};
            }
            if (!findCustomer(context, *repository, customer) ||
                !applyEdit(context, *repository, {{"reason", "--reason"}, {"set_by", "--by"}}, [&] {
                    return app::setLadderOverride(customer, repository->ladderOverride(customer), after);
                })) {
                return;
            }
            if (after) {
                *context.err << "Customer " << customer << " is now '" << arguments->stage << "' (set by hand)\n";
            } else {
                *context.err << "Customer " << customer << " follows the rules again\n";
            }
        }
        const auto analysis = analytics::analyseBase(*repository, toOptions(arguments->analysis, context));
        if (arguments->analysis.json) {
            *context.out << ladderJson(analysis).dump(2) << '\n';
        } else {
            printLadder(*context.out, analysis);
        }
    });
}

} // namespace rapport::cli
