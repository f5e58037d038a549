#include "pages/reports_page.h"

#include "analysis_service.h"
#include "analytics/memory_release.h"
#include "app/analysis_report.h"
#include "app/customer_knowledge.h"
#include "background.h"
#include "formatting.h"
#include "i18n/language.h"
#include "reports/knowledge_audit_report.h"
#include "reports/pdf/pdf_report.h"
#include "storage/repository.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextOption>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace rapport::ui {

namespace {

/** A report made on a worker, and the last day of the analysis it was made from. */
struct MadeReport {
    std::shared_ptr<const reports::Report> report; // shared, not copied: a million ranked rows at a million customers
    core::Date until;
};

// The labels are translated where they are shown, by ReportsPage::tr: the context must be the class's own name.
struct FormatChoice {
    reports::ReportFormat format;
    const char* label;
    const char* suffix;
    const char* filter;
};

const std::array<FormatChoice, 4> kFormats{{
    {reports::ReportFormat::Pdf, QT_TRANSLATE_NOOP("rapport::ui::ReportsPage", "&PDF…"), "pdf",
     QT_TRANSLATE_NOOP("rapport::ui::ReportsPage", "PDF files (*.pdf)")},
    {reports::ReportFormat::Html, QT_TRANSLATE_NOOP("rapport::ui::ReportsPage", "&HTML…"), "html",
     QT_TRANSLATE_NOOP("rapport::ui::ReportsPage", "HTML files (*.html)")},
    {reports::ReportFormat::Xlsx, QT_TRANSLATE_NOOP("rapport::ui::ReportsPage", "&XLSX…"), "xlsx",
     QT_TRANSLATE_NOOP("rapport::ui::ReportsPage", "Excel workbooks (*.xlsx)")},
    {reports::ReportFormat::Csv, QT_TRANSLATE_NOOP("rapport::ui::ReportsPage", "&CSV…"), "csv",
     QT_TRANSLATE_NOOP("rapport::ui::ReportsPage", "CSV files (*.csv)")},
}};

QString writeReport(const reports::Report& report, const QString& path, reports::ReportFormat format) {
    try {
        if (format == reports::ReportFormat::Pdf) {
            reports::writePdfReport(report, path.toStdString());
        } else {
            reports::writeReportFile(report, format, path.toStdString());
        }
        return {};
    } catch (const std::exception& error) {
        spdlog::warn("saving a report failed: {}", error.what());
        return QString::fromUtf8(error.what());
    }
}

} // namespace

ReportsPage::ReportsPage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout();
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->addItem(tr("Loyalty"), static_cast<int>(Kind::Loyalty));
    m_kind->addItem(tr("Profitability"), static_cast<int>(Kind::Profitability));
    m_kind->addItem(tr("Churn"), static_cast<int>(Kind::Churn));
    m_kind->addItem(tr("Customer profile"), static_cast<int>(Kind::CustomerProfile));
    m_kind->addItem(tr("Knowledge audit"), static_cast<int>(Kind::KnowledgeAudit));
    auto* kindLabel = new QLabel(tr("&Report:"), this);
    kindLabel->setBuddy(m_kind);
    m_customer = new QSpinBox(this);
    m_customer->setObjectName(QStringLiteral("reportCustomer"));
    m_customer->setRange(1, std::numeric_limits<int>::max());
    m_customer->setPrefix(tr("customer #"));
    m_customer->setEnabled(false);
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addWidget(m_customer);
    bar->addStretch(1);
    // One "Save as:" before the formats rather than "Save as" on each button: four such buttons would not fit
    // a 1024-pixel window in Polish or Russian.
    bar->addWidget(new QLabel(tr("Save as:"), this));
    for (const auto& choice : kFormats) {
        auto* button = new QPushButton(tr(choice.label), this);
        connect(button, &QPushButton::clicked, this, [this, format = choice.format] { saveInBackground(format); });
        bar->addWidget(button);
        m_saveButtons.push_back(button);
    }
    layout->addLayout(bar);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    layout->addWidget(m_status);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("reportView"));
    // As loadReportDocument sets it on the document, so that nothing the widget does later undoes it.
    m_view->setWordWrapMode(QTextOption::WordWrap);
    layout->addWidget(m_view, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_customer->setEnabled(static_cast<Kind>(m_kind->currentData().toInt()) == Kind::CustomerProfile);
        refresh();
    });
    // Leaving the box (for the Save buttons) finishes editing too: only another number makes another report.
    connect(m_customer, &QSpinBox::editingFinished, this, [this] {
        if (m_customer->value() != m_requestedCustomer) {
            refresh();
        }
    });
    refresh();
}

void ReportsPage::databaseChanged() {
    refresh();
}

void ReportsPage::setKind(Kind kind) {
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

void ReportsPage::setProfileCustomer(core::CustomerId id) {
    m_customer->setValue(static_cast<int>(id));
    refresh();
}

ReportsPage::~ReportsPage() {
    m_latestRequest->store(-1); // no request is newer: a report's analysis still running stops
}

bool ReportsPage::isShown() const {
    const auto* stack = qobject_cast<const QStackedWidget*>(parentWidget());
    return stack == nullptr || stack->currentWidget() == this;
}

void ReportsPage::pageShown() {
    if (m_stale) {
        refresh();
    }
}

void ReportsPage::refresh() {
    const auto snapshot = m_workspace.analysis ? m_workspace.analysis->snapshot() : nullptr;
    m_report.reset();
    ++m_generation;
    m_latestRequest->store(m_generation); // an analysis still running for an older request stops
    // Every report reads the whole base on a worker (the analysis reports analyse it again): made for a reader
    // of this page only, not after every analysis run or edit while another page is open.
    m_stale = !isShown();
    if (m_stale) {
        showPlaceholder(tr("<p>The report is made when this page is shown.</p>"));
        return;
    }
    if (static_cast<Kind>(m_kind->currentData().toInt()) == Kind::KnowledgeAudit &&
        m_workspace.repository != nullptr) { // reads the records and the stored scores, not the analysis
        reports::ReportContext context;
        context.database = m_workspace.databasePath.toStdString();
        context.madeAt = reports::nowUtc();
        context.language = i18n::languageOfLocale(QLocale()).toStdString();
        context.currency = databaseCurrency().toStdString();
        makeKnowledgeReport(context);
        return;
    }
    if (!snapshot || m_workspace.repository == nullptr) {
        showPlaceholder(tr("<p>Reports appear here after the analysis has run (View &gt; Run analysis, F5).</p>"));
        return;
    }
    reports::ReportContext context;
    context.database = m_workspace.databasePath.toStdString();
    context.options = snapshot->options;
    context.madeAt = reports::nowUtc();
    // The app's language: i18n::Translations made its locale the default when it installed it at start.
    context.language = i18n::languageOfLocale(QLocale()).toStdString();
    context.currency = databaseCurrency().toStdString();
    makeAnalysisReport(context);
}

void ReportsPage::makeAnalysisReport(const reports::ReportContext& context) {
    const auto kind = static_cast<Kind>(m_kind->currentData().toInt());
    const auto reportKind = kind == Kind::Loyalty         ? app::AnalysisReportKind::Loyalty
                            : kind == Kind::Profitability ? app::AnalysisReportKind::Profitability
                            : kind == Kind::Churn         ? app::AnalysisReportKind::Churn
                                                          : app::AnalysisReportKind::CustomerProfile;
    const auto customer = static_cast<core::CustomerId>(m_customer->value());
    m_requestedCustomer = m_customer->value();
    const int generation = m_generation;
    if (kind == Kind::CustomerProfile && !m_workspace.repository->customer(customer)) {
        // One indexed read here, rather than a whole analysis on a worker before saying so.
        showPlaceholder(QStringLiteral("<p>%1</p>").arg(tr("There is no customer #%1.").arg(customer).toHtmlEscaped()));
        return;
    }
    showPlaceholder(tr("<p>Making the report in the background: it analyses the base with the settings of the "
                       "Analytics page…</p>"));
    // The app keeps no customer's profile between analyses (at a million customers they take a gigabyte): a
    // report runs the analysis again, as rapport-cli report does. A newer request cancels an older run.
    auto options = context.options;
    options.openPurchaseReader = purchaseReaderFor(m_workspace.databasePath.toStdString());
    options.progress = [latest = m_latestRequest, generation](analytics::AnalysisPhase, std::int64_t) {
        return latest->load() == generation;
    };
    runOnWorker(
        this, m_workspace.databasePath,
        [options, reportKind, customer, context, latest = m_latestRequest,
         generation](storage::Repository& repository) {
            MadeReport made;
            {
                const auto analysis = analytics::analyseBase(repository, options);
                if (latest->load() != generation) {
                    throw analytics::AnalysisCancelled(); // the report would be dropped: spare the cohort scan
                }
                auto reportContext = context;
                reportContext.options.progress = nullptr;
                made.report = std::make_shared<const reports::Report>(
                    app::analysisReport(repository, analysis, reportKind, customer, reportContext));
                made.until = analysis.until;
            }
            // The analysis took about a gigabyte at a million customers: give it back, as the app's own run does.
            analytics::releaseFreedMemory();
            return made;
        },
        [this, generation, context](const WorkResult<MadeReport>& result) {
            if (generation != m_generation) {
                return; // another report was asked for meanwhile
            }
            if (!result.value) {
                showPlaceholder(QStringLiteral("<p>%1</p>")
                                    .arg(tr("The report cannot be made: %1").arg(result.error).toHtmlEscaped()));
                return;
            }
            showReport(result.value->report,
                       tr("Made from the analysis of %1; PDF and HTML show the first %Ln row(s) of long tables, XLSX "
                          "and CSV hold every row.",
                          nullptr, static_cast<int>(context.printedRows))
                           .arg(formatDate(result.value->until)));
        });
}

void ReportsPage::makeKnowledgeReport(const reports::ReportContext& context) {
    constexpr int kCustomersToComplete = 20;
    const int generation = m_generation;
    showPlaceholder(tr("<p>Auditing the customers' records in the background…</p>"));
    runOnWorker(
        this, m_workspace.databasePath,
        [](storage::Repository& repository) {
            return app::auditCustomerKnowledge(repository, core::Date::today(), kCustomersToComplete);
        },
        [this, generation, context](const WorkResult<analytics::KnowledgeAudit>& result) {
            if (generation != m_generation) {
                return; // another report was asked for meanwhile
            }
            if (!result.value) {
                showPlaceholder(QStringLiteral("<p>%1</p>")
                                    .arg(tr("The report cannot be made: %1").arg(result.error).toHtmlEscaped()));
                return;
            }
            showReport(std::make_shared<reports::Report>(reports::knowledgeAuditReport(*result.value, context)),
                       tr("Made from the customers' records as they are now; XLSX and CSV hold every row."));
        });
}

void ReportsPage::showPlaceholder(const QString& html) {
    m_view->setHtml(html);
    m_status->clear();
    for (auto* button : m_saveButtons) {
        button->setEnabled(false);
    }
}

void ReportsPage::showReport(std::shared_ptr<const reports::Report> report, const QString& status) {
    reports::loadReportDocument(*m_view->document(), *report);
    m_view->moveCursor(QTextCursor::Start); // a new report is read from its top
    m_report = std::move(report);
    m_status->setText(status);
    for (auto* button : m_saveButtons) {
        button->setEnabled(true);
    }
}

QString ReportsPage::save(const QString& path, reports::ReportFormat format) const {
    if (!m_report) {
        return tr("There is no report yet: run the analysis first.");
    }
    return writeReport(*m_report, path, format);
}

void ReportsPage::saveInBackground(reports::ReportFormat format) {
    if (!m_report) {
        return;
    }
    const auto& choice =
        *std::find_if(kFormats.begin(), kFormats.end(), [format](const FormatChoice& c) { return c.format == format; });
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save report"), QStringLiteral("rapport-report.") + QLatin1String(choice.suffix), tr(choice.filter));
    if (path.isEmpty()) {
        return;
    }
    for (auto* button : m_saveButtons) {
        button->setEnabled(false);
    }
    m_status->setText(tr("Saving %1 …").arg(path));
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        for (auto* button : m_saveButtons) {
            button->setEnabled(m_report != nullptr);
        }
        if (error.isEmpty()) {
            m_status->setText(tr("Saved %1").arg(path));
        } else {
            m_status->setText(tr("Not saved"));
            QMessageBox::warning(this, tr("Save report"), tr("%1 was not saved: %2").arg(path, error));
        }
    });
    // The worker holds its own reference: the page may build another report meanwhile.
    watcher->setFuture(
        runInWorkerPool([report = m_report, path, format] { return writeReport(*report, path, format); }));
}

} // namespace rapport::ui
