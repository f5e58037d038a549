#include "database_opening.h"

#include "analytics/vector_state.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <exception>

namespace rapport::ui {

namespace {

struct DatabaseOpening {
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::DatabaseOpening)
};

/**
 * The dialog of a slow open: what it is doing, and a Cancel that works only while the backup is made. A plain
 * dialog rather than QProgressDialog, whose own timer shows it, whose setValue runs the event loop, and whose Escape
 * and close button cancel whether or not anything can be stopped.
 */
class OpeningDialog final : public QDialog {
public:
    OpeningDialog(QWidget* parent, const QString& shownName)
        : QDialog(parent)
        , m_shownName(shownName) {
        setObjectName(QStringLiteral("openingDialog"));
        setWindowTitle(DatabaseOpening::tr("Opening database"));
        setWindowModality(Qt::ApplicationModal);
        auto* layout = new QVBoxLayout(this);
        m_label = new QLabel(DatabaseOpening::tr("Opening %1…").arg(shownName), this);
        m_label->setObjectName(QStringLiteral("openingText"));
        m_label->setWordWrap(true); // a long path and the sentence about the copy stay inside the dialog
        layout->addWidget(m_label);
        m_bar = new QProgressBar(this);
        m_bar->setRange(0, 0); // busy until there is something to measure
        layout->addWidget(m_bar);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
        m_cancel = buttons->button(QDialogButtonBox::Cancel);
        m_cancel->setEnabled(false); // an open that is not a backup cannot be stopped half-way
        connect(buttons, &QDialogButtonBox::rejected, this, &OpeningDialog::reject);
        layout->addWidget(buttons);
        setMinimumWidth(460);
    }

    [[nodiscard]] bool stopAsked() const { return m_stop.load(); }

    /** Asks the backup to stop, if one is under way; the dialog stays until the open has ended. */
    void reject() override {
        if (!m_cancel->isEnabled()) {
            return; // Escape while nothing can be stopped
        }
        m_stop = true;
        m_cancel->setEnabled(false);
        m_label->setText(DatabaseOpening::tr("Stopping; %1 is left as it was…").arg(m_shownName));
    }

    /** On the dialog's thread: shows how far the upgrade is. */
    void showStep(storage::UpgradeStep step, int percent) {
        if (step == storage::UpgradeStep::BackingUp) {
            if (m_bar->maximum() != 100) {
                m_bar->setRange(0, 100);
                if (!m_stop) {
                    m_label->setText(DatabaseOpening::tr("%1 was written by an older version of Rapport. Before it "
                                                         "is upgraded, a copy of it is kept beside it…")
                                         .arg(m_shownName));
                    m_cancel->setEnabled(true);
                }
            }
            m_bar->setValue(percent);
            return;
        }
        m_bar->setRange(0, 0);
        m_cancel->setEnabled(false); // the upgrade is one transaction: it finishes or leaves the file as it was
        if (!m_stop) {
            m_label->setText(DatabaseOpening::tr("Upgrading %1 for this version of Rapport…").arg(m_shownName));
        }
    }

protected:
    void closeEvent(QCloseEvent* event) override {
        reject(); // the window's close button: a Cancel where one is possible, and the dialog stays
        event->ignore();
    }

private:
    QString m_shownName;
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
    std::atomic<bool> m_stop{false};
};

} // namespace

std::unique_ptr<storage::Repository> openWithProgress(QWidget* parent, const std::string& location,
                                                      storage::OpenOptions options, const QString& shownName,
                                                      int showAfterMs) {
    OpeningDialog dialog(parent, shownName);
    options.upgradeProgress = [&dialog, alsoTell = std::move(options.upgradeProgress)](
                                  storage::UpgradeStep step, std::int64_t done, std::int64_t total) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 0;
        // Queued to the dialog, which is only touched on its own thread and outlives this worker.
        QMetaObject::invokeMethod(
            &dialog, [&dialog, step, percent] { dialog.showStep(step, percent); }, Qt::QueuedConnection);
        const bool goOn = !alsoTell || alsoTell(step, done, total);
        return goOn && !dialog.stopAsked();
    };

    std::unique_ptr<storage::Repository> opened;
    std::exception_ptr failure;
    QEventLoop loop;
    bool finished = false;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        analytics::clearUpperVectorRegisters(); // as every background job: see vector_state.h
        try {
            opened = storage::openRepository(location, options);
        } catch (...) {
            failure = std::current_exception();
        }
    }));
    QObject::connect(
        worker.get(), &QThread::finished, &loop,
        [&] {
            finished = true;
            dialog.hide(); // even should another modal dialog, opened meanwhile, still keep this loop waiting
            loop.quit();
        },
        Qt::QueuedConnection);
    QTimer::singleShot(showAfterMs, &dialog, [&dialog, &finished] {
        if (!finished) {
            dialog.show();
        }
    });
    worker->start();
    // Every event loop returns when the application is asked to quit: the open cannot be left half-way, so the
    // copy is asked to stop and the loop runs on until the worker is done.
    while (!finished) {
        loop.exec();
        if (!finished) {
            dialog.reject();
        }
    }
    worker->wait();
    if (failure) {
        std::rethrow_exception(failure);
    }
    return opened;
}

} // namespace rapport::ui
