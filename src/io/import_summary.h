#pragma once

#include "io/importer.h"

#include <string>

namespace rapport::io {

/**
 * What an import did (or, dry run, would do) in words for people: counts, customers created, duplicates in
 * the file, the most frequent reasons for rejects with the first problems, and where the rejects file is.
 * The CLI prints it; the app shows it.
 */
std::string importSummary(const ImportReport& report, bool dryRun);

} // namespace rapport::io
