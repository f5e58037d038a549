#include "worker_pool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace rapport::ui {

QThreadPool* workerPool() {
    // At least two, so a long analysis never keeps a short read (a count, a page of a report) waiting.
    static QThreadPool* pool = [] {
        auto* created = new QThreadPool; // lives as long as the process: workers may still run at exit
        created->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return created;
    }();
    return pool;
}

} // namespace rapport::ui
