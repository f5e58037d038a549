#include "pages/customers_page.h"

#include "app/customer_edits.h"
#include "app/relationship_edits.h"
#include "background.h"
#include "card/costs_tab.h"
#include "commands.h"
#include "customer_details_view.h"
#include "customer_list_model.h"
#include "formatting.h"
#include "io/vcard_writer.h"
#include "reports/customer_table.h"
#include "reports/xlsx_writer.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <filesystem>
#include <fstream>

namespace rapport::ui {

namespace {

constexpr int kFilterChoices = 500;
// At most this many rows are fetched again on a reload to keep the selection and the scrolled-to place: five of the
// list's pages.
constexpr int kRowsKeptOnReload = 1000;

QComboBox* makeFilter(const QString& allText, const QString& tooltip, QWidget* parent) {
    auto* combo = new QComboBox(parent);
    // The "any" choice is the filter's name: short enough that eight filters fit a 1024-pixel window.
    combo->addItem(allText);
    combo->setToolTip(CustomersPage::tr("%1; shows all when its name is chosen").arg(tooltip));
    // Narrow in the bar (seven filters must fit a 1024-pixel window in Polish and Russian too, whose names run
    // longer), stretched to their names in a wider window, full text in the popup.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(3);
    return combo;
}

template <typename T> std::optional<T> selected(const QComboBox* combo) {
    const QVariant data = combo->currentData();
    if (!data.isValid()) {
        return std::nullopt;
    }
    return static_cast<T>(data.toInt());
}

std::optional<std::string> selectedText(const QComboBox* combo) {
    if (combo->currentIndex() <= 0) {
        return std::nullopt;
    }
    return combo->currentText().toStdString();
}

void selectData(QComboBox* combo, const std::optional<int>& value) {
    combo->setCurrentIndex(value ? std::max(0, combo->findData(*value)) : 0);
}

void selectText(QComboBox* combo, const std::optional<std::string>& value) {
    if (!value) {
        combo->setCurrentIndex(0);
        return;
    }
    const QString text = fromUtf8(*value);
    if (combo->findText(text) < 0) {
        combo->addItem(text);
    }
    combo->setCurrentIndex(combo->findText(text));
}

} // namespace

CustomersPage::CustomersPage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search customers by name, e-mail, phone, tag or contact person (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    auto* filters = new QHBoxLayout();
    m_segment = makeFilter(tr("Segment"), tr("Segment"), this);
    m_owner = makeFilter(tr("Owner"), tr("Sales manager responsible"), this);
    m_stage = makeFilter(tr("Stage"), tr("Stage on the relationship ladder (last analysis)"), this);
    for (std::size_t s = 0; s < core::kLadderStages; ++s) {
        m_stage->addItem(ladderStageName(static_cast<core::LadderStage>(s)), static_cast<int>(s));
    }
    m_group = makeFilter(tr("Group"), tr("Group by purchase cost and frequency (last analysis)"), this);
    for (int g = 1; g <= 4; ++g) {
        m_group->addItem(fourGroupName(g), g);
    }
    m_group->addItem(fourGroupName(0), 0);
    m_churn = makeFilter(tr("Churn"), tr("Churn status (last analysis)"), this);
    for (int s = 0; s < 4; ++s) {
        m_churn->addItem(churnStatusName(static_cast<core::ChurnStatus>(s)), s);
    }
    m_level = makeFilter(tr("Level", "service level, a filter"), tr("Service level (last analysis)"), this);
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_tag = makeFilter(tr("Tag"), tr("Interest or tag"), this);
    m_archive = new QComboBox(this);
    m_archive->setObjectName(QStringLiteral("archiveFilter"));
    m_archive->setToolTip(tr("Archived customers are hidden from lists and analyses until restored"));
    m_archive->addItem(tr("In use"), static_cast<int>(storage::ArchiveFilter::Active));
    m_archive->addItem(tr("Archived"), static_cast<int>(storage::ArchiveFilter::Archived));
    m_archive->addItem(tr("In use and archived"), static_cast<int>(storage::ArchiveFilter::All));
    // Its longest choice ("In use and archived") would crowd the other filters out of a small window.
    m_archive->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_archive->setMinimumContentsLength(6);
    m_clearFilters = new QToolButton(this);
    m_clearFilters->setText(tr("Clear filters"));
    // An icon with the words as its tooltip: eight filters and the selection menu must fit a 1024-pixel window.
    m_clearFilters->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_clearFilters->setToolTip(m_clearFilters->text());
    m_clearFilters->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_segment, m_owner, m_stage, m_group, m_churn, m_level, m_tag, m_archive}) {
        filters->addWidget(w, 1);
        connect(static_cast<QComboBox*>(w), &QComboBox::currentIndexChanged, this, [this] {
            if (!m_settingFilter) {
                applyFilter();
            }
        });
    }
    filters->addWidget(m_clearFilters);
    // Bulk actions on the selection: one menu button here, the same actions on the table's context menu.
    m_selectionButton = new QToolButton(this);
    m_selectionButton->setText(tr("Selection"));
    m_selectionButton->setToolTip(tr("Acts on the selected customers (Shift or Ctrl to select several)"));
    m_selectionButton->setPopupMode(QToolButton::InstantPopup);
    // Room for the menu arrow, which the button otherwise draws over the end of its text ("Selection.,").
    m_selectionButton->setStyleSheet(QStringLiteral("QToolButton { padding-right: 14px; }"));
    auto* selectionMenu = new QMenu(m_selectionButton);
    m_ownerAction = selectionMenu->addAction(tr("Assign &owner…"), this, &CustomersPage::assignOwner);
    m_ownerAction->setObjectName(QStringLiteral("assignOwnerAction"));
    m_tagAction = selectionMenu->addAction(tr("Add &tag…"), this, &CustomersPage::addTag);
    m_tagAction->setObjectName(QStringLiteral("addTagAction"));
    m_costAction = selectionMenu->addAction(tr("Add &cost line…"), this, [this] {
        const auto ids = selectedIds();
        CostsTab::addForCustomers(m_workspace, std::vector<core::CustomerId>(ids.begin(), ids.end()), std::nullopt,
                                  this);
    });
    m_archiveAction = selectionMenu->addAction(tr("&Archive…"), this, [this] { archiveSelection(true); });
    m_archiveAction->setObjectName(QStringLiteral("archiveCustomersAction"));
    m_archiveAction->setToolTip(tr("Hide from lists and analyses, keeping the whole history; Restore brings back"));
    m_restoreAction = selectionMenu->addAction(tr("&Restore from archive"), this, [this] { archiveSelection(false); });
    m_restoreAction->setObjectName(QStringLiteral("restoreCustomersAction"));
    m_costAction->setObjectName(QStringLiteral("addCostLineAction"));
    m_costAction->setToolTip(tr("A cost line of table 7.3 for each selected customer, or spread over them"));
    m_exportAction =
        selectionMenu->addAction(tr("&Export selection (XLSX, CSV or vCard)…"), this, [this] { exportSelection(); });
    m_selectionButton->setMenu(selectionMenu);
    filters->addWidget(m_selectionButton);
    layout->addLayout(filters);
    m_scoreHint = new QLabel(this);
    m_scoreHint->setWordWrap(true);
    m_scoreHint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_scoreHint);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("customerSplitter"));
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(false); // enabled once a model is set, so the first sort is ours
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_details = new CustomerDetailsView(workspace, splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200); // search as you type without a query per keystroke
    connect(m_searchTimer, &QTimer::timeout, this, &CustomersPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CustomersPage::applyFilter);
    connect(m_clearFilters, &QToolButton::clicked, this, [this] { showFilter({}); });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_ownerAction, m_tagAction, m_costAction, m_archiveAction, m_restoreAction, m_exportAction});
    updateBulkActions();
}

CustomersPage::~CustomersPage() = default;

void CustomersPage::databaseChanged() {
    m_details->clear();
    m_table->setModel(nullptr);
    m_model.reset();
    if (m_workspace.repository == nullptr) {
        return;
    }
    m_model = std::make_unique<CustomerListModel>(*m_workspace.repository, this);
    connect(m_model.get(), &CustomerListModel::loadFailed, this,
            [this](const QString& message) { emit countChanged(tr("Reading customers failed: %1").arg(message)); });
    m_table->setModel(m_model.get());
    // The indicator first: switching sorting on sorts by it, which the model then already is (one page read).
    m_table->horizontalHeader()->setSortIndicator(CustomerListModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    // Sorting by a column without an index would mean a whole-base sort; put the indicator back instead.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!CustomerListModel::isSortable(column)) {
            QSignalBlocker blocker(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
    });
    m_table->setColumnWidth(CustomerListModel::Name, 185);
    for (int column : {CustomerListModel::Stage, CustomerListModel::Churn, CustomerListModel::Segment}) {
        m_table->setColumnWidth(column, 75);
    }
    m_table->setColumnWidth(CustomerListModel::Group, 45);
    m_table->setColumnWidth(CustomerListModel::Value, 110);
    m_table->setColumnWidth(CustomerListModel::Alive, 70);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersPage::showSelectedCustomer);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomersPage::updateBulkActions);
    loadFilterChoices();
    applyFilter();
}

storage::CustomerFilter CustomersPage::currentFilter() const {
    storage::CustomerFilter filter;
    filter.search = m_search->text().trimmed().toStdString();
    filter.segment = selectedText(m_segment);
    filter.owner = selectedText(m_owner);
    filter.tag = selectedText(m_tag);
    filter.stage = selected<core::LadderStage>(m_stage);
    filter.fourGroup = selected<int>(m_group);
    filter.churnStatus = selected<core::ChurnStatus>(m_churn);
    if (const auto level = m_level->currentData(); level.isValid()) {
        filter.serviceLevel = level.toLongLong();
    }
    filter.archive = static_cast<storage::ArchiveFilter>(m_archive->currentData().toInt());
    return filter;
}

void CustomersPage::showFilter(const storage::CustomerFilter& filter) {
    {
        const QSignalBlocker block(m_search);
        m_settingFilter = true;
        m_search->setText(fromUtf8(filter.search));
        selectText(m_segment, filter.segment);
        selectText(m_owner, filter.owner);
        selectText(m_tag, filter.tag);
        selectData(m_stage, filter.stage ? std::optional(static_cast<int>(*filter.stage)) : std::nullopt);
        selectData(m_group, filter.fourGroup);
        selectData(m_churn, filter.churnStatus ? std::optional(static_cast<int>(*filter.churnStatus)) : std::nullopt);
        m_level->setCurrentIndex(
            filter.serviceLevel ? std::max(0, m_level->findData(QVariant::fromValue<qlonglong>(*filter.serviceLevel)))
                                : 0);
        m_archive->setCurrentIndex(std::max(0, m_archive->findData(static_cast<int>(filter.archive))));
        m_settingFilter = false;
    }
    applyFilter();
}

void CustomersPage::applyFilter() {
    m_searchTimer->stop();
    if (!m_model) {
        return;
    }
    const auto filter = currentFilter();
    m_model->setFilter(filter);
    const bool scoreFilter = filter.stage || filter.fourGroup || filter.churnStatus || filter.serviceLevel;
    m_clearFilters->setEnabled(!filter.search.empty() || !filter.onlySearch());
    m_scoreHint->setVisible(scoreFilter);
    m_scoreHint->setText(tr("Stage, group, churn status and level are those of the last analysis run (Analytics > Run "
                            "analysis, F5 on the Analytics page)."));
    refreshCount();
    if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    } else {
        m_details->clear();
    }
}

void CustomersPage::reload() {
    if (!m_model) {
        return;
    }
    // Every edit, undo and analysis reloads the list. The user keeps the rows selected for a bulk action, the row
    // the keyboard is on and the place scrolled to; before, each reload dropped back to the top with nothing
    // selected, and the selection menu went grey after every step.
    const auto current = m_details->customerId();
    auto* selection = m_table->selectionModel();
    QSet<core::CustomerId> selected;
    const auto currentIndex = m_table->currentIndex();
    int furthest = currentIndex.isValid() ? currentIndex.row() : 0;
    for (const auto& index : selection->selectedRows()) {
        selected.insert(m_model->customerIdAt(index.row()));
        furthest = std::max(furthest, index.row());
    }
    const auto currentRowId = currentIndex.isValid() ? m_model->customerIdAt(currentIndex.row()) : 0;
    const int lastShown = m_table->rowAt(m_table->viewport()->height() - 1);
    furthest = std::max(furthest, lastShown < 0 ? m_model->rowCount() - 1 : lastShown);
    const int scrolledTo = m_table->verticalScrollBar()->value();

    m_model->reload();
    // The rows up to the furthest one the user sees or chose, again: each page is a query on this thread, so
    // usually only the first one, and never more than a bound.
    const int rowsWanted = std::min(furthest + 1, kRowsKeptOnReload);
    while (m_model->rowCount() < rowsWanted && m_model->canFetchMore({})) {
        m_model->fetchMore({});
    }
    QItemSelection again;
    QModelIndex currentAgain;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto id = m_model->customerIdAt(row);
        if (selected.contains(id)) {
            again.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
        }
        if (id == currentRowId) {
            currentAgain = m_model->index(row, std::max(0, currentIndex.column()));
        }
    }
    {
        // Without auto-scroll: a list on a hidden page would scroll to its current row when shown again, away from
        // the place kept. The view still hears of the change (screen readers announce the restored row); the page's
        // own slots wait, so that the card is read once, below.
        const QScopedValueRollback restoring(m_restoringSelection, true);
        const bool autoScroll = m_table->hasAutoScroll();
        m_table->setAutoScroll(false);
        selection->select(again, QItemSelectionModel::ClearAndSelect);
        if (currentAgain.isValid()) {
            selection->setCurrentIndex(currentAgain, QItemSelectionModel::NoUpdate);
        }
        m_table->setAutoScroll(autoScroll);
    }
    m_table->verticalScrollBar()->setValue(scrolledTo);
    updateBulkActions(); // also when the selected customers left the list (archived, say)
    refreshCount();
    if (current != 0) {
        m_details->showCustomer(current); // read again: the reload was for a change
    } else if (currentAgain.isValid()) {
        m_details->showCustomer(currentRowId);
    }
}

void CustomersPage::refreshCount() {
    if (m_workspace.databasePath.isEmpty()) {
        return;
    }
    // Counting can touch every row of a large base: a worker with its own connection does it.
    const int generation = ++m_countGeneration;
    emit countChanged(tr("Counting…"));
    const auto filter = currentFilter();
    runOnWorker(
        this, m_workspace.databasePath, [filter](storage::Repository& r) { return r.customerCount(filter); },
        [this, generation](const WorkResult<std::int64_t>& result) {
            if (generation != m_countGeneration) {
                return; // a newer search has started
            }
            if (!result.value) {
                emit countChanged(tr("Count unavailable"));
            } else {
                emit countChanged(tr("%Ln customer(s)", nullptr, static_cast<int>(*result.value)));
            }
        });
}

void CustomersPage::loadFilterChoices() {
    struct Choices {
        std::vector<std::string> segments, owners, tags;
        std::vector<storage::ServiceLevelSummary> levels;
    };
    runOnWorker(
        this, m_workspace.databasePath,
        [](storage::Repository& r) {
            return Choices{r.customerFieldValues(storage::CustomerField::Segment, kFilterChoices),
                           r.customerFieldValues(storage::CustomerField::Owner, kFilterChoices),
                           r.customerFieldValues(storage::CustomerField::Tag, kFilterChoices), r.serviceLevels()};
        },
        [this](const WorkResult<Choices>& result) {
            if (!result.value) {
                return;
            }
            m_settingFilter = true;
            for (auto [combo, values] :
                 {std::pair{m_segment, &result.value->segments}, std::pair{m_owner, &result.value->owners},
                  std::pair{m_tag, &result.value->tags}}) {
                const QString current = combo->currentIndex() > 0 ? combo->currentText() : QString();
                while (combo->count() > 1) {
                    combo->removeItem(1);
                }
                for (const auto& value : *values) {
                    combo->addItem(fromUtf8(value));
                }
                if (!current.isEmpty()) {
                    selectText(combo, current.toStdString());
                }
            }
            const QVariant level = m_level->currentData();
            while (m_level->count() > 1) {
                m_level->removeItem(1);
            }
            for (const auto& [definition, customers] : result.value->levels) {
                m_level->addItem(fromUtf8(definition.name), QVariant::fromValue<qlonglong>(definition.id));
            }
            if (!result.value->levels.empty()) {
                m_level->addItem(tr("No level"), QVariant::fromValue<qlonglong>(storage::kNoServiceLevel));
            }
            const int found = level.isValid() ? m_level->findData(level) : 0;
            m_level->setCurrentIndex(std::max(0, found));
            m_settingFilter = false;
            if (found < 0) {
                applyFilter(); // the level chosen is gone: the list shows all again, as the filter now says
            }
        });
}

void CustomersPage::showSelectedCustomer() {
    if (m_restoringSelection) {
        return; // reload() reads the card once it is done
    }
    const auto current = m_table->currentIndex();
    m_details->showCustomer(current.isValid() && m_model ? m_model->customerIdAt(current.row()) : 0);
}

void CustomersPage::selectCustomer(core::CustomerId id) {
    if (!m_model) {
        return;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->customerIdAt(row) == id) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            return;
        }
    }
    // Not among the fetched rows: show the card anyway; the list keeps its filter.
    m_table->clearSelection();
    m_details->showCustomer(id);
}

void CustomersPage::focusSearch() {
    m_search->setFocus();
    m_search->selectAll();
}

QList<core::CustomerId> CustomersPage::selectedIds() const {
    QList<core::CustomerId> ids;
    if (!m_model || m_table->selectionModel() == nullptr) {
        return ids;
    }
    for (const auto& index : m_table->selectionModel()->selectedRows()) {
        ids << m_model->customerIdAt(index.row());
    }
    return ids;
}

void CustomersPage::archiveSelection(bool archive) {
    const auto ids = selectedIds();
    if (ids.isEmpty() || m_workspace.repository == nullptr) {
        return;
    }
    if (archive && QMessageBox::question(this, tr("Archive"),
                                         tr("Archive the %Ln selected customer(s)? They leave the lists and the "
                                            "analyses but keep their history; Restore from archive, or Edit > "
                                            "Undo, brings them back.",
                                            nullptr, static_cast<int>(ids.size()))) != QMessageBox::Yes) {
        return;
    }
    std::vector<core::Customer> customers;
    for (const auto id : ids) {
        if (auto customer = m_workspace.repository->customer(id)) {
            customers.push_back(std::move(*customer));
        }
    }
    const QString text =
        archive ? tr("Archive customers (%L1)").arg(ids.size()) : tr("Restore customers (%L1)").arg(ids.size());
    try {
        auto edit = archive ? app::archiveCustomers(std::move(customers), fromQDate(QDate::currentDate()))
                            : app::restoreCustomers(std::move(customers));
        if (edit.empty()) {
            QMessageBox::information(this, text,
                                     archive ? tr("The selected customers are archived already.")
                                             : tr("None of the selected customers is archived."));
            return;
        }
        pushEdit(*m_workspace.undoStack, *m_workspace.repository, *m_workspace.notifier, std::move(edit), text);
    } catch (const std::exception& error) {
        QMessageBox::warning(this, text, tr("Nothing was changed: %1").arg(fromUtf8(error.what())));
    }
}

void CustomersPage::addRowActions(const QList<QAction*>& actions) {
    QAction* first = m_table->actions().isEmpty() ? nullptr : m_table->actions().constFirst();
    m_table->insertActions(first, actions);
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_table->insertAction(first, separator);
}

void CustomersPage::updateBulkActions() {
    const auto count = m_table->selectionModel() != nullptr ? m_table->selectionModel()->selectedRows().size() : 0;
    for (auto* action : {m_ownerAction, m_tagAction, m_costAction, m_archiveAction, m_restoreAction, m_exportAction}) {
        action->setEnabled(count > 0);
    }
    m_selectionButton->setEnabled(count > 0);
    m_selectionButton->setText(count > 1 ? tr("Selection (%L1)").arg(count) : tr("Selection"));
}

void CustomersPage::assignOwner() {
    const auto ids = selectedIds();
    if (ids.isEmpty() || m_workspace.repository == nullptr) {
        return;
    }
    QStringList owners;
    for (int i = 1; i < m_owner->count(); ++i) {
        owners << m_owner->itemText(i);
    }
    bool ok = false;
    const QString owner =
        QInputDialog::getItem(this, tr("Assign owner"),
                              tr("Sales manager responsible for the selected customers (%L1):").arg(ids.size()), owners,
                              0, true, &ok)
            .trimmed();
    if (!ok) {
        return;
    }
    std::vector<core::Customer> before, after;
    for (const auto id : ids) {
        if (auto customer = m_workspace.repository->customer(id)) {
            before.push_back(*customer);
            customer->owner = owner.toStdString();
            after.push_back(std::move(*customer));
        }
    }
    try {
        pushEdit(*m_workspace.undoStack, *m_workspace.repository, *m_workspace.notifier,
                 app::changeCustomers(std::move(before), std::move(after)),
                 tr("Assign owner %1 to customers (%L2)").arg(owner).arg(ids.size()));
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Assign owner"), tr("Nothing was changed: %1").arg(fromUtf8(error.what())));
        return;
    }
    loadFilterChoices();
}

void CustomersPage::addTag() {
    const auto ids = selectedIds();
    if (ids.isEmpty() || m_workspace.repository == nullptr) {
        return;
    }
    bool ok = false;
    const QString tag =
        QInputDialog::getText(this, tr("Add tag"),
                              tr("Tag (an interest or preference) for the selected customers (%L1):").arg(ids.size()),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || tag.isEmpty()) {
        return;
    }
    std::vector<core::Customer> before, after;
    for (const auto id : ids) {
        if (auto customer = m_workspace.repository->customer(id)) {
            before.push_back(*customer);
            if (std::find(customer->tags.begin(), customer->tags.end(), tag.toStdString()) == customer->tags.end()) {
                customer->tags.push_back(tag.toStdString());
            }
            after.push_back(std::move(*customer));
        }
    }
    try {
        pushEdit(*m_workspace.undoStack, *m_workspace.repository, *m_workspace.notifier,
                 app::changeCustomers(std::move(before), std::move(after)),
                 tr("Tag customers (%L1) with %2").arg(ids.size()).arg(tag));
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Add tag"), tr("Nothing was changed: %1").arg(fromUtf8(error.what())));
        return;
    }
    loadFilterChoices();
}

void CustomersPage::exportSelection(QString path) {
    const auto ids = selectedIds();
    if (ids.isEmpty() || !m_model) {
        return;
    }
    QString filter;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Export selected customers"), QStringLiteral("customers.xlsx"),
                                            tr("Excel workbooks (*.xlsx);;CSV files (*.csv);;vCard files (*.vcf)"),
                                            &filter);
        if (path.isEmpty()) {
            return;
        }
    }
    const bool vcard =
        path.endsWith(QStringLiteral(".vcf"), Qt::CaseInsensitive) ||
        (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) &&
         !path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) && filter.contains(QStringLiteral("vcf")));
    const bool xlsx =
        !vcard &&
        (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) ||
         (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) && filter.contains(QStringLiteral("xlsx"))));
    emit countChanged(tr("Exporting %Ln customer(s) …", nullptr, static_cast<int>(ids.size())));
    // The same columns as `rapport-cli export customers`, typed in XLSX; read on a worker, one customer at a
    // time by primary key, since a selection may hold the whole base.
    std::vector<core::CustomerId> selection(ids.begin(), ids.end());
    runOnWorker(
        this, m_workspace.databasePath,
        [selection, target = path.toStdString(), xlsx, vcard](storage::Repository& repository) -> std::int64_t {
            std::unique_ptr<reports::TableWriter> writer;
            std::ofstream csv;
            const std::string partial = target + ".partial";
            if (vcard) { // vCard 4.0: each customer, and the current contact persons of organisations
                std::ofstream out(partial, std::ios::binary | std::ios::trunc);
                const auto today = core::Date::today();
                std::int64_t cards = 0;
                for (const auto id : selection) {
                    if (const auto customer = repository.customer(id)) {
                        out << io::vcardsOf(*customer, repository.contactPersons(id), today);
                        ++cards;
                    }
                }
                out.flush();
                if (!out) {
                    throw std::runtime_error(
                        tr("the file could not be written completely (is the disk full?)").toStdString());
                }
                out.close();
                std::filesystem::rename(partial, target);
                return cards;
            }
            if (xlsx) {
                writer = std::make_unique<reports::XlsxWorkbook>(target);
            } else {
                csv.open(partial, std::ios::binary | std::ios::trunc);
                if (!csv) {
                    throw std::runtime_error(tr("the file cannot be created").toStdString());
                }
                writer = std::make_unique<reports::CsvTableWriter>(csv);
            }
            writer->beginTable("customers", "customers", reports::customerColumns());
            const auto currency = repository.currency();
            const std::string currencyCode = currency ? currency->code() : std::string();
            std::int64_t written = 0;
            for (const auto id : selection) {
                const auto customer = repository.customer(id);
                const auto totals = repository.customerRow(id);
                if (customer && totals) {
                    writer->addRow(reports::customerCells(*customer, *totals, currencyCode));
                    ++written;
                }
            }
            writer->endTable();
            if (xlsx) {
                static_cast<reports::XlsxWorkbook&>(*writer).close();
            } else {
                csv.flush();
                if (!csv) {
                    throw std::runtime_error(
                        tr("the file could not be written completely (is the disk full?)").toStdString());
                }
                csv.close();
                std::filesystem::rename(partial, target);
            }
            return written;
        },
        [this, path](const WorkResult<std::int64_t>& result) {
            if (!result.value) {
                QMessageBox::warning(this, tr("Export"),
                                     tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), result.error));
                return;
            }
            emit countChanged(tr("Exported %Ln customer(s) to %1", nullptr, static_cast<int>(*result.value))
                                  .arg(QDir::toNativeSeparators(path)));
        });
}

} // namespace rapport::ui
