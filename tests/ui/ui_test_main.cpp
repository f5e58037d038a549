// The UI tests run in a real QApplication on the offscreen platform, so they need no display.
#include "i18n/language.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // QSettings and data paths away from the user's own
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RapportTests"));
    QApplication::setApplicationName(QStringLiteral("RapportTests"));
    // English as the app installs it ("1 line", "2 lines"), so the tests read what an English user reads.
    rapport::i18n::Translations english;
    english.install(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
