// rapport-cli attention: the customers who need attention now and why, through app::attentionAlerts (the rows it
// prints, and the count of all).
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

using analytics::AttentionAlert;
using analytics::AttentionReason;

struct AttentionInput {
    std::string today;
    std::string owner;
    double factor = analytics::AttentionRules{}.overdueFactor;
    int contactDays = analytics::AttentionRules{}.contactIntervalDays;
    int complaintDays = analytics::AttentionRules{}.complaintDays;
    int limit = 50;
    bool json = false;
};

nlohmann::json alertJson(const AttentionAlert& a) {
    nlohmann::json row{{"customer_id", a.customerId},
                       {"name", a.name},
                       {"owner", a.owner},
                       {"reason", std::string(analytics::attentionReasonCode(a.reason))},
                       {"value_at_stake", a.valueAtStake},
                       {"value_is_predicted", a.valueIsPredicted},
                       {"days", a.days}};
    switch (a.reason) {
    case AttentionReason::NotContacted:
        row["last_contact_on"] = jsonDateOrNull(a.lastContactOn);
        row["interval_days"] = a.intervalDays;
        break;
    case AttentionReason::PurchaseOverdue:
        row["last_purchase_on"] = jsonDateOrNull(a.lastPurchaseOn);
        row["usual_interval_days"] = a.usualIntervalDays;
        row["factor"] = a.factor;
        break;
    case AttentionReason::DecisionMakerLeft:
        row["person"] = a.personName;
        row["role"] = a.personRole;
        row["decision_maker"] = a.decisionMaker;
        row["left_on"] = jsonDateOrNull(a.leftOn);
        break;
    case AttentionReason::ComplaintUnanswered:
        row["complaint_on"] = jsonDateOrNull(a.complaintOn);
        row["complaints_waiting"] = a.complaintsWaiting;
        break;
    }
    return row;
}

/** The figures behind the reason, in one English line. */
std::string why(const AttentionAlert& a) {
    char text[160];
    switch (a.reason) {
    case AttentionReason::NotContacted:
        if (a.lastContactOn) {
            std::snprintf(text, sizeof text, "no contact for %d days (last %s; interval %d)", a.days,
                          a.lastContactOn->toIso().c_str(), a.intervalDays);
        } else {
            std::snprintf(text, sizeof text, "never contacted in %d days (interval %d)", a.days, a.intervalDays);
        }
        return text;
    case AttentionReason::PurchaseOverdue:
        std::snprintf(text, sizeof text, "no purchase for %d days; usual interval %.1f days x %.1f", a.days,
                      a.usualIntervalDays, a.factor);
        return text;
    case AttentionReason::DecisionMakerLeft: {
        std::string who = a.personName;
        const std::string role =
            a.personRole + (a.decisionMaker ? (a.personRole.empty() ? "" : ", ") + std::string("decision maker") : "");
        if (!role.empty()) {
            who += " (" + role + ")";
        }
        return who + " left " + (a.leftOn ? a.leftOn->toIso() : "") + ", no contact since";
    }
    case AttentionReason::ComplaintUnanswered:
        std::snprintf(text, sizeof text, "complaint of %s unanswered for %d days (%d waiting)",
                      a.complaintOn ? a.complaintOn->toIso().c_str() : "", a.days, a.complaintsWaiting);
        return text;
    }
    return {};
}

std::string attentionReasonWords(AttentionReason reason) {
    switch (reason) {
    case AttentionReason::NotContacted:
        return "not contacted";
    case AttentionReason::PurchaseOverdue:
        return "purchase overdue";
    case AttentionReason::DecisionMakerLeft:
        return "decision maker left";
    case AttentionReason::ComplaintUnanswered:
        return "complaint unanswered";
    }
    return {};
}

} // namespace

void addAttentionCommand(CLI::App& app, CliContext& context) {
    auto input = std::make_shared<AttentionInput>();
    auto* command = app.add_subcommand(
        "attention", "Customers who need attention now: not contacted, purchase overdue, decision maker left, "
                     "complaint unanswered; the highest value at stake first");
    command->add_option("--today", input->today, "The day to judge from, YYYY-MM-DD (default: today)")
        ->check(dateValidator());
    command->add_option("--owner", input->owner, "Only this owner's customers");
    command
        ->add_option("--factor", input->factor,
                     "A purchase is overdue after this many of the customer's usual intervals (default 1.5)")
        ->check(CLI::PositiveNumber);
    command
        ->add_option("--contact-days", input->contactDays,
                     "Days without contact after which a valuable customer needs it (default 60)")
        ->check(CLI::PositiveNumber);
    command->add_option("--complaint-days", input->complaintDays, "Days a complaint may wait for an answer (default 7)")
        ->check(CLI::NonNegativeNumber);
    command->add_option("--limit", input->limit, "Rows to print, 0 for all (default 50)")
        ->check(CLI::NonNegativeNumber);
    command->add_flag("--json", input->json, "Print JSON instead of a table");
    command->callback([&context, input] {
        auto repository = context.open(Access::Read);
        analytics::AttentionRules rules;
        rules.owner = input->owner;
        rules.overdueFactor = input->factor;
        rules.contactIntervalDays = input->contactDays;
        rules.complaintDays = input->complaintDays;
        const auto today = input->today.empty() ? core::Date::today() : dateOf(input->today);
        // Only the rows printed are held while the base is read (a million customers' alerts took 700 MB).
        const auto found = app::attentionAlerts(*repository, rules, today, input->limit);
        const auto& alerts = found.alerts;
        bool scored = false;
        repository->scanCustomerScores([&](auto batch) {
            scored = !batch.empty();
            return false; // one batch tells
        });
        if (!scored) {
            *context.err << "note: no analysis scores stored, so no customer counts as valuable and 'not contacted' "
                            "is not judged; run 'rapport-cli analyze --save-scores' (the app stores them too).\n";
        }
        const auto shown = alerts.size();
        if (input->json) {
            nlohmann::json rows = nlohmann::json::array();
            for (std::size_t i = 0; i < shown; ++i) {
                rows.push_back(alertJson(alerts[i]));
            }
            const nlohmann::json out{{"today", today.toIso()},
                                     {"rules",
                                      {{"contact_days", rules.contactIntervalDays},
                                       {"factor", rules.overdueFactor},
                                       {"minimum_purchase_days", rules.minimumPurchaseDays},
                                       {"overdue_lookback_days", rules.overdueLookbackDays},
                                       {"complaint_days", rules.complaintDays},
                                       {"departure_lookback_days", rules.departureLookbackDays},
                                       {"owner", rules.owner}}},
                                     {"total", found.total},
                                     {"alerts", rows}};
            *context.out << out.dump(2) << '\n';
            return;
        }
        if (alerts.empty()) {
            *context.out << "Nobody needs attention on " << today.toIso() << ".\n";
            return;
        }
        using reports::TextTable;
        TextTable table({{"Id", TextTable::Align::Right},
                         {"Customer"},
                         {"Owner", TextTable::Align::Left, 20},
                         {"Reason"},
                         {"Why", TextTable::Align::Left, 70},
                         {"Value at stake", TextTable::Align::Right}});
        for (std::size_t i = 0; i < shown; ++i) {
            const auto& a = alerts[i];
            table.addRow({std::to_string(a.customerId), a.name, a.owner, attentionReasonWords(a.reason), why(a),
                          money(a.valueAtStake) + (a.valueIsPredicted ? "" : " *")});
        }
        table.print(*context.out);
        *context.out << shown << " of " << found.total << " shown, judged on " << today.toIso()
                     << ". * historical revenue where the last analysis predicted no value.\n";
    });
}

} // namespace rapport::cli
