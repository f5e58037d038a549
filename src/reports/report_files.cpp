#include "reports/report_files.h"

#include "reports/cell_text.h"
#include "reports/html_report.h"
#include "reports/table_writer.h"
#include "reports/xlsx_writer.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace rapport::reports {

std::optional<ReportFormat> parseReportFormat(std::string_view text) {
    if (text == "pdf") {
        return ReportFormat::Pdf;
    }
    if (text == "html") {
        return ReportFormat::Html;
    }
    if (text == "xlsx") {
        return ReportFormat::Xlsx;
    }
    if (text == "csv") {
        return ReportFormat::Csv;
    }
    return std::nullopt;
}

std::string writeFailure(const std::string& path, int systemError) {
    if (systemError == ENOSPC || systemError == EDQUOT) {
        return path + ": the disk is full; the file was not written";
    }
    return path + ": cannot write the file (" + std::strerror(systemError) + "); it was not written";
}

void writeWholeFile(const std::string& path, std::string_view text) {
    const std::string partial = path + ".partial";
    // stdio rather than a stream: a failed write or close leaves its reason in errno, so the message can say
    // "the disk is full" instead of guessing.
    std::FILE* out = std::fopen(partial.c_str(), "wb");
    if (out == nullptr) {
        throw std::runtime_error(writeFailure(path, errno));
    }
    const bool written = std::fwrite(text.data(), 1, text.size(), out) == text.size() && std::fflush(out) == 0;
    const int writeError = errno;
    const bool closed = std::fclose(out) == 0;
    const int closeError = errno;
    if (!written || !closed) {
        std::error_code ignored;
        std::filesystem::remove(partial, ignored);
        throw std::runtime_error(writeFailure(path, !written ? writeError : closeError));
    }
    std::filesystem::rename(partial, path);
}

namespace {

// The translation context of these texts, named as the context: lupdate falls back on the class name.
class ReportFormats {
    Q_DECLARE_TR_FUNCTIONS(ReportFormats)
};

Table aboutTable(const Report& report) {
    Table about;
    about.id = "about";
    about.sheet = utf8(ReportFormats::tr("About", "an XLSX sheet's name: at most 31 characters"));
    about.title = report.title;
    about.columns = {{utf8(ReportFormats::tr("Report")), CellType::Text}, {report.title, CellType::Text}};
    for (const auto& [name, value] : report.facts) {
        about.rows.push_back({name, value});
    }
    return about;
}

std::string csvOf(const Table& table, const std::string& currency) {
    std::ostringstream out;
    CsvTableWriter writer(out);
    writeTable(writer, table, currency);
    return out.str();
}

} // namespace

std::vector<std::string> writeReportFile(const Report& report, ReportFormat format, const std::string& path) {
    switch (format) {
    case ReportFormat::Html:
        writeWholeFile(path, htmlReport(report));
        return {path};
    case ReportFormat::Xlsx: {
        XlsxWorkbook workbook(path);
        writeTable(workbook, aboutTable(report));
        for (const auto* table : allTables(report)) {
            writeTable(workbook, *table, report.currency);
        }
        workbook.close();
        return {path};
    }
    case ReportFormat::Csv: {
        const std::filesystem::path base(path);
        const auto sibling = [&](const std::string& id) {
            return (base.parent_path() / (base.stem().string() + "." + id + ".csv")).string();
        };
        std::vector<std::string> written;
        const auto tables = allTables(report);
        for (std::size_t i = 0; i < tables.size(); ++i) {
            const std::string file = i == 0 ? path : sibling(tables[i]->id);
            writeWholeFile(file, csvOf(*tables[i], report.currency));
            written.push_back(file);
        }
        const auto aboutFacts = aboutTable(report);
        const std::string about = sibling(aboutFacts.id);
        writeWholeFile(about, csvOf(aboutFacts, {}));
        written.push_back(about);
        return written;
    }
    case ReportFormat::Pdf:
        break;
    }
    throw std::logic_error("PDF reports are written by rapport_reports_pdf");
}

} // namespace rapport::reports
