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
 * Runs `work()` on `pool`, as QtConcurrent::run does, after clearing the thread's upper AVX halves: pool threads
 * are started from the window's thread, whose state Qt's start-up leaves dirty, and they inherit it
 * (analytics/vector_state.h: the analysis took 36 s instead of 16 s).
 */
template <typename Work> auto runInPool(QThreadPool* pool, Work work) {
    return QtConcurrent::run(pool, [work = std::move(work)]() mutable {
        analytics::clearUpperVectorRegisters();
        return work();
    });
}

/** runInPool on workerPool(): how the app starts all of its background work. */
template <typename Work> auto runInWorkerPool(Work work) {
    return runInPool(workerPool(), std::move(work));
}

} // namespace rapport::ui
