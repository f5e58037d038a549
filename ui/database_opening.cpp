#include "database_opening.h"

#include "analytics/vector_state.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <exception>
#include <limits>

namespace rapport::ui {

namespace {

struct DatabaseOpening {
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::DatabaseOpening)
};

/** The dialog of a slow open: what it is doing, and a Cancel that works only while the backup is made. */
class OpeningDialog {
public:
    OpeningDialog(QWidget* parent, const QString& shownName)
        : m_dialog(parent)
        , m_shownName(shownName) {
        auto* label = new QLabel(&m_dialog);
        label->setWordWrap(true); // a long path and the sentence about the copy stay inside the dialog
        m_dialog.setLabel(label);
        m_dialog.setWindowTitle(DatabaseOpening::tr("Opening database"));
        m_dialog.setLabelText(DatabaseOpening::tr("Opening %1…").arg(shownName));
        m_dialog.setWindowModality(Qt::ApplicationModal);
        m_dialog.setRange(0, 0); // busy until there is something to measure
        // Shown by the caller's timer, never by QProgressDialog's own clock, and closed only by the caller.
        m_dialog.setMinimumDuration(std::numeric_limits<int>::max());
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
        m_dialog.setMinimumWidth(460);
        m_cancel = new QPushButton(DatabaseOpening::tr("Cancel"), &m_dialog);
        m_cancel->setEnabled(false); // an open that is not a backup cannot be stopped half-way
        m_dialog.setCancelButton(m_cancel);
        m_dialog.hide();
        QObject::connect(&m_dialog, &QProgressDialog::canceled, &m_dialog, [this] {
            // QProgressDialog hides itself on a cancel (also Escape or the window's close button); it stays until
            // the open has ended, and only a backup under way can be stopped.
            if (m_cancel->isEnabled()) {
                m_stop = true;
                m_cancel->setEnabled(false);
                m_dialog.setLabelText(DatabaseOpening::tr("Stopping; %1 is left as it was…").arg(m_shownName));
            }
            m_dialog.show();
        });
    }

    QProgressDialog& widget() { return m_dialog; }
    [[nodiscard]] bool stopAsked() const { return m_stop.load(); }

    /** On the dialog's thread: shows how far the upgrade is. */
    void show(storage::UpgradeStep step, int percent) {
        if (step == storage::UpgradeStep::BackingUp) {
            if (m_dialog.maximum() != 100) {
                m_dialog.setRange(0, 100);
                m_dialog.setLabelText(DatabaseOpening::tr("%1 was written by an older version of Rapport. Before it "
                                                          "is upgraded, a copy of it is kept beside it…")
                                          .arg(m_shownName));
                m_cancel->setEnabled(!m_stop);
            }
            m_dialog.setValue(percent);
            return;
        }
        m_dialog.setRange(0, 0);
        m_dialog.setLabelText(DatabaseOpening::tr("Upgrading %1 for this version of Rapport…").arg(m_shownName));
        m_cancel->setEnabled(false); // the upgrade is one transaction: it finishes or leaves the file as it was
    }

private:
    QProgressDialog m_dialog;
    QString m_shownName;
    QPushButton* m_cancel = nullptr;
    std::atomic<bool> m_stop{false};
};

} // namespace

std::unique_ptr<storage::Repository> openWithProgress(QWidget* parent, const std::string& location,
                                                      storage::OpenOptions options, const QString& shownName,
                                                      int showAfterMs) {
    OpeningDialog dialog(parent, shownName);
    options.upgradeProgress = [&dialog](storage::UpgradeStep step, std::int64_t done, std::int64_t total) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 0;
        // Queued to the dialog, which is only touched on its own thread and outlives this worker.
        QMetaObject::invokeMethod(
            &dialog.widget(), [&dialog, step, percent] { dialog.show(step, percent); }, Qt::QueuedConnection);
        return !dialog.stopAsked();
    };

    std::unique_ptr<storage::Repository> opened;
    std::exception_ptr failure;
    QEventLoop loop;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        analytics::clearUpperVectorRegisters(); // as every background job: see vector_state.h
        try {
            opened = storage::openRepository(location, options);
        } catch (...) {
            failure = std::current_exception();
        }
    }));
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QTimer::singleShot(showAfterMs, &dialog.widget(), [&dialog] { dialog.widget().show(); });
    worker->start();
    loop.exec();
    worker->wait();
    if (failure) {
        std::rethrow_exception(failure);
    }
    return opened;
}

} // namespace rapport::ui
