#include "worker_pool.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace rapport::ui {

QThreadPool* workerPool() {
    // A child of the application, as Qt's global pool is its companion: destroying the application waits for
    // the work still running (a backup, an import, scores being stored), so closing the window loses none of it.
    static QPointer<QThreadPool> pool;
    if (pool.isNull()) {
        pool = new QThreadPool(QCoreApplication::instance());
        // At least two, so a long analysis never keeps a short read (a count, a page of a report) waiting.
        pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    }
    return pool.data();
}

} // namespace rapport::ui
