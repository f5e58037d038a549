#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rapport::test {

/** A CSV file read back as rows of fields (RFC 4180 quoting, CRLF or LF). */
std::vector<std::vector<std::string>> parseCsv(const std::string& text);

/** Whether LibreOffice (soffice) and pdftotext are installed; tests that need them skip, saying so, when not. */
bool haveLibreOffice();
bool havePdfToText();

/**
 * Opens an XLSX file in LibreOffice (headless, a private profile in `workDir`) and saves every sheet as CSV in
 * UTF-8: sheet name -> rows. `asShown` saves what a reader sees (formatted numbers, dates); otherwise the
 * stored values (a share 0.25, a date as its serial number).
 */
std::map<std::string, std::vector<std::vector<std::string>>>
sheetsViaLibreOffice(const std::filesystem::path& xlsx, const std::filesystem::path& workDir, bool asShown);

/** The text of a PDF as pdftotext -layout extracts it. */
std::string pdfText(const std::filesystem::path& pdf);

} // namespace rapport::test
