// rapport-cli audit [--customer ID]: who changed what and when, as the team database recorded it.
#include "cli/cli_context.h"
#include "core/date.h"
#include "core/money.h"

#include <CLI/CLI.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <ostream>

namespace rapport::cli {

namespace {

struct AuditArguments {
    std::optional<core::CustomerId> customer;
    int limit = 100;
    bool json = false;
};

std::string isoTime(std::int64_t unixSeconds) {
    const std::chrono::sys_seconds time{std::chrono::seconds(unixSeconds)};
    const auto days = std::chrono::floor<std::chrono::days>(time);
    const std::chrono::year_month_day ymd{days};
    const std::chrono::hh_mm_ss clock{time - days};
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u %02ld:%02ld:%02ld", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<long>(clock.hours().count()), static_cast<long>(clock.minutes().count()),
                  static_cast<long>(clock.seconds().count()));
    return buffer;
}

bool isWholeNumber(const std::string& text) {
    return !text.empty() && text.find_first_not_of("-0123456789") == std::string::npos && text.size() < 19;
}

/** Day numbers and minor units as people write them; the database keeps them as numbers. */
std::string readable(const std::string& field, const std::string& value) {
    if (!isWholeNumber(value)) {
        return value;
    }
    const bool day = field.ends_with("_on") || field == "since";
    const bool money = field == "revenue" || field == "margin" || field == "amount" || field == "acquisition_cost" ||
                       field == "value_shared";
    if (day) {
        return core::Date::fromDays(static_cast<std::int32_t>(std::stol(value))).toIso();
    }
    if (money) {
        return core::Money::fromMinor(std::stoll(value)).toDecimal();
    }
    return value;
}

std::string shown(const std::string& field, const std::optional<std::string>& value) {
    if (!value) {
        return "-";
    }
    constexpr std::size_t kMax = 60;
    const auto text = readable(field, *value);
    return text.size() > kMax ? text.substr(0, kMax) + "..." : text;
}

} // namespace

void addAuditCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<AuditArguments>();
    auto* command =
        app.add_subcommand("audit", "Who changed what and when in a team database, newest first (its admins only)");
    command->add_option("--customer", arguments->customer, "Only the changes of this customer");
    command->add_option("--limit", arguments->limit, "At most this many changes (default 100)")
        ->check(CLI::Range(1, 1'000'000));
    command->add_flag("--json", arguments->json, "Print JSON for scripts");
    command->callback([&context, arguments] {
        auto repository = context.open(Access::Read);
        const auto entries = repository->auditTrail({arguments->customer, arguments->limit});
        if (arguments->json) {
            auto list = nlohmann::json::array();
            for (const auto& entry : entries) {
                auto changes = nlohmann::json::array();
                for (const auto& change : entry.changes) {
                    changes.push_back({{"field", change.field},
                                       {"before", change.before ? nlohmann::json(*change.before) : nullptr},
                                       {"after", change.after ? nlohmann::json(*change.after) : nullptr}});
                }
                list.push_back({{"id", entry.id},
                                {"at", isoTime(entry.atUnixSeconds) + "Z"},
                                {"by", entry.by},
                                {"table", entry.table},
                                {"action", entry.action},
                                {"row_id", entry.rowId ? nlohmann::json(*entry.rowId) : nullptr},
                                {"customer_id", entry.customerId ? nlohmann::json(*entry.customerId) : nullptr},
                                {"changes", changes}});
            }
            *context.out << list.dump(2) << '\n';
            return;
        }
        if (entries.empty()) {
            *context.out << "No changes recorded" << (arguments->customer ? " for this customer" : "") << ".\n";
            return;
        }
        for (const auto& entry : entries) {
            *context.out << isoTime(entry.atUnixSeconds) << " UTC  " << entry.by << "  " << entry.action << ' '
                         << entry.table;
            if (entry.rowId) {
                *context.out << " #" << *entry.rowId;
            }
            if (entry.customerId && entry.table != "customer") {
                *context.out << " (customer #" << *entry.customerId << ')';
            }
            *context.out << '\n';
            for (const auto& change : entry.changes) {
                const bool empty = [](const std::optional<std::string>& v) {
                    return !v || v->empty();
                }(entry.action == "insert" ? change.after : change.before);
                if (entry.action != "update" && (empty || change.field == "id")) {
                    continue; // an inserted or deleted row: its filled fields say enough
                }
                if (entry.action == "update") {
                    *context.out << "    " << change.field << ": " << shown(change.field, change.before) << " -> "
                                 << shown(change.field, change.after) << '\n';
                } else {
                    *context.out << "    " << change.field << ": "
                                 << shown(change.field, entry.action == "insert" ? change.after : change.before)
                                 << '\n';
                }
            }
        }
    });
}

} // namespace rapport::cli
