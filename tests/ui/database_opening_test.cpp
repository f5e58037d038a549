// Opening a file of an older Rapport from the window: the upgrade (a backup copy, then the migration) runs beside
// the window's events, says what it does when it takes a moment, and the window opens the upgraded file.
#include "database_opening.h"
#include "main_window.h"
#include "storage/errors.h"
#include "storage/sqlite/schema.h"
#include "support/sqlite_dump.h"
#include "support/temp_dir.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

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

/** The opening dialog while it is up, and its text, looked at every time the window's thread is free. */
struct DialogWatch {
    QDialog* dialog = nullptr;
    std::vector<QString> said;

    void look() {
        dialog = nullptr;
        for (auto* widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QStringLiteral("openingDialog") && widget->isVisible()) {
                dialog = qobject_cast<QDialog*>(widget);
                const QString text = widget->findChild<QLabel*>(QStringLiteral("openingText"))->text();
                if (said.empty() || said.back() != text) {
                    said.push_back(text);
                }
            }
        }
    }
    [[nodiscard]] bool saidSomething(const char* words) const {
        return std::any_of(said.begin(), said.end(),
                           [words](const QString& text) { return text.contains(QString::fromUtf8(words)); });
    }
    [[nodiscard]] QPushButton* cancel() const {
        return dialog != nullptr ? dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel) : nullptr;
    }
};

/** Holds the opening thread at a step until the window's thread has done what the test does there. */
struct StepGate {
    std::atomic<bool> open{false};
    void wait() const {
        for (int i = 0; i < 500 && !open; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }
};

TEST(DatabaseOpening, TheDialogSaysEachStepOfAnUpgradeOffTheWindowsThread) {
    TempDir dir;
    const auto path = olderFile(dir);
    DialogWatch watch;
    StepGate copied;
    StepGate migrating;
    QTimer look;
    QObject::connect(&look, &QTimer::timeout, [&] {
        watch.look();
        copied.open = copied.open || watch.saidSomething("older version");
        migrating.open = migrating.open || watch.saidSomething("Upgrading");
    });
    look.start(0);
    storage::OpenOptions options;
    options.upgradeProgress = [&](storage::UpgradeStep step, std::int64_t, std::int64_t) {
        (step == storage::UpgradeStep::BackingUp ? copied : migrating).wait();
        return true;
    };
    const auto opened = ui::openWithProgress(nullptr, path, options, QStringLiteral("v11.sqlite"), 0);
    look.stop();
    ASSERT_NE(opened, nullptr);
    EXPECT_NE(opened->upgradeBackup(), "");
    EXPECT_TRUE(copied.open) << "the copy was shown";
    EXPECT_TRUE(migrating.open) << "the upgrade was shown";
    for (const auto& text : watch.said) {
        EXPECT_TRUE(text.contains(QStringLiteral("v11.sqlite"))) << text.toStdString();
    }
    EXPECT_EQ(opened->check().schemaVersion, storage::sqlite::kSchemaVersion);
    EXPECT_EQ(backupsBeside(path), 1U);
    watch.look();
    EXPECT_EQ(watch.dialog, nullptr) << "the dialog is gone once the file is open";
}

TEST(DatabaseOpening, ACancelWhileTheCopyIsMadeLeavesTheFileAsItWas) {
    TempDir dir;
    const auto path = olderFile(dir);
    const auto before = dumpDatabase(path);
    DialogWatch watch;
    StepGate clicked;
    QTimer look;
    QObject::connect(&look, &QTimer::timeout, [&] {
        watch.look();
        if (!clicked.open && watch.saidSomething("older version") && watch.cancel() != nullptr &&
            watch.cancel()->isEnabled()) {
            QTest::mouseClick(watch.cancel(), Qt::LeftButton);
            clicked.open = true;
        }
    });
    look.start(0);
    storage::OpenOptions options;
    options.upgradeProgress = [&](storage::UpgradeStep, std::int64_t, std::int64_t) {
        clicked.wait();
        return true;
    };
    EXPECT_THROW(ui::openWithProgress(nullptr, path, options, QStringLiteral("v11.sqlite"), 0),
                 storage::CancelledError);
    look.stop();
    EXPECT_TRUE(clicked.open);
    EXPECT_TRUE(watch.saidSomething("Stopping")) << "the click was heard";
    EXPECT_TRUE(dumpDatabase(path) == before) << "the file changed";
    EXPECT_EQ(backupsBeside(path), 0U);
}

TEST(DatabaseOpening, WhileUpgradingNeitherEscapeNorTheCloseButtonStopsOrHidesTheDialog) {
    TempDir dir;
    const auto path = olderFile(dir);
    DialogWatch watch;
    StepGate tried;
    bool stayed = false;
    QTimer look;
    QObject::connect(&look, &QTimer::timeout, [&] {
        watch.look();
        if (!tried.open && watch.saidSomething("Upgrading") && watch.dialog != nullptr) {
            QTest::keyClick(watch.dialog, Qt::Key_Escape);
            watch.dialog->close();
            stayed = watch.dialog->isVisible() && watch.cancel() != nullptr && !watch.cancel()->isEnabled();
            tried.open = true;
        }
    });
    look.start(0);
    storage::OpenOptions options;
    options.upgradeProgress = [&](storage::UpgradeStep step, std::int64_t, std::int64_t) {
        if (step == storage::UpgradeStep::Migrating) {
            tried.wait();
        }
        return true;
    };
    const auto opened = ui::openWithProgress(nullptr, path, options, QStringLiteral("v11.sqlite"), 0);
    look.stop();
    EXPECT_TRUE(tried.open);
    EXPECT_TRUE(stayed) << "hidden, or a Cancel offered, while the upgrade runs";
    EXPECT_FALSE(watch.saidSomething("Stopping"));
    ASSERT_NE(opened, nullptr);
    EXPECT_EQ(opened->check().schemaVersion, storage::sqlite::kSchemaVersion);
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

TEST(DatabaseOpening, TheWindowDoesNotCloseHalfWayThroughAnOpen) {
    TempDir dir;
    const auto path = olderFile(dir);
    ui::MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    bool closedDuringTheOpen = true;
    // Runs inside the open's own event loop: the upgrade of the fixture takes far longer than a pass of it.
    QTimer::singleShot(0, &window, [&] { closedDuringTheOpen = window.close(); });
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(path)));
    EXPECT_FALSE(closedDuringTheOpen);
    EXPECT_TRUE(window.isVisible());
    EXPECT_TRUE(window.close()) << "and once it is open, it closes";
    // Closing saved the window's size and page in the settings every test process shares: the next window of
    // another test would open at this size.
    QSettings().remove(QStringLiteral("window"));
}
