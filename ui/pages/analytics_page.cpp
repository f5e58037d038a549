#include "pages/analytics_page.h"

#include "analysis_service.h"
#include "churn_words.h"
#include "complaints_view.h"
#include "dialogs/analysis_settings_dialog.h"
#include "dimension_view.h"
#include "formatting.h"
#include "knowledge_audit_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace rapport::ui {

namespace {

constexpr int kChartCustomerIdRole = Qt::UserRole + 1;

// Okabe-Ito: distinguishable with every common colour-vision deficiency.
const QColor kBlue(0x00, 0x72, 0xb2);
const QColor kOrange(0xe6, 0x9f, 0x00);
const QColor kGreen(0x00, 0x9e, 0x73);
const QColor kVermilion(0xd5, 0x5e, 0x00);
const QColor kGrey(0x99, 0x99, 0x99);

/**
 * Breaks text into lines of about `width` characters at spaces: chart titles and category labels are elided
 * to the space they get ("Lack of attention and interest from t..." at 1024 pixels), but keep line breaks.
 */
QString wrapped(const QString& text, int width = 28) {
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    lines << line;
    return lines.join(QStringLiteral("<br>"));
}

QChart* newChart(const QString& title) {
    auto* chart = new QChart();
    chart->setTitle(wrapped(title, 70));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setLocalizeNumbers(true); // axis labels in the user's format: "12 345,5", not "12345.5"
    return chart;
}

/**
 * Shows a new chart in a view and deletes the one it replaces: QChartView::setChart releases the old chart
 * without deleting it, so every refresh leaked six charts with their series (found by LeakSanitizer).
 */
void replaceChart(QChartView* view, QChart* chart) {
    QChart* old = view->chart();
    view->setChart(chart);
    if (old != chart) {
        delete old;
    }
}

QLineSeries* dashedLine(const QString& name, QPointF from, QPointF to, const QColor& colour) {
    auto* line = new QLineSeries();
    line->setName(name);
    line->append(from);
    line->append(to);
    QPen pen(colour, 1.5, Qt::DashLine);
    line->setPen(pen);
    return line;
}

/**
 * Category axis along the bars and a value axis across them, with round tick values. Horizontal bar charts put
 * the categories on the left, vertical ones at the bottom.
 */
void addBarAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& categories, const QString& categoryTitle,
                const QString& valueTitle, const QString& valueFormat) {
    const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalBar;
    auto* axis = new QBarCategoryAxis();
    axis->append(categories);
    axis->setTitleText(categoryTitle);
    chart->addAxis(axis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(axis);
    auto* values = new QValueAxis();
    values->setLabelFormat(valueFormat);
    values->setTitleText(valueTitle);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(values);
    values->applyNiceNumbers();
}

} // namespace

AnalyticsPage::AnalyticsPage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_runButton = new QPushButton(tr("&Run analysis"), this);
    m_runButton->setToolTip(tr("Analyse the whole base again in the background (F5)"));
    m_settingsButton = new QPushButton(tr("&Settings…"), this);
    m_settingsButton->setToolTip(tr("Window, thresholds, model, horizon and discount"));
    bar->addWidget(m_status, 1);
    bar->addWidget(m_settingsButton);
    bar->addWidget(m_runButton);
    layout->addLayout(bar);
    m_limitations = new QLabel(this);
    m_limitations->setObjectName(QStringLiteral("analysisLimitations"));
    m_limitations->setWordWrap(true);
    m_limitations->setTextFormat(Qt::PlainText);
    m_limitations->setVisible(false);
    layout->addWidget(m_limitations);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("analyticsTabs"));
    auto* behindPanel = new QWidget(splitter);
    m_behindPanel = behindPanel;
    auto* behindLayout = new QVBoxLayout(behindPanel);
    behindLayout->setContentsMargins(0, 0, 0, 0);
    m_behindTitle = new QLabel(tr("Click a point or a bar to see the customers behind it."), behindPanel);
    m_behindTitle->setWordWrap(true);
    m_behind = new QTreeWidget(behindPanel);
    m_behind->setObjectName(QStringLiteral("customersBehindChart"));
    m_behind->setHeaderLabels({tr("Customer"), QString()});
    m_behind->setRootIsDecorated(false);
    m_behind->setAlternatingRowColors(true);
    m_behind->setUniformRowHeights(true);
    m_showInList = new QPushButton(tr("Show in customer list"), behindPanel);
    m_showInList->setEnabled(false);
    // The keyboard's way to what a click on the chart shows.
    m_drillChoice = new QComboBox(behindPanel);
    m_drillChoice->setObjectName(QStringLiteral("chartDrillChoice"));
    behindLayout->addWidget(m_drillChoice);
    behindLayout->addWidget(m_behindTitle);
    behindLayout->addWidget(m_behind, 1);
    behindLayout->addWidget(m_showInList);
    splitter->addWidget(m_tabs);
    splitter->addWidget(behindPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    addChartTab(tr("Pareto curve"), QStringLiteral("paretoChart"));
    addChartTab(tr("Four groups"), QStringLiteral("fourGroupsChart"));
    addChartTab(tr("Ladder"), QStringLiteral("ladderChart"));
    addChartTab(tr("Churn reasons"), QStringLiteral("churnReasonsChart"));
    addChartTab(tr("Predicted value"), QStringLiteral("valueChart"));
    addChartTab(tr("Model fit"), QStringLiteral("modelFitChart"));
    m_knowledge = new KnowledgeAuditView(m_workspace, m_tabs);
    m_knowledge->setObjectName(QStringLiteral("knowledgeAudit"));
    m_tabs->addTab(m_knowledge, tr("Knowledge audit"));
    m_complaints = new ComplaintsView(m_workspace, m_tabs);
    m_complaints->setObjectName(QStringLiteral("complaintHandling"));
    m_tabs->addTab(m_complaints, tr("Complaints"));
    m_dimensions = new DimensionView(m_workspace, m_tabs);
    m_dimensions->setObjectName(QStringLiteral("dimensionBreakdown"));
    m_tabs->addTab(m_dimensions, tr("By dimension"));

    connect(m_runButton, &QPushButton::clicked, this, [this] {
        if (m_workspace.analysis != nullptr) {
            m_workspace.analysis->run();
        }
    });
    connect(m_settingsButton, &QPushButton::clicked, this, &AnalyticsPage::openSettings);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AnalyticsPage::showTab);
    connect(m_drillChoice, &QComboBox::activated, this, [this](int index) {
        const auto tab = static_cast<std::size_t>(std::max(0, m_tabs->currentIndex()));
        if (index > 0 && m_snapshot && tab < m_drill.size() && index - 1 < static_cast<int>(m_drill[tab].size())) {
            m_drill[tab][static_cast<std::size_t>(index - 1)].second();
        }
    });
    connect(m_behind, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item != nullptr && m_workspace.openCustomer) {
            m_workspace.openCustomer(item->data(0, kChartCustomerIdRole).toLongLong());
        }
    });
    connect(m_showInList, &QPushButton::clicked, this, [this] {
        if (m_behindFilter && m_workspace.showCustomers) {
            m_workspace.showCustomers(*m_behindFilter);
        }
    });
    refresh();
}

AnalyticsPage::~AnalyticsPage() = default;

QChartView* AnalyticsPage::addChartTab(const QString& title, const QString& objectName) {
    auto* view = new QChartView(m_tabs);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    replaceChart(view, newChart(title));
    m_tabs->addTab(view, title);
    m_views.push_back(view);
    return view;
}

void AnalyticsPage::addDrill(int tab, const QString& label, std::function<void()> show) {
    m_drill[static_cast<std::size_t>(tab)].emplace_back(label, std::move(show));
}

void AnalyticsPage::fillDrillChoices() {
    const QSignalBlocker blocker(m_drillChoice);
    m_drillChoice->clear();
    m_drillChoice->addItem(tr("Customers behind…"));
    m_drillChoice->setToolTip(tr("The customers behind a part of the chart, as a click on it shows them"));
    const auto tab = static_cast<std::size_t>(std::max(0, m_tabs->currentIndex()));
    if (tab < m_drill.size()) {
        for (const auto& [label, show] : m_drill[tab]) {
            m_drillChoice->addItem(label);
        }
    }
    m_drillChoice->setEnabled(m_drillChoice->count() > 1);
}

void AnalyticsPage::databaseChanged() {
    refresh();
}

void AnalyticsPage::openSettings() {
    if (m_workspace.analysis == nullptr) {
        return;
    }
    AnalysisSettingsDialog dialog(m_workspace.analysis->options(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_workspace.analysis->setOptions(dialog.options()); // saves and runs again: no restart
    }
}

void AnalyticsPage::showBehind(const QString& title, const CustomersBehind& customers, const QString& valueHeader,
                               std::optional<storage::CustomerFilter> filter, std::size_t rows) {
    Behind behind{title, {}, std::min(customers.total, rows), valueHeader, std::move(filter)};
    const auto shown = std::min({customers.top.size(), rows, AnalysisSnapshot::kBehindRows});
    behind.customers.reserve(shown);
    for (std::size_t i = 0; i < shown; ++i) {
        behind.customers.emplace_back(customers.top[i].first, customers.top[i].second);
    }
    fillBehind(behind);
    const auto tab = static_cast<std::size_t>(std::max(0, m_tabs->currentIndex()));
    if (tab < m_shown.size()) {
        m_shown[tab] = std::move(behind);
    }
}

void AnalyticsPage::fillBehind(const Behind& behind) {
    m_behind->clear();
    m_behindFilter = behind.filter;
    m_showInList->setEnabled(m_behindFilter.has_value());
    const auto total = static_cast<int>(behind.total);
    m_behindTitle->setText(behind.total > behind.customers.size()
                               ? tr("%1: %Ln customer(s), the first %L2 shown", nullptr, total)
                                     .arg(behind.title)
                                     .arg(behind.customers.size())
                               : tr("%1: %Ln customer(s)", nullptr, total).arg(behind.title));
    m_behind->headerItem()->setText(1, behind.valueHeader);
    QList<QTreeWidgetItem*> items;
    for (const auto& [id, value] : behind.customers) {
        auto* item = new QTreeWidgetItem();
        item->setText(0, m_snapshot ? m_snapshot->name(id) : tr("Customer #%1").arg(id));
        item->setToolTip(0, item->text(0));
        item->setData(0, kChartCustomerIdRole, id);
        item->setText(1, formatAmount(value));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        items << item;
    }
    m_behind->addTopLevelItems(items);
    m_behind->header()->resizeSections(QHeaderView::ResizeToContents);
}

void AnalyticsPage::showTab(int tab) {
    // The tabs after the charts have their own lists: the customers behind a chart belong beside the charts only.
    m_behindPanel->setVisible(tab >= 0 && static_cast<std::size_t>(tab) < m_views.size());
    if (m_tabs->widget(tab) == m_knowledge) {
        m_knowledge->update();
    } else if (m_tabs->widget(tab) == m_complaints) {
        m_complaints->update();
    } else if (m_tabs->widget(tab) == m_dimensions) {
        m_dimensions->update();
    }
    fillDrillChoices();
    // The list belongs to the chart it came from: another chart shows its own last choice or nothing.
    if (tab >= 0 && static_cast<std::size_t>(tab) < m_shown.size() && m_shown[static_cast<std::size_t>(tab)]) {
        fillBehind(*m_shown[static_cast<std::size_t>(tab)]);
        return;
    }
    m_behind->clear();
    m_behind->headerItem()->setText(1, QString());
    m_behindFilter.reset();
    m_showInList->setEnabled(false);
    m_behindTitle->setText(tr("Click a point or a bar to see the customers behind it."));
}

void AnalyticsPage::refresh() {
    m_snapshot = m_workspace.analysis != nullptr ? m_workspace.analysis->snapshot() : nullptr;
    const bool running = m_workspace.analysis != nullptr && m_workspace.analysis->isRunning();
    m_runButton->setEnabled(m_workspace.repository != nullptr && !running);
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        replaceChart(m_views[i], newChart(m_tabs->tabText(static_cast<int>(i))));
    }
    for (auto& items : m_drill) {
        items.clear();
    }
    for (auto& shown : m_shown) {
        shown.reset(); // the customers behind the old charts may have moved
    }
    m_knowledge->markStale(); // new scores (ranking, predicted values) or another database
    m_complaints->markStale();
    m_dimensions->markStale();
    showTab(m_tabs->currentIndex());
    m_limitations->setVisible(false);
    if (!m_snapshot) {
        m_status->setText(running ? tr("Analysing in the background…")
                                  : tr("No analysis yet: Run analysis (F5) computes the charts in the background."));
        return;
    }
    const auto& s = *m_snapshot;
    const auto& o = s.options;
    // Each setting its own phrase, so that each number takes its plural form.
    const QStringList settings{
        tr("Up to %1").arg(formatDate(s.analysis.until)),
        tr("window %Ln month(s)", nullptr, static_cast<int>(o.windowMonths)),
        o.model == analytics::PurchaseModel::BgNbd ? tr("BG/NBD") : tr("Pareto/NBD"),
        tr("horizon %Ln month(s) at %1 a month", nullptr, o.horizonMonths).arg(formatPercent(o.monthlyDiscount, 1)),
        s.analysis.fourGroups.thresholdsAreMedians ? tr("thresholds: the medians") : tr("thresholds set by hand")};
    m_status->setText(settings.join(QStringLiteral(" · ")));
    const auto notes = limitations(s);
    m_limitations->setText(notes.join(QLatin1Char('\n')));
    m_limitations->setVisible(!notes.isEmpty());
    drawPareto(s);
    drawFourGroups(s);
    drawLadder(s);
    drawChurnReasons(s);
    drawValueDistribution(s);
    drawModelFit(s);
    fillDrillChoices();
}

QString AnalyticsPage::measureName(analytics::RankMeasure measure) {
    switch (measure) {
    case analytics::RankMeasure::Profit:
        return tr("Margin");
    case analytics::RankMeasure::Revenue:
        return tr("Revenue");
    case analytics::RankMeasure::Historical:
        return tr("Historical value");
    case analytics::RankMeasure::Predicted:
        return tr("Predicted value");
    }
    return {};
}

QString AnalyticsPage::paretoTitle(analytics::RankMeasure measure, bool fellBackToRevenue) {
    // One whole sentence per measure: the measure's name changes its form inside the sentence in other languages.
    if (fellBackToRevenue) {
        return tr("Pareto curve of revenue (no margins recorded, so not of profit): the top 20 % of customers bring %1 "
                  "of it (benchmark 80 %)");
    }
    switch (measure) {
    case analytics::RankMeasure::Profit:
        return tr("Pareto curve of margin: the top 20 % of customers bring %1 of it (benchmark 80 %)");
    case analytics::RankMeasure::Revenue:
        return tr("Pareto curve of revenue: the top 20 % of customers bring %1 of it (benchmark 80 %)");
    case analytics::RankMeasure::Historical:
        return tr("Pareto curve of historical value: the top 20 % of customers bring %1 of it (benchmark 80 %)");
    case analytics::RankMeasure::Predicted:
        return tr("Pareto curve of predicted value: the top 20 % of customers bring %1 of it (benchmark 80 %)");
    }
    return {};
}

QStringList AnalyticsPage::fitWarnings(const analytics::FitAssessment& fit) {
    QStringList lines;
    if (!fit.weak()) {
        return lines;
    }
    for (const auto& f : fit.flaws) {
        const auto name = tr("%1 %2 = %L3", "model, parameter = estimate")
                              .arg(fromUtf8(f.model), fromUtf8(f.parameter))
                              .arg(f.estimate, 0, 'g', 4);
        switch (f.flaw) {
        case analytics::ParameterFlaw::StandardErrorExceedsEstimate:
            lines << tr("%1 ± %L2: the standard error exceeds the estimate.").arg(name).arg(f.standardError, 0, 'g', 4);
            break;
        case analytics::ParameterFlaw::NoStandardError:
            lines << tr("%1 has no standard error: the data do not pin it down.").arg(name);
            break;
        case analytics::ParameterFlaw::OnBound:
            lines << tr("%1 sits on the optimiser's bound: the data push it without limit.").arg(name);
            break;
        }
    }
    if (!fit.purchaseNotConverged.empty()) {
        lines << tr("The %1 fit did not converge: there are no P(alive) or predicted values.")
                     .arg(fromUtf8(fit.purchaseModel));
    } else if (fit.purchaseModelWeak && fit.probabilityAliveNeverFlags && fit.lowestProbabilityAlive) {
        lines << tr("P(alive) is uninformative: it is at least %1 for every customer, so the at-risk rule (P(alive) "
                    "below %2) never fires; only the rule by purchase intervals marks customers at risk.")
                     .arg(QLocale().toString(*fit.lowestProbabilityAlive, 'f', 2),
                          QLocale().toString(fit.atRiskProbabilityAlive, 'f', 2));
    } else if (fit.purchaseModelWeak) {
        lines << tr("P(alive), expected purchases and predicted values rest on parameters the data do not pin down: "
                    "read them as rough guides.");
    }
    if (!fit.spendNotConverged.empty()) {
        lines << tr("The Gamma-Gamma fit did not converge: each repeat buyer's own average spend per purchase stands "
                    "in for the predicted spend, the repeat buyers' average for one-time buyers.");
    } else if (fit.spendModelWeak) {
        lines << tr("Expected spend per purchase, and so every predicted value, is uncertain.");
    }
    return lines;
}

QStringList AnalyticsPage::limitations(const AnalysisSnapshot& s) {
    QStringList lines;
    const auto& basis = s.analysis.ranking.basis;
    if (basis.fellBackToRevenue) {
        lines << tr("Ranked by revenue, not profit: no purchase analysed carries a margin, so profit cannot rank "
                    "customers. Classes, the Pareto curve and key customers are by revenue.");
    } else if (!basis.marginsRecorded) {
        lines << tr("No purchase analysed carries a margin: profit figures are missing.");
    }
    if (s.analysis.fit.weak()) {
        lines << tr("Weak model fit: %1", "followed by the reasons")
                     .arg(fitWarnings(s.analysis.fit).join(QLatin1Char(' ')));
    }
    const auto& churn = s.analysis.churn;
    const auto lapsedNow = churn.customersPerStatus[static_cast<std::size_t>(core::ChurnStatus::Lapsed)];
    if (churn.lostInLastYear == 0 && churn.lapsedInLastYear > 0) {
        lines << tr("Nobody was recorded as lost in the last year, but %Ln buyer(s) lapsed (no purchase for over %1 "
                    "usual intervals): see the churn tab.",
                    nullptr, static_cast<int>(churn.lapsedInLastYear))
                     .arg(QLocale().toString(churn.rules.lapsedIntervals, 'f', 1));
    } else if (churn.lostInLastYear == 0 && lapsedNow > 0) {
        lines << (churn.buyersAYearAgo == 0
                      ? tr("Nobody was recorded as lost, but %Ln customer(s) are lapsed now (no purchase for over %1 "
                           "usual intervals); the purchases cover less than a year, so there is no yearly rate: see "
                           "the churn tab.",
                           nullptr, static_cast<int>(lapsedNow))
                      : tr("Nobody was recorded as lost, but %Ln customer(s) are lapsed now (no purchase for over %1 "
                           "usual intervals): see the churn tab.",
                           nullptr, static_cast<int>(lapsedNow)))
                     .arg(QLocale().toString(churn.rules.lapsedIntervals, 'f', 1));
    }
    return lines;
}

void AnalyticsPage::drawPareto(const AnalysisSnapshot& s) {
    const auto& ranking = s.analysis.ranking;
    // The curve's own value at 20 % of customers, in the ranking's measure (the dashboard shows revenue).
    double top20 = 0;
    for (const auto& point : ranking.curve) {
        if (std::abs(point.customerShare - 0.2) < 1e-9) {
            top20 = point.valueShare;
        }
    }
    auto* chart = newChart(paretoTitle(ranking.measure, ranking.basis.fellBackToRevenue).arg(formatPercent(top20)));
    auto* curve = new QLineSeries();
    curve->setName(tr("Your customers"));
    curve->append(0, 0);
    for (const auto& point : ranking.curve) {
        curve->append(point.customerShare * 100, point.valueShare * 100);
    }
    curve->setPen(QPen(kBlue, 2.5));
    curve->setPointsVisible(true);
    chart->addSeries(curve);
    chart->addSeries(dashedLine(tr("80/20 benchmark"), {20, 0}, {20, 80}, kVermilion));
    auto* horizontal = dashedLine(QString(), {0, 80}, {20, 80}, kVermilion);
    chart->addSeries(horizontal);
    chart->createDefaultAxes();
    chart->legend()->markers(horizontal).front()->setVisible(false);
    for (auto* axis : chart->axes()) {
        static_cast<QValueAxis*>(axis)->setRange(0, 100);
        // "%.0f", not "%d": with localised numbers (newChart turns them on) Qt Charts formats only f, e and g
        // specifiers and draws an empty label for "%d".
        static_cast<QValueAxis*>(axis)->setLabelFormat(QStringLiteral("%.0f %"));
    }
    chart->axes(Qt::Horizontal).front()->setTitleText(tr("Customers, best first"));
    chart->axes(Qt::Vertical).front()->setTitleText(tr("Cumulative share"));
    const auto showTop = [this](long percent) {
        const auto& ranked = m_snapshot->ranked;
        const auto count = static_cast<std::size_t>(
            std::ceil(static_cast<double>(percent) / 100.0 * static_cast<double>(ranked.total)));
        showBehind(tr("Top %1 % of customers").arg(percent), ranked, measureName(m_snapshot->analysis.ranking.measure),
                   std::nullopt, count);
    };
    connect(curve, &QLineSeries::clicked, this, [showTop](const QPointF& point) { showTop(std::lround(point.x())); });
    for (long percent = 5; percent <= 100; percent += 5) {
        addDrill(0, tr("Top %1 % of customers").arg(percent), [showTop, percent] { showTop(percent); });
    }
    replaceChart(m_views[0], chart);
}

void AnalyticsPage::drawFourGroups(const AnalysisSnapshot& s) {
    const auto& report = s.analysis.fourGroups;
    auto* chart = newChart(tr("Four groups by purchase cost and frequency in the window (%Ln buyer(s))", nullptr,
                              static_cast<int>(report.buyers)));
    const std::array<QColor, 4> colours{kBlue, kGreen, kOrange, kGrey};
    double maxX = report.frequencyThreshold * 2, maxY = report.costThreshold * 2;
    double minX = report.frequencyThreshold / 4, minY = report.costThreshold / 4;
    for (int g = 1; g <= 4; ++g) {
        const auto& group = report.groups[static_cast<std::size_t>(g)];
        auto* series = new QScatterSeries();
        // On two short lines: a legend is elided to the room it gets, one line per entry.
        series->setName(QStringLiteral("%1<br>%2")
                            .arg(fourGroupName(g).toHtmlEscaped(),
                                 tr("%Ln · %1 of revenue", "customers · share", static_cast<int>(group.customers))
                                     .arg(formatPercent(group.revenueShare))
                                     .toHtmlEscaped()));
        series->setColor(colours[static_cast<std::size_t>(g - 1)]);
        series->setBorderColor(colours[static_cast<std::size_t>(g - 1)]);
        series->setMarkerSize(6);
        // A million dots say no more than a sample: the snapshot keeps every n-th member's dot.
        for (const auto& dot : s.groupDots[static_cast<std::size_t>(g)].dots) {
            const double x = dot.frequencyPerMonth;
            const double y = dot.costPerPurchase;
            series->append(x, y);
            maxX = std::max(maxX, x);
            maxY = std::max(maxY, y);
            minX = std::min(minX, x);
            minY = std::min(minY, y);
        }
        chart->addSeries(series);
        const auto showGroup = [this, g] {
            storage::CustomerFilter filter;
            filter.fourGroup = g;
            showBehind(fourGroupName(g), m_snapshot->fourGroups[static_cast<std::size_t>(g)],
                       tr("Revenue in the window"), filter);
        };
        // A dot is one customer, or several who bought equally often for the same average: those, not the group.
        const auto showDot = [this, g](const QPointF& point) {
            const auto customers = m_snapshot->groupDots[static_cast<std::size_t>(g)].at(point.x(), point.y());
            const QString title =
                tr("%1 · %2 purchases a month, %3 a purchase", "a group · a number with decimals, an amount")
                    .arg(fourGroupName(g), QLocale().toString(point.x(), 'g', 3), formatAmount(point.y()));
            showBehind(title, customers, tr("Revenue in the window"));
        };
        connect(series, &QScatterSeries::clicked, this, showDot);
        addDrill(1, fourGroupName(g), showGroup);
    }
    auto* xAxis = new QLogValueAxis();
    xAxis->setTitleText(tr("Purchases per month (log scale)"));
    xAxis->setRange(minX * 0.8, maxX * 1.2);
    xAxis->setLabelFormat(QStringLiteral("%.2g"));
    auto* yAxis = new QLogValueAxis();
    yAxis->setTitleText(currencySymbol().isEmpty() ? tr("Average purchase (log scale)")
                                                   : tr("Average purchase in %1 (log scale)").arg(currencySymbol()));
    yAxis->setRange(minY * 0.8, maxY * 1.2);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    auto* vertical = dashedLine(tr("Thresholds"), {report.frequencyThreshold, minY * 0.8},
                                {report.frequencyThreshold, maxY * 1.2}, Qt::black);
    auto* horizontal =
        dashedLine(QString(), {minX * 0.8, report.costThreshold}, {maxX * 1.2, report.costThreshold}, Qt::black);
    chart->addSeries(vertical);
    chart->addSeries(horizontal);
    chart->legend()->markers(horizontal).front()->setVisible(false);
    for (auto* series : chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    replaceChart(m_views[1], chart);
}

void AnalyticsPage::drawLadder(const AnalysisSnapshot& s) {
    const auto& ladder = s.analysis.ladder;
    auto* chart = newChart(tr("Relationship ladder: customers per stage at the start of the window and now"));
    auto* before = new QBarSet(tr("At %1").arg(formatDate(ladder.window.from)));
    auto* now = new QBarSet(tr("Now (%1)").arg(formatDate(ladder.window.to)));
    before->setColor(kGrey);
    now->setColor(kBlue);
    QStringList stages;
    // Like a ladder: prospects on the bottom rung (a horizontal bar chart draws its first category lowest).
    for (int i = 0; i < static_cast<int>(core::kLadderStages); ++i) {
        const auto stage = static_cast<std::size_t>(i);
        *before << static_cast<double>(ladder.atStageWhenWindowOpened[stage]);
        *now << static_cast<double>(ladder.customersPerStage[stage]);
        QString label = ladderStageName(static_cast<core::LadderStage>(i));
        if (i > 0 && ladder.customersPerStage[stage - 1] + ladder.customersPerStage[stage] > 0) {
            // Of those who reached the rung below, the share who are at this rung or higher now.
            std::int64_t atOrAbove = 0, atOrAboveBelow = 0;
            for (std::size_t k = stage; k < core::kLadderStages; ++k) {
                atOrAbove += ladder.customersPerStage[k];
            }
            atOrAboveBelow = atOrAbove + ladder.customersPerStage[stage - 1];
            label =
                tr("%1 (%2 of the rung below)", "a ladder stage (a share)")
                    .arg(label, formatPercent(static_cast<double>(atOrAbove) / static_cast<double>(atOrAboveBelow)));
        }
        stages << label;
    }
    auto* series = new QHorizontalBarSeries();
    series->append(before);
    series->append(now);
    chart->addSeries(series);
    addBarAxes(chart, series, stages, QString(), tr("Customers"), QStringLiteral("%.0f"));
    const auto showStage = [this](int index) {
        const auto stage = static_cast<core::LadderStage>(index);
        storage::CustomerFilter filter;
        filter.stage = stage;
        showBehind(ladderStageName(stage), m_snapshot->stages[static_cast<std::size_t>(index)], tr("Revenue"), filter);
    };
    // Only the bars of now open a list: who stood on a rung when the window opened is not kept, and listing
    // today's customers under the earlier bar would answer another question.
    connect(series, &QHorizontalBarSeries::clicked, this, [showStage, now](int index, QBarSet* set) {
        if (set == now) {
            showStage(index);
        }
    });
    for (int i = 0; i < static_cast<int>(core::kLadderStages); ++i) {
        addDrill(2, ladderStageName(static_cast<core::LadderStage>(i)), [showStage, i] { showStage(i); });
    }
    replaceChart(m_views[2], chart);
}

void AnalyticsPage::drawChurnReasons(const AnalysisSnapshot& s) {
    const auto& churn = s.analysis.churn;
    const auto lapsedNow = churn.customersPerStatus[static_cast<std::size_t>(core::ChurnStatus::Lapsed)];
    // Sentence by sentence, each with its own counts: the chart's title is several lines anyway.
    const QStringList titleLines{
        tr("Why customers left: your shares beside the seed's benchmark (lost in the last year: %L1, value lost %2).")
            .arg(churn.lostInLastYear)
            .arg(formatAmount(churn.valueLostLastYear)),
        churn.buyersAYearAgo == 0
            ? tr("Lapsed now: %L1 (the purchases cover less than a year: no yearly rate), not recorded as lost.")
                  .arg(lapsedNow)
            : tr("Lapsed in the last year: %L1 (%2 of the buyers a year ago); lapsed now: %L3, not recorded as lost.")
                  .arg(churn.lapsedInLastYear)
                  .arg(formatPercent(churn.lapsedRateLastYear, 1))
                  .arg(lapsedNow),
        tr("Lost: recorded as lost with a reason. Lapsed: no purchase for over %1 usual intervals.")
            .arg(QLocale().toString(churn.rules.lapsedIntervals, 'f', 1))};
    auto* chart = newChart(titleLines.join(QStringLiteral("<br>")));
    auto* yours = new QBarSet(tr("Your lost customers"));
    auto* benchmark = new QBarSet(tr("Benchmark (middle of the seed's range)"));
    yours->setColor(kVermilion);
    benchmark->setColor(kGrey);
    const ChurnReasonNames reasonNames(m_workspace.repository != nullptr ? ChurnReasonNames(*m_workspace.repository)
                                                                         : ChurnReasonNames());
    QStringList labels;
    for (auto it = churn.reasons.rbegin(); it != churn.reasons.rend(); ++it) {
        *yours << it->share * 100;
        const auto& r = it->reason;
        const double low = r.benchmarkLowPercent.value_or(0), high = r.benchmarkHighPercent.value_or(low);
        *benchmark << (r.benchmarkLowPercent ? (low + high) / 2 : 0.0);
        labels << wrapped(reasonNames.name(r.code));
    }
    auto* series = new QHorizontalBarSeries();
    series->append(yours);
    series->append(benchmark);
    chart->addSeries(series);
    addBarAxes(chart, series, labels, QString(), tr("Share of lost customers"), QStringLiteral("%.0f %"));
    // Without a model the value at stake is the yearly revenue (ChurnAssessment::valueAtStake).
    const QString valueHeader = s.valueEdges.empty() ? tr("Yearly revenue") : tr("Predicted value");
    // code: the reason's customers; empty: every lost customer.
    const auto showLost = [this, valueHeader](const std::string& code, const QString& title) {
        const auto reason = m_snapshot->lostByReason.find(code);
        const CustomersBehind none;
        const auto& customers =
            code.empty() ? m_snapshot->lost : (reason != m_snapshot->lostByReason.end() ? reason->second : none);
        std::optional<storage::CustomerFilter> filter;
        if (code.empty()) {
            filter.emplace().churnStatus = core::ChurnStatus::Lost; // the list has no filter by reason
        }
        showBehind(title, customers, valueHeader, filter);
    };
    const auto reasons = churn.reasons; // the bars run in reverse: the most frequent reason on top
    const auto showReason = [showLost, reasons, reasonNames](int bar) {
        if (bar >= 0 && static_cast<std::size_t>(bar) < reasons.size()) {
            const auto& reason = reasons[reasons.size() - 1 - static_cast<std::size_t>(bar)].reason;
            showLost(reason.code, tr("Lost: %1", "a churn reason").arg(reasonNames.name(reason.code)));
        }
    };
    connect(series, &QHorizontalBarSeries::clicked, this, [showReason](int bar, QBarSet*) { showReason(bar); });
    addDrill(3, tr("All lost customers"), [showLost] { showLost({}, tr("Lost customers")); });
    for (const auto& share : churn.reasons) {
        const auto code = share.reason.code;
        const auto title = tr("Lost: %1", "a churn reason").arg(reasonNames.name(code));
        addDrill(3, title, [showLost, code, title] { showLost(code, title); });
    }
    replaceChart(m_views[3], chart);
}

void AnalyticsPage::drawValueDistribution(const AnalysisSnapshot& s) {
    if (s.valueEdges.empty()) {
        auto* chart = newChart(
            tr("Predicted value: no model could be fitted (%1)").arg(fromUtf8(s.analysis.predictions.problem)));
        replaceChart(m_views[4], chart);
        return;
    }
    const auto& edges = s.valueEdges;
    auto* set = new QBarSet(tr("Customers"));
    set->setColor(kBlue);
    QStringList labels;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        *set << static_cast<double>(s.valueCounts[i]);
        if (std::isinf(edges[i])) { // the bin of negative values, when there are any
            labels << tr("< %1", "below an amount").arg(QLocale().toString(edges[i + 1]));
        } else {
            labels << (i + 1 < edges.size() ? tr("%1–%2", "a range of amounts")
                                                  .arg(QLocale().toString(edges[i]), QLocale().toString(edges[i + 1]))
                                            : tr("≥ %1", "an amount and more").arg(QLocale().toString(edges[i])));
        }
    }
    auto* chart =
        newChart(tr("Distribution of predicted value over the next %Ln month(s)", nullptr, s.options.horizonMonths));
    auto* series = new QBarSeries();
    series->append(set);
    chart->addSeries(series);
    // The bins are plain numbers; the axis says which currency they count in.
    addBarAxes(chart, series, labels,
               currencySymbol().isEmpty() ? tr("Predicted value") : tr("Predicted value in %1").arg(currencySymbol()),
               tr("Customers"), QStringLiteral("%.0f"));
    chart->legend()->hide();
    const auto showBin = [this, labels](int index) {
        showBehind(tr("Predicted value %1").arg(labels[index]), m_snapshot->valueBins[static_cast<std::size_t>(index)],
                   tr("Predicted value"));
    };
    connect(series, &QBarSeries::clicked, this, [showBin](int index, QBarSet*) { showBin(index); });
    for (int i = 0; i < static_cast<int>(labels.size()); ++i) {
        addDrill(4, tr("Predicted value %1").arg(labels[i]), [showBin, i] { showBin(i); });
    }
    replaceChart(m_views[4], chart);
}

void AnalyticsPage::drawModelFit(const AnalysisSnapshot& s) {
    // A weak fit says so above the bars: bars that match can still come from parameters the data do not pin down.
    const auto warnings = fitWarnings(s.analysis.fit);
    const QString weak = warnings.isEmpty()
                             ? QString()
                             : QStringLiteral("<br>") + tr("WEAK FIT: %1").arg(warnings.join(QStringLiteral("<br>")));
    if (s.fitCheck.empty()) {
        replaceChart(
            m_views[5],
            newChart(
                (s.options.model == analytics::PurchaseModel::BgNbd
                     ? tr("Model fit: no model could be fitted")
                     : tr("Model fit: the check of repeat purchases is drawn for BG/NBD (choose it in Settings)")) +
                weak));
        return;
    }
    auto* actual = new QBarSet(tr("Actual customers"));
    auto* expected = new QBarSet(tr("Expected by BG/NBD"));
    actual->setColor(kBlue);
    expected->setColor(kOrange);
    QStringList labels;
    for (const auto& bin : s.fitCheck) {
        *actual << static_cast<double>(bin.actual);
        *expected << bin.expected;
        labels << (&bin == &s.fitCheck.back() ? tr("%L1+", "this many or more").arg(bin.repeatPurchases)
                                              : QLocale().toString(bin.repeatPurchases));
    }
    auto* chart = newChart(tr("Model fit: customers by number of repeat purchases, seen and predicted") + weak);
    auto* series = new QBarSeries();
    series->append(actual);
    series->append(expected);
    chart->addSeries(series);
    addBarAxes(chart, series, labels, tr("Repeat purchases (days with a purchase after the first)"), tr("Customers"),
               QStringLiteral("%.0f"));
    const auto bins = static_cast<int>(s.fitCheck.size());
    const auto binName = [bins](int index) {
        return index == bins - 1 ? tr("%Ln or more repeat purchases", nullptr, index)
                                 : tr("Repeat purchases: %L1").arg(index);
    };
    const auto showRepeats = [this, binName](int index) {
        showBehind(binName(index), m_snapshot->repeatBins[static_cast<std::size_t>(index)], tr("Revenue"));
    };
    connect(series, &QBarSeries::clicked, this, [showRepeats](int index, QBarSet*) { showRepeats(index); });
    for (int i = 0; i < bins; ++i) {
        addDrill(5, binName(i), [showRepeats, i] { showRepeats(i); });
    }
    replaceChart(m_views[5], chart);
}

} // namespace rapport::ui
