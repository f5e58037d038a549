// The app's background jobs start without dirty upper AVX halves. Qt's application start-up leaves the window's
// thread in that state and threads started from it inherit it; on Intel cores every SSE instruction then waits on
// the stale halves, and the analysis in the app took 36 s where the command line took 16 s. Read from the
// processor's record of the state in use (XGETBV 1), not from a timing; a job started the plain way is the control.
#include "analytics/vector_state.h"
#include "worker_pool.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <algorithm>
#include <cerrno>
#include <future>
#include <gtest/gtest.h>
#include <thread>
#include <utility>

#if defined(__linux__)
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace rapport;

namespace {

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
/** Writes all of YMM0 and returns without VZEROUPPER (plain assembly: an AVX function would end with one). */
void dirtyUpperHalves() {
    asm volatile("vpcmpeqd %%ymm0, %%ymm0, %%ymm0" ::: "xmm0");
}
#else
void dirtyUpperHalves() {
}
#endif

TEST(WorkerPool, BackgroundJobsStartWithCleanVectorRegisters) {
    if (!analytics::canTellVectorRegisterState()) {
        GTEST_SKIP() << "this processor does not report which register state is in use (no XGETBV 1)";
    }
    // One thread: what a job leaves in its registers, the next job finds.
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    const auto inUse = [] { return analytics::upperVectorRegistersInUse(); };
    QtConcurrent::run(&pool, [] { dirtyUpperHalves(); }).waitForFinished();
    const bool plain = QtConcurrent::run(&pool, inUse).result();
    QtConcurrent::run(&pool, [] { dirtyUpperHalves(); }).waitForFinished();
    const bool cleared = ui::runInPool(&pool, inUse).result();
    if (!plain) {
        GTEST_SKIP() << "control: the pool's own code cleared the state between two jobs here, so a job started "
                        "the plain way begins clean as well and there is nothing to tell apart";
    }
    EXPECT_FALSE(cleared) << "a job started through runInPool found the upper halves its thread left dirty";
}

#if defined(__linux__)
TEST(WorkerPool, BackgroundJobsAndTheThreadsTheyStartYieldToTheWindow) {
    const auto niceOfThisThread = [] {
        errno = 0;
        return ::getpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()));
    };
    const int window = niceOfThisThread();
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    // Each job says it began before its result is asked for: a job not yet begun would run on this thread.
    const auto onThePool = [&](auto work) {
        std::promise<void> began;
        auto future = work([&began] { began.set_value(); });
        began.get_future().wait();
        return future.result();
    };
    const int plain = onThePool([&](auto began) {
        return QtConcurrent::run(&pool, [&, began] {
            began();
            return niceOfThisThread();
        });
    });
    EXPECT_EQ(plain, window) << "control: a job started the plain way runs at the window's priority";
    const auto [job, started] = onThePool([&](auto began) {
        return ui::runInPool(&pool, [&, began] {
            began();
            int inherited = 0;
            std::thread([&] { inherited = niceOfThisThread(); }).join();
            return std::pair{niceOfThisThread(), inherited};
        });
    });
    EXPECT_EQ(job, std::min(19, window + ui::kBackgroundNice));
    EXPECT_EQ(started, job) << "a thread the job starts (the analysis's purchases) inherits it";
    EXPECT_EQ(niceOfThisThread(), window) << "the window's own thread keeps its priority";

    // A job the window's thread runs itself, as QFuture::result does with one not yet begun, leaves it as it was.
    ASSERT_NE(QCoreApplication::instance(), nullptr);
    ui::yieldToTheWindow();
    EXPECT_EQ(niceOfThisThread(), window) << "the window's thread does not yield to itself";
}
#endif

} // namespace
