#include "cli/analysis_output.h"

namespace rapport::cli {

void addChurnCommand(CLI::App& app, CliContext& context) {
    addAnalysisCommand(
        app, context, "churn",
        "Churn status, reasons beside the seed's benchmarks, and the at-risk work list by value at stake", churnJson,
        printChurn);
}

} // namespace rapport::cli
