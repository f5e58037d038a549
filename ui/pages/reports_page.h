#pragma once

#include "reports/report.h"
#include "reports/report_context.h"
#include "reports/report_files.h"
#include "workspace.h"

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
    void databaseChanged() override;
    /** Builds the chosen report from the current analysis and shows it. */
    void refresh();
    void setKind(Kind kind);
    void setProfileCustomer(core::CustomerId id);
    [[nodiscard]] const reports::Report* report() const { return m_report.get(); }
    /** Writes the shown report now, on this thread (for tests and small reports); an error for the user or "". */
    QString save(const QString& path, reports::ReportFormat format) const;

private:
    void saveInBackground(reports::ReportFormat format);
    /** Audits the base on a worker, then shows the knowledge audit report (unless another was asked for since). */
    void makeKnowledgeReport(const reports::ReportContext& context);
    void showReport(std::shared_ptr<const reports::Report> report, const QString& status);

    QComboBox* m_kind = nullptr;
    QSpinBox* m_customer = nullptr;
    QLabel* m_status = nullptr;
    QTextBrowser* m_view = nullptr;
    std::vector<QPushButton*> m_saveButtons;
    std::shared_ptr<const reports::Report> m_report;
    int m_generation = 0; // which refresh a worker's report belongs to: an older one is dropped
};

} // namespace rapport::ui
