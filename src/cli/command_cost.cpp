// rapport-cli cost add | list | delete: the costs of organising a relationship (seed table 7.3, line 5) per
// customer, year and cost line, through app::setRelationshipCosts, app::spreadCost and app::removeRelationshipCost.
#include "app/entity_json.h"
#include "app/relationship_edits.h"
#include "cli/edit_support.h"
#include "reports/text_table.h"

#include <algorithm>
#include <ostream>

namespace rapport::cli {

namespace {

using reports::TextTable;

struct CostInput {
    std::vector<core::CustomerId> customers;
    int year = 0;
    std::string line;
    std::string amount;
    bool spread = false;
    bool json = false;
};

const FieldOptions kCostFields{{"customer_id", "CUSTOMER"}, {"year", "--year"}, {"amount", "--amount"}};

void addYearAndLine(CLI::App& command, CostInput& input) {
    command.add_option("--year", input.year, "Calendar year, e.g. 2025")->required();
    command
        .add_option("--line", input.line,
                    "Cost line: " + core::allCodes<core::CostLine>() + " (seed table 7.3, lines 5.1.1 to 5.4)")
        ->required()
        ->check(codeValidator<core::CostLine>("a cost line"));
}

} // namespace

void addCostCommand(CLI::App& app, CliContext& context) {
    auto* cost = app.add_subcommand("cost", "Relationship costs per customer, year and cost line: add, list, delete");
    cost->require_subcommand(1);

    auto added = std::make_shared<CostInput>();
    auto* add = cost->add_subcommand(
        "add", "Set a cost line of one or more customers for a year (replacing what it was), in one transaction");
    add->add_option("CUSTOMER", added->customers, "Customer ids")->required()->check(CLI::PositiveNumber);
    addYearAndLine(*add, *added);
    add->add_option("--amount", added->amount,
                    "Decimal amount, e.g. 12.50: each customer's, or with --spread the total")
        ->required()
        ->check(amountValidator());
    add->add_flag("--spread", added->spread,
                  "Divide the amount equally over the customers, to the cent (the first ones get the odd cents), "
                  "so that the lines add up to it exactly");
    add->add_flag("--json", added->json, "Print the lines set as JSON");
    add->callback([&context, added] {
        auto customers = added->customers;
        std::sort(customers.begin(), customers.end());
        if (const auto twice = std::adjacent_find(customers.begin(), customers.end()); twice != customers.end()) {
            refuse(context, "CUSTOMER: customer #" + std::to_string(*twice) + " is named twice");
            return;
        }
        auto repository = context.open(Access::Write);
        for (const auto id : added->customers) {
            if (!findCustomer(context, *repository, id)) {
                return;
            }
        }
        const auto line = codeOf<core::CostLine>(added->line);
        const auto amount = amountOf(added->amount);
        std::vector<core::RelationshipCost> costs;
        if (added->spread) {
            costs = app::spreadCost(added->customers, added->year, line, amount);
        } else {
            for (const auto id : added->customers) {
                costs.push_back({id, added->year, line, amount});
            }
        }
        const auto edit =
            applyEdit(context, *repository, kCostFields, [&] { return app::setRelationshipCosts(*repository, costs); });
        if (!edit) {
            return;
        }
        if (edit->empty()) {
            *context.err << "The cost lines already hold these amounts; nothing changed.\n";
        } else {
            *context.err << "Set " << edit->changes().size() << " of " << costs.size() << " " << added->line
                         << " cost lines for " << added->year << ".\n";
        }
        if (added->json) {
            const auto rows = app::toJsonArray(costs);
            *context.out << nlohmann::json{{"relationship_costs", rows}}.dump(2) << '\n';
            return;
        }
        for (const auto& c : costs) {
            *context.out << c.customerId << ' ' << c.year << ' ' << core::toCode(c.line) << ' ' << c.amount.toDecimal()
                         << '\n';
        }
    });

    auto listed = std::make_shared<CostInput>();
    auto* list = cost->add_subcommand("list", "List a customer's cost lines by year");
    list->add_option("CUSTOMER", listed->customers, "Customer id")->required()->expected(1)->check(CLI::PositiveNumber);
    list->add_flag("--json", listed->json, "Print JSON for scripts");
    list->callback([&context, listed] {
        auto repository = context.open(Access::Read);
        const auto id = listed->customers.front();
        if (!customerToRead(context, *repository, id)) {
            return;
        }
        const auto costs = repository->relationshipCosts(id);
        if (listed->json) {
            const auto rows = app::toJsonArray(costs);
            *context.out << nlohmann::json{{"customer_id", id}, {"relationship_costs", rows}}.dump(2) << '\n';
            return;
        }
        if (costs.empty()) {
            *context.err << "Customer #" << id << " has no cost lines.\n";
            return;
        }
        TextTable table({{"Year"}, {"Line"}, {"Amount", TextTable::Align::Right}});
        for (const auto& c : costs) {
            table.addRow({std::to_string(c.year), std::string(core::toCode(c.line)), c.amount.toDecimal()});
        }
        table.print(*context.out);
    });

    auto deleted = std::make_shared<CostInput>();
    auto* remove = cost->add_subcommand("delete", "Delete one cost line of a customer and year");
    remove->add_option("CUSTOMER", deleted->customers, "Customer id")
        ->required()
        ->expected(1)
        ->check(CLI::PositiveNumber);
    addYearAndLine(*remove, *deleted);
    remove->callback([&context, deleted] {
        auto repository = context.open(Access::Write);
        const auto id = deleted->customers.front();
        if (!findCustomer(context, *repository, id)) {
            return;
        }
        const auto line = codeOf<core::CostLine>(deleted->line);
        const auto costs = repository->relationshipCosts(id);
        const auto it = std::find_if(costs.begin(), costs.end(),
                                     [&](const auto& c) { return c.year == deleted->year && c.line == line; });
        if (it == costs.end()) {
            refuse(context,
                   "customer #" + std::to_string(id) + " has no " + deleted->line + " cost line in " +
                       std::to_string(deleted->year) + " (see cost list " + std::to_string(id) + ")",
                   kProblemFound);
            return;
        }
        if (applyEdit(context, *repository, kCostFields, [&] { return app::removeRelationshipCost(*it); })) {
            *context.err << "Deleted the " << deleted->year << " " << deleted->line << " cost line ("
                         << it->amount.toDecimal() << ") of customer #" << id << ".\n";
        }
    });
}

} // namespace rapport::cli
