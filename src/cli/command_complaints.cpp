// rapport-cli complaints: how complaints were handled (time to answer, share answered, satisfaction after), by owner
// or month, beside the seeds' point that most unhappy customers never complain; through app::complaintHandling.
#include "app/attention.h"
#include "cli/analysis_output.h"
#include "cli/edit_support.h"
#include "cli/output_values.h"
#include "reports/text_table.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

namespace rapport::cli {

namespace {

using analytics::ComplaintFigures;

struct ComplaintsInput {
    std::string by;
    std::string until;
    bool json = false;
};

nlohmann::json figuresJson(const ComplaintFigures& f) {
    return {{"complaints", f.complaints},
            {"answered", f.answered},
            {"share_answered", f.shareAnswered()},
            {"median_days_to_answer", jsonNumberOrNull(f.medianDaysToAnswer)},
            {"mean_days_to_answer", jsonNumberOrNull(f.meanDaysToAnswer)},
            {"rated_at_complaint", f.ratedAtComplaint},
            {"mean_satisfaction_at_complaint", jsonNumberOrNull(f.meanSatisfactionAtComplaint)},
            {"rated_after_answer", f.ratedAfterAnswer},
            {"mean_satisfaction_after_answer", jsonNumberOrNull(f.meanSatisfactionAfterAnswer)}};
}

nlohmann::json groupsJson(const std::vector<analytics::ComplaintGroup>& groups, const char* key) {
    auto rows = nlohmann::json::array();
    for (const auto& group : groups) {
        auto row = figuresJson(group.figures);
        row[key] = group.key;
        rows.push_back(row);
    }
    return rows;
}

std::string number(const std::optional<double>& value, const char* format) {
    if (!value) {
        return "-";
    }
    char text[32];
    std::snprintf(text, sizeof text, format, *value);
    return text;
}

void printGroups(std::ostream& out, const std::vector<analytics::ComplaintGroup>& groups, const std::string& title) {
    using reports::TextTable;
    TextTable table({{title},
                     {"Complaints", TextTable::Align::Right},
                     {"Answered", TextTable::Align::Right},
                     {"Share", TextTable::Align::Right},
                     {"Median days", TextTable::Align::Right},
                     {"Mean days", TextTable::Align::Right},
                     {"Satisfaction after", TextTable::Align::Right}});
    for (const auto& g : groups) {
        const auto& f = g.figures;
        table.addRow({g.key.empty() ? "(nobody)" : g.key, std::to_string(f.complaints), std::to_string(f.answered),
                      percent(f.shareAnswered()), number(f.medianDaysToAnswer, "%.1f"),
                      number(f.meanDaysToAnswer, "%.1f"), number(f.meanSatisfactionAfterAnswer, "%+.2f")});
    }
    table.print(out);
}

} // namespace

void addComplaintsCommand(CLI::App& app, CliContext& context) {
    auto input = std::make_shared<ComplaintsInput>();
    auto* command = app.add_subcommand(
        "complaints", "How complaints were handled: time to answer, share answered, satisfaction after the answer, "
                      "beside the seeds' 65-90 % of unhappy customers who leave without complaining");
    command->add_option("--by", input->by, "Break the figures down by owner or by month")
        ->check(CLI::IsMember({"owner", "month"}));
    command->add_option("--until", input->until, "Leave out episodes after this day, YYYY-MM-DD (default: today)")
        ->check(dateValidator());
    command->add_flag("--json", input->json, "Print JSON instead of text (with both breakdowns)");
    command->callback([&context, input] {
        auto repository = context.open(Access::Read);
        const auto until = input->until.empty() ? core::Date::today() : dateOf(input->until);
        const auto report = app::complaintHandling(*repository, until);
        if (input->json) {
            const nlohmann::json out{{"until", until.toIso()},
                                     {"total", figuresJson(report.total)},
                                     {"by_owner", groupsJson(report.byOwner, "owner")},
                                     {"by_month", groupsJson(report.byMonth, "month")},
                                     {"unhappy_customers", report.unhappyCustomers},
                                     {"silent_unhappy_customers", report.silentUnhappyCustomers},
                                     {"silent_share", report.silentShare()},
                                     {"benchmark_silent_share",
                                      {{"low", analytics::ComplaintReport::kSeedSilentLow},
                                       {"high", analytics::ComplaintReport::kSeedSilentHigh}}}};
            *context.out << out.dump(2) << '\n';
            return;
        }
        auto& out = *context.out;
        const auto& t = report.total;
        out << "Complaints up to " << until.toIso() << ": " << t.complaints << ", answered " << t.answered << " ("
            << percent(t.shareAnswered()) << ")\n";
        out << "Time to answer: median " << number(t.medianDaysToAnswer, "%.1f") << " days, mean "
            << number(t.meanDaysToAnswer, "%.1f") << " days\n";
        out << "Satisfaction at the complaint: " << number(t.meanSatisfactionAtComplaint, "%+.2f") << " ("
            << t.ratedAtComplaint << " rated); after the answer: " << number(t.meanSatisfactionAfterAnswer, "%+.2f")
            << " (" << t.ratedAfterAnswer << " rated)\n";
        out << "Unhappy customers (a complaint, or an episode rated -1 or -2): " << report.unhappyCustomers
            << ", of whom " << report.silentUnhappyCustomers << " (" << percent(report.silentShare())
            << ") never complained. The seeds: 65-90 % of unhappy customers leave without complaining.\n";
        if (input->by == "owner") {
            out << '\n';
            printGroups(out, report.byOwner, "Owner");
        } else if (input->by == "month") {
            out << '\n';
            printGroups(out, report.byMonth, "Month");
        }
    });
}

} // namespace rapport::cli
