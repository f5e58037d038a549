#include "analytics/relationship_metrics.h"
#include "app/assessment_edits.h"
#include "app/entity_json.h"
#include "cli/cli_context.h"
#include "cli/edit_support.h"
#include "reports/text_table.h"

#include <CLI/CLI.hpp>
#include <iomanip>
#include <ostream>

namespace rapport::cli {

using app::toJson;

using reports::TextTable;

namespace {

struct CustomerArguments {
    core::CustomerId id = 0;
    int episodes = 20;
    bool json = false;
};

std::string joinPoints(const std::vector<core::ContactPoint>& points) {
    std::string text;
    for (const auto& point : points) {
        text += (text.empty() ? "" : ", ") + point.value + (point.label.empty() ? "" : " (" + point.label + ")");
    }
    return text;
}

void printProfile(const core::Customer& c, const storage::CustomerRow& row, std::ostream& out) {
    auto line = [&out](const char* label, const std::string& value) {
        if (!value.empty()) {
            out << "  " << label << std::string(20 - std::string(label).size(), ' ') << value << '\n';
        }
    };
    out << c.displayName << "  (#" << c.id << ", " << core::toCode(c.kind) << ", " << core::toCode(c.market) << ")\n";
    line("Archived on",
         c.archivedOn ? c.archivedOn->toIso() + " (customer restore " + std::to_string(c.id) + " brings it back)" : "");
    line("Legal name", c.legalName == c.displayName ? "" : c.legalName);
    std::string address = c.address.street;
    for (const auto* part : {&c.address.postcode, &c.address.city, &c.address.region, &c.address.country}) {
        if (!part->empty()) {
            address += (address.empty() ? "" : ", ") + *part;
        }
    }
    line("Address", address);
    line("E-mail", joinPoints(c.emails));
    line("Phone", joinPoints(c.phones));
    line("Segment", c.segment);
    line("Owner", c.owner);
    line("Acquired", c.acquiredOn
                         ? c.acquiredOn->toIso() +
                               (c.acquisitionChannel ? " via " + std::string(core::toCode(*c.acquisitionChannel)) : "")
                         : "");
    line("Preferred channel", c.preferredChannel ? std::string(core::toCode(*c.preferredChannel)) : "");
    std::string tags;
    for (const auto& tag : c.tags) {
        tags += (tags.empty() ? "" : ", ") + tag;
    }
    line("Interests", tags);
    line("Household size", c.householdSize ? std::to_string(*c.householdSize) : "");
    line("Income band", c.incomeBand ? std::string(core::toCode(*c.incomeBand)) : "");
    line("Consent", std::string("processing ") + (c.hasConsent(core::ConsentPurpose::Processing) ? "yes" : "no") +
                        ", marketing " + (c.hasConsent(core::ConsentPurpose::Marketing) ? "yes" : "no"));
    line("Revenue", row.revenue.toDecimal() + " (margin " + row.margin.toDecimal() + ", " +
                        std::to_string(row.purchases) + " purchases)");
    line("Last contact", row.lastContactOn ? row.lastContactOn->toIso() : "");
    line("External ref", c.externalRef);
    line("Notes", c.notes);
}

std::string decimal(std::int64_t minor) {
    return core::Money::fromMinor(minor).toDecimal();
}

nlohmann::json metricsJson(const analytics::RelationshipMetrics& m) {
    nlohmann::json years = nlohmann::json::array();
    for (const auto& y : m.years) {
        years.push_back({{"year", y.year},
                         {"purchases", y.purchases},
                         {"revenue", decimal(y.revenueMinor)},
                         {"margin", decimal(y.marginMinor)},
                         {"costs", decimal(y.costsMinor)},
                         {"profitability", decimal(y.profitabilityMinor())}});
    }
    nlohmann::json kinds = nlohmann::json::object();
    for (const auto& [kind, code] : core::EnumNames<core::EpisodeKind>::values) {
        kinds[std::string(code)] = m.episodesByKind[static_cast<std::size_t>(kind)];
    }
    return {{"years", years},
            {"longevity_months", m.longevityMonths},
            {"episodes_by_kind", kinds},
            {"critical_episodes", m.critical},
            {"mean_satisfaction", m.meanSatisfaction ? nlohmann::json(*m.meanSatisfaction) : nlohmann::json(nullptr)},
            {"ratings", m.ratings},
            {"complaints", m.complaints},
            {"complaints_answered", m.complaintsAnswered},
            {"share_of_wallet", nullptr}};
}

void printMetrics(const analytics::RelationshipMetrics& m, std::ostream& out) {
    if (!m.firstEpisode) {
        return;
    }
    out << "\nRelationship (return-on-relationship components): " << std::fixed << std::setprecision(1)
        << m.longevityMonths << " months since the first episode, " << m.critical << " critical episodes, "
        << m.complaintsAnswered << " of " << m.complaints << " complaints answered, mean satisfaction "
        << (m.meanSatisfaction ? std::to_string(*m.meanSatisfaction).substr(0, 4) : std::string("-")) << " ("
        << m.ratings << " ratings)\n"
        << std::defaultfloat;
    if (m.years.empty()) {
        return;
    }
    TextTable table({{"Year"},
                     {"Purchases", TextTable::Align::Right},
                     {"Revenue", TextTable::Align::Right},
                     {"Profit from sales", TextTable::Align::Right},
                     {"Partnership costs", TextTable::Align::Right},
                     {"Profitability", TextTable::Align::Right}});
    for (const auto& y : m.years) {
        table.addRow({std::to_string(y.year), std::to_string(y.purchases), decimal(y.revenueMinor),
                      decimal(y.marginMinor), decimal(y.costsMinor), decimal(y.profitabilityMinor())});
    }
    table.print(out);
}

void showCustomer(CliContext& context, const CustomerArguments& arguments) {
    auto repository = context.open(Access::Read);
    const auto customer = repository->customer(arguments.id);
    if (!customer) {
        *context.err << "error: no customer with id " << arguments.id << " in " << repository->location() << '\n';
        context.exitCode = kProblemFound;
        return;
    }
    const auto row = repository->customerRow(arguments.id).value();
    const auto people = repository->contactPersons(arguments.id);
    storage::EpisodeQuery query;
    query.customerId = arguments.id;
    query.limit = std::max(arguments.episodes, 1);
    auto episodes = arguments.episodes > 0 ? repository->episodes(query).rows : std::vector<core::Episode>{};
    const auto tasks = repository->tasks(arguments.id);
    const auto costs = repository->relationshipCosts(arguments.id);
    const auto churn = repository->churnRecords(arguments.id);
    const auto assessments = repository->assessments(arguments.id);
    const auto latest = app::latestAssessments(assessments);
    const auto metrics = analytics::relationshipMetrics(*repository, arguments.id, core::Date::today());

    if (arguments.json) {
        nlohmann::json document = toJson(*customer);
        document["totals"] = toJson(row);
        document["contact_persons"] = nlohmann::json::array();
        for (const auto& person : people) {
            document["contact_persons"].push_back(toJson(person));
        }
        document["episodes"] = nlohmann::json::array();
        for (const auto& episode : episodes) {
            document["episodes"].push_back(toJson(episode));
        }
        document["tasks"] = nlohmann::json::array();
        for (const auto& task : tasks) {
            document["tasks"].push_back(toJson(task));
        }
        document["relationship_costs"] = nlohmann::json::array();
        for (const auto& cost : costs) {
            document["relationship_costs"].push_back(toJson(cost));
        }
        document["churn_records"] = nlohmann::json::array();
        for (const auto& record : churn) {
            document["churn_records"].push_back(toJson(record));
        }
        document["assessments"] = nlohmann::json::array();
        for (const auto& assessment : assessments) {
            document["assessments"].push_back(toJson(assessment));
        }
        document["latest_assessments"] = nlohmann::json::array();
        for (const auto& assessment : latest) {
            document["latest_assessments"].push_back(toJson(assessment));
        }
        document["relationship_metrics"] = metricsJson(metrics);
        *context.out << document.dump(2) << '\n';
        return;
    }

    auto& out = *context.out;
    printProfile(*customer, row, out);
    if (!people.empty()) {
        out << "\nContact persons:\n";
        TextTable table({{"Name", TextTable::Align::Left, 30},
                         {"Role", TextTable::Align::Left, 24},
                         {"Decides"},
                         {"Active"},
                         {"E-mail", TextTable::Align::Left, 36}});
        for (const auto& p : people) {
            const std::string active = (p.activeFrom ? p.activeFrom->toIso() : std::string("…")) + " – " +
                                       (p.activeTo ? p.activeTo->toIso() : std::string("now"));
            table.addRow(
                {p.name, p.role, p.decisionMaker ? "yes" : "", active, p.emails.empty() ? "" : p.emails.front().value});
        }
        table.print(out);
    }
    if (!episodes.empty()) {
        out << "\nRecent episodes (newest first):\n";
        TextTable table({{"Date"},
                         {"Kind"},
                         {"Channel"},
                         {"Revenue", TextTable::Align::Right},
                         {"Satisfaction", TextTable::Align::Right},
                         {"Critical"},
                         {"Notes", TextTable::Align::Left, 40}});
        for (const auto& e : episodes) {
            table.addRow({e.occurredOn.toIso(), std::string(core::toCode(e.kind)), std::string(core::toCode(e.channel)),
                          e.revenue ? e.revenue->toDecimal() : "",
                          e.satisfaction ? std::to_string(*e.satisfaction) : "", e.critical ? "yes" : "", e.notes});
        }
        table.print(out);
    }
    printMetrics(metrics, out);
    if (!latest.empty()) {
        out << "\nAssessed (latest of each component, 1 very little to 5 very much):";
        for (const auto& a : latest) {
            out << (&a == &latest.front() ? " " : ", ") << core::toCode(a.component) << ' ' << a.score << " on "
                << a.assessedOn.toIso();
        }
        out << '\n';
    }
    for (const auto& task : tasks) {
        out << (task.done ? "\nDone: " : "\nTo do: ") << task.title << " (due " << task.dueOn.toIso() << ")\n";
    }
    for (const auto& record : churn) {
        out << "\nLost on " << record.churnedOn.toIso() << ": " << record.reasonCode << ", " << record.winBackAttempts
            << " win-back attempts, " << core::toCode(record.outcome) << '\n';
    }
}

void addShowOptions(CLI::App& command, CustomerArguments& arguments) {
    command.add_option("--episodes", arguments.episodes, "How many recent episodes to show")
        ->check(CLI::Range(0, 100'000))
        ->capture_default_str();
    command.add_flag("--json", arguments.json, "Print JSON for scripts");
}

} // namespace

void addCustomerCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<CustomerArguments>();
    auto* command = app.add_subcommand(
        "customer", "Show one customer (customer ID, or customer show ID) with contact persons and recent episodes; "
                    "add, edit, delete, archive or restore customers");
    command->require_subcommand(0, 1);
    command->add_option("ID", arguments->id, "Customer id, to show it")->check(CLI::PositiveNumber);
    addShowOptions(*command, *arguments);
    command->callback([&context, arguments, command] {
        if (!command->get_subcommands().empty()) {
            return; // customer show|add|edit|delete|archive|restore did the work
        }
        if (arguments->id == 0) {
            *context.err << "rapport-cli: customer needs the ID of the customer to show, or one of show, add, edit, "
                            "delete, archive, restore (see customer --help)\n";
            context.exitCode = kFailure;
            return;
        }
        showCustomer(context, *arguments);
    });

    auto shown = std::make_shared<CustomerArguments>();
    auto* show = command->add_subcommand("show", "Show one customer with contact persons and recent episodes");
    show->add_option("ID", shown->id, "Customer id")->required()->check(CLI::PositiveNumber);
    addShowOptions(*show, *shown);
    show->callback([&context, shown] { showCustomer(context, *shown); });

    addCustomerEditCommands(*command, context);
}

} // namespace rapport::cli
