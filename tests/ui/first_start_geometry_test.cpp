// Where the main window opens the first time: whole on the screen. At 1280x800 on a 1024x700 screen the right
// edge (the customer's details, the dashboard's churn tile and lists) was cut off, with no saved size to blame.
#include "first_start_geometry.h"
#include "main_window.h"
#include "ui/ui_fixture.h"

#include <QScreen>
#include <QSettings>
#include <QTest>

#include <cstdlib>
#include <gtest/gtest.h>

using namespace rapport;
using namespace rapport::test;

namespace {

constexpr QSize kPreferred(1280, 800);

/** The window with a usual frame around it: borders of 8 pixels and a title bar of 32 above. */
QRect withFrame(const QRect& window) {
    return window.adjusted(-8, -40, 8, 8);
}

TEST(FirstStartGeometry, ALargeScreenGetsThePreferredSizeCentred) {
    const QRect available(0, 0, 1920, 1050); // a 1080-line screen less a panel
    const auto first = ui::firstStartGeometry(available, kPreferred);
    EXPECT_FALSE(first.maximized);
    EXPECT_EQ(first.normal.size(), kPreferred);
    EXPECT_EQ(first.normal.center().x(), available.center().x());
    EXPECT_LE(std::abs(withFrame(first.normal).center().y() - available.center().y()), 1);
}

TEST(FirstStartGeometry, WhereTheRoomIsTightTheTitleBarStaysOnTheScreen) {
    for (const int height : {848, 860, 880}) {
        const QRect available(0, 0, 1296, height);
        const auto first = ui::firstStartGeometry(available, kPreferred);
        EXPECT_FALSE(first.maximized) << height;
        EXPECT_TRUE(available.contains(withFrame(first.normal))) << height;
    }
}

TEST(FirstStartGeometry, ASecondScreenBesideTheFirstKeepsTheWindowOnIt) {
    const QRect available(1920, 0, 1440, 900);
    const auto first = ui::firstStartGeometry(available, kPreferred);
    EXPECT_FALSE(first.maximized);
    EXPECT_TRUE(available.contains(withFrame(first.normal)));
}

TEST(FirstStartGeometry, AScreenTooSmallForTheWindowAndItsFrameOpensItMaximized) {
    for (const QRect available :
         {QRect(0, 0, 1024, 700), QRect(0, 0, 1024, 768), QRect(0, 0, 1280, 800), QRect(0, 0, 1366, 720)}) {
        const auto first = ui::firstStartGeometry(available, kPreferred);
        EXPECT_TRUE(first.maximized) << available.width() << "x" << available.height();
        // Leaving maximized gives a window that fits too.
        EXPECT_TRUE(available.contains(first.normal)) << available.width() << "x" << available.height();
    }
}

TEST(SavedGeometry, OneThatFitsStaysAndOneTooLargeForThisScreenIsFittedToIt) {
    const QRect laptop(0, 0, 1024, 700);
    EXPECT_FALSE(ui::refitSavedGeometry(QRect(100, 60, 800, 560), laptop)) << "where the user put it";
    const auto large = ui::refitSavedGeometry(QRect(8, 40, 1264, 752), laptop); // saved on a 1280x800 screen
    ASSERT_TRUE(large);
    EXPECT_TRUE(large->maximized);
    EXPECT_TRUE(laptop.contains(large->normal));
    // Small enough but saved on a monitor to the right of this one: moved onto this screen, its size kept.
    const auto elsewhere = ui::refitSavedGeometry(QRect(1930, 100, 800, 560), laptop);
    ASSERT_TRUE(elsewhere);
    EXPECT_FALSE(elsewhere->maximized);
    EXPECT_EQ(elsewhere->normal.size(), QSize(800, 560));
    EXPECT_TRUE(laptop.contains(elsewhere->normal));
}

class FirstStartWindowTest : public DemoDatabaseFixture {
protected:
    static void SetUpTestSuite() { createDemo(50); }
};

TEST_F(FirstStartWindowTest, TheWindowFitsTheScreenWithoutASavedSize) {
    QSettings().remove(QStringLiteral("window/geometry"));
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    ASSERT_LT(available.width(), kPreferred.width()) << "the offscreen platform's screen is smaller than the window";
    EXPECT_TRUE(window.isMaximized());
    EXPECT_TRUE(available.contains(window.frameGeometry()))
        << window.frameGeometry().width() << "x" << window.frameGeometry().height() << " on " << available.width()
        << "x" << available.height();
}

TEST_F(FirstStartWindowTest, ASizeSavedOnALargerScreenIsFittedToThisOne) {
    for (const bool maximized : {false, true}) {
        SCOPED_TRACE(maximized ? "saved maximized" : "saved as a window");
        QSettings().remove(QStringLiteral("window/geometry"));
        {
            ui::MainWindow larger;
            larger.setGeometry(8, 40, 1264, 752); // as on a 1280x800 screen
            if (maximized) {
                larger.setWindowState(Qt::WindowMaximized);
            }
            QSettings().setValue(QStringLiteral("window/geometry"), larger.saveGeometry());
        }
        ui::MainWindow window;
        ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        ASSERT_LT(available.width(), 1264) << "the offscreen platform's screen is smaller than the window";
        EXPECT_TRUE(available.contains(window.frameGeometry()))
            << window.frameGeometry().width() << "x" << window.frameGeometry().height() << " on " << available.width()
            << "x" << available.height();
        window.showNormal(); // leaving maximized
        QTest::qWait(20);
        EXPECT_TRUE(available.contains(window.frameGeometry()))
            << "not maximized: " << window.frameGeometry().width() << "x" << window.frameGeometry().height();
    }
    QSettings().remove(QStringLiteral("window/geometry"));
}

} // namespace
