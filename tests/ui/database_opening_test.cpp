// Opening a file of an older Rapport from the window: the upgrade (a backup copy, then the migration) runs beside
// the window's events, says what it does when it takes a moment, and the window opens the upgraded file.
#include "database_opening.h"
#include "main_window.h"
#include "storage/errors.h"
#include "storage/sqlite/schema.h"
#include "support/sqlite_dump.h"
#include "support/temp_dir.h"

#include <QApplication>
#include <QLabel>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <filesystem>
#include <gtest/gtest.h>
#include <set>

using namespace rapport;
using namespace rapport::test;

namespace {

std::string olderFile(const TempDir& dir) {
    const auto path = dir.file("v11.sqlite");
    execRaw(path, readBytes(std::string(RAPPORT_TEST_DATA_DIR) + "/migration/v11.sql"));
    return path;
}

std::size_t backupsBeside(const std::string& path) {
    std::size_t found = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(path).parent_path())) {
        found += entry.path().filename().string().find(".backup-v11-") != std::string::npos ? 1 : 0;
    }
    return found;
}

} // namespace

TEST(DatabaseOpening, AnOlderFileIsUpgradedOffTheWindowsThreadWithTheDialogSayingSo) {
    TempDir dir;
    const auto path = olderFile(dir);
    // What the dialog says while it is up, looked at every time the window's thread is free.
    std::set<QString> said;
    bool shown = false;
    QTimer look;
    QObject::connect(&look, &QTimer::timeout, [&] {
        for (auto* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QProgressDialog*>(widget); dialog && dialog->isVisible()) {
                shown = true;
                said.insert(dialog->findChild<QLabel*>()->text());
            }
        }
    });
    look.start(0);
    const auto opened = ui::openWithProgress(nullptr, path, {}, QStringLiteral("v11.sqlite"), 0);
    look.stop();
    ASSERT_NE(opened, nullptr);
    EXPECT_NE(opened->upgradeBackup(), "");
    EXPECT_TRUE(shown) << "shown at once when asked to (showAfterMs 0)";
    EXPECT_FALSE(said.empty());
    for (const auto& text : said) {
        EXPECT_TRUE(text.contains(QStringLiteral("v11.sqlite"))) << text.toStdString();
    }
    EXPECT_EQ(opened->check().schemaVersion, storage::sqlite::kSchemaVersion);
    EXPECT_EQ(backupsBeside(path), 1U);
    for (auto* widget : QApplication::topLevelWidgets()) {
        EXPECT_EQ(qobject_cast<QProgressDialog*>(widget), nullptr) << "the dialog is gone once the file is open";
    }
}

TEST(DatabaseOpening, AFailureOnTheOpeningThreadReachesTheCaller) {
    TempDir dir;
    const auto path = dir.file("future.sqlite");
    storage::openRepository(path).reset();
    execRaw(path, "PRAGMA user_version = 99");
    EXPECT_THROW(ui::openWithProgress(nullptr, path, {}, QStringLiteral("future.sqlite")), storage::NewerSchemaError);
    EXPECT_EQ(queryRawInt(path, "PRAGMA user_version"), 99);
}

TEST(DatabaseOpening, TheWindowOpensAnOlderFileAndSaysWhereTheCopyFromBeforeIs) {
    TempDir dir;
    const auto path = olderFile(dir);
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(path)));
    EXPECT_EQ(queryRawInt(path, "PRAGMA user_version"), storage::sqlite::kSchemaVersion);
    EXPECT_EQ(backupsBeside(path), 1U);
    // As at the start: opened before the window is shown. The label stays, whatever the analysis says after it.
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const auto* label = window.statusBar()->findChild<QLabel*>(QStringLiteral("databaseLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QStringLiteral("upgraded"))) << label->text().toStdString();
    const auto said = label->toolTip().toStdString();
    const auto copy = said.substr(said.find('/'));
    EXPECT_NE(copy.find("v11.sqlite.backup-v11-"), std::string::npos) << said;
    EXPECT_TRUE(std::filesystem::exists(copy)) << said;
    // Reopened, it is current: nothing more is copied or said.
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(path)));
    EXPECT_EQ(backupsBeside(path), 1U);
    EXPECT_FALSE(label->text().contains(QStringLiteral("upgraded"))) << label->text().toStdString();
    EXPECT_TRUE(label->toolTip().isEmpty());
}
