// rapport-cli task add | done | list: follow-ups not tied to one episode, through app::addTask and app::changeTask.
#include "app/entity_json.h"
#include "app/relationship_edits.h"
#include "cli/edit_support.h"
#include "reports/text_table.h"

#include <ostream>

namespace rapport::cli {

namespace {

using reports::TextTable;

struct TaskInput {
    core::TaskId id = 0;
    core::CustomerId customer = 0;
    std::string title;
    std::string due;
    std::string owner;
    std::string notes;
    bool json = false;
};

const FieldOptions kTaskFields{
    {"customer_id", "CUSTOMER"}, {"title", "--title"}, {"owner", "--owner"}, {"notes", "--notes"}};

void printTask(CliContext& context, const core::Task& task, bool json) {
    if (json) {
        *context.out << app::toJson(task).dump(2) << '\n';
    } else {
        *context.out << task.id << '\n';
    }
}

} // namespace

void addTaskCommand(CLI::App& app, CliContext& context) {
    auto* task = app.add_subcommand("task", "Follow-up tasks of a customer: add, mark done, list");
    task->require_subcommand(1);

    auto added = std::make_shared<TaskInput>();
    auto* add = task->add_subcommand("add", "Add a task; prints the new id");
    add->add_option("CUSTOMER", added->customer, "Customer id")->required()->check(CLI::PositiveNumber);
    add->add_option("--title", added->title, "What to do, e.g. \"Call back before the contract ends\"")->required();
    add->add_option("--due", added->due, "Due day, YYYY-MM-DD")->required()->check(dateValidator());
    add->add_option("--owner", added->owner, "Who does it (default: the customer's owner)");
    add->add_option("--notes", added->notes, "Notes");
    add->add_flag("--json", added->json, "Print the stored task as JSON instead of the id");
    add->callback([&context, added] {
        auto repository = context.open(Access::Write);
        const auto customer = findCustomer(context, *repository, added->customer);
        if (!customer) {
            return;
        }
        core::Task t;
        t.customerId = customer->id;
        t.title = added->title;
        t.dueOn = dateOf(added->due);
        t.owner = added->owner.empty() ? customer->owner : added->owner;
        t.notes = added->notes;
        const auto edit = applyEdit(context, *repository, kTaskFields, [&] { return app::addTask(t); });
        if (edit) {
            const auto& stored = *edit->after<core::Task>();
            *context.err << "Added task #" << stored.id << " for customer #" << stored.customerId << ", due "
                         << stored.dueOn.toIso() << ".\n";
            printTask(context, stored, added->json);
        }
    });

    auto finished = std::make_shared<TaskInput>();
    auto* done = task->add_subcommand("done", "Mark a task done");
    done->add_option("ID", finished->id, "Task id (see task list CUSTOMER)")->required()->check(CLI::PositiveNumber);
    // The storage finds tasks only through their customer (Repository::tasks(customerId)).
    done->add_option("--customer", finished->customer, "The customer the task is for")
        ->required()
        ->check(CLI::PositiveNumber);
    done->add_flag("--json", finished->json, "Print the stored task as JSON");
    done->callback([&context, finished] {
        auto repository = context.open(Access::Write);
        if (!findCustomer(context, *repository, finished->customer)) {
            return;
        }
        std::optional<core::Task> before;
        for (auto& t : repository->tasks(finished->customer)) {
            if (t.id == finished->id) {
                before = std::move(t);
            }
        }
        if (!before) {
            refuse(context,
                   "customer #" + std::to_string(finished->customer) + " has no task with id " +
                       std::to_string(finished->id) + " (see task list " + std::to_string(finished->customer) + ")",
                   kProblemFound);
            return;
        }
        if (before->done) {
            *context.err << "Task #" << before->id << " \"" << before->title << "\" was already done.\n";
            if (finished->json) {
                printTask(context, *before, true);
            }
            return;
        }
        auto after = *before;
        after.done = true;
        const auto edit = applyEdit(context, *repository, kTaskFields, [&] { return app::changeTask(*before, after); });
        if (edit) {
            *context.err << "Task #" << after.id << " \"" << after.title << "\" is done.\n";
            if (finished->json) {
                printTask(context, after, true);
            }
        }
    });

    auto listed = std::make_shared<TaskInput>();
    auto* list = task->add_subcommand("list", "List a customer's tasks");
    list->add_option("CUSTOMER", listed->customer, "Customer id")->required()->check(CLI::PositiveNumber);
    list->add_flag("--json", listed->json, "Print JSON for scripts");
    list->callback([&context, listed] {
        auto repository = context.open(Access::Read);
        if (!customerToRead(context, *repository, listed->customer)) {
            return;
        }
        const auto tasks = repository->tasks(listed->customer);
        if (listed->json) {
            const auto rows = app::toJsonArray(tasks);
            *context.out << nlohmann::json{{"tasks", rows}}.dump(2) << '\n';
            return;
        }
        if (tasks.empty()) {
            *context.err << "Customer #" << listed->customer << " has no tasks.\n";
            return;
        }
        TextTable table({{"ID", TextTable::Align::Right},
                         {"Due"},
                         {"Done"},
                         {"Title", TextTable::Align::Left, 40},
                         {"Owner"},
                         {"Notes", TextTable::Align::Left, 40}});
        for (const auto& t : tasks) {
            table.addRow({std::to_string(t.id), t.dueOn.toIso(), t.done ? "yes" : "", t.title, t.owner, t.notes});
        }
        table.print(*context.out);
    });
}

} // namespace rapport::cli
