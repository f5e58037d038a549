// rapport-cli currency [--set CODE --yes]: the currency every amount of the database is in, shown or changed.
// A change relabels the amounts and converts none, so it says so and is made only with --yes.
#include "app/currency_change.h"
#include "cli/cli_context.h"

#include <CLI/CLI.hpp>
#include <ostream>

namespace rapport::cli {

namespace {

struct CurrencyArguments {
    std::string set;
    bool yes = false;
};

void showCurrency(CliContext& context) {
    auto repository = context.open(Access::Read);
    if (const auto currency = repository->currency()) {
        *context.out << currency->code() << '\n';
        return;
    }
    *context.out << "none\n";
    *context.err << "No currency is set for " << repository->location()
                 << ": amounts show as plain numbers. Set one with: rapport-cli currency --set CODE --yes\n";
}

void setCurrency(CliContext& context, const CurrencyArguments& arguments) {
    const auto to = app::currencyFromText(arguments.set); // a typo is refused before the database is opened
    auto repository = context.open(Access::Write);
    const auto change = app::changeCurrency(*repository, to);
    if (change.empty()) {
        *context.out << "The currency of " << repository->location() << " is already " << to.code()
                     << "; nothing changed.\n";
        return;
    }
    *context.err << "warning: " << app::relabellingWarning(repository->location(), change) << '\n';
    if (!arguments.yes) {
        *context.err << "Nothing was changed. Run the command again with --yes to change it.\n";
        context.exitCode = kFailure;
        return;
    }
    change.apply(*repository);
    *context.out << "The currency of " << repository->location() << " is now " << to.code() << " (was "
                 << (change.before() ? change.before()->code() : std::string("none")) << ").\n";
}

} // namespace

void addCurrencyCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<CurrencyArguments>();
    auto* command = app.add_subcommand(
        "currency", "Show the currency every amount of the database is in, or change it (amounts are not converted)");
    command->add_option("--set", arguments->set, "The ISO 4217 code to relabel every amount with, e.g. PLN, SEK, EUR");
    command->add_flag("--yes", arguments->yes,
                      "Confirm the change: every amount keeps its number and is shown in the new currency");
    command->callback([&context, arguments] {
        if (arguments->set.empty()) {
            if (arguments->yes) {
                *context.err << "rapport-cli: --yes confirms --set CODE; nothing to confirm\n";
                context.exitCode = kFailure;
                return;
            }
            showCurrency(context);
        } else {
            setCurrency(context, *arguments);
        }
    });
}

} // namespace rapport::cli
