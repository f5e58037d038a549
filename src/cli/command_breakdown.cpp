// rapport-cli breakdown --by segment|region|owner|channel|level: customers, revenue, the four groups, churn and
// acquisition cost against predicted value for each value of one dimension.
#include "app/customer_knowledge.h"
#include "cli/analysis_output.h"
#include "reports/text_table.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <ostream>

namespace rapport::cli {

namespace {

using reports::TextTable;

std::string amount(std::int64_t minor) {
    return core::Money::fromMinor(minor).toDecimal();
}

std::string ratio(const std::optional<double>& value) {
    if (!value) {
        return "-";
    }
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", *value);
    return text;
}

std::vector<std::string> cells(const analytics::DimensionRow& row, const std::string& label) {
    return {label,
            std::to_string(row.customers),
            amount(row.revenueMinor),
            amount(row.marginMinor),
            percent(row.revenueShare),
            std::to_string(row.fourGroups[1]) + "/" + std::to_string(row.fourGroups[2]) + "/" +
                std::to_string(row.fourGroups[3]) + "/" + std::to_string(row.fourGroups[4]),
            std::to_string(row.atRisk) + "/" + std::to_string(row.lapsed) + "/" + std::to_string(row.lost),
            amount(row.acquisitionCostMinor),
            amount(static_cast<std::int64_t>(row.acquisitionCostPerCustomer() + 0.5)),
            amount(row.predictedValueMinor),
            ratio(row.valueToCostRatio())};
}

void printBreakdown(std::ostream& out, const analytics::DimensionBreakdown& breakdown) {
    out << "Customers by " << analytics::dimensionCode(breakdown.dimension) << '\n';
    if (!breakdown.scored) {
        out << "No analysis run has stored scores yet: the four groups, churn and predicted values are empty "
               "(rapport-cli analyze --save-scores).\n";
    }
    TextTable table({{std::string(analytics::dimensionCode(breakdown.dimension))},
                     {"Customers", TextTable::Align::Right},
                     {"Revenue", TextTable::Align::Right},
                     {"Margin", TextTable::Align::Right},
                     {"Share", TextTable::Align::Right},
                     {"Groups 1/2/3/4", TextTable::Align::Right},
                     {"At risk/lapsed/lost", TextTable::Align::Right},
                     {"Acq. cost", TextTable::Align::Right},
                     {"Per customer", TextTable::Align::Right},
                     {"Predicted", TextTable::Align::Right},
                     {"Predicted/cost", TextTable::Align::Right}});
    for (const auto& row : breakdown.rows) {
        table.addRow(cells(row, row.value.empty() ? "(none)" : row.value));
    }
    table.addRow(cells(breakdown.total, "Total"));
    table.print(out);
}

} // namespace

void addBreakdownCommand(CLI::App& app, CliContext& context) {
    struct Arguments {
        std::string by;
        bool json = false;
    };
    auto arguments = std::make_shared<Arguments>();
    auto* command = app.add_subcommand(
        "breakdown", "Customers, revenue, margin, the four groups and churn by segment, region, owner, acquisition "
                     "channel or service level, with acquisition cost against predicted value");
    command
        ->add_option("--by", arguments->by,
                     "segment, region, owner, channel (acquisition channel) or level (service level)")
        ->required()
        ->check(CLI::IsMember({"segment", "region", "owner", "channel", "level"}));
    command->add_flag("--json", arguments->json, "Print JSON for scripts");
    command->callback([&context, arguments] {
        auto repository = context.open(Access::Read);
        const auto breakdown =
            app::analyseByDimension(*repository, *analytics::parseDimension(arguments->by), core::Date::today());
        if (arguments->json) {
            *context.out << app::toJson(breakdown).dump(2) << '\n';
        } else {
            printBreakdown(*context.out, breakdown);
        }
    });
}

} // namespace rapport::cli
