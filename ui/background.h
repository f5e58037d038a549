#pragma once

#include "analytics/customer_profile.h"
#include "analytics/memory_release.h"
#include "storage/repository.h"
#include "worker_pool.h"
#include "workspace.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <optional>
#include <spdlog/spdlog.h>
#include <string>

namespace rapport::ui {

/**
 * Opens the database at `location` again, read only, for an analysis's purchases
 * (BaseAnalysisOptions::openPurchaseReader): they are read on a second core beside the customers and episodes.
 */
inline std::function<std::unique_ptr<storage::Repository>()> purchaseReaderFor(std::string location) {
    return [location = std::move(location)] {
        storage::OpenOptions options;
        options.createIfMissing = false;
        options.readOnly = true;
        options.busyLimit = kWorkerBusyLimit;
        return storage::openRepository(location, options);
    };
}

/** A worker's answer: the value, or the error for the user. */
template <typename T> struct WorkResult {
    std::optional<T> value;
    QString error;
};

/**
 * Runs `work(repository)` on a worker thread with its own connection to the database at `path` (a
 * connection is one thread's), then `done(result)` on the UI thread while `context` lives. For reads that
 * may touch much of the base: counts, distinct values, exports.
 */
template <typename Work, typename Done> void runOnWorker(QObject* context, const QString& path, Work work, Done done) {
    using T = std::invoke_result_t<Work, storage::Repository&>;
    auto* watcher = new QFutureWatcher<WorkResult<T>>(context);
    QObject::connect(watcher, &QFutureWatcher<WorkResult<T>>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(runInWorkerPool([location = path.toStdString(), work]() -> WorkResult<T> {
        WorkResult<T> result;
        try {
            storage::OpenOptions options;
            options.createIfMissing = false;
            options.busyLimit = kWorkerBusyLimit;
            auto repository = storage::openRepository(location, options);
            result.value = work(*repository);
        } catch (const analytics::AnalysisCancelled& cancelled) {
            spdlog::debug("background work cancelled"); // a newer request replaced it
            result.error = QString::fromUtf8(cancelled.what());
        } catch (const std::exception& error) {
            spdlog::warn("background read failed: {}", error.what());
            result.error = QString::fromUtf8(error.what());
        }
        // A whole-base read frees most of what it allocated (rows, maps, its connection's cache), also when it
        // stopped or failed: hand the pages back, or they stay resident in this worker's arena for the session.
        analytics::releaseFreedMemory();
        return result;
    }));
}

} // namespace rapport::ui
