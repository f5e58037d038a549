// rapport-cli import customers|contacts|episodes|transactions|vcard FILE [--map COLUMN=FIELD ...] [--dry-run]
// [--rejects FILE]. Prints how the file was read and what happened to its rows; progress goes to stderr.
// Exit codes: 0 every row in, 1 some rows rejected (rejects written), 2 nothing done.
#include "cli/cli_context.h"
#include "cli/file_reading_options.h"
#include "io/import_summary.h"
#include "io/importer.h"
#include "io/named_mapping.h"
#include "platform/paths.h"
#include "storage/connection_string.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iomanip>
#include <ostream>

namespace rapport::cli {

namespace {

struct ImportArguments {
    std::string kind;
    std::string file;
    FileReadingArguments reading;
    bool dryRun = false;
    std::string rejects;
    bool createCustomers = false;
    std::string anonymous = "keep";
    std::string mapping;
    std::string saveMapping;
    bool quiet = false;
};

void printLayout(std::ostream& out, const io::FileLayout& layout) {
    if (layout.vcard) { // no delimiter, header, columns or dates: the summary says what the cards became
        return;
    }
    out << "Read as " << core::toCode(layout.encoding.encoding)
        << (layout.encoding.certain ? "" : " (by the letters of the whole file)") << ", delimiter "
        << (layout.delimiter == '\t' ? std::string("tab") : std::string(1, layout.delimiter)) << ", "
        << (layout.header ? "with" : "without") << " a header row, dates "
        << (layout.dateOrder ? std::string(core::toCode(*layout.dateOrder)) : std::string("ambiguous")) << ", decimal "
        << core::toCode(layout.decimalSeparator) << ".\nColumns:\n";
    for (std::size_t i = 0; i < layout.columns.size(); ++i) {
        out << "  " << std::setw(2) << i + 1 << ". " << layout.columns[i] << " -> "
            << layout.mapping.fieldOfColumn[i].value_or("(ignored)") << '\n';
    }
    for (const auto& ignored : layout.ignoredColumns) {
        out << "  note: " << io::ignoredColumnNote(layout, ignored) << '\n';
    }
}

} // namespace

void addImportCommand(CLI::App& app, CliContext& context) {
    auto a = std::make_shared<ImportArguments>();
    auto* command = app.add_subcommand(
        "import", "Import customers, contact persons, episodes or transactions from CSV, or contacts from vCard");
    command->add_option("KIND", a->kind, "customers, contacts, episodes, transactions or vcard")
        ->required()
        ->check(CLI::IsMember({"customers", "contacts", "episodes", "transactions", "vcard"}));
    command->add_option("FILE", a->file, "The CSV or .vcf file")->required();
    a->reading.addTo(*command);
    command->add_flag("--dry-run", a->dryRun, "Show what would happen; write nothing, not even the rejects file");
    command->add_option("--rejects", a->rejects, "Where rejected rows go (default: FILE.rejects.csv)");
    command->add_flag("--create-customers", a->createCustomers,
                      "Episodes and transactions of an unknown customer reference or e-mail address create that "
                      "customer");
    command
        ->add_option("--anonymous", a->anonymous,
                     "Transactions without a real customer: keep (anonymous sales, in revenue totals, never a "
                     "customer) or skip")
        ->check(CLI::IsMember({"keep", "skip"}))
        ->capture_default_str();
    command->add_option("--mapping", a->mapping, "Start from a saved mapping");
    command->add_option("--save-mapping", a->saveMapping, "Save the final mapping under this name");
    command->add_flag("-q,--quiet", a->quiet, "No progress on stderr");
    command->footer(importFieldList());
    command->callback([&context, a] {
        io::ImportOptions options;
        options.kind = *core::fromCode<io::ImportKind>(a->kind);
        options.dryRun = a->dryRun;
        options.createMissingCustomers = a->createCustomers;
        options.anonymousRows = a->anonymous == "skip" ? io::AnonymousRows::Skip : io::AnonymousRows::Keep;
        const auto fail = [&](const std::string& message) {
            *context.err << "rapport-cli: " << message << "\nNothing was imported.\n";
            context.exitCode = kFailure;
        };
        try {
            if (!a->mapping.empty()) {
                const auto saved = io::loadNamedMapping(platform::mappingDirectory(), a->mapping);
                if (saved.kind != options.kind) {
                    return fail("the mapping \"" + a->mapping + "\" is for " + std::string(core::toCode(saved.kind)) +
                                ", not " + a->kind);
                }
                options.corrections = saved.columns;
            }
            a->reading.applyTo(options);
        } catch (const std::exception& e) {
            return fail(e.what());
        }
        options.rejectsPath =
            a->rejects.empty() ? a->file + ".rejects" + (a->kind == "vcard" ? ".vcf" : ".csv") : a->rejects;
        const auto started = std::chrono::steady_clock::now();
        auto lastReport = started;
        if (!a->quiet) {
            options.progress = [&context, &lastReport](const io::ImportProgress& p) {
                const auto now = std::chrono::steady_clock::now();
                if (now - lastReport >= std::chrono::seconds(1)) {
                    lastReport = now;
                    *context.err << "  " << p.rows << " rows, "
                                 << (p.bytesTotal ? p.bytesRead * 100 / p.bytesTotal : 100) << " %\n";
                }
                return true;
            };
        }
        std::unique_ptr<storage::Repository> repository;
        io::ImportReport report;
        try {
            if (a->dryRun && !std::filesystem::exists(context.databasePath) &&
                !storage::isConnectionString(context.databasePath)) {
                // A dry run creates nothing: against a database that does not exist yet, it runs on an empty one
                // in memory, which is what the import would start from.
                repository = storage::openRepository(":memory:");
            } else {
                repository = context.open(a->dryRun ? Access::Write : Access::Create);
            }
            report = io::importFile(*repository, a->file, options);
        } catch (const io::ImportError& e) {
            return fail(e.what());
        }
        printLayout(*context.out, report.layout);
        if (report.rows == 0) {
            return fail(a->file +
                        (report.layout.vcard ? " holds no vCard" : " has no rows after its header (is it cut short?)"));
        }
        *context.out << io::importSummary(report, a->dryRun);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        *context.err << report.rows << (report.layout.vcard ? " cards in " : " rows in ") << std::fixed
                     << std::setprecision(1) << seconds << " s\n";
        if (!a->saveMapping.empty()) {
            io::saveNamedMapping(platform::mappingDirectory(), a->saveMapping,
                                 io::mappingOf(options.kind, report.layout.columns, report.layout.mapping));
            *context.out << "Mapping saved as \"" << a->saveMapping << "\".\n";
        }
        context.exitCode = report.rejected > 0 ? kProblemFound : kSuccess;
    });
}

} // namespace rapport::cli
