#include "worker_pool.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

#if defined(__linux__)
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

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

void yieldToTheWindow() {
#if defined(__linux__)
    thread_local bool yielded = false;
    // A job whose result the window's thread asks for before it began runs there (QFuture::result takes it from
    // the pool): the window must not lose its priority for the rest of the session.
    const auto* application = QCoreApplication::instance();
    if (application != nullptr && QThread::currentThread() == application->thread()) {
        return;
    }
    if (!yielded) {
        // PRIO_PROCESS with a thread's id sets that thread's nice value alone (setpriority(2), Linux notes), counted
        // from the one it inherited. Raising it needs no privilege; a failure leaves the job at the window's.
        const auto thread = static_cast<id_t>(::gettid());
        errno = 0;
        const int inherited = ::getpriority(PRIO_PROCESS, thread); // the window's, when the app was started niced
        if (errno == 0) {
            ::setpriority(PRIO_PROCESS, thread, std::min(19, inherited + kBackgroundNice));
        }
        yielded = true;
    }
#endif
}

} // namespace rapport::ui
