#pragma once

class QThreadPool;

namespace rapport::ui {

/**
 * The threads the app's own background work runs on (analysis, imports, exports, reads of the whole base).
 * Not Qt's global pool: Qt 6.4's raster engine splits some of its painting over the global pool and waits for
 * it, so with an analysis holding every thread of that pool the window stopped painting (7.7 s to the first
 * customer page of a million customers, 14 s for the first search after the analysis, on two cores).
 */
QThreadPool* workerPool();

} // namespace rapport::ui
