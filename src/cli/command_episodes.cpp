#include "app/entity_json.h"
#include "cli/cli_context.h"
#include "reports/text_table.h"

#include <CLI/CLI.hpp>
#include <ostream>

namespace rapport::cli {

using app::toJson;

using reports::TextTable;

namespace {

struct EpisodesArguments {
    core::CustomerId customer = 0;
    std::string from;
    std::string to;
    std::string kind;
    int limit = 100;
    bool json = false;
};

std::string kindValidator(const std::string& text) {
    if (core::fromCode<core::EpisodeKind>(text)) {
        return {};
    }
    return "'" + text + "' is not an episode kind; expected one of " + core::allCodes<core::EpisodeKind>();
}

} // namespace

void addEpisodesCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<EpisodesArguments>();
    auto* command = app.add_subcommand("episodes", "List episodes (interactions), newest first");
    command->add_option("--customer", arguments->customer, "Only this customer's episodes")->check(CLI::PositiveNumber);
    const CLI::Validator isoDate(isoDateValidator, "YYYY-MM-DD");
    command->add_option("--from", arguments->from, "First day, inclusive")->check(isoDate);
    command->add_option("--to", arguments->to, "Last day, inclusive")->check(isoDate);
    command->add_option("--kind", arguments->kind, "Only this kind (purchase, complaint, ...)")
        ->check(CLI::Validator(kindValidator, "KIND"));
    command->add_option("--limit", arguments->limit, "At most this many rows")
        ->check(CLI::Range(1, 100'000))
        ->capture_default_str();
    command->add_flag("--json", arguments->json, "Print JSON for scripts");
    command->callback([&context, arguments] {
        storage::EpisodeQuery query;
        if (arguments->customer > 0) {
            query.customerId = arguments->customer;
        }
        if (!arguments->from.empty()) {
            query.from = core::Date::parseIso(arguments->from);
        }
        if (!arguments->to.empty()) {
            query.to = core::Date::parseIso(arguments->to);
        }
        if (query.from && query.to && *query.to < *query.from) {
            *context.err << "error: --to " << arguments->to << " is before --from " << arguments->from << '\n';
            context.exitCode = kFailure;
            return;
        }
        if (!arguments->kind.empty()) {
            query.kind = core::fromCode<core::EpisodeKind>(arguments->kind);
        }
        query.limit = arguments->limit;
        auto repository = context.open(Access::Read);
        const auto page = repository->episodes(query);
        if (arguments->json) {
            const auto rows = app::toJsonArray(page.rows);
            *context.out << nlohmann::json{{"episodes", rows}, {"more", page.next.has_value()}}.dump(2) << '\n';
            return;
        }
        if (page.rows.empty()) {
            *context.err << "No episodes match.\n";
            return;
        }
        TextTable table({{"ID", TextTable::Align::Right},
                         {"Date"},
                         {"Customer", TextTable::Align::Right},
                         {"Kind"},
                         {"Channel"},
                         {"Revenue", TextTable::Align::Right},
                         {"Document"},
                         {"Satisfaction", TextTable::Align::Right},
                         {"Follow-up"},
                         {"Notes", TextTable::Align::Left, 40}});
        for (const auto& e : page.rows) {
            std::string followUp;
            if (e.followUpOn) {
                followUp = e.followUpOn->toIso() + (e.followUpDone ? " done" : " open");
            }
            // "536365, 7 lines", "C536379, cancels #12": the invoice an imported episode came from.
            std::string document = e.reference;
            if (e.lineCount > 0) {
                document += (document.empty() ? "" : ", ") + std::to_string(e.lineCount) +
                            (e.lineCount == 1 ? " line" : " lines");
            }
            if (e.cancels) {
                document += (document.empty() ? "" : ", ") + std::string("cancels #") + std::to_string(*e.cancels);
            }
            table.addRow({std::to_string(e.id), e.occurredOn.toIso(), std::to_string(e.customerId),
                          std::string(core::toCode(e.kind)), std::string(core::toCode(e.channel)),
                          e.revenue ? e.revenue->toDecimal() : "", document,
                          e.satisfaction ? std::to_string(*e.satisfaction) : "", followUp, e.notes});
        }
        table.print(*context.out);
        if (page.next) {
            *context.out << "(first " << page.rows.size() << " shown; use --limit or --from/--to for more)\n";
        }
    });
}

} // namespace rapport::cli
