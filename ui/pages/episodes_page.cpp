#include "pages/episodes_page.h"

#include "app/customer_edits.h"
#include "app/relationship_edits.h"
#include "commands.h"
#include "date_edit.h"
#include "dialogs/enum_combo.h"
#include "episode_list_model.h"
#include "follow_up_list.h"
#include "formatting.h"
#include "storage/repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace rapport::ui {

namespace {

constexpr int kFollowUpRows = 200; // a page; "Show more" reads the next

} // namespace

EpisodesPage::EpisodesPage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout();
    m_from = new DateEdit(QDate::currentDate().addMonths(-3), this);
    m_to = new DateEdit(QDate::currentDate(), this);
    m_kind = new QComboBox(this);
    fillEnumCombo<core::EpisodeKind>(m_kind, tr("All kinds"));
    m_channel = new QComboBox(this);
    fillEnumCombo<core::Channel>(m_channel, tr("All channels"));
    m_criticalOnly = new QCheckBox(tr("Critical only"), this);
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_kind);
    filters->addWidget(m_channel);
    filters->addWidget(m_criticalOnly);
    filters->addStretch(1);
    layout->addLayout(filters);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("episodeTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    auto* followBox = new QGroupBox(tr("Follow-ups due today and overdue"), splitter);
    auto* followLayout = new QVBoxLayout(followBox);
    m_followUps = new FollowUpList(followBox);
    m_followUps->setObjectName(QStringLiteral("episodeFollowUps"));
    followLayout->addWidget(m_followUps);
    m_followUpsShown = new QLabel(followBox);
    m_followUpsShown->setObjectName(QStringLiteral("episodeFollowUpsShown"));
    m_followUpsShown->setWordWrap(true);
    followLayout->addWidget(m_followUpsShown);
    auto* followButtons = new QHBoxLayout();
    m_done = new QPushButton(tr("Mark &done"), followBox);
    m_done->setToolTip(tr("The selected follow-up is done (Edit > Undo takes it back)"));
    m_done->setEnabled(false);
    m_moreFollowUps = new QPushButton(tr("Show &more"), followBox);
    m_moreFollowUps->setObjectName(QStringLiteral("moreFollowUps"));
    m_moreFollowUps->setToolTip(tr("The next %n older follow-ups", nullptr, kFollowUpRows));
    followButtons->addWidget(m_done);
    followButtons->addStretch(1);
    followButtons->addWidget(m_moreFollowUps);
    followLayout->addLayout(followButtons);
    connect(m_moreFollowUps, &QPushButton::clicked, m_followUps, &FollowUpList::loadMore);
    connect(m_followUps, &FollowUpList::loaded, this, [this] {
        m_followUpsShown->setText(m_followUps->summary());
        m_moreFollowUps->setEnabled(m_followUps->hasMore());
    });
    splitter->addWidget(m_table);
    splitter->addWidget(followBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_from, &DateEdit::dateChanged, this, &EpisodesPage::applyFilter);
    connect(m_to, &DateEdit::dateChanged, this, &EpisodesPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EpisodesPage::applyFilter);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &EpisodesPage::applyFilter);
    connect(m_criticalOnly, &QCheckBox::toggled, this, &EpisodesPage::applyFilter);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (m_workspace.openCustomer && index.isValid()) {
            m_workspace.openCustomer(index.data(EpisodeListModel::CustomerIdRole).toLongLong());
        }
    });
    connect(m_followUps, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (m_workspace.openCustomer && item != nullptr) {
            m_workspace.openCustomer(item->data(0, FollowUpList::kCustomerIdRole).toLongLong());
        }
    });
    connect(m_followUps, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { m_done->setEnabled(item != nullptr); });
    connect(m_done, &QPushButton::clicked, this, &EpisodesPage::markFollowUpDone);
}

EpisodesPage::~EpisodesPage() = default;

void EpisodesPage::databaseChanged() {
    m_table->setModel(nullptr);
    m_model.reset();
    m_followUps->reload(nullptr, kFollowUpRows); // forgets the old database's repository and page cursor
    if (m_workspace.repository == nullptr) {
        return;
    }
    m_model = std::make_unique<EpisodeListModel>(*m_workspace.repository, this);
    m_table->setModel(m_model.get());
    m_table->setColumnWidth(EpisodeListModel::Date, 100);
    m_table->setColumnWidth(EpisodeListModel::Customer, 190);
    m_table->setColumnWidth(EpisodeListModel::Kind, 110);
    m_table->setColumnWidth(EpisodeListModel::Channel, 100);
    m_table->setColumnWidth(EpisodeListModel::Amount, 90);
    applyFilter();
}

void EpisodesPage::applyFilter() {
    if (m_model) {
        storage::EpisodeQuery query;
        query.from = fromQDate(m_from->date());
        query.to = fromQDate(m_to->date());
        query.kind = comboValue<core::EpisodeKind>(m_kind);
        query.channel = comboValue<core::Channel>(m_channel);
        query.criticalOnly = m_criticalOnly->isChecked();
        m_model->setQuery(query);
    }
    showFollowUps();
}

void EpisodesPage::reload() {
    if (m_model) {
        m_model->reload();
    }
    showFollowUps();
}

void EpisodesPage::showFollowUps() {
    m_followUps->reload(m_workspace.repository, kFollowUpRows);
    m_done->setEnabled(m_followUps->currentItem() != nullptr);
}

void EpisodesPage::markFollowUpDone() {
    auto* item = m_followUps->currentItem();
    auto* repository = m_workspace.repository;
    if (item == nullptr || repository == nullptr) {
        return;
    }
    const auto before = repository->episode(item->data(0, FollowUpList::kEpisodeIdRole).toLongLong());
    if (!before) {
        return;
    }
    auto after = *before;
    after.followUpDone = true;
    try {
        pushEdit(*m_workspace.undoStack, *repository, *m_workspace.notifier, app::changeEpisode(*before, after),
                 tr("Follow-up done"));
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Follow-up"), tr("Not saved: %1").arg(fromUtf8(error.what())));
    }
}

} // namespace rapport::ui
