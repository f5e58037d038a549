#pragma once

#include "reports/report.h"
#include "reports/report_context.h"
#include "reports/report_files.h"
#include "workspace.h"

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace rapport::ui {

/**
 * The loyalty, profitability, churn and customer-profile reports of the last analysis, and the customer-knowledge
 * audit (read from the base on a worker), the same documents
 * `rapport-cli report` writes: shown as they print, saved as PDF, HTML, XLSX (one sheet per table) or CSV. A
 * report states its period, settings and when it was made. Saving runs on a worker: a million-customer
 * ranking in XLSX takes seconds.
 */
class ReportsPage final : public Page {
    Q_OBJECT

public:
    enum class Kind { Loyalty, Profitability, Churn, CustomerProfile, KnowledgeAudit };

    ReportsPage(Workspace& workspace, QWidget* parent);
    ~ReportsPage() override;
    void databaseChanged() override;
    /** Builds the chosen report from the current analysis and shows it. */
    void refresh();
    /** Makes the report that waited for the page to be shown (MainWindow calls it when the page comes up). */
    void pageShown();
    void setKind(Kind kind);
    void setProfileCustomer(core::CustomerId id);
    [[nodiscard]] const reports::Report* report() const { return m_report.get(); }
    /** Writes the shown report now, on this thread (for tests and small reports); an error for the user or "". */
    QString save(const QString& path, reports::ReportFormat format) const;

private:
    [[nodiscard]] bool isShown() const;
    void saveInBackground(reports::ReportFormat format);
    /** Audits the base on a worker, then shows the knowledge audit report (unless another was asked for since). */
    void makeKnowledgeReport(const reports::ReportContext& context);
    /** Analyses the base on a worker and makes the chosen report from it (unless another was asked for since). */
    void makeAnalysisReport(const reports::ReportContext& context);
    void showReport(std::shared_ptr<const reports::Report> report, const QString& status);
    /** A message where the report goes (waiting, nothing to show, an error); nothing to save meanwhile. */
    void showPlaceholder(const QString& html);

    QComboBox* m_kind = nullptr;
    QSpinBox* m_customer = nullptr;
    QLabel* m_status = nullptr;
    QTextBrowser* m_view = nullptr;
    std::vector<QPushButton*> m_saveButtons;
    std::shared_ptr<const reports::Report> m_report;
    bool m_stale = false;        // a report was asked for while another page was shown
    int m_requestedCustomer = 0; // the customer of the profile report shown or being made
    int m_generation = 0;        // which refresh a worker's report belongs to: an older one is dropped
    /** The newest request's generation, read by the workers' analyses: an older run stops early. */
    std::shared_ptr<std::atomic<int>> m_latestRequest = std::make_shared<std::atomic<int>>(0);
};

} // namespace rapport::ui
