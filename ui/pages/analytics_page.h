#pragma once

#include "analytics/fit_assessment.h"
#include "analytics/ranking.h"
#include "workspace.h"

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class QChart;
class QComboBox;
class QChartView;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace rapport::ui {

struct AnalysisSnapshot;
struct CustomersBehind;
class ComplaintsView;
class DimensionView;
class KnowledgeAuditView;

/**
 * The marketers' charts, each linked to the customers behind it: click a point, a quadrant's dot or a bar
 * and the list on the right shows who it is (double-click opens the customer; "Show in customer list"
 * applies the same filter to the whole base where one exists).
 */
class AnalyticsPage final : public Page {
    Q_OBJECT

public:
    AnalyticsPage(Workspace& workspace, QWidget* parent);
    ~AnalyticsPage() override;
    void databaseChanged() override;
    /** Redraws from the latest analysis snapshot. */
    void refresh();
    void openSettings();

    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QTreeWidget* behindList() const { return m_behind; }
    [[nodiscard]] QLabel* limitationsLabel() const { return m_limitations; }
    /** The Knowledge audit tab: the seed's eight questions, audited when the tab is shown. */
    [[nodiscard]] KnowledgeAuditView* knowledgeView() const { return m_knowledge; }
    /** The Complaints tab: complaint handling by owner and month, computed when the tab is shown. */
    [[nodiscard]] ComplaintsView* complaintsView() const { return m_complaints; }
    /** The By dimension tab: the breakdown by segment, region, owner or channel, computed when shown. */
    [[nodiscard]] DimensionView* dimensionView() const { return m_dimensions; }
    /**
     * Fills the list with the customers behind an element of the current chart (as a click does); the second
     * column is headed `valueHeader` ("Revenue", "Predicted value"...): each chart lists its own measure.
     * `rows`: only the first this many belong to the element (the top 5 % of a ranking).
     */
    void showBehind(const QString& title, const CustomersBehind& customers, const QString& valueHeader,
                    std::optional<storage::CustomerFilter> filter = std::nullopt, std::size_t rows = SIZE_MAX);

private:
    /** A chart element's customers, reachable from the keyboard through the choice above the list. */
    void addDrill(int tab, const QString& label, std::function<void()> show);
    void fillDrillChoices();
    /** What the list showed for one chart tab, so switching tabs shows each chart's own customers. */
    struct Behind {
        QString title;
        std::vector<std::pair<qlonglong, double>> customers; // at most the rows shown
        std::size_t total = 0;
        QString valueHeader;
        std::optional<storage::CustomerFilter> filter;
    };
    void showTab(int tab);
    void fillBehind(const Behind& behind);
    static QString measureName(analytics::RankMeasure measure);
    /** The Pareto chart's title for the ranking's measure, with %1 for the top fifth's share. */
    static QString paretoTitle(analytics::RankMeasure measure, bool fellBackToRevenue);
    /** What the data cannot support in this analysis (ranking basis, weak fit, lapsed beside lost), in words. */
    static QStringList limitations(const AnalysisSnapshot& snapshot);
    /** What is weak about the fit and what follows, one sentence each; empty for a sound fit. */
    static QStringList fitWarnings(const analytics::FitAssessment& fit);
    QChartView* addChartTab(const QString& title, const QString& objectName);
    void drawPareto(const AnalysisSnapshot& snapshot);
    void drawFourGroups(const AnalysisSnapshot& snapshot);
    void drawLadder(const AnalysisSnapshot& snapshot);
    void drawChurnReasons(const AnalysisSnapshot& snapshot);
    void drawValueDistribution(const AnalysisSnapshot& snapshot);
    void drawModelFit(const AnalysisSnapshot& snapshot);

    QLabel* m_status = nullptr;
    QLabel* m_limitations = nullptr; // shown only when the data cannot support part of the analysis
    QPushButton* m_runButton = nullptr;
    QPushButton* m_settingsButton = nullptr;
    QTabWidget* m_tabs = nullptr;
    std::vector<QChartView*> m_views;
    QComboBox* m_drillChoice = nullptr;
    std::array<std::vector<std::pair<QString, std::function<void()>>>, 6> m_drill; // per chart tab
    QLabel* m_behindTitle = nullptr;
    QTreeWidget* m_behind = nullptr;
    QPushButton* m_showInList = nullptr;
    QWidget* m_behindPanel = nullptr;          // beside the charts only; the audit tab has its own lists
    KnowledgeAuditView* m_knowledge = nullptr; // after the charts: tabs that read the base on a worker
    ComplaintsView* m_complaints = nullptr;
    DimensionView* m_dimensions = nullptr;
    std::optional<storage::CustomerFilter> m_behindFilter;
    std::array<std::optional<Behind>, 6> m_shown;       // per chart tab
    std::shared_ptr<const AnalysisSnapshot> m_snapshot; // keeps the data the click handlers read alive
};

} // namespace rapport::ui
