// rapport-cli assess CUSTOMER COMPONENT SCORE | assess list CUSTOMER | assess delete ID --customer C: dated
// judgements of the return-on-relationship components no purchase record measures, through app::addAssessment and
// app::removeAssessment.
#include "app/assessment_edits.h"
#include "app/entity_json.h"
#include "cli/edit_support.h"
#include "platform/paths.h"
#include "reports/text_table.h"

#include <ostream>

namespace rapport::cli {

namespace {

using reports::TextTable;

struct AssessInput {
    core::CustomerId customer = 0;
    std::string component;
    int score = 0;
    std::string on;
    std::string note;
    std::string by;
    core::AssessmentId id = 0;
    bool json = false;
    CLI::Option* scoreOption = nullptr;
};

const FieldOptions kAssessmentFields{{"customer_id", "CUSTOMER"},
                                     {"component", "COMPONENT"},
                                     {"score", "SCORE"},
                                     {"note", "--note"},
                                     {"assessed_by", "--by"}};

const char* const kComponents =
    "patronage (share of wallet), commitment, perceived_quality, perceived_value, sacrifices (what dealing with us "
    "costs the customer besides the price), alternatives_known (other suppliers the customer knows), customer_bonds";

CLI::Validator scoreValidator() {
    return CLI::Validator(
        [](const std::string& text) -> std::string {
            if (text.size() == 1 && text[0] >= '0' + core::kMinAssessmentScore &&
                text[0] <= '0' + core::kMaxAssessmentScore) {
                return {};
            }
            return "expected a score from 1 (very little) to 5 (very much), got '" + text + "'";
        },
        "1..5");
}

void printHistory(const std::vector<core::Assessment>& rows, std::ostream& out, bool withId) {
    std::vector<TextTable::Column> columns{{"Component"},
                                           {"Score", TextTable::Align::Right},
                                           {"On"},
                                           {"By", TextTable::Align::Left, 20},
                                           {"Note", TextTable::Align::Left, 50}};
    if (withId) {
        columns.insert(columns.begin(), {"ID", TextTable::Align::Right});
    }
    TextTable table(std::move(columns));
    for (const auto& a : rows) {
        std::vector<std::string> cells{std::string(core::toCode(a.component)), std::to_string(a.score),
                                       a.assessedOn.toIso(), a.assessedBy, a.note};
        if (withId) {
            cells.insert(cells.begin(), std::to_string(a.id));
        }
        table.addRow(std::move(cells));
    }
    table.print(out);
}

} // namespace

void addAssessCommand(CLI::App& app, CliContext& context) {
    auto input = std::make_shared<AssessInput>();
    auto* assess = app.add_subcommand(
        "assess", "Record how someone who knows the customer judges a return-on-relationship component (assess "
                  "CUSTOMER COMPONENT SCORE); list a customer's assessments; delete one entered by mistake");
    assess->require_subcommand(0, 1);
    assess->add_option("CUSTOMER", input->customer, "Customer id")->check(CLI::PositiveNumber);
    assess->add_option("COMPONENT", input->component, std::string("One of: ") + kComponents)
        ->check(codeValidator<core::AssessmentComponent>("a return-on-relationship component"));
    input->scoreOption = assess
                             ->add_option("SCORE", input->score,
                                          "1 (very little of it) to 5 (very much); for sacrifices and "
                                          "alternatives_known more is worse for the relationship")
                             ->check(scoreValidator());
    assess->add_option("--on", input->on, "The day of the judgement, YYYY-MM-DD (default today)")
        ->check(dateValidator());
    assess->add_option("--note", input->note, "Why, in a few words");
    assess->add_option("--by", input->by, "Who judges (default the user's login name)");
    assess->add_flag("--json", input->json, "Print the stored assessment as JSON instead of its id");
    assess->callback([&context, input, assess] {
        if (!assess->get_subcommands().empty()) {
            return; // assess list|delete did the work
        }
        if (input->customer == 0 || input->component.empty() || !given(input->scoreOption)) {
            refuse(context, "assess needs CUSTOMER COMPONENT SCORE, e.g. assess 12 commitment 4 (components: " +
                                core::allCodes<core::AssessmentComponent>() + "), or list, delete (see assess --help)");
            return;
        }
        auto repository = context.open(Access::Write);
        if (!findCustomer(context, *repository, input->customer)) {
            return;
        }
        core::Assessment assessment;
        assessment.customerId = input->customer;
        assessment.component = codeOf<core::AssessmentComponent>(input->component);
        assessment.score = input->score;
        assessment.assessedOn = input->on.empty() ? core::Date::today() : dateOf(input->on);
        assessment.note = input->note;
        assessment.assessedBy = input->by.empty() ? platform::userName() : input->by;
        const auto edit =
            applyEdit(context, *repository, kAssessmentFields, [&] { return app::addAssessment(assessment); });
        if (!edit) {
            return;
        }
        const auto& stored = *edit->after<core::Assessment>();
        *context.err << "Assessed " << core::toCode(stored.component) << " of customer #" << stored.customerId << " as "
                     << stored.score << " on " << stored.assessedOn.toIso() << " (assessment #" << stored.id << ").\n";
        if (input->json) {
            *context.out << app::toJson(stored).dump(2) << '\n';
        } else {
            *context.out << stored.id << '\n';
        }
    });

    auto listed = std::make_shared<AssessInput>();
    auto* list = assess->add_subcommand(
        "list", "A customer's assessments: the latest of each component, then the whole history, newest first");
    list->add_option("CUSTOMER", listed->customer, "Customer id")->required()->check(CLI::PositiveNumber);
    list->add_flag("--json", listed->json, "Print JSON for scripts");
    list->callback([&context, listed] {
        auto repository = context.open(Access::Read);
        if (!customerToRead(context, *repository, listed->customer)) {
            return;
        }
        const auto history = repository->assessments(listed->customer);
        const auto latest = app::latestAssessments(history);
        if (listed->json) {
            nlohmann::json latestRows = nlohmann::json::array();
            for (const auto& a : latest) {
                latestRows.push_back(app::toJson(a));
            }
            nlohmann::json historyRows = nlohmann::json::array();
            for (const auto& a : history) {
                historyRows.push_back(app::toJson(a));
            }
            *context.out << nlohmann::json{{"customer_id", listed->customer},
                                           {"latest", latestRows},
                                           {"history", historyRows}}
                                .dump(2)
                         << '\n';
            return;
        }
        if (history.empty()) {
            *context.err << "Customer #" << listed->customer << " has no assessments.\n";
            return;
        }
        *context.out << "Latest of each component (1 very little to 5 very much):\n";
        printHistory(latest, *context.out, false);
        *context.out << "\nHistory, newest first:\n";
        printHistory(history, *context.out, true);
    });

    auto deleted = std::make_shared<AssessInput>();
    auto* remove = assess->add_subcommand("delete", "Delete an assessment entered by mistake (a changed view is a new "
                                                    "assessment: the history keeps both)");
    remove->add_option("ID", deleted->id, "Assessment id (see assess list)")->required()->check(CLI::PositiveNumber);
    remove->add_option("--customer", deleted->customer, "The customer it belongs to")
        ->required()
        ->check(CLI::PositiveNumber);
    remove->callback([&context, deleted] {
        auto repository = context.open(Access::Write);
        if (!findCustomer(context, *repository, deleted->customer)) {
            return;
        }
        std::optional<core::Assessment> found;
        for (auto& a : repository->assessments(deleted->customer)) {
            if (a.id == deleted->id) {
                found = std::move(a);
            }
        }
        if (!found) {
            refuse(context,
                   "customer #" + std::to_string(deleted->customer) + " has no assessment with id " +
                       std::to_string(deleted->id) + " (see assess list " + std::to_string(deleted->customer) + ")",
                   kProblemFound);
            return;
        }
        if (applyEdit(context, *repository, kAssessmentFields, [&] { return app::removeAssessment(*found); })) {
            *context.err << "Deleted assessment #" << found->id << " (" << core::toCode(found->component) << ' '
                         << found->score << " on " << found->assessedOn.toIso() << ") of customer #"
                         << found->customerId << ".\n";
        }
    });
}

} // namespace rapport::cli
