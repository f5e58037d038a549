#pragma once

#include "analytics/base_analysis.h"
#include "storage/repository.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace rapport::test {

/** A report as other programs read it: pdftotext for the PDF, LibreOffice for the XLSX. */
struct ReportReadBack {
    std::string pdf; // pdftotext -layout
    /** Sheet name -> rows as LibreOffice shows them (formatted numbers). */
    std::map<std::string, std::vector<std::vector<std::string>>> sheets;
    /** Every sheet as "name" then its rows, cells separated by " | ": easy to search for a word or a figure. */
    [[nodiscard]] std::string sheetsText() const;
};

/**
 * Writes the loyalty report in `language` ("pl", "sv" ...; its translations installed meanwhile, the default
 * locale restored after) with amounts in `currency` to `dir`/loyalty-LANGUAGE.pdf and .xlsx, and reads both
 * back. Makes the off-screen QGuiApplication the PDF needs. Callers skip when haveLibreOffice() or
 * havePdfToText() is false.
 */
ReportReadBack readBackLoyaltyReport(storage::Repository& repository, const analytics::BaseAnalysis& analysis,
                                     const std::string& language, const std::string& currency,
                                     const std::filesystem::path& dir);

} // namespace rapport::test
