// The app's threads run without dirty upper AVX halves. Qt's application start-up leaves the window's thread
// in that state and threads started from it inherit it; on Intel cores every SSE instruction then waits on the
// stale halves, and the analysis in the app took 36 s where the command line took 16 s. Read from the
// processor's record of the state in use (XGETBV 1), not from a timing.
#include "analytics/vector_state.h"
#include "worker_pool.h"

#include <gtest/gtest.h>

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
    // The pool's thread is started from this one while its state is dirty, so it begins dirty too.
    dirtyUpperHalves();
    auto inUse = ui::runInWorkerPool([] { return analytics::upperVectorRegistersInUse(); });
    inUse.waitForFinished();
    EXPECT_FALSE(inUse.result());
}

} // namespace
