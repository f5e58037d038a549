// The UI tests run in a real QApplication on the offscreen platform, so they need no display.
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // QSettings and data paths away from the user's own
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RapportTests"));
    QApplication::setApplicationName(QStringLiteral("RapportTests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
