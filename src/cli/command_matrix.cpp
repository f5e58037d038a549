#include "cli/analysis_output.h"

namespace rapport::cli {

void addMatrixCommand(CLI::App& app, CliContext& context) {
    addAnalysisCommand(app, context, "matrix",
                       "Four groups by purchase cost and frequency (seed table 7.2), with the movement between windows",
                       fourGroupsJson, printFourGroups);
}

} // namespace rapport::cli
