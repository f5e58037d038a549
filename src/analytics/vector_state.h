#pragma once

namespace rapport::analytics {

/**
 * Puts the upper halves of the AVX registers back in their clean state (VZEROUPPER) on the calling thread.
 *
 * Code that writes a 256-bit register and returns without VZEROUPPER leaves them "dirty", and on Intel cores every
 * later SSE instruction of that thread then waits on the stale upper halves: glibc's log() ran 30 times slower
 * (0.30 s against 0.01 s for two million calls). Qt's QGuiApplication start-up leaves the thread that makes it in
 * that state, and every thread started from it inherits the state, so the app's analysis took 36 s where the
 * command line took 16 s (the model fits 13 s against 0.6 s). Call it at the start of every background job, and
 * on a thread that made the application object before it computes (the CLI's PDF report). Does nothing without
 * AVX.
 */
void clearUpperVectorRegisters();

/**
 * Whether the calling thread's upper AVX halves are dirty (XINUSE, read with XGETBV 1); false where the processor
 * cannot tell (canTellVectorRegisterState). For tests and diagnostics.
 */
[[nodiscard]] bool upperVectorRegistersInUse();

/** Whether upperVectorRegistersInUse() can answer on this processor. */
[[nodiscard]] bool canTellVectorRegisterState();

} // namespace rapport::analytics
