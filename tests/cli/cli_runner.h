#pragma once

#include "support/temp_dir.h"

#include <string>
#include <utility>
#include <vector>

namespace rapport::test {

struct RunResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

/** Quotes one argument for /bin/sh. */
std::string shellQuote(const std::string& text);

/**
 * Runs a program with arguments; the log folder goes to the test's temporary folder. `environment` sets more
 * variables for it: {"LC_ALL", "sv_SE.UTF-8"}.
 */
RunResult run(const TempDir& dir, const std::string& program, const std::vector<std::string>& arguments,
              const std::vector<std::pair<std::string, std::string>>& environment = {});

} // namespace rapport::test
