#pragma once

#include "reports/report.h"

#include <string>

class QTextDocument;

namespace rapport::reports {

/**
 * Writes the report as a PDF (A4; landscape when a table is too wide for portrait) through Qt's text layout:
 * real text that pdftotext and screen readers find, tables that break across pages with their header
 * repeated, charts drawn from the same layout as the HTML's, page numbers at the foot. Needs a
 * QGuiApplication; ensureGuiApplication() makes an off-screen one for command-line use. The file appears
 * only when complete.
 */
void writePdfReport(const Report& report, const std::string& path);

/** Fills a document with the report as it prints: its HTML, and its charts as image resources. */
void loadReportDocument(QTextDocument& document, const Report& report);

/** Creates an off-screen QGuiApplication when the process has none (the CLI); the app's own is used as is. */
void ensureGuiApplication();

} // namespace rapport::reports
