#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace rapport::ui {

/**
 * Generates demo data on a worker thread with its own database connection, behind a progress dialog
 * with Cancel. The UI thread stays responsive; a cancel or failure leaves the database as it was.
 */
class DemoDataJob final : public QObject {
    Q_OBJECT

public:
    DemoDataJob(QString databasePath, qint64 customers, QWidget* dialogParent);
    ~DemoDataJob() override;
    void start();

signals:
    /** Emitted once; error is empty on success, cancelled when the user stopped it. */
    void finished(bool cancelled, const QString& error);

private:
    QString m_path;
    qint64 m_customers;
    QProgressDialog* m_dialog;
    std::shared_ptr<std::atomic<qint64>> m_done = std::make_shared<std::atomic<qint64>>(0);
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
};

} // namespace rapport::ui
