#include "analysis_service.h"

#include "analytics/memory_release.h"
#include "app/analyse_and_score.h"
#include "background.h"
#include "formatting.h"
#include "storage/errors.h"
#include "storage/repository.h"
#include "worker_pool.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <chrono>
#include <limits>
#include <spdlog/spdlog.h>
#include <utility>

namespace rapport::ui {

namespace {

struct RunResult {
    std::shared_ptr<AnalysisSnapshot> snapshot;
    QString error;
    bool cancelled = false;
};

// Called on the worker: AnalysisService::tr is static and QCoreApplication::translate is thread-safe.
QString phaseText(analytics::AnalysisPhase phase, std::int64_t rows) {
    const auto count = static_cast<int>(std::min<std::int64_t>(rows, std::numeric_limits<int>::max()));
    switch (phase) {
    case analytics::AnalysisPhase::Purchases:
        return rows == 0 ? AnalysisService::tr("Analysis: reading purchases…")
                         : AnalysisService::tr("Analysis: reading purchases (%L1)…").arg(static_cast<qlonglong>(rows));
    case analytics::AnalysisPhase::Models:
        return AnalysisService::tr("Analysis: fitting the purchase and spend models…");
    case analytics::AnalysisPhase::Profiles:
        return rows == 0
                   ? AnalysisService::tr("Analysis: reading customers and episodes…")
                   : AnalysisService::tr("Analysis: reading customers and episodes (%Ln row(s))…", nullptr, count);
    case analytics::AnalysisPhase::Reports:
        return rows < 0 ? AnalysisService::tr("Analysis: storing the scores for the customer list…")
                        : AnalysisService::tr("Analysis: computing the reports…");
    }
    return {};
}

} // namespace

AnalysisService::AnalysisService(QObject* parent)
    : QObject(parent) {
    loadOptions();
}

AnalysisService::~AnalysisService() {
    cancel();
}

void AnalysisService::setDatabasePath(const QString& path) {
    cancel();
    // A run on the old database is let go, not waited for. It may be past its last look at the cancel flag, and
    // its result must never become the new database's snapshot; the new database's pages must not wait for it.
    ++m_generation;
    const bool wasRunning = std::exchange(m_running, false);
    m_path = path;
    m_snapshot.reset();
    if (wasRunning) {
        emit abandoned();
    }
    emit snapshotChanged();
}

void AnalysisService::setOptions(const analytics::BaseAnalysisOptions& options) {
    m_options = options;
    saveOptions();
    if (!m_path.isEmpty()) {
        run();
    }
}

void AnalysisService::cancel() {
    if (m_cancel) {
        m_cancel->store(true);
    }
}

void AnalysisService::run() {
    if (m_path.isEmpty()) {
        return;
    }
    cancel();
    const int generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_running = true;
    emit started();

    auto options = m_options;
    const auto cancelFlag = m_cancel;
    const std::string path = m_path.toStdString();
    options.openPurchaseReader = purchaseReaderFor(path);
    QPointer<AnalysisService> self(this);
    // Progress crosses threads as queued calls; at most one message per batch of rows.
    options.progress = [self, cancelFlag, generation](analytics::AnalysisPhase phase, std::int64_t rows) {
        if (cancelFlag->load()) {
            return false;
        }
        const QString text = phaseText(phase, rows);
        // Posted to the application, not to the service: the window may be deleting the service right now, and a
        // QPointer read on this thread could hand over an object freed before the call lands (a crash on closing
        // the window during an analysis). `self` is looked at on the window's thread, where it is deleted.
        auto* application = QCoreApplication::instance();
        if (application == nullptr) {
            return false; // the program is ending
        }
        QMetaObject::invokeMethod(
            application,
            [self, text, generation] {
                // A message already on its way from a replaced run would overwrite the newer run's progress.
                if (self && self->m_generation == generation) {
                    emit self->progressed(text);
                }
            },
            Qt::QueuedConnection);
        return true;
    };

    auto* watcher = new QFutureWatcher<RunResult>(this);
    connect(watcher, &QFutureWatcher<RunResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation) {
            return; // replaced by a newer run
        }
        m_running = false;
        const RunResult result = watcher->result();
        if (result.cancelled) {
            emit finished(false, tr("Analysis cancelled."));
        } else if (!result.error.isEmpty()) {
            emit finished(false, result.error);
        } else {
            m_snapshot = result.snapshot;
            emit snapshotChanged();
            emit finished(true, tr("Analysis of %Ln customer(s) finished in %1 s.", nullptr,
                                   static_cast<int>(m_snapshot->customers))
                                    .arg(QLocale().toString(m_snapshot->seconds, 'f', 1)));
        }
    });
    watcher->setFuture(runInWorkerPool([path, options, cancelFlag]() -> RunResult {
        RunResult result;
        try {
            const auto start = std::chrono::steady_clock::now();
            storage::OpenOptions open;
            open.createIfMissing = false;
            open.busyLimit = kWorkerBusyLimit;
            auto repository = storage::openRepository(path, open);
            auto analysis = app::analyseAndStoreScores(*repository, options, app::ScoreStoring::IfPermitted).analysis;
            std::vector<analytics::RepeatPurchaseBin> fitCheck;
            const auto& fit = analysis.predictions.purchases;
            if (analysis.predictions.problem.empty() && fit.model == analytics::PurchaseModel::BgNbd) {
                const analytics::BgNbdParameters p{fit.parameters[0], fit.parameters[1], fit.parameters[2],
                                                   fit.parameters[3]};
                fitCheck = analytics::repeatPurchaseCheck(analysis.profiles, p, analysis.until);
            }
            if (cancelFlag->load()) {
                result.cancelled = true;
                return result;
            }
            auto snapshot = std::make_shared<AnalysisSnapshot>(
                makeAnalysisSnapshot(std::move(analysis), options, std::move(fitCheck)));
            // The run freed about a gigabyte at a million customers (profiles, predictions, assessments, scans):
            // hand it back to the system rather than keep it in this thread's malloc arena for the session.
            analytics::releaseFreedMemory();
            snapshot->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            result.snapshot = std::move(snapshot);
        } catch (const analytics::AnalysisCancelled&) {
            result.cancelled = true;
        } catch (const std::exception& error) {
            spdlog::error("analysis failed: {}", error.what());
            result.error = AnalysisService::tr("The analysis failed: %1").arg(QString::fromUtf8(error.what()));
        }
        return result;
    }));
}

void AnalysisService::loadOptions() {
    QSettings settings;
    settings.beginGroup(QStringLiteral("analysis"));
    analytics::BaseAnalysisOptions o;
    o.windowMonths = settings.value(QStringLiteral("windowMonths"), o.windowMonths).toDouble();
    o.horizonMonths = settings.value(QStringLiteral("horizonMonths"), o.horizonMonths).toInt();
    o.monthlyDiscount = settings.value(QStringLiteral("monthlyDiscount"), o.monthlyDiscount).toDouble();
    o.model = settings.value(QStringLiteral("model"), QStringLiteral("bgnbd")).toString() == QStringLiteral("pnbd")
                  ? analytics::PurchaseModel::ParetoNbd
                  : analytics::PurchaseModel::BgNbd;
    if (settings.contains(QStringLiteral("costThreshold"))) {
        o.fourGroups.costThreshold = settings.value(QStringLiteral("costThreshold")).toDouble();
    }
    if (settings.contains(QStringLiteral("frequencyThreshold"))) {
        o.fourGroups.frequencyThreshold = settings.value(QStringLiteral("frequencyThreshold")).toDouble();
    }
    m_options = o;
}

void AnalysisService::saveOptions() const {
    QSettings settings;
    settings.beginGroup(QStringLiteral("analysis"));
    settings.setValue(QStringLiteral("windowMonths"), m_options.windowMonths);
    settings.setValue(QStringLiteral("horizonMonths"), m_options.horizonMonths);
    settings.setValue(QStringLiteral("monthlyDiscount"), m_options.monthlyDiscount);
    settings.setValue(QStringLiteral("model"), m_options.model == analytics::PurchaseModel::ParetoNbd
                                                   ? QStringLiteral("pnbd")
                                                   : QStringLiteral("bgnbd"));
    for (const auto& [key, value] :
         {std::pair{QStringLiteral("costThreshold"), m_options.fourGroups.costThreshold},
          std::pair{QStringLiteral("frequencyThreshold"), m_options.fourGroups.frequencyThreshold}}) {
        if (value) {
            settings.setValue(key, *value);
        } else {
            settings.remove(key);
        }
    }
}

} // namespace rapport::ui
