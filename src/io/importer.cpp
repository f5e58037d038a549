#include "io/importer.h"

#include "io/csv_reader.h"
#include "io/import_run.h"
#include "io/rejects_file.h"
#include "io/source_text.h"
#include "io/vcard_import.h"

#include <algorithm>

namespace rapport::io {

namespace {

constexpr std::int64_t kProgressEvery = 16384;
// Roughly how many bytes a CSV row takes, to estimate an import's size before reading it.
constexpr std::size_t kBytesPerRowEstimate = 40;

/**
 * Whether to drop the indexes and totals triggers for the import and rebuild them once at the end. Keeping
 * them costs an index update per index per row (about 20,000 rows/s); rebuilding costs a pass over the base.
 * Into a base without episodes that pass is cheap whenever the file is not tiny beside the customers already
 * there; a base with episodes keeps its indexes (a rebuild would reread all of them).
 */
bool deferIndexes(std::size_t textBytes, const storage::DatabaseCounts& counts) {
    const auto estimatedRows = static_cast<std::int64_t>(textBytes / kBytesPerRowEstimate);
    return counts.episodes == 0 && estimatedRows >= 1000 && estimatedRows * 4 >= counts.customers;
}

std::string describeDelimiter(char delimiter) {
    return delimiter == '\t' ? "tab" : std::string(1, delimiter);
}

} // namespace

std::vector<std::string> defaultAnonymousCustomerValues() {
    return {"",
            "(blank)",
            "blank",
            "0",
            "-",
            "n/a",
            "na",
            "none",
            "null",
            "guest",
            "unknown",
            "anonymous",
            "walk-in",
            "cash",
            "brak",
            "gość",
            "nieznany",
            "anonim",
            "klient detaliczny",
            "гость",
            "неизвестно",
            "аноним",
            "розничный покупатель",
            "гість",
            "невідомо",
            "анонім",
            "роздрібний покупець",
            "gäst",
            "okänd",
            "anonym",
            "kontantkund"};
}

std::string RowProblem::describe() const {
    std::string text = "row " + std::to_string(row) + " (line " + std::to_string(line) + ")";
    if (!column.empty()) {
        text += ", column \"" + column + "\"";
    }
    if (!value.empty()) {
        text += ", value \"" + value + "\"";
    }
    return text + ": " + expected;
}

ImportReport importFile(storage::Repository& repository, const std::string& path, const ImportOptions& options) {
    if (options.kind == ImportKind::VCard) {
        return importVCardFile(repository, path, options); // cards, not rows: src/io/vcard_import.cpp
    }
    ImportReport report;
    report.layout = inspectFile(path, options);
    const auto& layout = report.layout;
    checkReadable(path, layout, options.kind);

    SourceText source(path);
    const auto text = source.utf8(layout.encoding);
    storage::BulkOptions bulk;
    bulk.deferIndexes = deferIndexes(text.size(), repository.counts());
    // The ids the writer returns only link a return to its purchase (ImportRun), which a provisional id does.
    bulk.episodesInCustomerOrder = bulk.deferIndexes;
    auto writer = repository.beginBulk(bulk);
    // A dry run writes nothing at all, not even the rejects file: its summary lists the problems.
    RejectsFile rejects(options.dryRun ? std::string() : options.rejectsPath);
    std::string_view headerRaw;
    ImportRun run(*writer, layout, options, report,
                  [&](std::vector<RowProblem> problems, std::int64_t row, std::size_t line, std::string_view raw) {
                      recordProblems(report, problems, row, line);
                      rejects.add(headerRaw, layout.delimiter, raw, joinedProblems(problems));
                  });
    ImportProgress progress;
    progress.bytesTotal = text.size();
    const auto tick = [&](std::size_t offset) {
        if (options.progress && report.rows % kProgressEvery == 0) {
            progress.rows = report.rows;
            progress.bytesRead = offset;
            if (!options.progress(progress)) {
                throw ImportCancelled();
            }
        }
    };

    { // the CSV rows
        CsvReader reader(text, layout.delimiter);
        CsvRecord record;
        if (layout.header && reader.next(record)) {
            headerRaw = record.raw;
        }
        const auto width = layout.columns.size();
        // A headerless file's width is what its rows agree on: a broken row is measured against them.
        const std::string widthOwner = layout.header ? " fields, the header " : " fields, most rows ";
        while (reader.next(record)) {
            ++report.rows;
            std::vector<RowProblem> problems;
            if (!record.error.empty()) {
                problems.push_back({0, 0, {}, {}, record.error});
            } else if (record.fields.size() < width) {
                problems.push_back({0,
                                    0,
                                    {},
                                    {},
                                    "the row has " + std::to_string(record.fields.size()) + widthOwner +
                                        std::to_string(width) +
                                        " (a missing delimiter, or a line break outside quotes?)"});
            } else if (record.fields.size() > width &&
                       std::any_of(record.fields.begin() + static_cast<std::ptrdiff_t>(width), record.fields.end(),
                                   [](std::string_view f) { return !trimmed(f).empty(); })) {
                problems.push_back({0,
                                    0,
                                    {},
                                    {},
                                    "the row has " + std::to_string(record.fields.size()) + widthOwner +
                                        std::to_string(width) + " (an unquoted " + describeDelimiter(layout.delimiter) +
                                        " inside a value?)"});
            } else {
                problems = run.row(record.fields, report.rows, record.line, record.raw);
            }
            if (!problems.empty()) {
                recordProblems(report, problems, report.rows, record.line);
                const auto missing =
                    record.error.empty() && record.fields.size() < width ? width - record.fields.size() : 0;
                rejects.add(headerRaw, layout.delimiter, record.raw, joinedProblems(problems), missing);
            }
            tick(reader.offset());
        }
    }
    run.finish();
    if (options.progress) {
        progress.rows = report.rows;
        progress.bytesRead = text.size();
        if (!options.progress(progress)) {
            throw ImportCancelled();
        }
    }
    report.rejectsPath = rejects.finish();
    if (!options.dryRun) {
        writer->commit();
        report.written = true;
    }
    return report;
}

} // namespace rapport::io
