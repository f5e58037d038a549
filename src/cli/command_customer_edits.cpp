// rapport-cli customer add | edit ID | delete ID | archive ID... | restore ID...: the customer card's edits, through
// app::createCustomer, app::changeCustomers, app::deleteCustomer, app::archiveCustomers and app::restoreCustomers.
#include "app/customer_edits.h"
#include "app/entity_json.h"
#include "cli/edit_support.h"

#include <algorithm>
#include <array>
#include <ostream>

namespace rapport::cli {

namespace {

/** A text field of the card and the option that sets it. */
struct TextField {
    const char* option;
    const char* description;
    std::string& (*of)(core::Customer&);
};

const std::array<TextField, 11> kTextFields{{
    {"--name", "Name shown everywhere", [](core::Customer& c) -> std::string& { return c.displayName; }},
    {"--legal-name", "Legal name, when it differs", [](core::Customer& c) -> std::string& { return c.legalName; }},
    {"--street", "Street and number", [](core::Customer& c) -> std::string& { return c.address.street; }},
    {"--postcode", "Postcode", [](core::Customer& c) -> std::string& { return c.address.postcode; }},
    {"--city", "City", [](core::Customer& c) -> std::string& { return c.address.city; }},
    {"--region", "Region", [](core::Customer& c) -> std::string& { return c.address.region; }},
    {"--country", "Country", [](core::Customer& c) -> std::string& { return c.address.country; }},
    {"--segment", "Segment", [](core::Customer& c) -> std::string& { return c.segment; }},
    {"--owner", "The sales manager responsible", [](core::Customer& c) -> std::string& { return c.owner; }},
    {"--external-ref", "Identity in another system", [](core::Customer& c) -> std::string& { return c.externalRef; }},
    {"--notes", "Notes", [](core::Customer& c) -> std::string& { return c.notes; }},
}};

const FieldOptions kCustomerFields{
    {"display_name", "--name"},
    {"legal_name", "--legal-name"},
    {"address.street", "--street"},
    {"address.postcode", "--postcode"},
    {"address.city", "--city"},
    {"address.region", "--region"},
    {"address.country", "--country"},
    {"segment", "--segment"},
    {"owner", "--owner"},
    {"external_ref", "--external-ref"},
    {"notes", "--notes"},
    {"emails", "--email"},
    {"phones", "--phone"},
    {"market", "--market"},
    {"kind", "--kind"},
};

/** The card's options, and which of them were given. */
struct CustomerInput {
    core::CustomerId id = 0;
    std::array<std::string, kTextFields.size()> text;
    std::array<CLI::Option*, kTextFields.size()> textOptions{};
    std::string kind;
    std::string market;
    std::vector<std::string> emails;
    std::vector<std::string> phones;
    CLI::Option* kindOption = nullptr;
    CLI::Option* marketOption = nullptr;
    CLI::Option* emailOption = nullptr;
    CLI::Option* phoneOption = nullptr;
    bool json = false;

    void addOptions(CLI::App& command, bool creating) {
        for (std::size_t i = 0; i < kTextFields.size(); ++i) {
            textOptions[i] = command.add_option(kTextFields[i].option, text[i], kTextFields[i].description);
        }
        if (creating) {
            textOptions[0]->required();
        }
        kindOption = command.add_option("--kind", kind, "person, household or organisation (default person)")
                         ->check(codeValidator<core::CustomerKind>("a customer kind"));
        marketOption = command.add_option("--market", market, "b2c or b2b (default b2b for an organisation, else b2c)")
                           ->check(codeValidator<core::Market>("a market"));
        emailOption =
            command.add_option("--email", emails,
                               creating ? "E-mail address; repeat for several"
                                        : "E-mail address; repeat for several; replaces the list ('' clears)");
        phoneOption = command.add_option("--phone", phones,
                                         creating ? "Phone number; repeat for several"
                                                  : "Phone number; repeat for several; replaces the list ('' clears)");
        command.add_flag("--json", json, "Print the stored customer as JSON instead of its id");
    }

    [[nodiscard]] bool anyGiven() const {
        for (const auto* option : textOptions) {
            if (given(option)) {
                return true;
            }
        }
        return given(kindOption) || given(marketOption) || given(emailOption) || given(phoneOption);
    }

    /** The given options set on a customer; the others leave it as it is. */
    void setOn(core::Customer& customer) const {
        for (std::size_t i = 0; i < kTextFields.size(); ++i) {
            if (given(textOptions[i])) {
                kTextFields[i].of(customer) = text[i];
            }
        }
        if (given(kindOption)) {
            customer.kind = codeOf<core::CustomerKind>(kind);
            if (customer.kind == core::CustomerKind::Organisation && !given(marketOption)) {
                customer.market = core::Market::B2B; // organisations always buy as businesses
            }
        }
        if (given(marketOption)) {
            customer.market = codeOf<core::Market>(market);
        }
        if (given(emailOption)) {
            customer.emails = contactPoints(emails, customer.emails);
        }
        if (given(phoneOption)) {
            customer.phones = contactPoints(phones, customer.phones);
        }
    }
};

void printStoredCustomer(CliContext& context, storage::Repository& repository, core::CustomerId id, bool json) {
    if (json) {
        *context.out << app::toJson(repository.customer(id).value()).dump(2) << '\n';
    } else {
        *context.out << id << '\n';
    }
}

/** customer archive and restore: several customers, one transaction. */
struct ArchiveInput {
    std::vector<core::CustomerId> ids;
    std::string on;
    bool json = false;
};

/** The customers named, each once, as stored; nullopt after saying which is missing or named twice. */
std::optional<std::vector<core::Customer>> findCustomers(CliContext& context, storage::Repository& repository,
                                                         std::vector<core::CustomerId> ids) {
    std::sort(ids.begin(), ids.end());
    if (const auto twice = std::adjacent_find(ids.begin(), ids.end()); twice != ids.end()) {
        refuse(context, "ID: customer #" + std::to_string(*twice) + " is named twice");
        return std::nullopt;
    }
    std::vector<core::Customer> customers;
    for (const auto id : ids) {
        auto customer = findCustomer(context, repository, id);
        if (!customer) {
            return std::nullopt;
        }
        customers.push_back(std::move(*customer));
    }
    return customers;
}

/** The customers an archive or restore changed: ids on stdout (or the stored customers as JSON). */
void printChanged(CliContext& context, storage::Repository& repository, const app::Edit& edit, bool json) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto id : edit.customers()) {
        if (json) {
            rows.push_back(app::toJson(repository.customer(id).value()));
        } else {
            *context.out << id << '\n';
        }
    }
    if (json) {
        *context.out << nlohmann::json{{"customers", rows}}.dump(2) << '\n';
    }
}

std::string names(const std::vector<core::Customer>& customers) {
    std::string text;
    for (const auto& c : customers) {
        text += (text.empty() ? "" : ", ") + ("#" + std::to_string(c.id)) + " " + c.displayName;
    }
    return text;
}

void addArchiveCommands(CLI::App& command, CliContext& context) {
    auto archived = std::make_shared<ArchiveInput>();
    auto* archive = command.add_subcommand(
        "archive", "Archive customers no longer worked with: they leave lists and analyses but keep their whole "
                   "history (customers --archived shows them, customer restore brings them back); one transaction");
    archive->add_option("ID", archived->ids, "Customer ids")->required()->check(CLI::PositiveNumber);
    archive->add_option("--on", archived->on, "The day they were archived, YYYY-MM-DD (default today)")
        ->check(dateValidator());
    archive->add_flag("--json", archived->json, "Print the archived customers as JSON instead of their ids");
    archive->callback([&context, archived] {
        const auto on = archived->on.empty() ? core::Date::today() : dateOf(archived->on);
        auto repository = context.open(Access::Write);
        const auto customers = findCustomers(context, *repository, archived->ids);
        if (!customers) {
            return;
        }
        std::vector<core::Customer> already;
        std::copy_if(customers->begin(), customers->end(), std::back_inserter(already),
                     [](const core::Customer& c) { return c.archivedOn.has_value(); });
        for (const auto& c : already) {
            *context.err << "Customer #" << c.id << " " << c.displayName << " was archived on " << c.archivedOn->toIso()
                         << " already and keeps that day.\n";
        }
        if (already.size() == customers->size()) {
            *context.err << "Nothing was changed.\n";
            return;
        }
        const auto edit = applyEdit(context, *repository, {{"archived_on", "--on"}},
                                    [&] { return app::archiveCustomers(*customers, on); });
        if (!edit) {
            return;
        }
        *context.err << "Archived " << edit->changes().size() << " customer" << (edit->changes().size() == 1 ? "" : "s")
                     << " on " << on.toIso() << ".\n";
        printChanged(context, *repository, *edit, archived->json);
    });

    auto restored = std::make_shared<ArchiveInput>();
    auto* restore =
        command.add_subcommand("restore", "Bring archived customers back into lists and analyses; one transaction");
    restore->add_option("ID", restored->ids, "Customer ids")->required()->check(CLI::PositiveNumber);
    restore->add_flag("--json", restored->json, "Print the restored customers as JSON instead of their ids");
    restore->callback([&context, restored] {
        auto repository = context.open(Access::Write);
        const auto customers = findCustomers(context, *repository, restored->ids);
        if (!customers) {
            return;
        }
        std::vector<core::Customer> inUse;
        std::copy_if(customers->begin(), customers->end(), std::back_inserter(inUse),
                     [](const core::Customer& c) { return !c.archivedOn; });
        if (!inUse.empty()) {
            *context.err << "Not archived: " << names(inUse) << ".\n";
        }
        if (inUse.size() == customers->size()) {
            *context.err << "Nothing was changed.\n";
            return;
        }
        const auto edit = applyEdit(context, *repository, {}, [&] { return app::restoreCustomers(*customers); });
        if (!edit) {
            return;
        }
        *context.err << "Restored " << edit->changes().size() << " customer" << (edit->changes().size() == 1 ? "" : "s")
                     << ".\n";
        printChanged(context, *repository, *edit, restored->json);
    });
}

} // namespace

void addCustomerEditCommands(CLI::App& command, CliContext& context) {
    auto added = std::make_shared<CustomerInput>();
    auto* add = command.add_subcommand("add", "Add a customer; prints the new id");
    added->addOptions(*add, true);
    add->callback([&context, added] {
        core::Customer customer;
        added->setOn(customer);
        if (!given(added->marketOption)) {
            customer.market = customer.kind == core::CustomerKind::Organisation ? core::Market::B2B : core::Market::B2C;
        }
        auto repository = context.open(Access::Write);
        const auto edit =
            applyEdit(context, *repository, kCustomerFields, [&] { return app::createCustomer(customer); });
        if (!edit) {
            return;
        }
        const auto& stored = *edit->after<core::Customer>();
        *context.err << "Added customer #" << stored.id << ": " << stored.displayName << '\n';
        printStoredCustomer(context, *repository, stored.id, added->json);
    });

    auto changed = std::make_shared<CustomerInput>();
    auto* edit = command.add_subcommand("edit", "Change a customer: only the options given change");
    edit->add_option("ID", changed->id, "Customer id")->required()->check(CLI::PositiveNumber);
    changed->addOptions(*edit, false);
    edit->callback([&context, changed] {
        if (!changed->anyGiven()) {
            refuse(context, "customer edit needs at least one option to change (see customer edit --help)");
            return;
        }
        auto repository = context.open(Access::Write);
        const auto before = findCustomer(context, *repository, changed->id);
        if (!before) {
            return;
        }
        auto after = *before;
        changed->setOn(after);
        const auto applied =
            applyEdit(context, *repository, kCustomerFields, [&] { return app::changeCustomers({*before}, {after}); });
        if (!applied) {
            return;
        }
        *context.err << "Changed customer #" << after.id << ": " << after.displayName << '\n';
        printStoredCustomer(context, *repository, after.id, changed->json);
    });

    auto deleted = std::make_shared<core::CustomerId>(0);
    auto* remove = command.add_subcommand(
        "delete", "Delete a customer entered by mistake, with their contact persons, tasks, costs and churn records; "
                  "refused for a customer with episodes (merge or erase them instead)");
    remove->add_option("ID", *deleted, "Customer id")->required()->check(CLI::PositiveNumber);
    remove->callback([&context, deleted] {
        auto repository = context.open(Access::Write);
        if (!findCustomer(context, *repository, *deleted)) {
            return;
        }
        const auto applied = applyEdit(context, *repository, kCustomerFields,
                                       [&] { return app::deleteCustomer(*repository, *deleted); });
        if (!applied) {
            return;
        }
        const auto rows = applied->changes().size();
        *context.err << "Deleted customer #" << *deleted;
        if (rows > 1) {
            *context.err << " and " << rows - 1 << " row" << (rows == 2 ? "" : "s") << " recorded about them";
        }
        *context.err << ".\n";
    });

    addArchiveCommands(command, context);
}

} // namespace rapport::cli
