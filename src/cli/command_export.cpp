// rapport-cli export customers|episodes|partnerships --format csv|json -o FILE
// Streams the base a page at a time into a temporary file beside FILE and renames it when complete, so a
// failed or interrupted export never leaves a half-written FILE. CSV is RFC 4180, UTF-8, with cells that a
// spreadsheet would run as formulas neutralised; JSON is one array of the same objects `--json` prints.
#include "cli/cli_context.h"
#include "cli/json_output.h"
#include "core/csv.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <ostream>

namespace rapport::cli {

namespace {

constexpr int kPageSize = 1000;

std::string joined(const std::vector<core::ContactPoint>& points) {
    std::string text;
    for (const auto& p : points) {
        text += (text.empty() ? "" : "; ") + p.value;
    }
    return text;
}

std::string joined(const std::vector<std::string>& values) {
    std::string text;
    for (const auto& v : values) {
        text += (text.empty() ? "" : "; ") + v;
    }
    return text;
}

template <typename T> std::string optionalCode(const std::optional<T>& value) {
    return value ? std::string(core::toCode(*value)) : std::string();
}

std::string optionalDate(const std::optional<core::Date>& date) {
    return date ? date->toIso() : std::string();
}

/** One CSV record; csvText quotes as needed, keeps numbers and neutralises what would run as a formula. */
void writeRecord(std::ostream& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        out << (i == 0 ? "" : ",") << core::csvText(fields[i]);
    }
    out << "\r\n";
}

/** Writes rows as CSV (a header, then records) or as one JSON array, whichever was asked. */
class RecordWriter {
public:
    RecordWriter(std::ostream& out, bool json, std::vector<std::string> header)
        : m_out(out)
        , m_json(json) {
        if (m_json) {
            m_out << "[";
        } else {
            writeRecord(m_out, header);
        }
    }
    void add(const std::vector<std::string>& fields, const nlohmann::json& object) {
        if (m_json) {
            m_out << (m_count == 0 ? "\n" : ",\n") << object.dump();
        } else {
            writeRecord(m_out, fields);
        }
        ++m_count;
    }
    std::int64_t finish() {
        if (m_json) {
            m_out << (m_count == 0 ? "]\n" : "\n]\n");
        }
        return m_count;
    }

private:
    std::ostream& m_out;
    bool m_json;
    std::int64_t m_count = 0;
};

std::int64_t exportCustomers(storage::Repository& repository, RecordWriter& writer) {
    storage::CustomerPageRequest request;
    request.sort = storage::CustomerSort::Id;
    request.limit = kPageSize;
    for (;;) {
        const auto page = repository.customerPage(request);
        for (const auto& row : page.rows) {
            const auto c = repository.customer(row.id);
            if (!c) {
                continue; // removed meanwhile
            }
            writer.add({std::to_string(c->id),
                        c->externalRef,
                        c->displayName,
                        c->legalName,
                        std::string(core::toCode(c->kind)),
                        std::string(core::toCode(c->market)),
                        c->segment,
                        c->owner,
                        c->address.street,
                        c->address.postcode,
                        c->address.city,
                        c->address.region,
                        c->address.country,
                        joined(c->emails),
                        joined(c->phones),
                        optionalDate(c->acquiredOn),
                        optionalCode(c->acquisitionChannel),
                        c->acquisitionCost.toDecimal(),
                        optionalCode(c->preferredChannel),
                        joined(c->tags),
                        optionalCode(c->incomeBand),
                        c->householdSize ? std::to_string(*c->householdSize) : std::string(),
                        c->hasConsent(core::ConsentPurpose::Processing) ? "yes" : "no",
                        c->hasConsent(core::ConsentPurpose::Marketing) ? "yes" : "no",
                        row.revenue.toDecimal(),
                        row.margin.toDecimal(),
                        std::to_string(row.purchases),
                        optionalDate(row.lastContactOn),
                        c->notes},
                       toJson(*c));
        }
        if (!page.next) {
            return writer.finish();
        }
        request.after = page.next;
    }
}

std::int64_t exportEpisodes(storage::Repository& repository, RecordWriter& writer) {
    storage::EpisodeQuery query;
    query.limit = kPageSize;
    for (;;) {
        const auto page = repository.episodes(query);
        for (std::size_t i = 0; i < page.rows.size(); ++i) {
            const auto& e = page.rows[i];
            auto object = toJson(e);
            object["customer"] = page.customerNames[i];
            writer.add({std::to_string(e.id), std::to_string(e.customerId), page.customerNames[i], e.occurredOn.toIso(),
                        std::string(core::toCode(e.kind)), std::string(core::toCode(e.channel)),
                        e.revenue ? e.revenue->toDecimal() : std::string(),
                        e.margin ? e.margin->toDecimal() : std::string(),
                        e.satisfaction ? std::to_string(*e.satisfaction) : std::string(), e.critical ? "yes" : "no",
                        e.owner, optionalDate(e.followUpOn), e.followUpDone ? "yes" : "no", e.notes},
                       object);
        }
        if (!page.next) {
            return writer.finish();
        }
        query.after = page.next;
    }
}

std::int64_t exportPartnerships(storage::Repository& repository, RecordWriter& writer) {
    for (const auto& p : repository.partnerships()) {
        std::vector<std::string> bonds;
        for (const auto bond : p.bonds) {
            bonds.emplace_back(core::toCode(bond));
        }
        nlohmann::json history = nlohmann::json::array();
        for (const auto& change : p.stageHistory) {
            history.push_back(
                {{"stage", core::toCode(change.stage)}, {"since", change.since.toIso()}, {"note", change.note}});
        }
        const nlohmann::json object{
            {"id", p.id},
            {"partner", p.partnerName},
            {"partner_customer_id", p.partnerCustomerId ? nlohmann::json(*p.partnerCustomerId) : nlohmann::json()},
            {"direction", core::toCode(p.direction)},
            {"form", core::toCode(p.form)},
            {"stage", core::toCode(p.stage())},
            {"stage_history", history},
            {"bonds", bonds},
            {"value_shared", p.valueShared.toDecimal()},
            {"started_on", p.startedOn ? nlohmann::json(p.startedOn->toIso()) : nlohmann::json()},
            {"ended_on", p.endedOn ? nlohmann::json(p.endedOn->toIso()) : nlohmann::json()},
            {"notes", p.notes}};
        writer.add({std::to_string(p.id), p.partnerName,
                    p.partnerCustomerId ? std::to_string(*p.partnerCustomerId) : std::string(),
                    std::string(core::toCode(p.direction)), std::string(core::toCode(p.form)),
                    std::string(core::toCode(p.stage())), joined(bonds), p.valueShared.toDecimal(),
                    optionalDate(p.startedOn), optionalDate(p.endedOn), p.notes},
                   object);
    }
    return writer.finish();
}

struct ExportArguments {
    std::string what;
    std::string format = "csv";
    std::string output;
    bool force = false;
};

} // namespace

void addExportCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<ExportArguments>();
    auto* command = app.add_subcommand("export", "Write customers, episodes or partnerships to a CSV or JSON file");
    command->add_option("WHAT", arguments->what, "customers, episodes or partnerships")
        ->required()
        ->check(CLI::IsMember({"customers", "episodes", "partnerships"}));
    command->add_option("--format", arguments->format, "csv (RFC 4180, UTF-8) or json")
        ->check(CLI::IsMember({"csv", "json"}));
    command->add_option("-o,--output", arguments->output, "The file to write")->required();
    command->add_flag("--force", arguments->force, "Replace the file when it exists");
    command->callback([&context, arguments] {
        namespace fs = std::filesystem;
        const fs::path target(arguments->output);
        if (fs::exists(target) && !arguments->force) {
            *context.err << "rapport-cli: " << arguments->output << " exists; choose another name or add --force\n";
            context.exitCode = kFailure;
            return;
        }
        auto repository = context.open(false);
        // Written beside the target and renamed at the end: nobody ever sees half an export.
        const fs::path partial = target.string() + ".partial";
        std::int64_t rows = 0;
        {
            std::ofstream out(partial, std::ios::binary | std::ios::trunc);
            if (!out) {
                *context.err << "rapport-cli: cannot write " << partial.string() << '\n';
                context.exitCode = kFailure;
                return;
            }
            const bool json = arguments->format == "json";
            try {
                if (arguments->what == "customers") {
                    RecordWriter writer(out, json,
                                        {"rapport_id",
                                         "external_ref",
                                         "display_name",
                                         "legal_name",
                                         "kind",
                                         "market",
                                         "segment",
                                         "owner",
                                         "street",
                                         "postcode",
                                         "city",
                                         "region",
                                         "country",
                                         "emails",
                                         "phones",
                                         "acquired_on",
                                         "acquisition_channel",
                                         "acquisition_cost",
                                         "preferred_channel",
                                         "tags",
                                         "income_band",
                                         "household_size",
                                         "consent_processing",
                                         "consent_marketing",
                                         "revenue",
                                         "margin",
                                         "purchases",
                                         "last_contact_on",
                                         "notes"});
                    rows = exportCustomers(*repository, writer);
                } else if (arguments->what == "episodes") {
                    RecordWriter writer(out, json,
                                        {"rapport_id", "rapport_customer_id", "customer_name", "occurred_on", "kind", "channel", "revenue",
                                         "margin", "satisfaction", "critical", "owner", "follow_up_on",
                                         "follow_up_done", "notes"});
                    rows = exportEpisodes(*repository, writer);
                } else {
                    RecordWriter writer(out, json,
                                        {"rapport_id", "partner", "partner_customer_id", "direction", "form", "stage", "bonds",
                                         "value_shared", "started_on", "ended_on", "notes"});
                    rows = exportPartnerships(*repository, writer);
                }
                out.flush();
                if (!out) {
                    throw std::runtime_error("writing " + partial.string() + " failed (disk full?)");
                }
            } catch (...) {
                out.close();
                fs::remove(partial);
                throw;
            }
        }
        fs::rename(partial, target);
        *context.err << "Exported " << rows << ' ' << arguments->what << " to " << arguments->output << '\n';
    });
}

} // namespace rapport::cli
