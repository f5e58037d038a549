// rapport-cli audit-knowledge: the seed's eight questions of the customer-knowledge audit, each with how much of
// the base (by customers and by value) the records answer, what is missing and the customers to complete first.
#include "app/customer_knowledge.h"
#include "cli/analysis_output.h"
#include "reports/text_table.h"

#include <CLI/CLI.hpp>
#include <ostream>

namespace rapport::cli {

namespace {

using reports::TextTable;

std::string gapList(unsigned gaps) {
    std::string text;
    for (const auto gap : analytics::gapsOf(gaps)) {
        text += (text.empty() ? "" : "; ") + std::string(analytics::gapText(gap));
    }
    return text;
}

void printAudit(std::ostream& out, const analytics::KnowledgeAudit& audit) {
    out << "Customer-knowledge audit: " << audit.customers << " customers, value "
        << core::Money::fromMinor(audit.totalValueMinor).toDecimal() << " (revenue to date plus predicted value)\n";
    if (!audit.scored) {
        out << "No analysis run has stored scores yet: run `rapport-cli analyze --save-scores` for the ranking and "
               "predicted values.\n";
    }
    out << '\n';
    TextTable table({{"#", TextTable::Align::Right},
                     {"Question", TextTable::Align::Left, 60},
                     {"Concerned", TextTable::Align::Right},
                     {"Customers", TextTable::Align::Right},
                     {"By value", TextTable::Align::Right}});
    int number = 1;
    for (const auto& coverage : audit.questions) {
        table.addRow({std::to_string(number++), std::string(analytics::questionText(coverage.question)),
                      std::to_string(coverage.applicable), percent(coverage.customerShare()),
                      percent(coverage.valueShare())});
    }
    table.print(out);
    number = 1;
    for (const auto& coverage : audit.questions) {
        const int n = number++;
        if (coverage.covered == coverage.applicable) {
            continue;
        }
        out << '\n' << n << ". " << analytics::questionText(coverage.question) << "\n   Missing:";
        for (int i = 0; i < analytics::kKnowledgeGapCount; ++i) {
            if (const auto count = coverage.missing[static_cast<std::size_t>(i)]; count > 0) {
                out << "\n     " << analytics::gapText(analytics::gapAt(i)) << ": " << count << " customers";
            }
        }
        if (!coverage.toComplete.empty()) {
            out << "\n   Complete first:";
            for (const auto& customer : coverage.toComplete) {
                out << "\n     " << customer.id << ' ' << customer.name << " ("
                    << core::Money::fromMinor(customer.valueMinor).toDecimal() << "): " << gapList(customer.gaps);
            }
        }
        out << '\n';
    }
}

} // namespace

void addAuditKnowledgeCommand(CLI::App& app, CliContext& context) {
    struct Arguments {
        bool json = false;
        int top = 5;
    };
    auto arguments = std::make_shared<Arguments>();
    auto* command = app.add_subcommand(
        "audit-knowledge", "The customer-knowledge audit: the seed's eight questions, how much of the base (customers "
                           "and value) the records answer, what is missing, the customers to complete first");
    command->add_flag("--json", arguments->json, "Print JSON for scripts");
    command->add_option("--top", arguments->top, "Customers to complete first, per question (default 5)")
        ->check(CLI::Range(0, 1000));
    command->callback([&context, arguments] {
        auto repository = context.open(Access::Read);
        const auto audit = app::auditCustomerKnowledge(*repository, core::Date::today(), arguments->top);
        if (arguments->json) {
            *context.out << app::toJson(audit).dump(2) << '\n';
        } else {
            printAudit(*context.out, audit);
        }
    });
}

} // namespace rapport::cli
