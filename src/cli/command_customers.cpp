#include "app/database_summary.h"
#include "app/entity_json.h"
#include "cli/cli_context.h"
#include "cli/edit_support.h"
#include "reports/text_table.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <map>
#include <ostream>

namespace rapport::cli {

using app::printCustomerRows;
using app::toJson;

namespace {

struct CustomersArguments {
    std::string search;
    int limit = 50;
    bool json = false;
    std::string sort = "name";
    bool descending = false;
    std::string segment;
    std::string owner;
    std::string tag;
    std::string level;
    bool archived = false;
    bool all = false;
};

/** The list's table with the day each customer was archived, for customers --archived and --all. */
void printWithArchivedOn(const std::vector<storage::CustomerRow>& rows, std::ostream& out) {
    using reports::TextTable;
    TextTable table({{"ID", TextTable::Align::Right},
                     {"Customer", TextTable::Align::Left, 36},
                     {"Kind"},
                     {"Segment", TextTable::Align::Left, 20},
                     {"Owner", TextTable::Align::Left, 20},
                     {"Last contact"},
                     {"Revenue", TextTable::Align::Right},
                     {"Archived on"}});
    for (const auto& row : rows) {
        table.addRow({std::to_string(row.id), row.displayName, std::string(core::toCode(row.kind)), row.segment,
                      row.owner, row.lastContactOn ? row.lastContactOn->toIso() : "", row.revenue.toDecimal(),
                      row.archivedOn ? row.archivedOn->toIso() : ""});
    }
    table.print(out);
}

const std::map<std::string, storage::CustomerSort> kSorts{
    {"name", storage::CustomerSort::Name},           {"kind", storage::CustomerSort::Kind},
    {"segment", storage::CustomerSort::Segment},     {"owner", storage::CustomerSort::Owner},
    {"acquired", storage::CustomerSort::AcquiredOn}, {"last-contact", storage::CustomerSort::LastContact},
    {"revenue", storage::CustomerSort::Revenue},     {"margin", storage::CustomerSort::Margin},
    {"purchases", storage::CustomerSort::Purchases}, {"id", storage::CustomerSort::Id},
    {"level", storage::CustomerSort::ServiceLevel}};

} // namespace

void addCustomersCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<CustomersArguments>();
    auto* command = app.add_subcommand(
        "customers", "List the customers in use (archived ones only with --archived or --all), optionally searched, "
                     "filtered and sorted");
    command->add_option("--search", arguments->search, "Words matching the start of names, e-mails, phones, tags");
    command->add_option("--limit", arguments->limit, "At most this many rows")
        ->check(CLI::Range(1, 10'000))
        ->capture_default_str();
    std::vector<std::string> sortNames;
    for (const auto& [name, sort] : kSorts) {
        sortNames.push_back(name);
    }
    command->add_option("--sort", arguments->sort, "Sort column")
        ->check(CLI::IsMember(sortNames, CLI::ignore_case))
        ->capture_default_str();
    command->add_flag("--desc", arguments->descending, "Sort in descending order");
    command->add_option("--segment", arguments->segment, "Only customers of this segment");
    command->add_option("--owner", arguments->owner, "Only customers of this sales manager");
    command->add_option("--tag", arguments->tag, "Only customers with this tag");
    command->add_option("--level", arguments->level,
                        "Only customers of this service level (its id, see levels list), or \"none\"");
    auto* archived = command->add_flag("--archived", arguments->archived,
                                       "Only archived customers (left out of the list by default)");
    command->add_flag("--all", arguments->all, "Customers in use and archived ones")->excludes(archived);
    command->add_flag("--json", arguments->json, "Print JSON for scripts");
    command->callback([&context, arguments] {
        auto repository = context.open(Access::Read);
        storage::CustomerPageRequest request;
        request.filter.search = arguments->search;
        if (!arguments->segment.empty()) {
            request.filter.segment = arguments->segment;
        }
        if (!arguments->owner.empty()) {
            request.filter.owner = arguments->owner;
        }
        if (!arguments->tag.empty()) {
            request.filter.tag = arguments->tag;
        }
        if (arguments->level == "none") {
            request.filter.serviceLevel = storage::kNoServiceLevel;
        } else if (!arguments->level.empty()) {
            std::size_t used = 0;
            long long id = 0;
            try {
                id = std::stoll(arguments->level, &used);
            } catch (const std::exception&) {
                used = 0;
            }
            if (used != arguments->level.size() || id <= 0) {
                refuse(context, "--level: \"" + arguments->level + "\" is neither a level id nor \"none\"");
                return;
            }
            request.filter.serviceLevel = id;
        }
        request.filter.archive = arguments->archived ? storage::ArchiveFilter::Archived
                                 : arguments->all    ? storage::ArchiveFilter::All
                                                     : storage::ArchiveFilter::Active;
        std::string sortName = arguments->sort;
        std::transform(sortName.begin(), sortName.end(), sortName.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        request.sort = kSorts.at(sortName); // IsMember has checked the name, in any letter case
        request.order = arguments->descending ? storage::SortOrder::Descending : storage::SortOrder::Ascending;
        request.limit = arguments->limit;
        const auto page = repository->customerPage(request);
        if (arguments->json) {
            const auto rows = app::toJsonArray(page.rows);
            *context.out << nlohmann::json{{"customers", rows}, {"more", page.next.has_value()}}.dump(2) << '\n';
            return;
        }
        if (page.rows.empty()) {
            *context.err << "No customers match.\n";
            if (request.filter.archive == storage::ArchiveFilter::Active) {
                auto archivedOnes = request.filter;
                archivedOnes.archive = storage::ArchiveFilter::Archived;
                if (const auto count = repository->customerCount(archivedOnes); count > 0) {
                    *context.err << "(" << count << " archived customer" << (count == 1 ? "" : "s")
                                 << " match; customers --archived lists them)\n";
                }
            }
            return;
        }
        if (request.filter.archive == storage::ArchiveFilter::Active) {
            printCustomerRows(page.rows, *context.out);
        } else {
            printWithArchivedOn(page.rows, *context.out);
        }
        if (page.next) {
            const auto total = repository->customerCount(request.filter);
            *context.out << "(" << page.rows.size() << " of " << total << " shown; use --limit for more)\n";
        }
    });
}

} // namespace rapport::cli
