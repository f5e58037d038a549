#pragma once

#include "reports/report.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::reports {

enum class ReportFormat { Pdf, Html, Xlsx, Csv };
std::optional<ReportFormat> parseReportFormat(std::string_view text); // "pdf", "html", "xlsx", "csv"

/**
 * Writes a report as HTML, XLSX or CSV and returns the files written. XLSX: an "About" sheet with the
 * report's facts, then one sheet per table. CSV: `path` holds the first table, each further table goes beside
 * it as STEM.ID.csv and the facts as STEM.about.csv. Files appear only when complete (written beside and
 * renamed). PDF needs Qt and lives in rapport_reports_pdf.
 */
std::vector<std::string> writeReportFile(const Report& report, ReportFormat format, const std::string& path);

/** Writes `text` to `path` through PATH.partial and a rename; throws std::runtime_error naming the file. */
void writeWholeFile(const std::string& path, std::string_view text);

/** What to tell the user when writing `path` failed with errno `systemError` ("the disk is full" for ENOSPC). */
std::string writeFailure(const std::string& path, int systemError);

} // namespace rapport::reports
