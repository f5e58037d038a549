#pragma once

#include "cli/cli_context.h"
#include "reports/report.h"
#include "reports/report_context.h"
#include "reports/report_files.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class Validator;
}

namespace rapport::cli {

/** How a command writes a report: where, in which format and language. */
struct ReportOutput {
    std::string format; // "pdf", "html", "xlsx", "csv"; empty: from the file name
    std::string output;
    std::string language;  // empty: the locale's
    std::size_t rows = 50; // longest table in PDF and HTML
    bool force = false;    // replace a file that exists
};

/** "en, pl, ru, uk or sv": the languages a report can be written in. */
std::string languageList();
/** Accepts the languages reports are written in (--language). */
CLI::Validator reportLanguageValidator();

/** The format asked for, or the one the file name ends with. */
std::optional<reports::ReportFormat> formatOf(const ReportOutput& output);

/**
 * Checks what `output` asks for before any work: a known format, no file in the way (unless --force). Says what is
 * wrong on stderr, sets the exit code and returns nothing when it cannot be written.
 */
std::optional<reports::ReportFormat> checkReportOutput(CliContext& context, const ReportOutput& output);

/** What writeReport wrote: the report's title and its files. */
struct WrittenReport {
    std::string title;
    std::vector<std::string> files;
};

/**
 * Installs the report's language, lets `make` build the report in it (the context holds the database, the time, the
 * language and the currency) and writes it in `format`; nothing when the translations cannot be loaded (said on
 * stderr). The report's words come from Qt's translations, so an application object is made first: the off-screen
 * QGuiApplication a PDF needs, else a QCoreApplication.
 */
std::optional<WrittenReport> writeReport(CliContext& context, const ReportOutput& output, reports::ReportFormat format,
                                         storage::Repository& repository,
                                         const std::function<reports::Report(reports::ReportContext&)>& make);

} // namespace rapport::cli
