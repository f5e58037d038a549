// rapport-cli winback: the customers lost or lapsed lately by value at stake, with the recorded or suspected reason,
// the win-back attempts and outcomes, and the win-back rate and cost by reason beside the seed's benchmark, through
// app::winBackList.
#include "app/winback.h"
#include "cli/analysis_output.h"
#include "cli/edit_support.h"
#include "cli/output_values.h"
#include "reports/text_table.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <functional>
#include <nlohmann/json.hpp>
#include <ostream>

namespace rapport::cli {

namespace {

using analytics::CostSource;
using analytics::WinBackRow;
using analytics::WinBackStatus;
using analytics::WinBackTally;

struct WinBackInput {
    std::string today;
    int days = analytics::WinBackRules{}.windowDays;
    double factor = analytics::WinBackRules{}.lapseFactor;
    int defaultInterval = analytics::WinBackRules{}.defaultIntervalDays;
    std::optional<double> costPerAttempt;
    std::optional<double> keepCost;
    int limit = 50;
    bool json = false;
};

std::string sourceCode(CostSource source) {
    switch (source) {
    case CostSource::Given:
        return "given";
    case CostSource::Campaigns:
        return "campaigns";
    case CostSource::Missing:
        return "missing";
    }
    return "missing";
}

nlohmann::json rowJson(const WinBackRow& r) {
    return {{"customer_id", r.customerId},
            {"name", r.name},
            {"owner", r.owner},
            {"status", std::string(analytics::winBackStatusCode(r.status))},
            {"since", r.since.toIso()},
            {"last_purchase_on", jsonDateOrNull(r.lastPurchaseOn)},
            {"usual_interval_days",
             r.status == WinBackStatus::Lapsed ? nlohmann::json(r.usualIntervalDays) : nlohmann::json(nullptr)},
            {"interval_is_default", r.intervalIsDefault},
            {"value_at_stake", r.yearlyMargin},
            {"yearly_revenue", r.yearlyRevenue},
            {"recorded_reason", r.status == WinBackStatus::Lost ? nlohmann::json(r.recordedReason) : nullptr},
            {"suspected_reason", std::string(analytics::suspectedReasonCode(r.suspected))},
            {"complaint_on", jsonDateOrNull(r.complaintOn)},
            {"person", r.personName},
            {"role", r.personRole},
            {"left_on", jsonDateOrNull(r.leftOn)},
            {"last_contact_on", jsonDateOrNull(r.lastContactOn)},
            {"win_back_attempts", r.winBackAttempts},
            {"outcome", std::string(core::toCode(r.outcome))}};
}

nlohmann::json tallyJson(const WinBackTally& t, const analytics::WinBackCosts& costs) {
    return {{"reason", t.reason},
            {"suspected", t.suspected},
            {"customers", t.customers},
            {"attempted", t.attempted},
            {"won_back", t.wonBack},
            {"failed", t.failed},
            {"pending", t.pending},
            {"attempts_ended", t.attemptsEnded},
            {"value_at_stake", t.valueAtStake},
            {"win_back_rate", jsonNumberOrNull(t.winBackRate())},
            {"cost_per_won_back", jsonNumberOrNull(t.costPerWonBack(costs))},
            {"cost_ratio_to_keeping", jsonNumberOrNull(t.costRatio(costs))}};
}

/** The recorded reason, or the suspected one with the figures behind it, in one English line. */
std::string winBackReasonWords(const WinBackRow& r) {
    if (r.status == WinBackStatus::Lost) {
        return "recorded: " + r.recordedReason;
    }
    switch (r.suspected) {
    case analytics::SuspectedReason::ComplaintUnanswered:
        return "suspected: complaint of " + (r.complaintOn ? r.complaintOn->toIso() : "") + " unanswered";
    case analytics::SuspectedReason::KeyPersonLeft:
        return "suspected: " + r.personName + (r.personRole.empty() ? "" : " (" + r.personRole + ")") + " left " +
               (r.leftOn ? r.leftOn->toIso() : "");
    case analytics::SuspectedReason::NoContact:
        return "suspected: no contact after the last purchase";
    case analytics::SuspectedReason::Unknown:
        return "suspected: unknown";
    }
    return {};
}

std::string optionalText(const std::optional<double>& value, const std::function<std::string(double)>& format) {
    return value ? format(*value) : "-";
}

std::string ratioText(double ratio) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1fx", ratio);
    return text;
}

void printSummary(const app::WinBackList& list, std::ostream& out) {
    using reports::TextTable;
    const auto& costs = list.summary.costs;
    TextTable table({{"Reason"},
                     {"Customers", TextTable::Align::Right},
                     {"Attempted", TextTable::Align::Right},
                     {"Won back", TextTable::Align::Right},
                     {"Failed", TextTable::Align::Right},
                     {"Pending", TextTable::Align::Right},
                     {"Win-back rate", TextTable::Align::Right},
                     {"Cost per won back", TextTable::Align::Right},
                     {"x keeping", TextTable::Align::Right}});
    const auto addRow = [&](const std::string& name, const WinBackTally& t) {
        table.addRow({name, std::to_string(t.customers), std::to_string(t.attempted), std::to_string(t.wonBack),
                      std::to_string(t.failed), std::to_string(t.pending),
                      optionalText(t.winBackRate(), [](double v) { return percent(v); }),
                      optionalText(t.costPerWonBack(costs), [](double v) { return money(v); }),
                      optionalText(t.costRatio(costs), ratioText)});
    };
    for (const auto& t : list.summary.byReason) {
        addRow((t.suspected ? "lapsed, suspected: " : "lost: ") + t.reason, t);
    }
    addRow("all", list.summary.total);
    table.print(out);
    out << "Win-back rate: won back of the win-backs that ended (won back or failed).\n";
    if (costs.perAttempt) {
        out << "Cost per attempt " << money(*costs.perAttempt)
            << (costs.perAttemptSource == CostSource::Given ? " (given)"
                                                            : " (mean cost per contact of launched win-back campaigns)")
            << ".\n";
    } else {
        out << "Cost per attempt missing: give --cost-per-attempt, or launch a win-back campaign with a cost per "
               "contact.\n";
    }
    if (costs.keepPerCustomerYear) {
        out << "Cost of keeping a customer a year " << money(*costs.keepPerCustomerYear)
            << (costs.keepSource == CostSource::Given ? " (given)"
                                                      : " (mean cost per contact of the other launched campaigns, one "
                                                        "contact a year)")
            << ".\n";
    } else {
        out << "Cost of keeping missing: give --keep-cost, or launch a campaign with a cost per contact.\n";
    }
    out << "Benchmark (seed): winning back a lost customer costs " << analytics::kWinBackCostBenchmarkLow << "-"
        << analytics::kWinBackCostBenchmarkHigh << " times more than keeping one.\n";
}

} // namespace

void addWinBackListCommand(CLI::App& app, CliContext& context) {
    auto input = std::make_shared<WinBackInput>();
    auto* command = app.add_subcommand(
        "winback", "Customers lost or lapsed lately by value at stake, with the recorded or suspected reason, win-back "
                   "attempts and outcomes; the win-back rate and cost by reason beside the benchmark");
    command->add_option("--today", input->today, "The day to judge from, YYYY-MM-DD (default: today)")
        ->check(dateValidator());
    command->add_option("--days", input->days, "Lost or lapsed within this many days (default 365)")
        ->check(CLI::PositiveNumber);
    command
        ->add_option("--factor", input->factor,
                     "Lapsed after this many of the customer's usual intervals without a purchase (default 2)")
        ->check(CLI::PositiveNumber);
    command
        ->add_option("--default-interval", input->defaultInterval,
                     "Usual interval in days of customers with fewer than 3 purchase days (default 90)")
        ->check(CLI::PositiveNumber);
    command
        ->add_option("--cost-per-attempt", input->costPerAttempt,
                     "What one win-back attempt costs (default: launched win-back campaigns' cost per contact)")
        ->check(CLI::NonNegativeNumber);
    command
        ->add_option("--keep-cost", input->keepCost,
                     "What keeping a customer costs a year (default: other launched campaigns' cost per contact)")
        ->check(CLI::NonNegativeNumber);
    command->add_option("--limit", input->limit, "Rows to print, 0 for all (default 50)")
        ->check(CLI::NonNegativeNumber);
    command->add_flag("--json", input->json, "Print JSON instead of tables");
    command->callback([&context, input] {
        auto repository = context.open(Access::Read);
        analytics::WinBackRules rules;
        rules.windowDays = input->days;
        rules.lapseFactor = input->factor;
        rules.defaultIntervalDays = input->defaultInterval;
        const auto today = input->today.empty() ? core::Date::today() : dateOf(input->today);
        const auto list =
            app::winBackList(*repository, rules, today, {input->costPerAttempt, input->keepCost}, input->limit);
        const auto& costs = list.summary.costs;
        if (input->json) {
            nlohmann::json rows = nlohmann::json::array();
            for (const auto& row : list.rows) {
                rows.push_back(rowJson(row));
            }
            nlohmann::json reasons = nlohmann::json::array();
            for (const auto& tally : list.summary.byReason) {
                reasons.push_back(tallyJson(tally, costs));
            }
            const nlohmann::json out{
                {"today", today.toIso()},
                {"rules",
                 {{"days", rules.windowDays},
                  {"factor", rules.lapseFactor},
                  {"minimum_purchase_days", rules.minimumPurchaseDays},
                  {"default_interval_days", rules.defaultIntervalDays},
                  {"complaint_days", rules.complaintDays},
                  {"departure_lookback_days", rules.departureLookbackDays}}},
                {"value_at_stake", "yearly margin while buying (historical)"},
                {"costs",
                 {{"per_attempt", jsonNumberOrNull(costs.perAttempt)},
                  {"per_attempt_source", sourceCode(costs.perAttemptSource)},
                  {"keep_per_customer_year", jsonNumberOrNull(costs.keepPerCustomerYear)},
                  {"keep_source", sourceCode(costs.keepSource)}}},
                {"benchmark",
                 {{"low", analytics::kWinBackCostBenchmarkLow}, {"high", analytics::kWinBackCostBenchmarkHigh}}},
                {"total", list.total},
                {"customers", rows},
                {"by_reason", reasons},
                {"all", tallyJson(list.summary.total, costs)}};
            *context.out << out.dump(2) << '\n';
            return;
        }
        if (list.total == 0) {
            *context.out << "Nobody lost or lapsed in the " << rules.windowDays << " days up to " << today.toIso()
                         << ".\n";
            return;
        }
        using reports::TextTable;
        TextTable table({{"Id", TextTable::Align::Right},
                         {"Customer"},
                         {"Status"},
                         {"Since"},
                         {"Reason", TextTable::Align::Left, 60},
                         {"Value at stake", TextTable::Align::Right},
                         {"Attempts", TextTable::Align::Right},
                         {"Outcome"}});
        for (const auto& r : list.rows) {
            table.addRow({std::to_string(r.customerId), r.name, std::string(analytics::winBackStatusCode(r.status)),
                          r.since.toIso(), winBackReasonWords(r), money(r.yearlyMargin),
                          std::to_string(r.winBackAttempts), std::string(core::toCode(r.outcome))});
        }
        table.print(*context.out);
        *context.out << list.rows.size() << " of " << list.total << " shown, judged on " << today.toIso()
                     << ". Value at stake: the yearly margin while the customer bought.\n\n";
        printSummary(list, *context.out);
    });
}

} // namespace rapport::cli
