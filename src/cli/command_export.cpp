// rapport-cli export customers|episodes|partnerships --format csv|xlsx|json|vcard -o FILE [filters]
// Streams the base a page at a time into a file beside FILE and renames it when complete, so a failed or
// interrupted export never leaves a half-written FILE. CSV is RFC 4180, UTF-8, with cells a spreadsheet would
// run as formulas neutralised; XLSX has typed numbers and dates, a frozen styled header and column widths
// (libxlsxwriter, constant memory); JSON is one array of the same objects `--json` prints. vCard (customers
// only) is RFC 6350 4.0: one card per customer, and one per current contact person of an organisation.
// Amounts stay plain numbers in every format; each row names the database's currency in its last column (and
// each JSON object in "currency"), empty when the database has none.
#include "app/entity_json.h"
#include "app/read_ahead.h"
#include "cli/cli_context.h"
#include "core/customer.h"
#include "core/text_join.h"
#include "io/vcard_writer.h"
#include "reports/customer_table.h"
#include "reports/report_files.h"
#include "reports/table_writer.h"
#include "reports/xlsx_writer.h"

#include <CLI/CLI.hpp>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <ostream>

namespace rapport::cli {

using app::toJson;

namespace {

using reports::Cell;
using reports::CellType;
using reports::Column;

// Whole customers per page: each page is a handful of statements, so larger pages mean fewer of them.
constexpr int kPageSize = 2000;

Cell optionalDate(const std::optional<core::Date>& date) {
    return date ? Cell(*date) : Cell();
}

Cell optionalMoney(const std::optional<core::Money>& money) {
    return money ? Cell(money->toDouble()) : Cell();
}

const Column kCurrencyColumn{"currency", CellType::Text};

/** Rows go to CSV or XLSX as typed cells, or to JSON as the objects `--json` prints. */
class ExportSink {
public:
    /** Nothing appears at `target` until finish() succeeds: each format writes beside it and renames. */
    ExportSink(const std::string& format, const std::string& target, const std::optional<core::Currency>& currency)
        : m_format(format)
        , m_target(target)
        , m_partial(target + ".partial")
        , m_currency(currency ? currency->code() : std::string()) {
        if (format == "xlsx") {
            m_workbook = std::make_unique<reports::XlsxWorkbook>(target);
        } else {
            m_out.open(m_partial, std::ios::binary | std::ios::trunc);
            if (!m_out) {
                throw std::runtime_error(reports::writeFailure(m_target, errno));
            }
            m_csv = std::make_unique<reports::CsvTableWriter>(m_out);
        }
    }
    ~ExportSink() {
        if (!m_finished && !m_workbook) {
            std::error_code ignored;
            std::filesystem::remove(m_partial, ignored);
        }
    }
    ExportSink(const ExportSink&) = delete;
    ExportSink& operator=(const ExportSink&) = delete;
    void begin(const std::string& sheet, const std::vector<Column>& columns) {
        if (m_workbook) {
            m_workbook->beginTable(sheet, sheet, columns);
        } else if (m_format == "json") {
            m_out << '[';
        } else {
            m_csv->beginTable(sheet, sheet, columns);
        }
    }
    /** The database's currency as the last cell of a row (the column kCurrencyColumn); empty without one. */
    [[nodiscard]] Cell currencyCell() const { return m_currency.empty() ? Cell() : Cell(m_currency); }
    [[nodiscard]] const std::string& currencyCode() const { return m_currency; }
    void add(const std::vector<Cell>& cells, const std::function<nlohmann::json()>& object) {
        if (m_workbook) {
            m_workbook->addRow(cells);
        } else if (m_format == "json") {
            auto json = object();
            json["currency"] = m_currency.empty() ? nlohmann::json(nullptr) : nlohmann::json(m_currency);
            m_out << (m_rows == 0 ? "\n" : ",\n") << json.dump();
        } else {
            m_csv->addRow(cells);
        }
        ++m_rows;
    }
    /** Completes the file; throws when it could not be written whole. */
    std::int64_t finish() {
        if (m_workbook) {
            m_workbook->endTable();
            m_workbook->close();
            m_finished = true;
            return m_rows;
        }
        if (m_format == "json") {
            m_out << (m_rows == 0 ? "]\n" : "\n]\n");
        }
        errno = 0;
        m_out.flush();
        m_out.close();
        if (!m_out) {
            throw std::runtime_error(reports::writeFailure(m_target, errno != 0 ? errno : EIO));
        }
        std::filesystem::rename(m_partial, m_target);
        m_finished = true;
        return m_rows;
    }
    [[nodiscard]] std::int64_t truncatedCells() const { return m_workbook ? m_workbook->truncatedCells() : 0; }

private:
    std::string m_format;
    std::string m_target;
    std::string m_partial;
    std::string m_currency;
    bool m_finished = false;
    std::ofstream m_out;
    std::unique_ptr<reports::CsvTableWriter> m_csv;
    std::unique_ptr<reports::XlsxWorkbook> m_workbook;
    std::int64_t m_rows = 0;
};

std::int64_t exportCustomers(storage::Repository& repository, const storage::CustomerFilter& filter, ExportSink& sink) {
    sink.begin("customers", reports::customerColumns());
    app::forEachPageReadingAhead(
        [&](std::optional<core::CustomerId> after) { return repository.customerRecords(filter, after, kPageSize); },
        [&](const storage::CustomerRecordPage& page) {
            for (const auto& [customer, row] : page.records) {
                sink.add(reports::customerCells(customer, row, sink.currencyCode()), [&] { return toJson(customer); });
            }
        });
    return sink.finish();
}

/** Customers as vCard 4.0, written beside the target and renamed when complete like the other formats. */
std::int64_t exportVCards(storage::Repository& repository, const storage::CustomerFilter& filter,
                          const std::string& target) {
    const std::string partial = target + ".partial";
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out) {
        throw std::runtime_error(reports::writeFailure(target, errno));
    }
    const auto today = core::Date::today();
    std::optional<core::CustomerId> after;
    std::int64_t written = 0;
    for (;;) {
        const auto page = repository.customerRecords(filter, after, kPageSize);
        for (const auto& [c, row] : page.records) {
            const auto people = c.kind == core::CustomerKind::Organisation ? repository.contactPersons(c.id)
                                                                           : std::vector<core::ContactPerson>{};
            out << io::vcardsOf(c, people, today);
            ++written;
        }
        if (!page.next) {
            break;
        }
        after = page.next;
    }
    errno = 0;
    out.flush();
    out.close();
    if (!out) {
        std::error_code ignored;
        std::filesystem::remove(partial, ignored);
        throw std::runtime_error(reports::writeFailure(target, errno != 0 ? errno : EIO));
    }
    std::filesystem::rename(partial, target);
    return written;
}

std::int64_t exportEpisodes(storage::Repository& repository, ExportSink& sink) {
    sink.begin("episodes", {{"rapport_id", CellType::Id},
                            {"rapport_customer_id", CellType::Id},
                            {"customer_name", CellType::Text},
                            {"occurred_on", CellType::Date},
                            {"kind", CellType::Text},
                            {"channel", CellType::Text},
                            {"revenue", CellType::Money},
                            {"margin", CellType::Money},
                            {"satisfaction", CellType::Integer},
                            {"critical", CellType::Text},
                            {"owner", CellType::Text},
                            {"follow_up_on", CellType::Date},
                            {"follow_up_done", CellType::Text},
                            {"reference", CellType::Text},
                            {"line_count", CellType::Integer},
                            {"cancels_episode_id", CellType::Id},
                            {"notes", CellType::Text},
                            kCurrencyColumn});
    storage::EpisodeQuery query;
    query.limit = kPageSize;
    app::forEachPageReadingAhead(
        [&](std::optional<std::pair<core::Date, core::EpisodeId>> after) {
            auto pageQuery = query;
            pageQuery.after = after;
            return repository.episodes(pageQuery);
        },
        [&](const storage::EpisodePage& page) {
            for (std::size_t i = 0; i < page.rows.size(); ++i) {
                const auto& e = page.rows[i];
                sink.add({e.id, e.customerId, page.customerNames[i], e.occurredOn, std::string(core::toCode(e.kind)),
                          std::string(core::toCode(e.channel)), optionalMoney(e.revenue), optionalMoney(e.margin),
                          e.satisfaction ? Cell(std::int64_t{*e.satisfaction}) : Cell(),
                          std::string(e.critical ? "yes" : "no"), e.owner, optionalDate(e.followUpOn),
                          std::string(e.followUpDone ? "yes" : "no"), e.reference, std::int64_t{e.lineCount},
                          e.cancels ? Cell(*e.cancels) : Cell(), e.notes, sink.currencyCell()},
                         [&] {
                             auto object = toJson(e);
                             object["customer"] = page.customerNames[i];
                             return object;
                         });
            }
        });
    return sink.finish();
}

std::int64_t exportPartnerships(storage::Repository& repository, ExportSink& sink) {
    sink.begin("partnerships", {{"rapport_id", CellType::Id},
                                {"partner", CellType::Text},
                                {"partner_customer_id", CellType::Id},
                                {"direction", CellType::Text},
                                {"form", CellType::Text},
                                {"stage", CellType::Text},
                                {"bonds", CellType::Text},
                                {"value_shared", CellType::Money},
                                {"started_on", CellType::Date},
                                {"ended_on", CellType::Date},
                                {"notes", CellType::Text},
                                kCurrencyColumn});
    for (const auto& p : repository.partnerships()) {
        std::vector<std::string> bonds;
        for (const auto bond : p.bonds) {
            bonds.emplace_back(core::toCode(bond));
        }
        sink.add({p.id, p.partnerName, p.partnerCustomerId ? Cell(*p.partnerCustomerId) : Cell(),
                  std::string(core::toCode(p.direction)), std::string(core::toCode(p.form)),
                  std::string(core::toCode(p.stage())), core::joined(bonds, "; "), p.valueShared.toDouble(),
                  optionalDate(p.startedOn), optionalDate(p.endedOn), p.notes, sink.currencyCell()},
                 [&] {
                     nlohmann::json history = nlohmann::json::array();
                     for (const auto& change : p.stageHistory) {
                         history.push_back({{"stage", core::toCode(change.stage)},
                                            {"since", change.since.toIso()},
                                            {"note", change.note}});
                     }
                     return nlohmann::json{
                         {"id", p.id},
                         {"partner", p.partnerName},
                         {"partner_customer_id",
                          p.partnerCustomerId ? nlohmann::json(*p.partnerCustomerId) : nlohmann::json()},
                         {"direction", core::toCode(p.direction)},
                         {"form", core::toCode(p.form)},
                         {"stage", core::toCode(p.stage())},
                         {"stage_history", history},
                         {"bonds", bonds},
                         {"value_shared", p.valueShared.toDecimal()},
                         {"started_on", p.startedOn ? nlohmann::json(p.startedOn->toIso()) : nlohmann::json()},
                         {"ended_on", p.endedOn ? nlohmann::json(p.endedOn->toIso()) : nlohmann::json()},
                         {"notes", p.notes}};
                 });
    }
    return sink.finish();
}

/** Sales without a real customer: counted in revenue, never as customers; exported apart so nothing is lost. */
std::int64_t exportAnonymousSales(storage::Repository& repository, ExportSink& sink) {
    sink.begin("anonymous_sales", {{"rapport_id", CellType::Id},
                                   {"occurred_on", CellType::Date},
                                   {"channel", CellType::Text},
                                   {"revenue", CellType::Money},
                                   {"margin", CellType::Money},
                                   {"reference", CellType::Text},
                                   {"line_count", CellType::Integer},
                                   {"customer_text", CellType::Text},
                                   kCurrencyColumn});
    repository.scanAnonymousSales([&](std::span<const core::AnonymousSale> batch) {
        for (const auto& a : batch) {
            sink.add({a.id, a.occurredOn, std::string(core::toCode(a.channel)), a.revenue.toDouble(),
                      optionalMoney(a.margin), a.reference, std::int64_t{a.lineCount}, a.customerText,
                      sink.currencyCell()},
                     [&] {
                         return nlohmann::json{
                             {"id", a.id},
                             {"occurred_on", a.occurredOn.toIso()},
                             {"channel", core::toCode(a.channel)},
                             {"revenue", a.revenue.toDecimal()},
                             {"margin", a.margin ? nlohmann::json(a.margin->toDecimal()) : nlohmann::json()},
                             {"reference", a.reference},
                             {"line_count", a.lineCount},
                             {"customer_text", a.customerText}};
                     });
        }
        return true;
    });
    return sink.finish();
}

struct ExportArguments {
    std::string what;
    std::string format;
    std::string output;
    bool force = false;
    std::string search;
    std::string segment;
    std::string owner;
    std::string tag;
    std::string stage;
    std::string churn;
};

/** The format asked for, else the file name's extension, else CSV. */
std::string formatOf(const ExportArguments& arguments) {
    if (!arguments.format.empty()) {
        return arguments.format;
    }
    const auto extension = std::filesystem::path(arguments.output).extension().string();
    return extension == ".xlsx"                           ? "xlsx"
           : extension == ".json"                         ? "json"
           : extension == ".vcf" || extension == ".vcard" ? "vcard"
                                                          : "csv";
}

storage::CustomerFilter filterOf(const ExportArguments& arguments) {
    storage::CustomerFilter filter;
    filter.search = arguments.search;
    if (!arguments.segment.empty()) {
        filter.segment = arguments.segment;
    }
    if (!arguments.owner.empty()) {
        filter.owner = arguments.owner;
    }
    if (!arguments.tag.empty()) {
        filter.tag = arguments.tag;
    }
    if (!arguments.stage.empty()) {
        filter.stage = core::fromCode<core::LadderStage>(arguments.stage);
    }
    if (!arguments.churn.empty()) {
        filter.churnStatus = core::fromCode<core::ChurnStatus>(arguments.churn);
    }
    return filter;
}

void runExport(CliContext& context, const ExportArguments& arguments) {
    namespace fs = std::filesystem;
    const fs::path target(arguments.output);
    if (fs::exists(target) && !arguments.force) {
        *context.err << "rapport-cli: " << arguments.output << " exists; choose another name or add --force\n";
        context.exitCode = kFailure;
        return;
    }
    const auto filter = filterOf(arguments);
    if (arguments.what != "customers" && !(filter == storage::CustomerFilter{})) {
        *context.err << "rapport-cli: --search, --segment, --owner, --tag, --stage and --churn select customers; "
                        "they do not apply to "
                     << arguments.what << '\n';
        context.exitCode = kFailure;
        return;
    }
    const std::string format = formatOf(arguments);
    if (format == "vcard" && arguments.what != "customers") {
        *context.err << "rapport-cli: vCard holds customers and their contact persons, not " << arguments.what
                     << "; choose csv, xlsx or json\n";
        context.exitCode = kFailure;
        return;
    }
    auto repository = context.open(Access::Read);
    if (format == "vcard") {
        const auto cards = exportVCards(*repository, filter, target.string());
        *context.err << "Exported " << cards << " customers to " << arguments.output
                     << " (vcard 4.0, with the current contact persons of organisations)\n";
        return;
    }
    // Written beside the target and renamed at the end: nobody ever sees half an export.
    std::int64_t rows = 0;
    ExportSink sink(format, target.string(), repository->currency());
    if (arguments.what == "customers") {
        rows = exportCustomers(*repository, filter, sink);
    } else if (arguments.what == "episodes") {
        rows = exportEpisodes(*repository, sink);
    } else if (arguments.what == "anonymous-sales") {
        rows = exportAnonymousSales(*repository, sink);
    } else {
        rows = exportPartnerships(*repository, sink);
    }
    const std::int64_t truncated = sink.truncatedCells();
    *context.err << "Exported " << rows << ' ' << arguments.what << " to " << arguments.output << " (" << format
                 << ")\n";
    if (truncated > 0) {
        *context.err << "warning: " << truncated
                     << " text cells were longer than the 32,767 characters an XLSX cell holds and were cut; "
                        "the CSV and JSON exports keep them whole\n";
    }
}

} // namespace

void addExportCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<ExportArguments>();
    auto* command = app.add_subcommand(
        "export", "Write customers, episodes, partnerships or anonymous sales to a CSV, XLSX or JSON file, or "
                  "customers to vCard");
    command->add_option("WHAT", arguments->what, "customers, episodes, partnerships or anonymous-sales")
        ->required()
        ->check(CLI::IsMember({"customers", "episodes", "partnerships", "anonymous-sales"}));
    command
        ->add_option("--format", arguments->format,
                     "csv (RFC 4180, UTF-8), xlsx, json or vcard (customers only: vCard 4.0 with the contact "
                     "persons of organisations; default: from the file name, else csv)")
        ->check(CLI::IsMember({"csv", "xlsx", "json", "vcard"}));
    command->add_option("-o,--output", arguments->output, "The file to write")->required();
    command->add_flag("--force", arguments->force, "Replace the file when it exists");
    command->add_option("--search", arguments->search, "Customers: words matching names, e-mails, phones, tags");
    command->add_option("--segment", arguments->segment, "Customers: only this segment");
    command->add_option("--owner", arguments->owner, "Customers: only this sales manager's");
    command->add_option("--tag", arguments->tag, "Customers: only those with this tag");
    command->add_option("--stage", arguments->stage, "Customers: only this ladder stage (as last analysed)")
        ->check(CLI::IsMember({"prospect", "customer", "client", "supporter", "advocate", "partner"}));
    command->add_option("--churn", arguments->churn, "Customers: only this churn status (as last analysed)")
        ->check(CLI::IsMember({"active", "at_risk", "lapsed", "lost"}));
    command->callback([&context, arguments] { runExport(context, *arguments); });
}

} // namespace rapport::cli
