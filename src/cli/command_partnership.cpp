// rapport-cli partnership add | edit | stage | end | list: relationships beyond the buyer and the seller, through
// app::addPartnership, app::changePartnership, app::movePartnershipStage and app::endPartnership.
#include "app/entity_json.h"
#include "app/relationship_edits.h"
#include "cli/edit_support.h"
#include "reports/text_table.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace rapport::cli {

namespace {

using reports::TextTable;

/** The partnership's options, and which of them were given. */
struct PartnershipInput {
    core::PartnershipId id = 0;
    std::string partner;
    core::CustomerId customer = 0;
    bool noCustomer = false;
    std::string direction;
    std::string form;
    std::vector<std::string> bonds;
    std::string valueShared;
    std::string stage;
    std::string since;
    std::string notes;
    bool json = false;
    CLI::Option* partnerOption = nullptr;
    CLI::Option* customerOption = nullptr;
    CLI::Option* directionOption = nullptr;
    CLI::Option* formOption = nullptr;
    CLI::Option* bondOption = nullptr;
    CLI::Option* valueOption = nullptr;
    CLI::Option* sinceOption = nullptr;
    CLI::Option* notesOption = nullptr;

    void addOptions(CLI::App& command, bool creating) {
        partnerOption = command.add_option("--partner", partner, "The partner's name");
        customerOption = command
                             .add_option("--customer", customer,
                                         "The partner's customer id, when they are also a "
                                         "customer")
                             ->check(CLI::PositiveNumber);
        directionOption =
            command
                .add_option("--direction", direction, "Who the partner is: " + core::allCodes<core::PartnerDirection>())
                ->check(codeValidator<core::PartnerDirection>("a partner direction"));
        formOption = command.add_option("--form", form, "The form: " + core::allCodes<core::PartnershipForm>())
                         ->check(codeValidator<core::PartnershipForm>("a partnership form"));
        bondOption = command
                         .add_option("--bond", bonds,
                                     "A bond that ties the parties, repeat for several" +
                                         std::string(creating ? "" : "; replaces the list ('' clears)") + ": " +
                                         core::allCodes<core::Bond>())
                         ->check(codeValidator<core::Bond>("a bond", !creating));
        valueOption = command.add_option("--value-shared", valueShared, "Value created together per year, e.g. 100.00")
                          ->check(amountValidator());
        sinceOption = command.add_option("--since", since, "The day it started, YYYY-MM-DD")->check(dateValidator());
        notesOption = command.add_option("--notes", notes, "Notes");
        command.add_flag("--json", json, "Print the stored partnership as JSON instead of the id");
        if (creating) {
            partnerOption->required();
            directionOption->required();
            formOption->required();
        } else {
            command.add_flag("--no-customer", noCustomer, "The partner is not (or no longer) a customer")
                ->excludes(customerOption);
        }
    }

    [[nodiscard]] bool anyGiven() const {
        for (const auto* option : {partnerOption, customerOption, directionOption, formOption, bondOption, valueOption,
                                   sinceOption, notesOption}) {
            if (given(option)) {
                return true;
            }
        }
        return noCustomer;
    }

    void setOn(core::Partnership& p) const {
        if (given(partnerOption)) {
            p.partnerName = partner;
        }
        if (given(customerOption)) {
            p.partnerCustomerId = customer;
        }
        if (noCustomer) {
            p.partnerCustomerId.reset();
        }
        if (given(directionOption)) {
            p.direction = codeOf<core::PartnerDirection>(direction);
        }
        if (given(formOption)) {
            p.form = codeOf<core::PartnershipForm>(form);
        }
        if (given(bondOption)) {
            p.bonds.clear();
            for (const auto& bond : bonds) {
                if (!bond.empty()) {
                    p.bonds.push_back(codeOf<core::Bond>(bond));
                }
            }
        }
        if (given(valueOption)) {
            p.valueShared = amountOf(valueShared);
        }
        if (given(sinceOption)) {
            p.startedOn = dateOf(since);
        }
        if (given(notesOption)) {
            p.notes = notes;
        }
    }
};

const FieldOptions kPartnershipFields{
    {"partner_name", "--partner"},
    {"partner_customer_id", "--customer"},
    {"notes", "--notes"},
    {"bonds", "--bond"},
    {"value_shared", "--value-shared"},
    {"ended_on", "--on"},
    {"stage_history[].since", "--on"},
    {"stage_history[].note", "--note"},
    {"stage_history", "--stage"},
};

void printStoredPartnership(CliContext& context, const core::Partnership& p, bool json) {
    if (json) {
        *context.out << app::toJson(p).dump(2) << '\n';
    } else {
        *context.out << p.id << '\n';
    }
}

/** The partnership with that id, or nullopt after saying there is none; an ended one only when `endedToo`. */
std::optional<core::Partnership> findPartnership(CliContext& context, storage::Repository& repository,
                                                 core::PartnershipId id, bool endedToo) {
    auto partnership = repository.partnership(id);
    if (!partnership) {
        refuse(context, "no partnership with id " + std::to_string(id) + " (see partnership list)", kProblemFound);
    } else if (!endedToo && partnership->endedOn) {
        refuse(context,
               "the partnership with " + partnership->partnerName + " ended on " + partnership->endedOn->toIso());
        partnership.reset();
    }
    return partnership;
}

/** The customer the partnership names exists (or it names none). */
bool customerExists(CliContext& context, storage::Repository& repository, const core::Partnership& p) {
    return !p.partnerCustomerId || findCustomer(context, repository, *p.partnerCustomerId).has_value();
}

struct StageInput {
    core::PartnershipId id = 0;
    std::string stage;
    std::string on;
    std::string note;
    bool json = false;
};

} // namespace

void addPartnershipCommand(CLI::App& app, CliContext& context) {
    auto* partnership = app.add_subcommand(
        "partnership", "Partnerships beyond the buyer and the seller: add, edit, move a stage, end, list");
    partnership->require_subcommand(1);

    auto added = std::make_shared<PartnershipInput>();
    auto* add = partnership->add_subcommand("add", "Add a partnership; prints the new id");
    added->addOptions(*add, true);
    add->add_option("--stage", added->stage,
                    "The stage it is in: formation (default), experimentation, "
                    "identification or renewal")
        ->check(CLI::IsMember({"formation", "experimentation", "identification", "renewal"}));
    add->callback([&context, added] {
        core::Partnership p;
        added->setOn(p);
        const auto stage =
            added->stage.empty() ? core::PartnershipStage::Formation : codeOf<core::PartnershipStage>(added->stage);
        p.stageHistory.push_back({stage, p.startedOn.value_or(core::Date::today()), ""});
        auto repository = context.open(Access::Write);
        if (!customerExists(context, *repository, p)) {
            return;
        }
        const auto edit = applyEdit(context, *repository, kPartnershipFields, [&] { return app::addPartnership(p); });
        if (edit) {
            const auto& stored = *edit->after<core::Partnership>();
            *context.err << "Added partnership #" << stored.id << " with " << stored.partnerName << '\n';
            printStoredPartnership(context, stored, added->json);
        }
    });

    auto changed = std::make_shared<PartnershipInput>();
    auto* edit = partnership->add_subcommand("edit", "Change a partnership: only the options given change");
    edit->add_option("ID", changed->id, "Partnership id")->required()->check(CLI::PositiveNumber);
    changed->addOptions(*edit, false);
    edit->callback([&context, changed] {
        if (!changed->anyGiven()) {
            refuse(context, "partnership edit needs at least one option to change (see partnership edit --help)");
            return;
        }
        auto repository = context.open(Access::Write);
        const auto before = findPartnership(context, *repository, changed->id, true);
        if (!before) {
            return;
        }
        auto after = *before;
        changed->setOn(after);
        if (!customerExists(context, *repository, after)) {
            return;
        }
        const auto applied =
            applyEdit(context, *repository, kPartnershipFields, [&] { return app::changePartnership(*before, after); });
        if (applied) {
            *context.err << "Changed partnership #" << after.id << " with " << after.partnerName << '\n';
            printStoredPartnership(context, *applied->after<core::Partnership>(), changed->json);
        }
    });

    auto staged = std::make_shared<StageInput>();
    auto* stage = partnership->add_subcommand("stage", "Move a partnership to a lifecycle stage on a day (the stages "
                                                       "before stay in its history)");
    stage->add_option("ID", staged->id, "Partnership id")->required()->check(CLI::PositiveNumber);
    stage->add_option("STAGE", staged->stage, core::allCodes<core::PartnershipStage>())
        ->required()
        ->check(codeValidator<core::PartnershipStage>("a partnership stage"));
    stage->add_option("--on", staged->on, "The day, YYYY-MM-DD")->required()->check(dateValidator());
    stage->add_option("--note", staged->note, "Why, in words");
    stage->add_flag("--json", staged->json, "Print the stored partnership as JSON");
    stage->callback([&context, staged] {
        auto repository = context.open(Access::Write);
        const auto before = findPartnership(context, *repository, staged->id, false);
        if (!before) {
            return;
        }
        const auto applied = applyEdit(context, *repository, kPartnershipFields, [&] {
            return app::movePartnershipStage(*before, codeOf<core::PartnershipStage>(staged->stage), dateOf(staged->on),
                                             staged->note);
        });
        if (applied) {
            const auto& after = *applied->after<core::Partnership>();
            *context.err << "Partnership #" << after.id << " with " << after.partnerName << " is in "
                         << core::toCode(after.stage()) << " since " << staged->on << ".\n";
            if (staged->json) {
                printStoredPartnership(context, after, true);
            }
        }
    });

    auto ended = std::make_shared<StageInput>();
    auto* end = partnership->add_subcommand("end", "End a partnership: rupture on that day, with the reason");
    end->add_option("ID", ended->id, "Partnership id")->required()->check(CLI::PositiveNumber);
    end->add_option("--on", ended->on, "The last day, YYYY-MM-DD")->required()->check(dateValidator());
    end->add_option("--reason", ended->note, "Why it ended")->required();
    end->add_flag("--json", ended->json, "Print the stored partnership as JSON");
    end->callback([&context, ended] {
        auto repository = context.open(Access::Write);
        const auto before = findPartnership(context, *repository, ended->id, false);
        if (!before) {
            return;
        }
        FieldOptions fields = kPartnershipFields;
        fields.insert(fields.begin(), {"stage_history[].note", "--reason"});
        const auto applied = applyEdit(context, *repository, fields,
                                       [&] { return app::endPartnership(*before, dateOf(ended->on), ended->note); });
        if (applied) {
            const auto& after = *applied->after<core::Partnership>();
            *context.err << "Partnership #" << after.id << " with " << after.partnerName << " ended on " << ended->on
                         << ".\n";
            if (ended->json) {
                printStoredPartnership(context, after, true);
            }
        }
    });

    auto listed = std::make_shared<StageInput>();
    auto* list = partnership->add_subcommand("list", "List the partnerships");
    list->add_flag("--json", listed->json, "Print JSON for scripts");
    list->callback([&context, listed] {
        auto repository = context.open(Access::Read);
        const auto partnerships = repository->partnerships();
        if (listed->json) {
            const auto rows = app::toJsonArray(partnerships);
            *context.out << nlohmann::json{{"partnerships", rows}}.dump(2) << '\n';
            return;
        }
        if (partnerships.empty()) {
            *context.err << "No partnerships recorded.\n";
            return;
        }
        TextTable table({{"ID", TextTable::Align::Right},
                         {"Partner", TextTable::Align::Left, 30},
                         {"Customer", TextTable::Align::Right},
                         {"Direction"},
                         {"Form"},
                         {"Stage"},
                         {"Since"},
                         {"Value shared", TextTable::Align::Right},
                         {"Ended"}});
        for (const auto& p : partnerships) {
            table.addRow({std::to_string(p.id), p.partnerName,
                          p.partnerCustomerId ? std::to_string(*p.partnerCustomerId) : "",
                          std::string(core::toCode(p.direction)), std::string(core::toCode(p.form)),
                          std::string(core::toCode(p.stage())),
                          p.stageHistory.empty() ? "" : p.stageHistory.back().since.toIso(), p.valueShared.toDecimal(),
                          p.endedOn ? p.endedOn->toIso() : ""});
        }
        table.print(*context.out);
    });
}

} // namespace rapport::cli
