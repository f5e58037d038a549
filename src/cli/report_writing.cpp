#include "cli/report_writing.h"

#include "i18n/language.h"
#include "reports/pdf/pdf_report.h"

#include <QCoreApplication>
#include <QLocale>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <ostream>

namespace rapport::cli {

namespace {

void ensureApplication(reports::ReportFormat format) {
    if (format == reports::ReportFormat::Pdf) {
        reports::ensureGuiApplication();
    } else if (QCoreApplication::instance() == nullptr) {
        // Kept for the rest of the process.
        static int argc = 1;
        static char name[] = "rapport-cli";
        static char* argv[] = {name, nullptr};
        static auto* application = new QCoreApplication(argc, argv);
        (void)application;
    }
}

} // namespace

std::string languageList() {
    std::string list;
    const auto languages = i18n::languages();
    for (std::size_t i = 0; i < languages.size(); ++i) {
        list += (i == 0 ? "" : i + 1 == languages.size() ? " or " : ", ") + std::string(languages[i].code);
    }
    return list;
}

CLI::Validator reportLanguageValidator() {
    return CLI::Validator(
        [](std::string& code) {
            return i18n::isSupported(QString::fromStdString(code))
                       ? std::string()
                       : "Rapport writes reports in " + languageList() + ", not \"" + code + "\"";
        },
        "LANGUAGE");
}

std::optional<reports::ReportFormat> formatOf(const ReportOutput& output) {
    if (!output.format.empty()) {
        return reports::parseReportFormat(output.format);
    }
    auto extension = std::filesystem::path(output.output).extension().string();
    return extension.empty() ? std::nullopt : reports::parseReportFormat(extension.substr(1));
}

std::optional<reports::ReportFormat> checkReportOutput(CliContext& context, const ReportOutput& output) {
    const auto format = formatOf(output);
    if (!format) {
        *context.err << "rapport-cli: say --format pdf, html, xlsx or csv (or end the file name with one of them)\n";
        context.exitCode = kFailure;
        return std::nullopt;
    }
    if (std::filesystem::exists(output.output) && !output.force) {
        *context.err << "rapport-cli: " << output.output << " exists; choose another name or add --force\n";
        context.exitCode = kFailure;
        return std::nullopt;
    }
    return format;
}

std::optional<WrittenReport> writeReport(CliContext& context, const ReportOutput& output, reports::ReportFormat format,
                                         storage::Repository& repository,
                                         const std::function<reports::Report(reports::ReportContext&)>& make) {
    auto& err = *context.err;
    ensureApplication(format);
    const QString language =
        output.language.empty() ? i18n::languageOfLocale(QLocale::system()) : QString::fromStdString(output.language);
    i18n::Translations translations; // the report's words and formats, for as long as it is written
    if (!translations.install(language)) {
        err << "rapport-cli: cannot load the " << language.toStdString() << " translations\n";
        context.exitCode = kFailure;
        return std::nullopt;
    }
    reports::ReportContext reportContext;
    reportContext.database = repository.location();
    reportContext.madeAt = reports::nowUtc();
    reportContext.printedRows = output.rows;
    reportContext.language = language.toStdString();
    if (const auto currency = repository.currency()) {
        reportContext.currency = currency->code();
    }
    const reports::Report report = make(reportContext);
    err << "Writing " << output.output << " ...\n";
    WrittenReport written{report.title, {}};
    if (format == reports::ReportFormat::Pdf) {
        reports::writePdfReport(report, output.output);
        written.files.push_back(output.output);
    } else {
        written.files = reports::writeReportFile(report, format, output.output);
    }
    return written;
}

} // namespace rapport::cli
