// rapport-cli churn: the churn analysis; churn record | win-back | outcome | list: lost customers and the work to
// win them back, through app::recordLostCustomer, app::logWinBackAttempt and app::setWinBackOutcome.
#include "app/entity_json.h"
#include "app/relationship_edits.h"
#include "cli/analysis_output.h"
#include "cli/edit_support.h"
#include "reports/text_table.h"

#include <algorithm>
#include <ostream>

namespace rapport::cli {

namespace {

using reports::TextTable;

struct ChurnInput {
    core::CustomerId customer = 0;
    core::ChurnRecordId record = 0;
    std::string on;
    std::string reason;
    std::string details;
    std::string channel;
    std::string outcome;
    bool json = false;
};

/** The record with that id, or nullopt after saying there is none. */
std::optional<core::ChurnRecord> findRecord(CliContext& context, storage::Repository& repository,
                                            core::ChurnRecordId id) {
    for (auto& record : repository.churnRecords(std::nullopt)) {
        if (record.id == id) {
            return record;
        }
    }
    refuse(context, "no churn record with id " + std::to_string(id) + " (see churn list)", kProblemFound);
    return std::nullopt;
}

/** Details added by churn outcome --note go on new lines; a table row shows them on one. */
std::string oneLine(std::string text) {
    for (auto newline = text.find('\n'); newline != std::string::npos; newline = text.find('\n', newline)) {
        text.replace(newline, 1, " / ");
    }
    return text;
}

void printRecord(CliContext& context, const core::ChurnRecord& record, bool json) {
    if (json) {
        *context.out << app::toJson(record).dump(2) << '\n';
    } else {
        *context.out << record.id << '\n';
    }
}

/** won-back, lost-for-good and pending as people say them; the stored codes are accepted too. */
core::WinBackOutcome outcomeOf(const std::string& text) {
    if (text == "won-back" || text == "won_back") {
        return core::WinBackOutcome::WonBack;
    }
    if (text == "lost-for-good" || text == "failed") {
        return core::WinBackOutcome::Failed;
    }
    return core::WinBackOutcome::Pending;
}

void addRecordCommand(CLI::App& churn, CliContext& context) {
    auto input = std::make_shared<ChurnInput>();
    auto* record = churn.add_subcommand("record", "Record that a customer was lost, when and why; prints the id");
    record->add_option("CUSTOMER", input->customer, "Customer id")->required()->check(CLI::PositiveNumber);
    record->add_option("--on", input->on, "The day the customer was lost, YYYY-MM-DD")
        ->required()
        ->check(dateValidator());
    record
        ->add_option("--reason", input->reason,
                     "A code of the churn-reason catalogue (churn record 1 --on DAY "
                     "--reason ? lists them)")
        ->required();
    record->add_option("--details", input->details, "What happened, in words");
    record->add_flag("--json", input->json, "Print the stored record as JSON instead of the id");
    record->callback([&context, input] {
        auto repository = context.open(Access::Write);
        const auto reasons = repository->churnReasons();
        if (std::none_of(reasons.begin(), reasons.end(), [&](const auto& r) { return r.code == input->reason; })) {
            std::string codes;
            for (const auto& reason : reasons) {
                codes += "\n  " + reason.code +
                         std::string(reason.code.size() < 26 ? 26 - reason.code.size() : 1, ' ') + reason.label;
            }
            refuse(context, "--reason: '" + input->reason + "' is not a churn reason; expected one of:" + codes);
            return;
        }
        if (!findCustomer(context, *repository, input->customer)) {
            return;
        }
        core::ChurnRecord lost;
        lost.customerId = input->customer;
        lost.churnedOn = dateOf(input->on);
        lost.reasonCode = input->reason;
        lost.details = input->details;
        const auto edit = applyEdit(context, *repository,
                                    {{"customer_id", "CUSTOMER"}, {"reason", "--reason"}, {"details", "--details"}},
                                    [&] { return app::recordLostCustomer(lost); });
        if (!edit) {
            return;
        }
        const auto& stored = *edit->after<core::ChurnRecord>();
        *context.err << "Recorded the loss of customer #" << stored.customerId << " on " << stored.churnedOn.toIso()
                     << " (" << stored.reasonCode << ") as churn record #" << stored.id << ".\n";
        printRecord(context, stored, input->json);
    });
}

void addWinBackCommand(CLI::App& churn, CliContext& context) {
    auto input = std::make_shared<ChurnInput>();
    auto* winBack = churn.add_subcommand(
        "win-back", "Log a win-back attempt on a lost customer: an offer episode, one more attempt on the record; "
                    "prints the episode's id");
    winBack->add_option("RECORD_ID", input->record, "Churn record id (see churn list)")
        ->required()
        ->check(CLI::PositiveNumber);
    winBack->add_option("--on", input->on, "The day of the attempt, YYYY-MM-DD")->required()->check(dateValidator());
    winBack->add_option("--channel", input->channel, "How the offer was made (default other)")
        ->check(codeValidator<core::Channel>("a channel"));
    winBack->add_option("--notes", input->details, "What was offered");
    winBack->callback([&context, input] {
        auto repository = context.open(Access::Write);
        const auto record = findRecord(context, *repository, input->record);
        const auto customer = record ? findCustomer(context, *repository, record->customerId) : std::nullopt;
        if (!customer) {
            return;
        }
        core::Episode attempt;
        attempt.customerId = customer->id;
        attempt.occurredOn = dateOf(input->on);
        attempt.kind = core::EpisodeKind::Offer;
        attempt.channel = input->channel.empty() ? core::Channel::Other : codeOf<core::Channel>(input->channel);
        attempt.owner = customer->owner;
        attempt.notes = input->details.empty() ? "Win-back attempt after the loss of " + record->churnedOn.toIso() +
                                                     " (" + record->reasonCode + ")"
                                               : input->details;
        const auto edit = applyEdit(context, *repository, {{"notes", "--notes"}},
                                    [&] { return app::logWinBackAttempt(*record, attempt); });
        if (!edit) {
            return;
        }
        const auto& after = *edit->after<core::ChurnRecord>();
        const auto& episode = *edit->after<core::Episode>();
        *context.err << "Win-back attempt " << after.winBackAttempts << " on churn record #" << after.id
                     << " logged as episode #" << episode.id << "; the outcome is " << core::toCode(after.outcome)
                     << ".\n";
        *context.out << episode.id << '\n';
    });
}

void addOutcomeCommand(CLI::App& churn, CliContext& context) {
    auto input = std::make_shared<ChurnInput>();
    auto* outcome = churn.add_subcommand("outcome", "Set how the win-back ended");
    outcome->add_option("RECORD_ID", input->record, "Churn record id (see churn list)")
        ->required()
        ->check(CLI::PositiveNumber);
    outcome
        ->add_option("OUTCOME", input->outcome,
                     "won-back, lost-for-good or pending (stored as won_back, failed, pending)")
        ->required()
        ->check(CLI::IsMember({"won-back", "lost-for-good", "pending", "won_back", "failed"}));
    outcome->add_option("--note", input->details, "Why, in words (added to the record's details)");
    outcome->add_flag("--json", input->json, "Print the stored record as JSON");
    outcome->callback([&context, input] {
        auto repository = context.open(Access::Write);
        const auto record = findRecord(context, *repository, input->record);
        if (!record) {
            return;
        }
        const auto edit =
            applyEdit(context, *repository, {{"win_back_outcome", "OUTCOME"}, {"details", "--note"}},
                      [&] { return app::setWinBackOutcome(*record, outcomeOf(input->outcome), input->details); });
        if (!edit) {
            return;
        }
        const auto& after = *edit->after<core::ChurnRecord>();
        *context.err << "Churn record #" << after.id << " of customer #" << after.customerId << ": "
                     << core::toCode(after.outcome) << ".\n";
        if (input->json) {
            printRecord(context, after, true);
        }
    });
}

void addChurnListCommand(CLI::App& churn, CliContext& context) {
    auto input = std::make_shared<ChurnInput>();
    auto* list = churn.add_subcommand("list", "List the recorded losses, of one customer or of all");
    list->add_option("CUSTOMER", input->customer, "Only this customer's")->check(CLI::PositiveNumber);
    list->add_flag("--json", input->json, "Print JSON for scripts");
    list->callback([&context, input] {
        auto repository = context.open(Access::Read);
        if (input->customer > 0 && !customerToRead(context, *repository, input->customer)) {
            return;
        }
        const auto records =
            repository->churnRecords(input->customer > 0 ? std::optional(input->customer) : std::nullopt);
        if (input->json) {
            const auto rows = app::toJsonArray(records);
            *context.out << nlohmann::json{{"churn_records", rows}}.dump(2) << '\n';
            return;
        }
        if (records.empty()) {
            *context.err << "No losses recorded.\n";
            return;
        }
        TextTable table({{"ID", TextTable::Align::Right},
                         {"Customer", TextTable::Align::Right},
                         {"Lost on"},
                         {"Reason"},
                         {"Attempts", TextTable::Align::Right},
                         {"Outcome"},
                         {"Details", TextTable::Align::Left, 40}});
        for (const auto& r : records) {
            table.addRow({std::to_string(r.id), std::to_string(r.customerId), r.churnedOn.toIso(), r.reasonCode,
                          std::to_string(r.winBackAttempts), std::string(core::toCode(r.outcome)), oneLine(r.details)});
        }
        table.print(*context.out);
    });
}

} // namespace

void addChurnCommand(CLI::App& app, CliContext& context) {
    auto* churn = addAnalysisCommand(
        app, context, "churn",
        "Churn status, reasons beside the seed's benchmarks, and the at-risk work list by value at stake; "
        "record, win-back, outcome and list keep the record of lost customers",
        churnJson, printChurn);
    churn->require_subcommand(0, 1);
    addRecordCommand(*churn, context);
    addWinBackCommand(*churn, context);
    addOutcomeCommand(*churn, context);
    addChurnListCommand(*churn, context);
}

} // namespace rapport::cli
