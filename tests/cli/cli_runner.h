#pragma once

#include "support/temp_dir.h"

#include <string>
#include <vector>

namespace rapport::test {

struct RunResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

/** Quotes one argument for /bin/sh. */
std::string shellQuote(const std::string& text);

/** Runs a program with arguments; the log folder goes to the test's temporary folder. */
RunResult run(const TempDir& dir, const std::string& program, const std::vector<std::string>& arguments);

} // namespace rapport::test
