#include "main_window.h"

#include "customer_details_view.h"
#include "customer_list_model.h"
#include "demo_data_job.h"
#include "storage/errors.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace rapport::ui {

namespace {

constexpr int kMaxRecent = 8;
constexpr qint64 kDemoCustomers = 5000;
const auto kRecentKey = QStringLiteral("recentDatabases");

/** One indexed row instead of counting the whole base on the UI thread. A read error counts as "not empty". */
bool hasCustomers(storage::Repository& repository) {
    try {
        storage::CustomerPageRequest request;
        request.limit = 1;
        return !repository.customerPage(request).rows.empty();
    } catch (const std::exception& error) {
        spdlog::warn("checking for customers failed: {}", error.what());
        return true;
    }
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("Rapport"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    m_search = new QLineEdit(central);
    m_search->setPlaceholderText(tr("Search customers by name, e-mail, phone, tag or contact person (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_table = new QTableView(splitter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(false); // enabled once a model is set, so the first sort is ours
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_details = new CustomerDetailsView(splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_databaseLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200); // search as you type without a query per keystroke
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::applySearch);

    createActions();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry"))) {
        resize(1280, 800);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* newAction = fileMenu->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence::New);
    auto* openAction = fileMenu->addAction(tr("&Open database…"), this, &MainWindow::openDatabaseDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    fileMenu->addSeparator();
    auto* backupAction = fileMenu->addAction(tr("&Back up…"), this, &MainWindow::backupDatabase);
    backupAction->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    fileMenu->addAction(tr("Generate &demo data…"), this, [this] {
        if (m_repository && hasCustomers(*m_repository) &&
            QMessageBox::question(
                this, tr("Demo data"),
                tr("This database already has customers. Add %L1 demo customers to them?").arg(kDemoCustomers)) !=
                QMessageBox::Yes) {
            return;
        }
        generateDemoData(kDemoCustomers);
    });
    fileMenu->addSeparator();
    auto* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    auto* editMenu = menuBar()->addMenu(tr("&Edit"));
    auto* findAction = editMenu->addAction(tr("&Find customer"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    findAction->setShortcut(QKeySequence::Find);
    auto* reloadAction = editMenu->addAction(tr("&Reload"), this, [this] {
        if (m_model) {
            m_model->reload();
            refreshCount();
        }
    });
    reloadAction->setShortcut(QKeySequence::Refresh);

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Rapport"), this, [this] {
        QMessageBox::about(this, tr("About Rapport"),
                           tr("<h3>Rapport 0.1</h3><p>A CRM for relationship marketing: customers, contact persons "
                              "and every episode of the relationship on one timeline.</p><p>MIT licence.</p>"));
    });
}

bool MainWindow::openDatabase(const QString& path) {
    std::unique_ptr<storage::Repository> repository;
    try {
        repository = storage::openRepository(path.toStdString());
    } catch (const std::exception& error) {
        spdlog::error("opening {} failed: {}", path.toStdString(), error.what());
        QMessageBox::critical(this, tr("Cannot open database"),
                              tr("Rapport could not open %1.\n\n%2").arg(path, QString::fromUtf8(error.what())));
        return false;
    }
    m_details->setRepository(nullptr);
    m_table->setModel(nullptr);
    m_model = std::make_unique<CustomerListModel>(*repository, this);
    m_repository = std::move(repository);
    m_path = path;
    connect(m_model.get(), &CustomerListModel::loadFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Reading customers failed: %1").arg(message));
    });
    m_table->setModel(m_model.get());
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(CustomerListModel::Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionsClickable(true);
    // Sorting by a column without an index would mean a whole-base sort; put the indicator back instead.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!CustomerListModel::isSortable(column)) {
            QSignalBlocker blocker(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
    });
    m_table->setColumnWidth(CustomerListModel::Name, 260);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedCustomer);
    m_details->setRepository(m_repository.get());
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(path)));
    setWindowTitle(tr("%1 – Rapport").arg(QFileInfo(path).fileName()));
    rememberRecent(path);
    applySearch();
    return true;
}

void MainWindow::applySearch() {
    if (!m_model) {
        return;
    }
    storage::CustomerFilter filter;
    filter.search = m_search->text().trimmed().toStdString();
    m_model->setFilter(filter);
    refreshCount();
    if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    } else {
        m_details->clear();
    }
}

void MainWindow::showSelectedCustomer() {
    const auto current = m_table->currentIndex();
    m_details->showCustomer(current.isValid() ? m_model->customerIdAt(current.row()) : 0);
}

void MainWindow::refreshCount() {
    if (m_path.isEmpty()) {
        return;
    }
    // Counting can touch every row of a large base: do it on a worker with its own connection.
    const int generation = ++m_countGeneration;
    m_countLabel->setText(tr("Counting…"));
    storage::CustomerFilter filter;
    filter.search = m_search->text().trimmed().toStdString();
    const std::string path = m_path.toStdString();
    auto* watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_countGeneration) {
            return; // a newer search has started
        }
        const qint64 count = watcher->result();
        if (count < 0) {
            m_countLabel->setText(tr("Count unavailable"));
        } else {
            m_countLabel->setText(count == 1 ? tr("1 customer") : tr("%L1 customers").arg(count));
        }
    });
    watcher->setFuture(QtConcurrent::run([path, filter]() -> qint64 {
        try {
            storage::OpenOptions options;
            options.createIfMissing = false;
            return storage::openRepository(path, options)->customerCount(filter);
        } catch (const std::exception& error) {
            spdlog::warn("counting customers failed: {}", error.what());
            return -1;
        }
    }));
}

void MainWindow::offerDemoDataIfEmpty() {
    if (!m_repository || hasCustomers(*m_repository)) {
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Empty database"),
        tr("%1 has no customers yet.\n\nGenerate demo data (%L2 customers of a relationship-marketing business, "
           "three years of history) to explore Rapport?")
            .arg(QDir::toNativeSeparators(m_path))
            .arg(kDemoCustomers));
    if (answer == QMessageBox::Yes) {
        generateDemoData(kDemoCustomers);
    }
}

void MainWindow::generateDemoData(qint64 customers) {
    auto* job = new DemoDataJob(m_path, customers, this);
    connect(job, &DemoDataJob::finished, this, [this](bool cancelled, const QString& error) {
        if (cancelled) {
            statusBar()->showMessage(tr("Demo data cancelled; the database is unchanged."), 8000);
        } else if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Demo data"),
                                 tr("Generating demo data failed; the database is unchanged.\n\n%1").arg(error));
        } else {
            statusBar()->showMessage(tr("Demo data generated."), 8000);
        }
        applySearch(); // reloads the list and the count
    });
    job->start();
}

void MainWindow::newDatabase() {
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QString(),
                                                      tr("Rapport databases (*.sqlite);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
                             tr("%1 already exists. Choose a new name, or use File > Open.").arg(path));
        return;
    }
    if (openDatabase(path)) {
        offerDemoDataIfEmpty();
    }
}

void MainWindow::openDatabaseDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_path).absolutePath(),
                                                      tr("Rapport databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty()) {
        openDatabase(path);
    }
}

void MainWindow::backupDatabase() {
    if (m_path.isEmpty()) {
        return;
    }
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Back up database"), m_path + QStringLiteral(".backup"),
                                     tr("Rapport databases (*.sqlite *.backup);;All files (*)"));
    if (target.isEmpty()) {
        return;
    }
    statusBar()->showMessage(tr("Backing up to %1…").arg(target));
    const std::string source = m_path.toStdString();
    const std::string destination = target.toStdString();
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, target] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Backed up to %1").arg(target), 8000);
        } else {
            statusBar()->clearMessage();
            QMessageBox::warning(this, tr("Backup failed"), error);
        }
    });
    watcher->setFuture(QtConcurrent::run([source, destination]() -> QString {
        try {
            storage::openRepository(source)->backupTo(destination);
            return {};
        } catch (const std::exception& error) {
            return QString::fromUtf8(error.what());
        }
    }));
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openDatabase(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter"))) {
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    }
    event->accept();
}

} // namespace rapport::ui
