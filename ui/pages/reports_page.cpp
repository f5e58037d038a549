#include "pages/reports_page.h"

#include "analysis_service.h"
#include "formatting.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

constexpr std::size_t kTopCustomers = 20;

QString row(const QStringList& cells, bool header = false) {
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = QStringLiteral("<tr>");
    for (const auto& cell : cells) {
        html += QStringLiteral("<%1>%2</%1>").arg(tag, cell.toHtmlEscaped());
    }
    return html + QStringLiteral("</tr>");
}

} // namespace

ReportsPage::ReportsPage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout();
    m_saveHtml = new QPushButton(tr("Save as &HTML…"), this);
    m_savePdf = new QPushButton(tr("Save as &PDF…"), this);
    buttons->addStretch(1);
    buttons->addWidget(m_saveHtml);
    buttons->addWidget(m_savePdf);
    layout->addLayout(buttons);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("reportView"));
    layout->addWidget(m_view, 1);
    const auto save = [this](const QString& filter, const QString& suffix, bool pdf) {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save report"), QStringLiteral("rapport-report.") + suffix, filter);
        if (path.isEmpty()) {
            return;
        }
        const QString error = pdf ? savePdf(path) : saveHtml(path);
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Save report"), error);
        }
    };
    connect(m_saveHtml, &QPushButton::clicked, this,
            [save] { save(tr("HTML files (*.html)"), QStringLiteral("html"), false); });
    connect(m_savePdf, &QPushButton::clicked, this,
            [save] { save(tr("PDF files (*.pdf)"), QStringLiteral("pdf"), true); });
    refresh();
}

void ReportsPage::databaseChanged() {
    refresh();
}

void ReportsPage::refresh() {
    const QString text = html();
    m_view->setHtml(text);
    const bool ready = m_workspace.analysis != nullptr && m_workspace.analysis->snapshot() != nullptr;
    m_saveHtml->setEnabled(ready);
    m_savePdf->setEnabled(ready);
}

QString ReportsPage::html() const {
    const auto snapshot = m_workspace.analysis != nullptr ? m_workspace.analysis->snapshot() : nullptr;
    if (!snapshot) {
        return tr("<h2>Reports</h2><p>The loyalty, profitability and churn summary appears here when the analysis "
                  "has run (Analytics &gt; Run analysis, F5).</p>");
    }
    const auto& a = snapshot->analysis;
    const auto& o = snapshot->options;
    QString html = tr("<h1>Loyalty, profitability and churn</h1>");
    html += tr("<p><b>Database:</b> %1<br><b>Period:</b> %2 – %3 (previous window %4 – %5)<br><b>Model:</b> %6, "
               "horizon %7 months, discount %8 a month<br><b>Made:</b> %9</p>")
                .arg(m_workspace.databasePath.toHtmlEscaped(), formatDate(a.current.from), formatDate(a.current.to),
                     formatDate(a.previous.from), formatDate(a.previous.to),
                     o.model == analytics::PurchaseModel::BgNbd ? tr("BG/NBD") : tr("Pareto/NBD"))
                .arg(o.horizonMonths)
                .arg(formatPercent(o.monthlyDiscount, 1),
                     QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    html += tr("<h2>Key figures</h2><table border='1' cellspacing='0' cellpadding='4'>");
    html += row({tr("Customers"), formatCount(static_cast<qlonglong>(a.profiles.size()))});
    html += row({tr("Active customers (bought in the window)"), formatCount(a.activeCustomers)});
    html += row({tr("Revenue in the window"), formatAmount(static_cast<double>(a.revenueInWindowMinor) / 100.0)});
    html += row(
        {tr("Top 20 % of customers' share of revenue (benchmark 80 %)"), formatPercent(a.ranking.top20RevenueShare)});
    html +=
        row({tr("Top 10 % of customers' share of profit (benchmark 90 %)"), formatPercent(a.ranking.top10ProfitShare)});
    html +=
        row({tr("Churn in the last year"),
             tr("%1 (%L2 customers)").arg(formatPercent(a.churn.churnRateLastYear, 1)).arg(a.churn.lostInLastYear)});
    html += row({tr("Value lost in the last year"), formatAmount(a.churn.valueLostLastYear)});
    html += QStringLiteral("</table>");

    html += tr("<h2>Relationship ladder</h2><table border='1' cellspacing='0' cellpadding='4'>");
    html += row({tr("Stage"), tr("At the start of the window"), tr("Now"), tr("Climbed in the window")}, true);
    for (std::size_t s = 0; s < core::kLadderStages; ++s) {
        html += row({ladderStageName(static_cast<core::LadderStage>(s)),
                     formatCount(a.ladder.atStageWhenWindowOpened[s]), formatCount(a.ladder.customersPerStage[s]),
                     s == 0 ? QString() : formatCount(a.ladder.climbedDuringWindow[s])});
    }
    html += QStringLiteral("</table>");

    html += tr("<h2>Four groups</h2><table border='1' cellspacing='0' cellpadding='4'>");
    html += row({tr("Group"), tr("Customers"), tr("Share of customers"), tr("Share of revenue"), tr("Share of profit"),
                 tr("Average revenue")},
                true);
    for (int g = 1; g <= 4; ++g) {
        const auto& f = a.fourGroups.groups[static_cast<std::size_t>(g)];
        html += row({fourGroupName(g), formatCount(f.customers), formatPercent(f.customerShare),
                     formatPercent(f.revenueShare), formatPercent(f.profitShare), formatAmount(f.averageRevenue)});
    }
    html += QStringLiteral("</table>");

    html += tr("<h2>Top customers by %1</h2><table border='1' cellspacing='0' cellpadding='4'>")
                .arg(fromUtf8(analytics::toString(a.ranking.measure)));
    html += row({tr("#"), tr("Customer"), tr("Value"), tr("Cumulative share"), tr("Class")}, true);
    for (std::size_t i = 0; i < a.ranking.ranked.size() && i < kTopCustomers; ++i) {
        const auto& r = a.ranking.ranked[i];
        html += row({QString::number(i + 1), snapshot->name(r.id), formatAmount(r.value),
                     formatPercent(r.cumulativeShare, 1), QString(QLatin1Char(r.abcClass))});
    }
    html += QStringLiteral("</table>");

    html += tr("<h2>Churn reasons</h2><table border='1' cellspacing='0' cellpadding='4'>");
    html += row({tr("Reason"), tr("Customers"), tr("Share"), tr("Benchmark"), tr("Value lost")}, true);
    for (const auto& r : a.churn.reasons) {
        const QString benchmark = r.reason.benchmarkLowPercent
                                      ? QStringLiteral("%1–%2 %")
                                            .arg(*r.reason.benchmarkLowPercent)
                                            .arg(r.reason.benchmarkHighPercent.value_or(*r.reason.benchmarkLowPercent))
                                      : QString();
        html += row({fromUtf8(r.reason.label), formatCount(r.customers), formatPercent(r.share), benchmark,
                     formatAmount(r.valueLost)});
    }
    html += QStringLiteral("</table>");
    return html;
}

QString ReportsPage::saveHtml(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    const QByteArray bytes =
        (QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>") + tr("Rapport report") +
         QStringLiteral("</title></head><body>") + html() + QStringLiteral("</body></html>"))
            .toUtf8();
    file.write(bytes);
    return file.commit() ? QString() : tr("Cannot write %1: %2").arg(path, file.errorString());
}

QString ReportsPage::savePdf(const QString& path) const {
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(tr("Rapport report"));
    writer.setCreator(QStringLiteral("Rapport"));
    QTextDocument document;
    // Without shaping there are no "fi" ligatures: text copied or extracted from the PDF reads as typed.
    QFont font = document.defaultFont();
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    document.setHtml(html());
    document.print(&writer);
    return QFileInfo(path).size() > 0 ? QString() : tr("Cannot write %1").arg(path);
}

} // namespace rapport::ui
