#include "demo_data_job.h"

#include "demo/demo_generator.h"
#include "storage/errors.h"
#include "worker_pool.h"
#include "workspace.h"

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace rapport::ui {

namespace {

struct Outcome {
    bool cancelled = false;
    QString error;
};

} // namespace

DemoDataJob::DemoDataJob(QString databasePath, qint64 customers, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_path(std::move(databasePath))
    , m_customers(customers)
    , m_dialog(new QProgressDialog(tr("Generating demo data: %Ln customer(s) with three years of history…", nullptr,
                                      static_cast<int>(customers)),
                                   tr("Cancel"), 0, 1000, dialogParent)) {
    m_dialog->setWindowTitle(tr("Demo data"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, [cancel = m_cancel] { cancel->store(true); });
}

DemoDataJob::~DemoDataJob() {
    m_dialog->deleteLater();
}

void DemoDataJob::start() {
    auto* watcher = new QFutureWatcher<Outcome>(this);
    auto* poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this,
            [this] { m_dialog->setValue(static_cast<int>(m_done->load() * 1000 / std::max<qint64>(m_customers, 1))); });
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, poll] {
        poll->stop();
        m_dialog->hide();
        const Outcome outcome = watcher->result();
        emit finished(outcome.cancelled, outcome.error);
        deleteLater();
    });
    const std::string path = m_path.toStdString();
    const qint64 customers = m_customers;
    auto done = m_done;
    auto cancel = m_cancel;
    // Everything in the worker is caught: an exception must never cross the thread boundary.
    watcher->setFuture(runInWorkerPool([path, customers, done, cancel]() -> Outcome {
        try {
            storage::OpenOptions open;
            open.busyLimit = kWorkerBusyLimit;
            auto repository = storage::openRepository(path, open);
            demo::DemoOptions options;
            options.customers = customers;
            // Appending: continue after the highest customer id so the new customers are new.
            storage::CustomerPageRequest last;
            last.sort = storage::CustomerSort::Id;
            last.order = storage::SortOrder::Descending;
            last.limit = 1;
            if (const auto page = repository->customerPage(last); !page.rows.empty()) {
                options.firstIndex = page.rows.front().id;
            }
            demo::generateDemoData(*repository, options, [&](std::int64_t finished, std::int64_t) {
                done->store(finished);
                return !cancel->load();
            });
            return {};
        } catch (const storage::CancelledError&) {
            return {true, {}};
        } catch (const std::exception& error) {
            spdlog::error("demo data generation failed: {}", error.what());
            return {false, QString::fromUtf8(error.what())};
        }
    }));
    poll->start();
    m_dialog->show();
}

} // namespace rapport::ui
