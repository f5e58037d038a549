#include "reports/report_readback.h"

#include "analytics/cohort_retention.h"
#include "i18n/language.h"
#include "reports/loyalty.h"
#include "reports/pdf/pdf_report.h"
#include "reports/report_files.h"
#include "support/office.h"

#include <QLocale>

#include <stdexcept>

namespace rapport::test {

std::string ReportReadBack::sheetsText() const {
    std::string text;
    for (const auto& [name, rows] : sheets) {
        text += name + "\n";
        for (const auto& row : rows) {
            for (std::size_t c = 0; c < row.size(); ++c) {
                text += (c == 0 ? "" : " | ") + row[c];
            }
            text += "\n";
        }
    }
    return text;
}

ReportReadBack readBackLoyaltyReport(storage::Repository& repository, const analytics::BaseAnalysis& analysis,
                                     const std::string& language, const std::string& currency,
                                     const std::filesystem::path& dir) {
    reports::ensureGuiApplication();
    // Translations make the language's locale the default; the tests after this one get theirs back.
    struct RestoreDefaultLocale {
        QLocale saved;
        ~RestoreDefaultLocale() { QLocale::setDefault(saved); }
    } restore;
    i18n::Translations translations;
    if (!translations.install(QString::fromStdString(language))) {
        throw std::invalid_argument("no translations for " + language);
    }
    reports::ReportContext context;
    context.database = "demo.sqlite";
    context.madeAt = "2026-07-01 09:00 UTC";
    context.printedRows = 20;
    context.language = language;
    context.currency = currency;
    const auto report =
        reports::loyaltyReport(analysis, analytics::computeCohortRetention(repository, analysis.until), context);
    const auto pdf = dir / ("loyalty-" + language + ".pdf");
    reports::writePdfReport(report, pdf.string()); // its page footers are worded as it is written
    const auto xlsx = dir / ("loyalty-" + language + ".xlsx");
    reports::writeReportFile(report, reports::ReportFormat::Xlsx, xlsx.string());
    ReportReadBack readBack;
    readBack.pdf = pdfText(pdf);
    readBack.sheets = sheetsViaLibreOffice(xlsx, dir, true);
    return readBack;
}

} // namespace rapport::test
