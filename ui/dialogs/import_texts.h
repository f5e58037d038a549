#pragma once

#include "io/importer.h"

#include <QString>

#include <string_view>

namespace rapport::ui {

// The import dialog's words for what rapport_io decides and reports. rapport_io (shared with the CLI) speaks
// English; the dialog says the same in the user's language. The file's own header texts and values stay as the
// file gives them.

/** A field a column can fill, for the mapping table: "Name", "E-mail addresses"; the code when it is unknown. */
QString importFieldLabel(std::string_view field);
/** True when importFieldLabel has a translatable label for the field: every field of every import kind must. */
bool hasImportFieldLabel(std::string_view field);
/** What a field expects (io::FieldSpec::description), translated; the English text when it has no translation. */
QString importFieldDescription(std::string_view description);
/** True when importFieldDescription has a translatable text for it: every field of every import kind must. */
bool hasImportFieldDescription(std::string_view description);
/** What a rejected row's column was expected to hold (io::RowProblem::expected), translated when it is known. */
QString importProblemExpected(std::string_view expected);
/** True when importProblemExpected has a translatable text for it: every text of io/row_expectations.h must. */
bool hasImportProblemText(std::string_view expected);
/** Why a run does not start: no column fills a field the import needs ("The dry run stopped: no column holds …"). */
QString missingColumnText(io::RequiredField field, bool dryRun);
/** "day.month.year (31.12.2025)". */
QString dateOrderName(io::DateOrder order);
/** Why a column is not read: "Column 3 has no header and is ignored." */
QString ignoredColumnText(const io::FileLayout& layout, const io::IgnoredColumn& ignored);
/** Why the dates leave the day-month order open: "all 1 204 rows have dates such as 03/04/2024 that …". */
QString dateOrderDoubtText(io::DateOrderDoubt doubt, std::int64_t rows);
/**
 * Why a file could not be imported at all, to follow "Nothing was imported: " or "The dry run stopped: ": "the file
 * /home/anna/sprzedaz.csv does not exist." The CLI's English (what()) where the stop has no words of its own.
 */
QString importStopText(const io::ImportError& error);
/** What an import did or (dry run) would do: counts, sales, detection, created customers, rejects. */
QString importSummaryText(const io::ImportReport& report, bool dryRun);

} // namespace rapport::ui
