// rapport-cli contact add | edit | end | list: the contact persons of a customer, through app::saveContactPerson
// and app::endContactRole. A change of who decides at the customer is recorded as a critical episode whose note
// this file writes.
#include "app/entity_json.h"
#include "app/relationship_edits.h"
#include "cli/edit_support.h"
#include "reports/text_table.h"

#include <algorithm>
#include <ostream>

namespace rapport::cli {

namespace {

using reports::TextTable;

/** The contact person's options, and which of them were given. */
struct ContactInput {
    core::ContactPersonId id = 0;
    core::CustomerId customer = 0;
    std::string name;
    std::string role;
    bool decisionMaker = false;
    bool notDecisionMaker = false;
    std::vector<std::string> emails;
    std::vector<std::string> phones;
    std::string from;
    std::string notes;
    std::string on;
    bool json = false;
    CLI::Option* nameOption = nullptr;
    CLI::Option* roleOption = nullptr;
    CLI::Option* emailOption = nullptr;
    CLI::Option* phoneOption = nullptr;
    CLI::Option* fromOption = nullptr;
    CLI::Option* notesOption = nullptr;

    void addOptions(CLI::App& command, bool creating) {
        nameOption = command.add_option("--name", name, "Full name");
        if (creating) {
            nameOption->required();
        }
        roleOption = command.add_option("--role", role, "Role at the customer, e.g. \"Purchasing manager\", \"Owner\"");
        auto* decides = command.add_flag("--decision-maker", decisionMaker, "Decides on purchases");
        if (!creating) {
            command.add_flag("--no-decision-maker", notDecisionMaker, "No longer decides on purchases")
                ->excludes(decides);
        }
        const char* replaces = creating ? "" : "; replaces the list ('' clears)";
        emailOption =
            command.add_option("--email", emails, std::string("E-mail address; repeat for several") + replaces);
        phoneOption = command.add_option("--phone", phones, std::string("Phone number; repeat for several") + replaces);
        fromOption = command.add_option("--from", from, "First day in the role, YYYY-MM-DD")->check(dateValidator());
        notesOption = command.add_option("--notes", notes, "Notes");
        command.add_flag("--json", json, "Print the stored contact person as JSON instead of the id");
    }

    [[nodiscard]] bool anyGiven() const {
        return given(nameOption) || given(roleOption) || decisionMaker || notDecisionMaker || given(emailOption) ||
               given(phoneOption) || given(fromOption) || given(notesOption);
    }

    void setOn(core::ContactPerson& person) const {
        if (given(nameOption)) {
            person.name = name;
        }
        if (given(roleOption)) {
            person.role = role;
        }
        if (decisionMaker || notDecisionMaker) {
            person.decisionMaker = decisionMaker;
        }
        if (given(emailOption)) {
            person.emails = contactPoints(emails, person.emails);
        }
        if (given(phoneOption)) {
            person.phones = contactPoints(phones, person.phones);
        }
        if (given(fromOption)) {
            person.activeFrom = dateOf(from);
        }
        if (given(notesOption)) {
            person.notes = notes;
        }
    }
};

FieldOptions contactFields(std::string_view activeTo) {
    return {{"customer_id", "CUSTOMER"}, {"name", "--name"},    {"role", "--role"},     {"notes", "--notes"},
            {"emails", "--email"},       {"phones", "--phone"}, {"active_to", activeTo}};
}

std::string withRole(const core::ContactPerson& person) {
    return person.name + (person.role.empty() ? "" : " (" + person.role + ")");
}

/**
 * The note of the episode that records a change of who decides (app::changesWhoDecides says whether there is one):
 * "Decision maker changed: Jan Kowalski (Owner) left on 2026-11-15".
 */
std::string whoDecidesNote(const std::optional<core::ContactPerson>& before, const core::ContactPerson& after,
                           core::Date on) {
    const std::string day = on.toIso();
    if (!before) {
        return std::string(after.decisionMaker ? "New decision maker: " : "New purchasing contact: ") +
               withRole(after) + ", from " + day;
    }
    const std::string changed = before->decisionMaker ? "Decision maker changed: " : "Purchasing contact changed: ";
    if (!before->activeTo && after.activeTo) {
        return changed + withRole(*before) + " left on " + after.activeTo->toIso();
    }
    if (before->decisionMaker != after.decisionMaker) {
        return "Decision maker changed: " + withRole(after) +
               (after.decisionMaker ? " decides from " : " no longer decides from ") + day;
    }
    return "Purchasing contact changed: " + after.name + " is now " +
           (after.role.empty() ? "without a role" : after.role) +
           (before->role.empty() ? "" : " (was " + before->role + ")") + ", from " + day;
}

std::optional<core::ContactPerson> findPerson(CliContext& context, storage::Repository& repository,
                                              core::CustomerId customer, core::ContactPersonId id) {
    for (auto& person : repository.contactPersons(customer)) {
        if (person.id == id) {
            return person;
        }
    }
    refuse(context,
           "customer #" + std::to_string(customer) + " has no contact person with id " + std::to_string(id) +
               " (see contact list " + std::to_string(customer) + ")",
           kProblemFound);
    return std::nullopt;
}

/** Applies the save and says what happened; prints the stored person (id or JSON). */
void save(CliContext& context, storage::Repository& repository, const core::Customer& customer,
          const std::optional<core::ContactPerson>& before, const core::ContactPerson& after, core::Date on, bool json,
          std::string_view activeToOption) {
    const auto note = whoDecidesNote(before, after, on);
    const bool records = app::changesWhoDecides(before, after);
    const auto edit = applyEdit(context, repository, contactFields(activeToOption), [&] {
        return before && after.activeTo && !before->activeTo // contact end
                   ? app::endContactRole(*before, *after.activeTo, note, customer.owner)
                   : app::saveContactPerson(before, after, on, note, customer.owner);
    });
    if (!edit) {
        return;
    }
    const auto& stored = *edit->after<core::ContactPerson>();
    const char* done = !before ? "Added" : (stored.activeTo && !before->activeTo ? "Ended the role of" : "Changed");
    *context.err << done << " contact person #" << stored.id << " of customer #" << customer.id << ": "
                 << withRole(stored) << '\n';
    if (records) {
        *context.err << "Recorded as a critical episode: " << note << "\n";
    }
    if (json) {
        *context.out << app::toJson(stored).dump(2) << '\n';
    } else {
        *context.out << stored.id << '\n';
    }
}

} // namespace

void addContactCommand(CLI::App& app, CliContext& context) {
    auto* contact = app.add_subcommand("contact", "Contact persons of a customer: add, edit, end a role, list");
    contact->require_subcommand(1);

    auto added = std::make_shared<ContactInput>();
    auto* add = contact->add_subcommand(
        "add", "Add a contact person; prints the new id. A new decision maker or purchasing contact is also recorded "
               "as an episode");
    add->add_option("CUSTOMER", added->customer, "Customer id")->required()->check(CLI::PositiveNumber);
    added->addOptions(*add, true);
    add->callback([&context, added] {
        auto repository = context.open(Access::Write);
        const auto customer = findCustomer(context, *repository, added->customer);
        if (!customer) {
            return;
        }
        core::ContactPerson person;
        person.customerId = customer->id;
        added->setOn(person);
        save(context, *repository, *customer, std::nullopt, person, person.activeFrom.value_or(core::Date::today()),
             added->json, "--from");
    });

    auto changed = std::make_shared<ContactInput>();
    auto* edit = contact->add_subcommand("edit", "Change a contact person: only the options given change");
    edit->add_option("ID", changed->id, "Contact person id")->required()->check(CLI::PositiveNumber);
    edit->add_option("--customer", changed->customer, "The customer they work for")
        ->required()
        ->check(CLI::PositiveNumber);
    changed->addOptions(*edit, false);
    edit->add_option("--on", changed->on,
                     "The day of the change, for the episode that records a change of who "
                     "decides (default: today)")
        ->check(dateValidator());
    edit->callback([&context, changed] {
        if (!changed->anyGiven()) {
            refuse(context, "contact edit needs at least one option to change (see contact edit --help)");
            return;
        }
        auto repository = context.open(Access::Write);
        const auto customer = findCustomer(context, *repository, changed->customer);
        const auto before = customer ? findPerson(context, *repository, customer->id, changed->id) : std::nullopt;
        if (!before) {
            return;
        }
        auto after = *before;
        changed->setOn(after);
        save(context, *repository, *customer, before, after,
             changed->on.empty() ? core::Date::today() : dateOf(changed->on), changed->json, "--from");
    });

    auto ended = std::make_shared<ContactInput>();
    auto* end = contact->add_subcommand(
        "end", "End a contact person's role on a day (kept as history); a decision maker leaving is recorded as an "
               "episode");
    end->add_option("ID", ended->id, "Contact person id")->required()->check(CLI::PositiveNumber);
    end->add_option("--customer", ended->customer, "The customer they work for")
        ->required()
        ->check(CLI::PositiveNumber);
    end->add_option("--on", ended->on, "Last day in the role, YYYY-MM-DD")->required()->check(dateValidator());
    end->add_flag("--json", ended->json, "Print the stored contact person as JSON instead of the id");
    end->callback([&context, ended] {
        auto repository = context.open(Access::Write);
        const auto customer = findCustomer(context, *repository, ended->customer);
        const auto before = customer ? findPerson(context, *repository, customer->id, ended->id) : std::nullopt;
        if (!before) {
            return;
        }
        if (before->activeTo) {
            refuse(context, "the role of " + withRole(*before) + " already ended on " + before->activeTo->toIso());
            return;
        }
        auto after = *before;
        after.activeTo = dateOf(ended->on);
        save(context, *repository, *customer, before, after, *after.activeTo, ended->json, "--on");
    });

    auto listed = std::make_shared<ContactInput>();
    auto* list = contact->add_subcommand("list", "List a customer's contact persons, current ones first");
    list->add_option("CUSTOMER", listed->customer, "Customer id")->required()->check(CLI::PositiveNumber);
    list->add_flag("--json", listed->json, "Print JSON for scripts");
    list->callback([&context, listed] {
        auto repository = context.open(Access::Read);
        if (!customerToRead(context, *repository, listed->customer)) {
            return;
        }
        const auto people = repository->contactPersons(listed->customer);
        if (listed->json) {
            const auto rows = app::toJsonArray(people);
            *context.out << nlohmann::json{{"contact_persons", rows}}.dump(2) << '\n';
            return;
        }
        if (people.empty()) {
            *context.err << "Customer #" << listed->customer << " has no contact persons.\n";
            return;
        }
        TextTable table({{"ID", TextTable::Align::Right},
                         {"Name", TextTable::Align::Left, 30},
                         {"Role", TextTable::Align::Left, 24},
                         {"Decides"},
                         {"From"},
                         {"To"},
                         {"E-mail", TextTable::Align::Left, 36},
                         {"Phone"}});
        for (const auto& p : people) {
            table.addRow({std::to_string(p.id), p.name, p.role, p.decisionMaker ? "yes" : "",
                          p.activeFrom ? p.activeFrom->toIso() : "", p.activeTo ? p.activeTo->toIso() : "",
                          p.emails.empty() ? "" : p.emails.front().value,
                          p.phones.empty() ? "" : p.phones.front().value});
        }
        table.print(*context.out);
    });
}

} // namespace rapport::cli
