// rapport-cli levels: service levels that follow value (list, add, edit, remove, suggest, history). Each customer's
// level is given by the analysis run (analyze --save-scores, or the app's), through the rules defined here.
#include "app/service_levels.h"
#include "cli/edit_support.h"
#include "reports/text_table.h"
#include "storage/errors.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

namespace rapport::cli {

namespace {

using reports::TextTable;

struct LevelInput {
    core::ServiceLevelId id = 0;
    core::CustomerId customer = 0;
    std::string name;
    int rank = 1;
    std::string abc, groups, stages, churn;
    int minPercentile = 0;
    int intervalDays = 60;
    std::string entitlement;
    bool json = false;
};

std::vector<std::string> listItems(const std::string& text) {
    std::vector<std::string> items;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ',')) {
        if (!item.empty()) {
            items.push_back(item);
        }
    }
    return items;
}

/** "A,B" -> bits; throws core::ValidationError naming the field for anything else. */
std::uint32_t abcBits(const std::string& text) {
    std::uint32_t bits = 0;
    for (const auto& item : listItems(text)) {
        if (item.size() != 1 || (item[0] != 'A' && item[0] != 'B' && item[0] != 'C')) {
            throw core::ValidationError("service level", {{"abc", "\"" + item + "\" is not one of A, B, C"}});
        }
        bits |= 1U << (item[0] - 'A');
    }
    return bits;
}

std::uint32_t groupBits(const std::string& text) {
    std::uint32_t bits = 0;
    for (const auto& item : listItems(text)) {
        if (item.size() != 1 || item[0] < '1' || item[0] > '4') {
            throw core::ValidationError("service level", {{"groups", "\"" + item + "\" is not one of 1, 2, 3, 4"}});
        }
        bits |= 1U << (item[0] - '1');
    }
    return bits;
}

template <typename Enum> std::uint32_t codeBits(const std::string& text, const std::string& field) {
    std::uint32_t bits = 0;
    for (const auto& item : listItems(text)) {
        const auto value = core::fromCode<Enum>(item);
        if (!value) {
            throw core::ValidationError("service level",
                                        {{field, "\"" + item + "\" is not one of " + core::allCodes<Enum>()}});
        }
        bits |= 1U << static_cast<int>(*value);
    }
    return bits;
}

const FieldOptions kFields{{"name", "NAME"},
                           {"rank", "--rank"},
                           {"abc", "--abc"},
                           {"groups", "--groups"},
                           {"stages", "--stages"},
                           {"churn", "--churn"},
                           {"min_value_percentile", "--min-percentile"},
                           {"contact_interval_days", "--interval-days"},
                           {"entitlement", "--entitles"}};

nlohmann::json levelJson(const core::ServiceLevel& l, std::optional<std::int64_t> customers = std::nullopt) {
    nlohmann::json json{{"id", l.id},
                        {"name", l.name},
                        {"rank", l.rank},
                        {"rule", core::describe(l.rule)},
                        {"abc_classes", l.rule.abcClasses},
                        {"four_groups", l.rule.fourGroups},
                        {"stages", l.rule.stages},
                        {"churn_statuses", l.rule.churnStatuses},
                        {"min_value_percentile", l.rule.minValuePercentile},
                        {"entitlement", l.entitlement},
                        {"contact_interval_days", l.contactIntervalDays}};
    if (customers) {
        json["customers"] = *customers;
    }
    return json;
}

void addRuleOptions(CLI::App* command, LevelInput& in) {
    command->add_option("--rank", in.rank, "Checked in rank order, 1 first: a customer takes the first level met");
    command->add_option("--abc", in.abc, "Only these ranking classes, e.g. A,B (default: any)");
    command->add_option("--groups", in.groups, "Only these four-groups, e.g. 1,3 (default: any)");
    command->add_option("--stages", in.stages,
                        "Only these ladder stages, e.g. client,supporter: " + core::allCodes<core::LadderStage>());
    command->add_option("--churn", in.churn,
                        "Only these churn statuses, e.g. lapsed,lost: " + core::allCodes<core::ChurnStatus>());
    command->add_option("--min-percentile", in.minPercentile,
                        "Only customers whose predicted value is at or above this percentile, 0-99 (0: any)");
    command->add_option("--interval-days", in.intervalDays,
                        "Preventive contact after this many days without one (the attention list watches it)");
    command->add_option("--entitles", in.entitlement, "What the level entitles the customer to, in words");
}

/** The level the options describe; options not given keep `base`'s values (an edit), or the defaults (an add). */
core::ServiceLevel levelOf(const LevelInput& in, const CLI::App& command, core::ServiceLevel base) {
    const auto set = [&](const char* option) {
        const auto* found = command.get_option_no_throw(option);
        return found != nullptr && found->count() > 0;
    };
    if (set("NAME") || base.id == 0) {
        base.name = in.name;
    }
    if (set("--rank") || base.id == 0) {
        base.rank = in.rank;
    }
    if (set("--abc")) {
        base.rule.abcClasses = abcBits(in.abc);
    }
    if (set("--groups")) {
        base.rule.fourGroups = groupBits(in.groups);
    }
    if (set("--stages")) {
        base.rule.stages = codeBits<core::LadderStage>(in.stages, "stages");
    }
    if (set("--churn")) {
        base.rule.churnStatuses = codeBits<core::ChurnStatus>(in.churn, "churn");
    }
    if (set("--min-percentile")) {
        base.rule.minValuePercentile = in.minPercentile;
    }
    if (set("--interval-days") || base.id == 0) {
        base.contactIntervalDays = in.intervalDays;
    }
    if (set("--entitles")) {
        base.entitlement = in.entitlement;
    }
    return base;
}

void printLevels(const std::vector<storage::ServiceLevelSummary>& levels, std::ostream& out) {
    TextTable table({{"Rank", TextTable::Align::Right},
                     {"Id", TextTable::Align::Right},
                     {"Level"},
                     {"Rule", TextTable::Align::Left, 48},
                     {"Contact every", TextTable::Align::Right},
                     {"Customers", TextTable::Align::Right},
                     {"Entitles to", TextTable::Align::Left, 48}});
    for (const auto& [level, customers] : levels) {
        table.addRow({std::to_string(level.rank), std::to_string(level.id), level.name, core::describe(level.rule),
                      std::to_string(level.contactIntervalDays) + " days", std::to_string(customers),
                      level.entitlement});
    }
    table.print(out);
}

void addLevelsListCommand(CLI::App& levels, CliContext& context) {
    auto in = std::make_shared<LevelInput>();
    auto* list = levels.add_subcommand("list", "The levels in rank order with their rules and customers");
    list->add_flag("--json", in->json, "Print JSON for scripts");
    list->callback([&context, in] {
        auto repository = context.open(Access::Read);
        const auto summaries = repository->serviceLevels();
        if (in->json) {
            auto rows = nlohmann::json::array();
            for (const auto& [level, customers] : summaries) {
                rows.push_back(levelJson(level, customers));
            }
            *context.out << nlohmann::json{{"levels", rows}}.dump(2) << '\n';
            return;
        }
        if (summaries.empty()) {
            *context.err << "No service levels yet: levels suggest adds the suggested four, levels add defines one.\n";
            return;
        }
        printLevels(summaries, *context.out);
        *context.err << "Customers take their level at each analysis run (analyze --save-scores, or the app's).\n";
    });
}

void addAddCommand(CLI::App& levels, CliContext& context) {
    auto in = std::make_shared<LevelInput>();
    auto* add = levels.add_subcommand("add", "Define a level; prints its id");
    add->add_option("NAME", in->name, "What the level is called")->required();
    addRuleOptions(add, *in);
    add->callback([&context, in, add] {
        auto repository = context.open(Access::Write);
        const auto edit = applyEdit(context, *repository, kFields,
                                    [&] { return app::Edit().add(levelOf(*in, *add, core::ServiceLevel{})); });
        if (edit) {
            const auto id = std::get<app::RowChange<core::ServiceLevel>>(edit->changes().front()).after->id;
            *context.err << "Added service level #" << id << " \"" << in->name << "\".\n";
            *context.out << id << '\n';
        }
    });
}

void addEditCommand(CLI::App& levels, CliContext& context) {
    auto in = std::make_shared<LevelInput>();
    auto* edit = levels.add_subcommand("edit", "Change a level's name, rule, interval or entitlement");
    edit->add_option("ID", in->id, "Level id (see levels list)")->required()->check(CLI::PositiveNumber);
    edit->add_option("--name", in->name, "A new name");
    addRuleOptions(edit, *in);
    edit->callback([&context, in, edit] {
        auto repository = context.open(Access::Write);
        const auto stored = repository->serviceLevel(in->id);
        if (!stored) {
            refuse(context, "there is no service level #" + std::to_string(in->id), kProblemFound);
            return;
        }
        auto changed = levelOf(*in, *edit, *stored);
        if (edit->count("--name") > 0) {
            changed.name = in->name;
        }
        if (applyEdit(context, *repository, kFields, [&] { return app::Edit().replace(*stored, changed); })) {
            *context.err << "Changed service level #" << in->id << "; customers follow at the next analysis run.\n";
        }
    });
}

void addRemoveCommand(CLI::App& levels, CliContext& context) {
    auto in = std::make_shared<LevelInput>();
    auto* remove = levels.add_subcommand(
        "remove", "Remove a level: its customers have none until the next analysis run; their history keeps it");
    remove->add_option("ID", in->id, "Level id (see levels list)")->required()->check(CLI::PositiveNumber);
    remove->callback([&context, in] {
        auto repository = context.open(Access::Write);
        const auto stored = repository->serviceLevel(in->id);
        if (!stored) {
            refuse(context, "there is no service level #" + std::to_string(in->id), kProblemFound);
            return;
        }
        if (applyEdit(context, *repository, kFields, [&] { return app::Edit().remove(*stored); })) {
            *context.err << "Removed service level #" << in->id << " \"" << stored->name << "\".\n";
        }
    });
}

void addSuggestCommand(CLI::App& levels, CliContext& context) {
    auto* suggest = levels.add_subcommand(
        "suggest", "Add the suggested levels (win-back, key, regular, occasional) whose names are not taken");
    suggest->callback([&context] {
        auto repository = context.open(Access::Write);
        const auto edit = applyEdit(context, *repository, kFields, [&] {
            auto suggested = app::addSuggestedServiceLevels(*repository);
            if (suggested.empty()) {
                throw app::RefusedError("the suggested levels are defined already");
            }
            return suggested;
        });
        if (edit) {
            *context.err << "Added " << edit->changes().size()
                         << " service levels; analyze --save-scores gives the customers theirs.\n";
            printLevels(repository->serviceLevels(), *context.out);
        }
    });
}

void addHistoryCommand(CLI::App& levels, CliContext& context) {
    auto in = std::make_shared<LevelInput>();
    auto* history = levels.add_subcommand("history", "One customer's service levels over time");
    history->add_option("CUSTOMER_ID", in->customer, "Customer id")->required()->check(CLI::PositiveNumber);
    history->add_flag("--json", in->json, "Print JSON for scripts");
    history->callback([&context, in] {
        auto repository = context.open(Access::Read);
        if (!customerToRead(context, *repository, in->customer)) {
            return;
        }
        const auto changes = repository->serviceLevelHistory(in->customer);
        if (in->json) {
            auto rows = nlohmann::json::array();
            for (const auto& change : changes) {
                rows.push_back({{"since", change.since.toIso()},
                                {"level_id", change.levelId ? nlohmann::json(*change.levelId) : nlohmann::json()},
                                {"level", change.levelName}});
            }
            *context.out << nlohmann::json{{"customer_id", in->customer}, {"history", rows}}.dump(2) << '\n';
            return;
        }
        if (changes.empty()) {
            *context.err << "Customer #" << in->customer << " has had no service level yet.\n";
            return;
        }
        TextTable table({{"Since"}, {"Level"}});
        for (const auto& change : changes) {
            table.addRow({change.since.toIso(), change.levelName.empty() ? "(none)" : change.levelName});
        }
        table.print(*context.out);
    });
}

} // namespace

void addLevelsCommand(CLI::App& app, CliContext& context) {
    auto* levels = app.add_subcommand(
        "levels", "Service levels that follow value: rules over the analysis, what each entitles to, and how often "
                  "its customers are contacted");
    levels->require_subcommand(1);
    addLevelsListCommand(*levels, context);
    addAddCommand(*levels, context);
    addEditCommand(*levels, context);
    addRemoveCommand(*levels, context);
    addSuggestCommand(*levels, context);
    addHistoryCommand(*levels, context);
}

} // namespace rapport::cli
