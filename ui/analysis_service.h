#pragma once

#include "analytics/base_analysis.h"
#include "analytics/cohort_retention.h"
#include "analytics/model_fit_check.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace rapport::ui {

/**
 * One finished analysis run, shared read-only by every page. Profiles and churn assessments are in customer
 * id order, so lookups by id are binary searches: no index beside a million profiles.
 */
struct AnalysisSnapshot {
    analytics::BaseAnalysis analysis;
    analytics::BaseAnalysisOptions options;
    std::vector<analytics::RepeatPurchaseBin> fitCheck; // BG/NBD only; empty otherwise
    analytics::CohortRetention cohorts;                 // for the loyalty report
    double seconds = 0;

    [[nodiscard]] const analytics::CustomerProfile* profile(core::CustomerId id) const;
    [[nodiscard]] const analytics::ChurnAssessment* assessment(core::CustomerId id) const;
    [[nodiscard]] QString name(core::CustomerId id) const;
};

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
