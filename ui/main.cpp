// rapport: the desktop application. Without a display it prints a summary instead (see startup.h).
#include "i18n/language.h"
#include "language_menu.h"
#include "main_window.h"
#include "platform/logging.h"
#include "screenshots.h"
#include "startup.h"

#include <QApplication>
#include <QTimer>

#include <iostream>
#include <spdlog/spdlog.h>

int main(int argc, char** argv) {
    using namespace rapport;
    const auto options = ui::parseStartupOptions(argc, argv);
    if (options.help) {
        std::cout << "Usage: rapport [--db FILE] [--headless] [--screenshot DIR] [--verbose]\n\n"
                     "Opens the Rapport desktop CRM on FILE (default: the database in your data folder,\n"
                     "$XDG_DATA_HOME/rapport/rapport.sqlite). A new database is offered demo data.\n"
                     "--headless, or no display, prints a summary of the database instead of the window.\n"
                     "--screenshot DIR renders the window's pages to PNG files in DIR and exits\n"
                     "(works without a display: QT_QPA_PLATFORM=offscreen).\n";
        return 0;
    }
    if (options.version) {
        std::cout << "rapport 0.1.0\n";
        return 0;
    }
    if (!options.error.empty()) {
        std::cerr << "rapport: " << options.error << '\n';
        return 2;
    }
    platform::setupLogging({"rapport", false, options.verbose});

    const bool displayMissing = !ui::hasDisplay();
    if (!options.screenshotDirectory.empty() && displayMissing) {
        // Screenshots need no screen: render off screen.
        qputenv("QT_QPA_PLATFORM", "offscreen");
    } else if (options.headless || displayMissing) {
        return ui::runHeadless(options, displayMissing, argv[0]);
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Rapport"));
    QApplication::setApplicationName(QStringLiteral("Rapport"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    // The language chosen in View > Language, else the system's; Rapport's words, Qt's dialogs and the formats
    // of dates, numbers and money all follow it.
    i18n::Translations translations;
    translations.install(ui::chosenLanguage());

    ui::MainWindow window;
    if (!window.openDatabase(QString::fromStdString(options.databasePath))) {
        return window.openWasCancelled() ? 0 : 2; // the user's own Cancel is not a failure
    }
    if (!options.screenshotDirectory.empty()) {
        const int written = ui::saveScreenshots(window, QString::fromStdString(options.screenshotDirectory));
        std::cout << "Wrote " << written << " screenshots to " << options.screenshotDirectory << '\n';
        return written > 0 ? 0 : 2;
    }
    window.show();
    QTimer::singleShot(0, &window, [&window] {
        if (!window.offerDemoDataIfEmpty()) {
            window.offerCurrencyIfMissing();
        }
    });
    spdlog::info("rapport started on {}", options.databasePath);
    return QApplication::exec();
}
