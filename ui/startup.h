#pragma once

#include <string>

namespace rapport::ui {

struct StartupOptions {
    std::string databasePath;
    std::string screenshotDirectory; // --screenshot DIR: render the pages to PNG files and exit
    bool headless = false;
    bool verbose = false;
    bool help = false;
    bool version = false;
    std::string error; // a bad argument, for the user
};

/** Parsed before QApplication exists, because without a display QApplication cannot be created. */
StartupOptions parseStartupOptions(int argc, char** argv);

/** True when Qt can show a window: X11, Wayland, or a platform chosen explicitly (offscreen, vnc ...). */
bool hasDisplay();

/**
 * What `rapport` does without a display: opens the database (demo data when it is new), prints its path,
 * counts and top customers, and says how to get a window. Returns the exit code.
 */
int runHeadless(const StartupOptions& options, bool displayMissing, const std::string& programPath);

} // namespace rapport::ui
