#include "dialogs/import_dialog.h"

#include "dialogs/import_texts.h"
#include "formatting.h"
#include "io/field_mapping.h"
#include "io/named_mapping.h"
#include "platform/paths.h"
#include "storage/errors.h"
#include "storage/repository.h"
#include "worker_pool.h"
#include "workspace.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <filesystem>
#include <spdlog/spdlog.h>

namespace rapport::ui {

namespace {

constexpr int kFieldColumn = 1;

struct RunOutcome {
    std::optional<io::ImportReport> report;
    /** Why nothing was imported, said in the user's words on the window's thread; a storage error as it is. */
    std::optional<io::ImportError> stop;
    bool cancelled = false;
};

QString delimiterName(char delimiter) {
    return delimiter == '\t' ? ImportDialog::tr("tab", "the tab character as a delimiter")
                             : QStringLiteral("\"%1\"").arg(QLatin1Char(delimiter));
}

/**
 * Sends the mouse wheel over a mapping drop-down that does not have the focus to the table, so scrolling the
 * table never changes a column's field behind the user's back.
 */
class WheelScrollsTheTable : public QObject {
public:
    WheelScrollsTheTable(QAbstractScrollArea* table, QObject* parent)
        : QObject(parent)
        , m_table(table) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Wheel && !static_cast<QWidget*>(watched)->hasFocus()) {
            QCoreApplication::sendEvent(m_table->viewport(), event);
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractScrollArea* m_table;
};

} // namespace

ImportDialog::ImportDialog(QString databasePath, QWidget* parent)
    : QDialog(parent)
    , m_path(std::move(databasePath)) {
    setWindowTitle(tr("Import"));
    resize(900, 640);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->addItem(tr("Customers (CSV)"), static_cast<int>(io::ImportKind::Customers));
    m_kind->addItem(tr("Contact persons (CSV)"), static_cast<int>(io::ImportKind::ContactPersons));
    m_kind->addItem(tr("Episodes (CSV)"), static_cast<int>(io::ImportKind::Episodes));
    m_kind->addItem(tr("Transactions (CSV)"), static_cast<int>(io::ImportKind::Transactions));
    m_kind->addItem(tr("Contacts (vCard)"), static_cast<int>(io::ImportKind::VCard));
    form->addRow(tr("&What the file holds:"), m_kind);
    auto* fileRow = new QHBoxLayout();
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto* mappingRow = new QHBoxLayout();
    m_savedMappings = new QComboBox(this);
    m_savedMappings->setObjectName(QStringLiteral("savedMappings"));
    auto* saveMappingButton = new QPushButton(tr("&Save mapping as…"), this);
    mappingRow->addWidget(m_savedMappings, 1);
    mappingRow->addWidget(saveMappingButton);
    auto* mappingLabel = new QLabel(tr("Saved &mapping:"), this);
    mappingLabel->setBuddy(m_savedMappings);
    form->addRow(mappingLabel, mappingRow);
    m_dateOrder = new QComboBox(this);
    m_dateOrder->setObjectName(QStringLiteral("importDateOrder"));
    m_dateOrder->addItem(tr("as detected"), -1);
    for (const auto order : {io::DateOrder::DayMonthYear, io::DateOrder::MonthDayYear, io::DateOrder::YearMonthDay}) {
        m_dateOrder->addItem(dateOrderName(order), static_cast<int>(order));
    }
    form->addRow(tr("D&ates:"), m_dateOrder);
    layout->addLayout(form);
    m_readAs = new QLabel(this);
    m_readAs->setObjectName(QStringLiteral("importReadAs"));
    m_readAs->setWordWrap(true);
    layout->addWidget(m_readAs);
    m_mapping = new QTableWidget(0, 3, this);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("Fills the field"), tr("First values")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_mapping, 2);
    m_createCustomers = new QCheckBox(tr("Create &customers for references not in the base"), this);
    m_createCustomers->setObjectName(QStringLiteral("importCreateCustomers"));
    layout->addWidget(m_createCustomers);
    m_keepAnonymous = new QCheckBox(
        tr("&Keep sales without a real customer (empty, \"(blank)\", \"guest\" …) as anonymous sales: in the "
           "base's revenue, never a customer"),
        this);
    m_keepAnonymous->setObjectName(QStringLiteral("importKeepAnonymous"));
    m_keepAnonymous->setChecked(true);
    layout->addWidget(m_keepAnonymous);
    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setReadOnly(true);
    m_result->setPlaceholderText(tr("Start with a dry run: it says what the import would add, update and reject, "
                                    "and why, without writing anything."));
    layout->addWidget(m_result, 1);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    auto* buttons = new QDialogButtonBox(this);
    m_dryRun = buttons->addButton(tr("&Dry run"), QDialogButtonBox::ActionRole);
    // An action, not the accept role: the button box would make the first accept button the default one, and
    // Enter in the file field would then import without a dry run.
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    // Enter in the file field reads the file; it must never press a button (Import, Browse…) nobody chose.
    for (auto* push : findChildren<QPushButton*>()) {
        push->setAutoDefault(false);
        push->setDefault(false);
    }
    m_wheelFilter = new WheelScrollsTheTable(m_mapping, this);
    m_cancel->setEnabled(false);
    layout->addWidget(buttons);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        const auto total = m_bytesTotal->load();
        if (total > 0) {
            m_progress->setValue(
                static_cast<int>(1000.0 * static_cast<double>(m_bytesRead->load()) / static_cast<double>(total)));
        }
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Import"), m_file->text(), tr("CSV and vCard files (*.csv *.txt *.tsv *.vcf);;All files (*)"));
        if (!file.isEmpty()) {
            setFile(file);
        }
    });
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::inspect);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = static_cast<io::ImportKind>(m_kind->currentData().toInt());
        m_createCustomers->setEnabled(kind == io::ImportKind::Episodes || kind == io::ImportKind::Transactions);
        m_keepAnonymous->setEnabled(kind == io::ImportKind::Transactions);
        inspect();
    });
    connect(m_savedMappings, &QComboBox::activated, this, [this](int index) {
        if (index > 0) {
            loadMapping(m_savedMappings->itemText(index));
        }
    });
    connect(saveMappingButton, &QPushButton::clicked, this, &ImportDialog::saveMapping);
    connect(m_dryRun, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag) {
            m_cancelFlag->store(true);
        }
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    m_createCustomers->setEnabled(false);
    m_keepAnonymous->setEnabled(false);
    m_dryRun->setEnabled(false);
    m_import->setEnabled(false);
}

ImportDialog::~ImportDialog() {
    if (m_cancelFlag) {
        m_cancelFlag->store(true); // a run still going stops at its next batch and rolls back
    }
}

void ImportDialog::setFile(const QString& path) {
    m_file->setText(path);
    inspect();
}

void ImportDialog::setKind(io::ImportKind kind) {
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

QString ImportDialog::resultText() const {
    return m_result->toPlainText();
}

void ImportDialog::inspect() {
    m_layout = {};
    m_takenFrom.clear();
    m_result->clear(); // the last file's result is not this one's
    m_mapping->setRowCount(0);
    m_readAs->clear();
    m_dryRun->setEnabled(false);
    m_import->setEnabled(false);
    const auto kind = static_cast<io::ImportKind>(m_kind->currentData().toInt());
    m_savedMappings->clear();
    m_savedMappings->addItem(tr("(by the column headers)"));
    std::error_code ignored;
    for (const auto& entry : std::filesystem::directory_iterator(platform::mappingDirectory(), ignored)) {
        if (entry.path().extension() != ".json") {
            continue;
        }
        try {
            const auto saved = io::loadNamedMapping(platform::mappingDirectory(), entry.path().stem().string());
            if (saved.kind == kind) {
                m_savedMappings->addItem(QString::fromStdString(entry.path().stem().string()));
            }
        } catch (const std::exception&) {
            // not a mapping: not offered
        }
    }
    if (m_file->text().isEmpty()) {
        return;
    }
    try {
        io::ImportOptions inspectOptions;
        inspectOptions.kind = kind;
        m_layout = io::inspectFile(m_file->text().toStdString(), inspectOptions);
        showLayout(m_layout);
        m_dryRun->setEnabled(true);
        m_import->setEnabled(true);
    } catch (const io::ImportError& error) {
        m_readAs->setText(tr("The file cannot be read: %1").arg(importStopText(error)));
    } catch (const std::exception& error) {
        m_readAs->setText(tr("The file cannot be read: %1").arg(QString::fromUtf8(error.what())));
    }
}

void ImportDialog::showLayout(const io::FileLayout& layout) {
    const auto kind = static_cast<io::ImportKind>(m_kind->currentData().toInt());
    if (layout.vcard) {
        // A vCard has no delimiter, header, columns or dates to correct: only its encoding and its cards.
        m_readAs->setText(tr("Read as %1, %n vCard(s).", nullptr, static_cast<int>(layout.cards))
                              .arg(fromUtf8(core::toCode(layout.encoding.encoding))));
        m_mapping->setRowCount(0);
        m_mapping->setVisible(false);
        return;
    }
    m_mapping->setVisible(true);
    QString readAs = tr("Read as %1, delimiter %2, %3, dates %4, decimal %5.")
                         .arg(fromUtf8(core::toCode(layout.encoding.encoding)), delimiterName(layout.delimiter),
                              layout.header ? tr("first row the header") : tr("no header row"),
                              !layout.dateColumnsRead ? tr("not known yet (no column holds dates)")
                              : layout.dateOrder      ? dateOrderName(*layout.dateOrder)
                                                      : tr("ambiguous (choose!)"),
                              !layout.amountColumnsRead ? tr("not known yet (no column holds amounts)")
                              : layout.decimalSeparator == io::DecimalSeparator::Comma ? tr("comma")
                                                                                       : tr("point"));
    // Without a column of dates or amounts nothing was decided, and "0 dates fix the order" would only repeat it.
    if (layout.rowsExamined > 0 && (layout.dateColumnsRead || layout.amountColumnsRead)) {
        readAs = tr("%1 Decided from all %Ln row(s): %2, %3.", "the sentence before, then how the formats were decided",
                    static_cast<int>(layout.rowsExamined))
                     .arg(readAs,
                          tr("%Ln date(s) fix the day-month order", nullptr, static_cast<int>(layout.dateDecidingRows)),
                          tr("%Ln amount(s) show the decimal separator", nullptr,
                             static_cast<int>(layout.decimalDecidingRows)));
    }
    if (layout.dateOrderDoubt != io::DateOrderDoubt::None) {
        readAs += QStringLiteral("\n") +
                  tr("Choose the date order: %1.").arg(dateOrderDoubtText(layout.dateOrderDoubt, layout.rowsExamined));
    }
    // A shop's export has dozens of columns Rapport does not read (Shopify's orders: about fifty); a line each
    // pushed the mapping and the buttons off a 700-pixel screen. The table below names every column's field.
    constexpr std::size_t kShownWarnings = 3;
    const auto& ignored = layout.ignoredColumns;
    for (std::size_t w = 0; w < std::min(ignored.size(), kShownWarnings); ++w) {
        readAs += QStringLiteral("\n") + ignoredColumnText(layout, ignored[w]);
    }
    if (ignored.size() > kShownWarnings) {
        readAs += QStringLiteral("\n") + tr("…and %n more such note(s): the table below shows what each column fills.",
                                            nullptr, static_cast<int>(ignored.size() - kShownWarnings));
    }
    m_readAs->setText(readAs);
    // A file without a header has no names to map by: the fields are the ones chosen in the table, or a saved set.
    m_savedMappings->setItemText(
        0, layout.header ? tr("(by the column headers)")
                         : tr("(none: the fields chosen below)", "no saved mapping, for a file without a header"));
    m_takenFrom.clear();
    m_mapping->setRowCount(static_cast<int>(layout.columns.size()));
    for (std::size_t c = 0; c < layout.columns.size(); ++c) {
        const int row = static_cast<int>(c);
        // Without a header the columns have numbers, in the user's words; a saved mapping keeps rapport_io's name
        // ("column 3"), which the CLI's --mapping reads too.
        auto* name =
            new QTableWidgetItem(layout.header ? QString::fromStdString(layout.columns[c])
                                               : tr("Column %1", "a column of a file without a header").arg(row + 1));
        name->setData(Qt::UserRole, QString::fromStdString(layout.columns[c]));
        name->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(row, 0, name);
        auto* field = new QComboBox(m_mapping);
        field->setFocusPolicy(Qt::StrongFocus);
        field->installEventFilter(m_wheelFilter);
        // Narrow in the table (the first values must stay visible), the descriptions in the open list.
        field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        field->setMinimumContentsLength(16);
        field->view()->setMinimumWidth(520);
        field->addItem(tr("(ignore)"), QString());
        for (const auto& spec : io::fieldsFor(kind)) {
            if (spec.name != "ignore") {
                const QString description = importFieldDescription(spec.description);
                field->addItem(tr("%1 — %2", "a field — what it expects").arg(importFieldLabel(spec.name), description),
                               fromUtf8(spec.name));
                field->setItemData(field->count() - 1, description, Qt::ToolTipRole);
            }
        }
        const auto& mapped = c < layout.mapping.fieldOfColumn.size() ? layout.mapping.fieldOfColumn[c] : std::nullopt;
        field->setCurrentIndex(mapped ? std::max(0, field->findData(QString::fromStdString(*mapped))) : 0);
        m_mapping->setCellWidget(row, kFieldColumn, field);
        connect(field, &QComboBox::activated, this, [this, row] { releaseFieldElsewhere(row); });
        QStringList samples;
        for (const auto& sample : layout.sampleRows) {
            if (c < sample.size() && samples.size() < 3) {
                samples << QString::fromStdString(sample[c]);
            }
        }
        auto* values = new QTableWidgetItem(samples.join(QStringLiteral(" | ")));
        values->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(row, 2, values);
    }
    m_mapping->resizeColumnsToContents();
}

QString ImportDialog::fieldOfColumn(int column) const {
    auto* field = qobject_cast<QComboBox*>(m_mapping->cellWidget(column, kFieldColumn));
    return field ? field->currentData().toString() : QString();
}

void ImportDialog::setFieldOfColumn(int column, const QString& field) {
    setFieldQuietly(column, field);
    releaseFieldElsewhere(column);
}

void ImportDialog::releaseFieldElsewhere(int column) {
    // The arrow keys and the wheel step a drop-down through its fields one by one: what this column took from
    // another on its previous step goes back there (unless that column was given something else since).
    if (const auto taken = m_takenFrom.find(column); taken != m_takenFrom.end()) {
        const auto [other, field] = taken->second;
        m_takenFrom.erase(taken);
        bool fieldFree = true;
        for (int c = 0; c < m_mapping->rowCount(); ++c) {
            fieldFree = fieldFree && fieldOfColumn(c) != field;
        }
        if (fieldFree && fieldOfColumn(other).isEmpty()) {
            setFieldQuietly(other, field);
        }
    }
    const QString field = fieldOfColumn(column);
    if (field.isEmpty()) {
        return;
    }
    for (int other = 0; other < m_mapping->rowCount(); ++other) {
        if (other != column && fieldOfColumn(other) == field) {
            setFieldQuietly(other, QString()); // (ignore)
            m_takenFrom[column] = {other, field};
        }
    }
}

void ImportDialog::setFieldQuietly(int column, const QString& field) {
    if (auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(column, kFieldColumn))) {
        combo->setCurrentIndex(std::max(0, combo->findData(field)));
    }
}

io::ImportOptions ImportDialog::options(bool dryRun) const {
    io::ImportOptions result;
    result.kind = static_cast<io::ImportKind>(m_kind->currentData().toInt());
    result.dryRun = dryRun;
    result.createMissingCustomers = m_createCustomers->isEnabled() && m_createCustomers->isChecked();
    result.createdCustomerName =
        tr("Customer %1", "the name of a customer an import creates from a reference the base does not know")
            .toStdString();
    result.anonymousRows = m_keepAnonymous->isChecked() ? io::AnonymousRows::Keep : io::AnonymousRows::Skip;
    if (m_dateOrder->currentData().toInt() >= 0) {
        result.dateOrder = static_cast<io::DateOrder>(m_dateOrder->currentData().toInt());
    }
    // The file as the preview read it: its delimiter, whether the first row is the header, and every column's
    // field as the table shows it, by position. Names or numbers would be matched against the file's cells again,
    // and a headerless file whose first row holds a "1" lost that row as a header.
    result.delimiter = m_layout.delimiter;
    result.header = m_layout.header;
    for (int c = 0; c < m_mapping->rowCount(); ++c) {
        const QString field = fieldOfColumn(c);
        result.fieldOfEveryColumn.push_back(field.isEmpty() ? "ignore" : field.toStdString());
    }
    const auto file = std::filesystem::path(m_file->text().toStdString());
    const bool vcard = result.kind == io::ImportKind::VCard;
    result.rejectsPath =
        (file.parent_path() / (file.stem().string() + (vcard ? ".rejects.vcf" : ".rejects.csv"))).string();
    return result;
}

void ImportDialog::saveMapping() {
    if (m_mapping->rowCount() == 0) {
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save mapping"), tr("Name (letters, digits, spaces, - and _):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty()) {
        return;
    }
    io::NamedMapping mapping;
    mapping.kind = static_cast<io::ImportKind>(m_kind->currentData().toInt());
    for (int c = 0; c < m_mapping->rowCount(); ++c) {
        const QString field = fieldOfColumn(c);
        mapping.columns[m_mapping->item(c, 0)->data(Qt::UserRole).toString().toStdString()] =
            field.isEmpty() ? "ignore" : field.toStdString();
    }
    try {
        saveNamedMapping(platform::mappingDirectory(), name.trimmed().toStdString(), mapping);
        m_savedMappings->addItem(name.trimmed());
        m_savedMappings->setCurrentIndex(m_savedMappings->count() - 1);
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Save mapping"),
                             tr("The mapping was not saved: %1").arg(QString::fromUtf8(error.what())));
    }
}

void ImportDialog::loadMapping(const QString& name) {
    try {
        const auto saved = io::loadNamedMapping(platform::mappingDirectory(), name.toStdString());
        for (int c = 0; c < m_mapping->rowCount(); ++c) {
            const auto it = saved.columns.find(m_mapping->item(c, 0)->data(Qt::UserRole).toString().toStdString());
            if (it != saved.columns.end()) {
                setFieldOfColumn(c, it->second == "ignore" ? QString() : QString::fromStdString(it->second));
            }
        }
        m_takenFrom.clear(); // the saved mapping is the starting point: nothing of it is given back

    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Saved mapping"),
                             tr("The mapping cannot be read: %1").arg(QString::fromUtf8(error.what())));
    }
}

void ImportDialog::setRunning(bool running) {
    m_running = running;
    for (auto* widget :
         std::initializer_list<QWidget*>{m_kind, m_file, m_mapping, m_dryRun, m_import, m_close, m_savedMappings,
                                         m_createCustomers, m_keepAnonymous, m_dateOrder}) {
        widget->setEnabled(!running);
    }
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    if (running) {
        m_progress->setValue(0);
        m_poll->start();
    } else {
        m_poll->stop();
    }
}

void ImportDialog::start(bool dryRun) {
    if (m_running || (m_mapping->rowCount() == 0 && !m_layout.vcard)) { // a vCard has no columns to map
        return;
    }
    auto importOptions = options(dryRun);
    // A field the import cannot do without and no column fills: said here, in the user's words, before a run
    // that rapport_io would refuse in English.
    if (!m_layout.vcard) {
        const auto missing = io::missingRequiredField(importOptions.kind, [this](std::string_view field) {
            for (int column = 0; column < m_mapping->rowCount(); ++column) {
                if (fieldOfColumn(column) == fromUtf8(field)) {
                    return true;
                }
            }
            return false;
        });
        if (missing) {
            m_result->setPlainText(missingColumnText(*missing, dryRun));
            emit runFinished(dryRun, false);
            return;
        }
    }
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_bytesRead = std::make_shared<std::atomic<std::size_t>>(0);
    m_bytesTotal = std::make_shared<std::atomic<std::size_t>>(0);
    importOptions.progress = [cancel = m_cancelFlag, read = m_bytesRead,
                              total = m_bytesTotal](const io::ImportProgress& progress) {
        read->store(progress.bytesRead);
        total->store(progress.bytesTotal);
        return !cancel->load();
    };
    m_result->setPlainText(dryRun ? tr("Dry run …") : tr("Importing …"));
    setRunning(true);
    auto* watcher = new QFutureWatcher<RunOutcome>(this);
    connect(watcher, &QFutureWatcher<RunOutcome>::finished, this, [this, watcher, dryRun] {
        watcher->deleteLater();
        const auto outcome = watcher->result();
        setRunning(false);
        const auto kind = static_cast<io::ImportKind>(m_kind->currentData().toInt());
        m_createCustomers->setEnabled(kind == io::ImportKind::Episodes || kind == io::ImportKind::Transactions);
        m_keepAnonymous->setEnabled(kind == io::ImportKind::Transactions);
        bool written = false;
        if (outcome.cancelled) {
            m_result->setPlainText(tr("Cancelled; nothing was written."));
        } else if (outcome.report) {
            written = outcome.report->written;
            m_result->setPlainText(importSummaryText(*outcome.report, dryRun));
        } else {
            const QString why = importStopText(*outcome.stop);
            m_result->setPlainText(dryRun ? tr("The dry run stopped: %1").arg(why)
                                          : tr("Nothing was imported: %1").arg(why));
        }
        emit runFinished(dryRun, written);
    });
    watcher->setFuture(runInWorkerPool(
        [location = m_path.toStdString(), file = m_file->text().toStdString(), importOptions]() -> RunOutcome {
            RunOutcome outcome;
            try {
                storage::OpenOptions open;
                open.createIfMissing = false;
                open.busyLimit = kWorkerBusyLimit;
                auto repository = storage::openRepository(location, open);
                outcome.report = io::importFile(*repository, file, importOptions);
            } catch (const io::ImportCancelled&) {
                outcome.cancelled = true;
            } catch (const std::exception& error) {
                spdlog::warn("import of {} failed: {}", file, error.what());
                const auto* stop = dynamic_cast<const io::ImportError*>(&error);
                outcome.stop = stop ? *stop : io::ImportError(error.what());
            }
            return outcome;
        }));
}

} // namespace rapport::ui
