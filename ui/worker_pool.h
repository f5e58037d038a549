#pragma once

#include "analytics/vector_state.h"

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

class QThreadPool;

namespace rapport::ui {

/**
 * The threads the app's own background work runs on (analysis, imports, exports, reads of the whole base).
 * Not Qt's global pool: Qt 6.4's raster engine splits some of its painting over the global pool and waits for
 * it, so with an analysis holding every thread of that pool the window stopped painting (7.7 s to the first
 * customer page of a million customers, 14 s for the first search after the analysis, on two cores).
 */
QThreadPool* workerPool();

/**
 * How much less CPU a background job gets than the window when both want it: nice values added to the window's
 * (19 at most). The analysis keeps both cores busy for seconds; at the same priority a search typed meanwhile waited
 * its turn (150-180 ms on the million-customer base). When the window is idle the jobs still get every core.
 */
inline constexpr int kBackgroundNice = 10;

/**
 * Adds kBackgroundNice to the calling thread's nice value, once per thread; threads it starts afterwards (the
 * analysis's own) inherit it. Linux keeps a nice value per thread; elsewhere this does nothing.
 */
void yieldToTheWindow();

/**
 * Runs `work()` on `pool`, as QtConcurrent::run does, after clearing the thread's upper AVX halves: pool threads
 * are started from the window's thread, whose state Qt's start-up leaves dirty, and they inherit it
 * (analytics/vector_state.h: the analysis took 36 s instead of 16 s). The thread yields to the window
 * (yieldToTheWindow).
 */
template <typename Work> auto runInPool(QThreadPool* pool, Work work) {
    return QtConcurrent::run(pool, [work = std::move(work)]() mutable {
        analytics::clearUpperVectorRegisters();
        yieldToTheWindow();
        return work();
    });
}

/** runInPool on workerPool(): how the app starts all of its background work. */
template <typename Work> auto runInWorkerPool(Work work) {
    return runInPool(workerPool(), std::move(work));
}

} // namespace rapport::ui
