#include "screenshots.h"

#include "analysis_service.h"
#include "complaints_view.h"
#include "customer_details_view.h"
#include "customer_list_model.h"
#include "dialogs/conflict_dialog.h"
#include "dialogs/import_dialog.h"
#include "dialogs/service_levels_dialog.h"
#include "dimension_view.h"
#include "knowledge_audit_view.h"
#include "main_window.h"
#include "pages/analytics_page.h"
#include "pages/campaigns_page.h"
#include "pages/dashboard_page.h"
#include "pages/partnerships_page.h"
#include "pages/reports_page.h"
#include "winback_list.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QPixmap>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace rapport::ui {

namespace {

constexpr int kAnalysisWaitMs = 10 * 60 * 1000;

/** Waits for a running analysis so that the pages show figures, not "analysing". */
void waitForAnalysis(AnalysisService& analysis) {
    if (!analysis.isRunning()) {
        return;
    }
    QEventLoop loop;
    QObject::connect(&analysis, &AnalysisService::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kAnalysisWaitMs, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int saveScreenshots(MainWindow& window, const QString& directory) {
    if (!QDir().mkpath(directory)) {
        spdlog::error("cannot create {}", directory.toStdString());
        return -1;
    }
    // RAPPORT_SCREENSHOT_SIZE=1024x640 checks how the pages hold up in a small window.
    QSize size(1280, 800);
    const auto requested = qEnvironmentVariable("RAPPORT_SCREENSHOT_SIZE").split(QLatin1Char('x'));
    if (requested.size() == 2 && requested[0].toInt() > 0 && requested[1].toInt() > 0) {
        size = QSize(requested[0].toInt(), requested[1].toInt());
    }
    // The exact size asked for, also where the screen is smaller (the offscreen platform's is 800x800).
    window.setWindowState(Qt::WindowNoState);
    window.resize(size);
    window.show();
    waitForAnalysis(*window.analysis());
    QApplication::processEvents();

    int written = 0;
    const auto save = [&](const QString& name) {
        QApplication::processEvents();
        const QString file = QDir(directory).filePath(name + QStringLiteral(".png"));
        if (window.grab().save(file)) {
            ++written;
        } else {
            spdlog::error("cannot write {}", file.toStdString());
        }
    };

    window.showPage(MainWindow::DashboardPageIndex);
    save(QStringLiteral("dashboard"));
    // The win-back tab, once its worker has read the base (the analysis' end started a reload).
    if (auto* work = window.dashboardPage()->findChild<QTabWidget*>(QStringLiteral("dueWorkTabs")); work != nullptr) {
        const auto* winBack = window.dashboardPage()->winBackList();
        QElapsedTimer waited;
        waited.start();
        while (winBack->isLoading() && waited.elapsed() < kAnalysisWaitMs) {
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        }
        const int tab = work->indexOf(winBack->parentWidget());
        work->setCurrentIndex(tab);
        save(QStringLiteral("dashboard-winback"));
        work->setCurrentIndex(0);
    }

    // On a team database: the list as this member sees it, and the dialog a save over a colleague's change
    // opens (shown with the first customer and an edit of its notes and segment, for the user guide).
    if (auto* repository = window.repository(); repository != nullptr && repository->teamSession()) {
        window.showPage(MainWindow::CustomersPageIndex);
        window.customerTable()->selectRow(0);
        window.statusBar()->clearMessage(); // shows who is signed in, with which role
        save(QStringLiteral("team-customers"));
        if (const auto theirs = repository->customer(window.detailsView()->customerId())) {
            auto mine = *theirs;
            mine.notes = "Prefers delivery on Mondays";
            mine.segment = "Key accounts";
            ConflictDialog dialog(mine, *theirs, &window);
            dialog.show();
            QApplication::processEvents();
            const QString file = QDir(directory).filePath(QStringLiteral("team-conflict.png"));
            written += dialog.grab().save(file) ? 1 : 0;
        }
    }

    // The customer who says most about the product: the one with the highest revenue.
    window.showPage(MainWindow::CustomersPageIndex);
    window.customerTable()->horizontalHeader()->setSortIndicator(CustomerListModel::Revenue, Qt::DescendingOrder);
    window.customerTable()->selectRow(0);
    auto* cardTabs = window.detailsView()->tabs();
    const QStringList cardPages{QStringLiteral("customers"), QStringLiteral("customer-relationship"),
                                QStringLiteral("contact-persons"), QStringLiteral("episodes")};
    for (int page = 0; page < cardPages.size() && page < cardTabs->count(); ++page) {
        cardTabs->setCurrentIndex(page);
        save(cardPages[page]);
    }
    cardTabs->setCurrentIndex(0);

    window.showPage(MainWindow::EpisodesPageIndex);
    save(QStringLiteral("episode-list"));

    window.showPage(MainWindow::PartnershipsPageIndex);
    save(QStringLiteral("partnerships"));
    if (auto* tabs = window.partnershipsPage()->findChild<QTabWidget*>(); tabs != nullptr && tabs->count() > 1) {
        tabs->setCurrentIndex(1);
        save(QStringLiteral("partner-network"));
        tabs->setCurrentIndex(0);
    }

    window.showPage(MainWindow::AnalyticsPageIndex);
    auto* charts = window.analyticsPage()->tabs();
    const QStringList chartNames{QStringLiteral("analytics-pareto"),          QStringLiteral("analytics-four-groups"),
                                 QStringLiteral("analytics-ladder"),          QStringLiteral("analytics-churn-reasons"),
                                 QStringLiteral("analytics-predicted-value"), QStringLiteral("analytics-model-fit")};
    for (int page = 0; page < chartNames.size() && page < charts->count(); ++page) {
        charts->setCurrentIndex(page);
        save(chartNames[page]);
    }
    if (auto* audit = window.analyticsPage()->knowledgeView(); audit != nullptr) {
        QEventLoop loop; // the audit reads the base on a worker once its tab shows
        QObject::connect(audit, &KnowledgeAuditView::audited, &loop, &QEventLoop::quit);
        charts->setCurrentWidget(audit);
        if (audit->isAuditing()) {
            loop.exec();
        }
        save(QStringLiteral("analytics-knowledge-audit"));
    }
    if (auto* complaints = window.analyticsPage()->complaintsView(); complaints != nullptr) {
        QEventLoop loop; // computed on a worker once its tab shows
        QObject::connect(complaints, &ComplaintsView::computed, &loop, &QEventLoop::quit);
        charts->setCurrentWidget(complaints);
        if (complaints->isComputing()) {
            loop.exec();
        }
        save(QStringLiteral("analytics-complaints"));
    }
    if (auto* dimensions = window.analyticsPage()->dimensionView(); dimensions != nullptr) {
        QEventLoop loop;
        QObject::connect(dimensions, &DimensionView::computed, &loop, &QEventLoop::quit);
        charts->setCurrentWidget(dimensions);
        if (dimensions->isComputing()) {
            loop.exec();
        }
        save(QStringLiteral("analytics-by-dimension"));
    }
    charts->setCurrentIndex(0);

    window.showPage(MainWindow::ReportsPageIndex);
    // The report is analysed and made on a worker once the page shows.
    for (QDeadlineTimer deadline(60'000); window.reportsPage()->report() == nullptr && !deadline.hasExpired();) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    save(QStringLiteral("reports"));

    // The campaigns with their measured lift: the page measures on a worker once the database is open.
    window.showPage(MainWindow::CampaignsPageIndex);
    if (auto* campaigns = window.campaignsPage(); campaigns != nullptr) {
        if (campaigns->entries().empty()) {
            QEventLoop loop;
            QObject::connect(campaigns, &CampaignsPage::loaded, &loop, &QEventLoop::quit);
            QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        // A measured campaign shows what the page is for: the earliest launched one (the list is newest first).
        const auto& entries = campaigns->entries();
        for (int row = static_cast<int>(entries.size()) - 1; row >= 0; --row) {
            if (entries[static_cast<std::size_t>(row)].result) {
                campaigns->table()->selectRow(row);
                break;
            }
        }
        save(QStringLiteral("campaigns"));
    }
    // The service levels with their rules and how many customers hold each (the demo has the suggested ones).
    if (window.workspace().repository != nullptr) {
        ServiceLevelsDialog dialog(window.workspace(), &window);
        dialog.resize(std::min(window.width() - 40, 1000), 330);
        dialog.show();
        QApplication::processEvents();
        written += dialog.grab().save(QDir(directory).filePath(QStringLiteral("service-levels.png"))) ? 1 : 0;
    }
    window.showPage(MainWindow::CustomersPageIndex);

    // The import dialog after a dry run of a small Polish spreadsheet export, as a sales team brings it.
    QTemporaryDir sample;
    const QString csv = sample.filePath(QStringLiteral("klienci.csv"));
    QFile file(csv);
    if (sample.isValid() && file.open(QIODevice::WriteOnly)) {
        file.write(QStringLiteral("Nazwa;E-mail;Telefon;Miasto;Data pozyskania\r\n"
                                  "Hurtownia Żółw;biuro@zolw.example;+48 42 123 45 67;Łódź;03.02.2025\r\n"
                                  "Sklep Bociek;bociek@example.pl;058 301 22 11;Gdańsk;17.11.2024\r\n"
                                  ";bez-nazwy@example.pl;;Kraków;31.13.2024\r\n")
                       .toUtf8());
        file.close();
        if (auto* dialog = window.showImportDialog()) {
            dialog->resize(900, 600);
            dialog->setKind(io::ImportKind::Customers);
            dialog->setFile(csv);
            QEventLoop loop;
            QObject::connect(dialog, &ImportDialog::runFinished, &loop, &QEventLoop::quit);
            dialog->start(true);
            if (dialog->isRunning()) {
                loop.exec();
            }
            QApplication::processEvents();
            const QString name = QDir(directory).filePath(QStringLiteral("import.png"));
            if (dialog->grab().save(name)) {
                ++written;
            }
            dialog->close();
        }
    }
    return written;
}

} // namespace rapport::ui
