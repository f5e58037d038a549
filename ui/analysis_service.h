#pragma once

#include "analysis_snapshot.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace rapport::ui {

/**
 * Runs the whole-base analysis on a worker thread with its own connection, never on the UI thread, and
 * stores each customer's scores so the customer list can filter and sort by them. Settings (window,
 * thresholds, model, horizon, discount) live in QSettings and apply on the next run.
 */
class AnalysisService final : public QObject {
    Q_OBJECT

public:
    explicit AnalysisService(QObject* parent = nullptr);
    ~AnalysisService() override;

    void setDatabasePath(const QString& path);
    [[nodiscard]] std::shared_ptr<const AnalysisSnapshot> snapshot() const { return m_snapshot; }
    [[nodiscard]] bool isRunning() const { return m_running; }

    [[nodiscard]] analytics::BaseAnalysisOptions options() const { return m_options; }
    /** Saves the settings and, when a database is open, runs the analysis again with them. */
    void setOptions(const analytics::BaseAnalysisOptions& options);

public slots:
    /** Starts a run; a run already under way is cancelled and replaced. */
    void run();
    void cancel();

signals:
    void started();
    void progressed(const QString& text);
    /** A run ended: with a new snapshot (ok), cancelled, or with an error for the user. */
    void finished(bool ok, const QString& message);
    void snapshotChanged();
    /** setDatabasePath let a running run go: no finished() comes for it. */
    void abandoned();

private:
    void loadOptions();
    void saveOptions() const;

    QString m_path;
    analytics::BaseAnalysisOptions m_options;
    std::shared_ptr<const AnalysisSnapshot> m_snapshot;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    int m_generation = 0;
};

} // namespace rapport::ui
