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

} // namespace
