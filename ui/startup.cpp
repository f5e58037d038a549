#include "startup.h"

#include "app/database_summary.h"
#include "demo/demo_generator.h"
#include "platform/locale.h"
#include "platform/paths.h"
#include "storage/repository.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string_view>

namespace rapport::ui {

namespace {

bool isSet(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && value[0] != '\0';
}

} // namespace

StartupOptions parseStartupOptions(int argc, char** argv) {
    StartupOptions options;
    options.databasePath = platform::defaultDatabasePath().string();
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        if (argument == "--db" && i + 1 < argc) {
            options.databasePath = argv[++i];
        } else if (argument.starts_with("--db=")) {
            options.databasePath = std::string(argument.substr(5));
        } else if (argument == "--screenshot" && i + 1 < argc) {
            options.screenshotDirectory = argv[++i];
        } else if (argument == "--headless") {
            options.headless = true;
        } else if (argument == "-v" || argument == "--verbose") {
            options.verbose = true;
        } else if (argument == "-h" || argument == "--help") {
            options.help = true;
        } else if (argument == "--version") {
            options.version = true;
        } else if (argument.starts_with("-platform") || argument.starts_with("-style") ||
                   argument.starts_with("-qwindow")) {
            // Qt's own options, handled by QApplication; skip their value too.
            if (argument.find('=') == std::string_view::npos && i + 1 < argc) {
                ++i;
            }
        } else {
            options.error = "unknown argument '" + std::string(argument) + "' (see rapport --help)";
        }
    }
    return options;
}

bool hasDisplay() {
    return isSet("DISPLAY") || isSet("WAYLAND_DISPLAY") || isSet("QT_QPA_PLATFORM");
}

int runHeadless(const StartupOptions& options, bool displayMissing, const std::string& programPath) {
    auto& out = std::cout;
    if (displayMissing) {
        out << "Rapport: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so here is a summary of the "
               "database instead of the window.\n\n";
    }
    try {
        // A database made here is in the currency of the locale's country, as the command line's would be.
        storage::OpenOptions open;
        open.currency = core::currencyOfLocale(platform::monetaryLocaleName());
        auto repository = storage::openRepository(options.databasePath, open);
        if (repository->customerCount({}) == 0) {
            demo::DemoOptions demoOptions;
            out << "The database is empty: generating demo data (" << demoOptions.customers
                << " customers, three years of history)..." << std::endl;
            const auto result = demo::generateDemoData(*repository, demoOptions);
            out << "Generated " << result.customers << " customers and " << result.episodes << " episodes.\n\n";
        }
        app::printDatabaseSummary(*repository, out);
    } catch (const std::exception& error) {
        std::cerr << "error: " << error.what() << '\n';
        return 2;
    }
    // Name the programs as this user can run them: the build tree's paths when started from there.
    namespace fs = std::filesystem;
    const fs::path program = fs::absolute(programPath);
    const fs::path cliInBuildTree = program.parent_path().parent_path() / "src" / "cli" / "rapport-cli";
    const std::string cli = fs::exists(cliInBuildTree) ? cliInBuildTree.string() : std::string("rapport-cli");
    out << "\nTo open the window, run rapport in a desktop session, or under a virtual display:\n"
        << "  xvfb-run -a " << program.string() << " --db " << options.databasePath << '\n'
        << "The same data from the command line:\n  " << cli << " --db " << options.databasePath << " --help\n";
    return 0;
}

} // namespace rapport::ui
