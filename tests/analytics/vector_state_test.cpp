// clearUpperVectorRegisters leaves the calling thread's upper AVX halves clean, read from the processor's own
// record of which register state is in use (XGETBV 1), not from a timing.
#include "analytics/vector_state.h"

#include <gtest/gtest.h>

namespace {

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
/**
 * Writes all of YMM0 and returns without VZEROUPPER, as the code that dirtied the app's threads did. Plain
 * assembly in a function not compiled for AVX: the compiler would end an AVX function with VZEROUPPER itself.
 * Called only where the processor has AVX.
 */
void dirtyUpperHalves() {
    asm volatile("vpcmpeqd %%ymm0, %%ymm0, %%ymm0" ::: "xmm0");
}
#endif

TEST(VectorState, ClearingLeavesTheUpperHalvesClean) {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (!rapport::analytics::canTellVectorRegisterState()) {
        GTEST_SKIP() << "this processor does not report which register state is in use (no XGETBV 1)";
    }
    // No library call between the steps: some C library routines end with VZEROUPPER themselves.
    dirtyUpperHalves();
    const bool dirty = rapport::analytics::upperVectorRegistersInUse();
    rapport::analytics::clearUpperVectorRegisters();
    const bool cleared = rapport::analytics::upperVectorRegistersInUse();
    EXPECT_TRUE(dirty) << "writing YMM0 should have left its upper half in use";
    EXPECT_FALSE(cleared);
#else
    GTEST_SKIP() << "only x86-64 has the AVX state this guards against";
#endif
}

} // namespace
