// Opening another database lets the old one's analysis go: the new database shows none of its result and its
// pages do not wait for it (the dashboard's lists wait while an analysis runs).
#include "analysis_service.h"
#include "storage/repository.h"
#include "ui/ui_fixture.h"
#include "worker_pool.h"

#include <QEvent>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <gtest/gtest.h>

using namespace rapport;
using namespace rapport::test;

namespace {

class AnalysisServiceTest : public DemoDatabaseFixture {
protected:
    static void SetUpTestSuite() { createDemo(3000); }
};

TEST_F(AnalysisServiceTest, AnotherDatabaseLetsTheRunningAnalysisGoAndNeverTakesItsResult) {
    TempDir dir;
    const auto other = dir.file("other.sqlite");
    storage::openRepository(other); // a new, empty database

    ui::AnalysisService service;
    service.setDatabasePath(QString::fromStdString(databasePath()));
    QSignalSpy finished(&service, &ui::AnalysisService::finished);
    QSignalSpy abandoned(&service, &ui::AnalysisService::abandoned);
    service.run();
    ASSERT_TRUE(service.isRunning());

    service.setDatabasePath(QString::fromStdString(other));
    EXPECT_FALSE(service.isRunning()) << "the new database's pages would wait for the old one's analysis";
    EXPECT_EQ(abandoned.count(), 1) << "the task indicator would keep saying 'Analysing'";

    // The old run ends on its worker, and its end reaches this thread's event loop.
    ui::workerPool()->waitForDone();
    QTest::qWait(100);
    EXPECT_EQ(service.snapshot(), nullptr);
    EXPECT_EQ(finished.count(), 0);
    EXPECT_FALSE(service.isRunning());

    // The new database's own run is followed as usual.
    service.setDatabasePath(QString::fromStdString(databasePath()));
    EXPECT_EQ(abandoned.count(), 1) << "nothing was running";
    service.run();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 60'000));
    EXPECT_TRUE(finished.front().front().toBool());
    ASSERT_NE(service.snapshot(), nullptr);
    EXPECT_EQ(service.snapshot()->customers, 3000);
}

/** Counts the queued calls delivered to an object (the application): the run's progress messages on their way. */
class QueuedCalls final : public QObject {
public:
    int count = 0;
    bool eventFilter(QObject*, QEvent* event) override {
        count += event->type() == QEvent::MetaCall ? 1 : 0;
        return false;
    }
};

TEST_F(AnalysisServiceTest, AReplacedRunsProgressOnItsWayIsNotShown) {
    ui::AnalysisService service;
    service.setDatabasePath(QString::fromStdString(databasePath()));
    QueuedCalls queued;
    QCoreApplication::instance()->installEventFilter(&queued);
    QSignalSpy progressed(&service, &ui::AnalysisService::progressed);
    service.run();
    // The window's thread busy while the run goes on: its progress messages wait in this thread's event queue.
    QThread::msleep(2000);
    service.setDatabasePath(QString::fromStdString(databasePath())); // lets the run go
    ui::workerPool()->waitForDone();
    QTest::qWait(100);
    QCoreApplication::instance()->removeEventFilter(&queued);
    ASSERT_GT(queued.count, 0) << "no progress message was on its way: the test tested nothing";
    EXPECT_EQ(progressed.count(), 0) << progressed.front().front().toString().toStdString();
}

// The window deletes its service when it closes, also during an analysis, whose worker goes on posting progress:
// the messages go to the application and find the service gone when they land, instead of landing on it.
TEST_F(AnalysisServiceTest, ProgressOnItsWayAfterTheServiceIsDeletedFindsItGone) {
    auto* service = new ui::AnalysisService;
    service->setDatabasePath(QString::fromStdString(databasePath()));
    QueuedCalls queued;
    QCoreApplication::instance()->installEventFilter(&queued);
    service->run();
    QThread::msleep(1000); // the run's first messages wait in this thread's queue
    delete service;        // lets the run go, as closing the window does
    ui::workerPool()->waitForDone();
    QTest::qWait(100); // every message lands
    QCoreApplication::instance()->removeEventFilter(&queued);
    EXPECT_GT(queued.count, 0) << "no progress message was on its way: the test tested nothing";
}

} // namespace
