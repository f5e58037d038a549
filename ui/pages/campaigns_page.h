#pragma once

#include "analytics/campaign_breakdown.h"
#include "app/campaigns.h"
#include "workspace.h"

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace rapport::ui {

/**
 * Campaigns and loyalty offers measured against a control group: the list with each campaign's groups and measured
 * response lift, the selected campaign's figures in words, and the actions: a new campaign (an undoable edit), the
 * launch at a target list (customers with marketing consent, a control group held back, an offer episode for each
 * treated customer) and the contact list for a mail merge. Measuring reads every member's window: on a worker.
 */
class CampaignsPage final : public Page {
    Q_OBJECT

public:
    CampaignsPage(Workspace& workspace, QWidget* parent);
    void databaseChanged() override;
    void reload();
    void newCampaign();
    /** Launches the selected draft at the customers the filter selects (the launch dialog asks for it). */
    void launchCampaign();
    void launchCampaignAt(const storage::CustomerFilter& filter, const QString& description, core::Date day);
    void exportContacts(const QString& path);
    /**
     * Writes the selected campaign's report (app::campaignReport) to `path` on a worker, as PDF, HTML, XLSX or CSV
     * by the file's extension (PDF when it has none of these); reportWritten tells how it went.
     */
    void exportReport(const QString& path);
    /**
     * Shows the selected campaign's results for each value of `dimension` below its figures (measured on a worker:
     * the values are read from the whole base), or none.
     */
    void showResultsBy(std::optional<analytics::Dimension> dimension);
    [[nodiscard]] QComboBox* resultsBy() const { return m_by; }

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QTextBrowser* report() const { return m_report; }
    /** The campaigns as last loaded, measured on today's date (launched ones). */
    struct Entry {
        storage::CampaignSummary summary;
        std::optional<app::CampaignResult> result;
    };
    [[nodiscard]] const std::vector<Entry>& entries() const { return m_entries; }

signals:
    /** The list was (re)loaded: tests and the main window wait for it. */
    void loaded();
    /** A report was written to `path`, or not: `error` says why (empty when written). */
    void reportWritten(const QString& path, const QString& error);
    /** The results by dimension of the selected campaign are shown (or their failure). */
    void resultsByShown();

private:
    void show(const std::vector<Entry>& entries);
    void showCampaign(int row);
    void updateActions();
    /** Measures the shown campaign by the chosen dimension on a worker, when one is chosen and it was launched. */
    void measureParts();
    [[nodiscard]] const Entry* current() const;

    std::vector<Entry> m_entries;
    core::CampaignId m_shown = 0;
    int m_generation = 0; // a reload started later wins over one still running
    QPushButton* m_launch = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_exportReport = nullptr;
    QComboBox* m_by = nullptr;
    /** The shown campaign's results by the chosen dimension, once measured; for that campaign only. */
    std::optional<analytics::CampaignBreakdown> m_parts;
    QString m_partsError;
    int m_partsGeneration = 0;
    QTableWidget* m_table = nullptr;
    QTextBrowser* m_report = nullptr;
    QLabel* m_state = nullptr;
};

} // namespace rapport::ui
