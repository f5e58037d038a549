#pragma once

#include <string>

namespace rapport::platform {

struct LoggingOptions {
    std::string programName; // the log file is <logs>/<programName>.log
    bool toStderr = false;   // the CLI shows warnings on stderr; the desktop app does not
    bool verbose = false;    // debug detail in the file and on stderr
};

/**
 * Sets spdlog's default logger: a rotating file in the data folder (5 files of 5 MiB) and optionally
 * stderr. When the log folder cannot be written, logging goes on to stderr only, with one warning.
 */
void setupLogging(const LoggingOptions& options);

} // namespace rapport::platform
