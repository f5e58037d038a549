#include "pages/dashboard_page.h"

#include "analysis_service.h"
#include "attention_list.h"
#include "background.h"
#include "churn_words.h"
#include "due_work_loader.h"
#include "follow_up_list.h"
#include "formatting.h"
#include "platform/paths.h"
#include "storage/repository.h"
#include "task_list.h"
#include "winback_list.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace rapport::ui {

namespace {

constexpr int kListRows = 50;
constexpr int kIdRole = FollowUpList::kCustomerIdRole; // both lists open the customer the same way

QTreeWidget* makeList(const QStringList& headers, QWidget* parent) {
    auto* tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setMinimumHeight(180);
    return tree;
}

QTableWidget* makeTable(const QStringList& headers, int rows, QWidget* parent) {
    auto* table = new QTableWidget(rows, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    for (int column = 0; column < table->columnCount(); ++column) {
        QString full = headers[column];
        table->horizontalHeaderItem(column)->setToolTip(full.replace(QLatin1Char('\n'), QLatin1Char(' ')));
    }
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The names take what they need; the figures share the rest: the table never scrolls sideways.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    // Every row visible without scrolling: the tables are short.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() +
                            rows * (table->fontMetrics().height() + 8) + 4);
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return table;
}

QTableWidgetItem* number(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

DashboardPage::DashboardPage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);

    m_status = new QLabel(content);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);

    m_tiles = new QGridLayout();
    m_active = addTile(0, tr("Active customers\n(bought in the window)"));
    m_revenue = addTile(1, tr("Revenue in the window"));
    m_top20 = addTile(2, tr("Top 20 % of customers' share of revenue\n(benchmark: 80 %)"));
    m_churn = addTile(3, tr("Churn of last year's buyers\n(lost: recorded · lapsed: by rule)"));
    m_atRiskCount = addTile(4, tr("Customers at risk"));
    layout->addLayout(m_tiles);

    auto* middle = new QHBoxLayout();
    auto* ladderBox = new QGroupBox(tr("Relationship ladder"), content);
    auto* ladderLayout = new QVBoxLayout(ladderBox);
    m_ladder = makeTable({tr("Stage"), tr("Customers"), tr("Climbed in the window")},
                         static_cast<int>(core::kLadderStages), ladderBox);
    m_ladder->setObjectName(QStringLiteral("dashboardLadder"));
    ladderLayout->addWidget(m_ladder);
    auto* groupBox = new QGroupBox(tr("Four groups by purchase cost and frequency"), content);
    auto* groupLayout = new QVBoxLayout(groupBox);
    // Two-line headers: on one line the figures' columns cut them to "hare of revenu" at 1024 pixels.
    m_groups = makeTable({tr("Group"), tr("Customers"), tr("Share of\nrevenue"), tr("Average\nrevenue")}, 4, groupBox);
    m_groups->setObjectName(QStringLiteral("dashboardGroups"));
    groupLayout->addWidget(m_groups);
    middle->addWidget(ladderBox, 1);
    middle->addWidget(groupBox, 1);
    layout->addLayout(middle);

    auto* bottom = new QHBoxLayout();
    auto* riskBox = new QGroupBox(tr("At risk, by value at stake (double-click opens the customer)"), content);
    auto* riskLayout = new QVBoxLayout(riskBox);
    m_atRisk = makeList({tr("Customer"), tr("Value at\nstake"), tr("Days since\nlast purchase"), tr("Why")}, riskBox);
    m_atRisk->setObjectName(QStringLiteral("atRiskList"));
    riskLayout->addWidget(m_atRisk);
    m_atRiskShown = new QLabel(riskBox);
    m_atRiskShown->setObjectName(QStringLiteral("atRiskShown"));
    m_atRiskShown->setWordWrap(true);
    m_atRiskShown->setMinimumHeight(m_atRiskShown->fontMetrics().lineSpacing() * 2); // a squeezed page cut its link off
    riskLayout->addWidget(m_atRiskShown);
    connect(m_atRiskShown, &QLabel::linkActivated, this, [this] {
        if (m_workspace.showCustomers) {
            storage::CustomerFilter atRisk;
            atRisk.churnStatus = core::ChurnStatus::AtRisk;
            m_workspace.showCustomers(atRisk);
        }
    });
    // Follow-ups of episodes and tasks are both "what to do today": two tabs of one box.
    auto* workBox = new QGroupBox(tr("What is due (double-click opens the customer)"), content);
    auto* workLayout = new QVBoxLayout(workBox);
    m_work = new QTabWidget(workBox);
    m_work->setObjectName(QStringLiteral("dueWorkTabs"));
    workLayout->addWidget(m_work);
    auto* followBox = new QWidget(m_work);
    auto* followLayout = new QVBoxLayout(followBox);
    followLayout->setContentsMargins(0, 0, 0, 0);
    m_followUps = new FollowUpList(followBox);
    m_followUps->setMinimumHeight(180);
    m_followUps->setObjectName(QStringLiteral("dueFollowUpList"));
    followLayout->addWidget(m_followUps);
    m_followUpsShown = new QLabel(followBox);
    m_followUpsShown->setObjectName(QStringLiteral("followUpsShown"));
    m_followUpsShown->setWordWrap(true);
    m_followUpsShown->setMinimumHeight(m_followUpsShown->fontMetrics().lineSpacing() *
                                       2); // a squeezed page cut its link off
    followLayout->addWidget(m_followUpsShown);
    connect(m_followUpsShown, &QLabel::linkActivated, this, [this] {
        if (m_workspace.showFollowUps) {
            m_workspace.showFollowUps();
        }
    });
    connect(m_followUps, &FollowUpList::loaded, this, [this] {
        QString text = m_followUps->summary().toHtmlEscaped();
        if (m_followUps->hasMore()) {
            text += QStringLiteral(" <a href=\"#all\">%1</a>").arg(tr("All follow-ups on the Episodes page"));
        }
        m_followUpsShown->setText(text);
    });
    m_work->addTab(followBox, tr("&Follow-ups"));

    auto* taskBox = new QWidget(m_work);
    auto* taskLayout = new QVBoxLayout(taskBox);
    taskLayout->setContentsMargins(0, 0, 0, 0);
    auto* ownerRow = new QHBoxLayout();
    m_taskOwner = new QComboBox(taskBox);
    m_taskOwner->setObjectName(QStringLiteral("taskOwner"));
    m_taskOwner->setToolTip(tr("Whose tasks: yours, a colleague's or everyone's"));
    auto* ownerLabel = new QLabel(tr("&Whose:"), taskBox);
    ownerLabel->setBuddy(m_taskOwner);
    ownerRow->addWidget(ownerLabel);
    ownerRow->addWidget(m_taskOwner, 1);
    taskLayout->addLayout(ownerRow);
    m_tasks = new TaskList(taskBox);
    m_tasks->setObjectName(QStringLiteral("dueTaskList"));
    m_tasks->setMinimumHeight(150);
    taskLayout->addWidget(m_tasks);
    m_tasksShown = new QLabel(taskBox);
    m_tasksShown->setObjectName(QStringLiteral("tasksShown"));
    m_tasksShown->setWordWrap(true);
    m_tasksShown->setMinimumHeight(m_tasksShown->fontMetrics().lineSpacing() * 2);
    taskLayout->addWidget(m_tasksShown);
    m_work->addTab(taskBox, tr("&Tasks"));
    connect(m_taskOwner, &QComboBox::activated, this, [this] {
        QSettings().setValue(QStringLiteral("dashboard/taskOwner"), m_taskOwner->currentData());
        showTasks();
    });
    connect(m_tasksShown, &QLabel::linkActivated, m_tasks, &TaskList::loadMore);
    connect(m_tasks, &TaskList::loaded, this, [this] {
        QString text = m_tasks->summary().toHtmlEscaped();
        if (text.isEmpty()) {
            text = tr("Nothing due.");
        }
        if (m_tasks->hasMore()) {
            text += QStringLiteral(" <a href=\"#more\">%1</a>").arg(tr("Show more"));
        }
        m_tasksShown->setText(text);
        const auto due = m_tasks->topLevelItemCount();
        m_work->setTabText(1, due == 0             ? tr("&Tasks")
                              : m_tasks->hasMore() ? tr("&Tasks (%L1+)", "more than this many").arg(due)
                                                   : tr("&Tasks (%L1)").arg(due));
    });

    // The seeds' commonest cause of loss is lack of attention: the customers to turn to now, with the reason.
    auto* attentionBox = new QWidget(m_work);
    auto* attentionLayout = new QVBoxLayout(attentionBox);
    attentionLayout->setContentsMargins(0, 0, 0, 0);
    m_attention = new AttentionList(attentionBox);
    m_attention->setMinimumHeight(180);
    m_attention->setObjectName(QStringLiteral("attentionList"));
    attentionLayout->addWidget(m_attention);
    m_attentionShown = new QLabel(attentionBox);
    m_attentionShown->setObjectName(QStringLiteral("attentionShown"));
    m_attentionShown->setWordWrap(true);
    attentionLayout->addWidget(m_attentionShown);
    m_work->addTab(attentionBox, tr("Needs &attention"));
    connect(m_attention, &AttentionList::loaded, this, [this] {
        m_attentionShown->setText(m_attention->summary());
        const auto total = static_cast<qlonglong>(m_attention->total());
        m_work->setTabText(2, m_attention->isLoading() || total == 0 ? tr("Needs &attention")
                                                                     : tr("Needs &attention (%L1)").arg(total));
    });

    // Those already gone: lost or lapsed lately, by value at stake, and what winning them back achieved and cost.
    auto* winBackBox = new QWidget(m_work);
    auto* winBackLayout = new QVBoxLayout(winBackBox);
    winBackLayout->setContentsMargins(0, 0, 0, 0);
    m_winBack = new WinBackList(winBackBox);
    m_winBack->setMinimumHeight(150);
    m_winBack->setObjectName(QStringLiteral("winBackList"));
    winBackLayout->addWidget(m_winBack);
    m_winBackShown = new QLabel(winBackBox);
    m_winBackShown->setObjectName(QStringLiteral("winBackShown"));
    m_winBackShown->setTextFormat(Qt::RichText);
    m_winBackShown->setWordWrap(true);
    winBackLayout->addWidget(m_winBackShown);
    m_work->addTab(winBackBox, tr("Wi&n-back"));
    connect(m_winBack, &WinBackList::loaded, this, [this] {
        m_winBackShown->setText(m_winBack->summary());
        m_winBackShown->setToolTip(m_winBack->reasonTable());
        const auto total = static_cast<qlonglong>(m_winBack->total());
        m_work->setTabText(3,
                           m_winBack->isLoading() || total == 0 ? tr("Wi&n-back") : tr("Wi&n-back (%L1)").arg(total));
    });

    m_dueWork = new DueWorkLoader(m_attention, m_winBack, this);

    bottom->addWidget(riskBox, 1);
    bottom->addWidget(workBox, 1);
    layout->addLayout(bottom, 1);

    for (QTreeWidget* list :
         std::initializer_list<QTreeWidget*>{m_atRisk, m_followUps, m_tasks, m_attention, m_winBack}) {
        connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
            if (item != nullptr && m_workspace.openCustomer) {
                m_workspace.openCustomer(item->data(0, kIdRole).toLongLong());
            }
        });
    }
    refresh();
}

QLabel* DashboardPage::addTile(int column, const QString& caption) {
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(frame);
    auto* value = new QLabel(QStringLiteral("–"), frame);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    value->setFont(font);
    auto* label = new QLabel(caption, frame);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(value);
    layout->addWidget(label);
    layout->addStretch(1);
    m_tiles->addWidget(frame, 0, column);
    return value;
}

void DashboardPage::databaseChanged() {
    // The other database's rows go at once: they would wait on screen through this one's analysis, and their ids
    // would open other customers here.
    m_dueWork->reload({}, kListRows);
    loadTaskOwners(); // also shows the tasks
    refresh();
}

void DashboardPage::refresh() {
    showFollowUps();
    // After an analysis (new scores) or a change (a contact logged, a complaint answered): computed on a worker.
    // While an analysis runs they wait for it: its end brings them again from the scores it stores, and each
    // reads the whole base (10 s at a million customers), which beside the analysis only slowed both.
    if (m_workspace.analysis != nullptr && m_workspace.analysis->isRunning()) {
        m_dueWork->waitForAnalysis();
    } else {
        m_dueWork->reload(m_workspace.databasePath, kListRows);
    }
    const auto snapshot = m_workspace.analysis != nullptr ? m_workspace.analysis->snapshot() : nullptr;
    m_atRisk->clear();
    if (!snapshot) {
        const bool running = m_workspace.analysis != nullptr && m_workspace.analysis->isRunning();
        m_status->setText(running ? tr("Analysing the customer base in the background; the figures appear when it "
                                       "is done. Follow-ups are already listed.")
                                  : tr("No analysis yet. It runs in the background when a database opens, and again "
                                       "with View > Run analysis (F5)."));
        for (auto* tile : {m_active, m_revenue, m_top20, m_churn, m_atRiskCount}) {
            tile->setText(QStringLiteral("–"));
        }
        m_ladder->clearContents();
        m_groups->clearContents();
        return;
    }
    const auto& a = snapshot->analysis;
    m_status->setText(
        tr("Analysis of %Ln customer(s) up to %1 (window %2 – %3), %4 model.", nullptr,
           static_cast<int>(snapshot->customers))
            .arg(formatDate(a.until), formatDate(a.current.from), formatDate(a.current.to),
                 snapshot->options.model == analytics::PurchaseModel::BgNbd ? tr("BG/NBD") : tr("Pareto/NBD")));
    m_active->setText(formatCount(a.activeCustomers));
    m_revenue->setText(formatAmount(static_cast<double>(a.revenueInWindowMinor) / 100.0));
    m_top20->setText(formatPercent(a.ranking.top20RevenueShare));
    const auto lapsedNow = a.churn.customersPerStatus[static_cast<std::size_t>(core::ChurnStatus::Lapsed)];
    if (a.churn.buyersAYearAgo == 0) {
        // Less than a year of purchases: no yearly rate, but the lapsed customers are there all the same.
        // One line per count, so each takes its plural form.
        m_churn->setText(tr("%Ln lost", "customers", static_cast<int>(a.churn.lostInLastYear)) + QLatin1Char('\n') +
                         tr("%Ln lapsed now", "customers", static_cast<int>(lapsedNow)));
    } else {
        m_churn->setText(
            tr("%1 (%Ln) lost", "share (number) of customers", static_cast<int>(a.churn.lostInLastYear))
                .arg(formatPercent(a.churn.churnRateLastYear, 1)) +
            QLatin1Char('\n') +
            tr("%1 (%Ln) lapsed", "share (number) of customers", static_cast<int>(a.churn.lapsedInLastYear))
                .arg(formatPercent(a.churn.lapsedRateLastYear, 1)));
    }
    m_atRiskCount->setText(
        formatCount(a.churn.customersPerStatus[static_cast<std::size_t>(core::ChurnStatus::AtRisk)]));

    for (std::size_t s = 0; s < core::kLadderStages; ++s) {
        const int row = static_cast<int>(s);
        m_ladder->setItem(row, 0, new QTableWidgetItem(ladderStageName(static_cast<core::LadderStage>(s))));
        m_ladder->setItem(row, 1, number(formatCount(a.ladder.customersPerStage[s])));
        m_ladder->setItem(row, 2, number(s == 0 ? QString() : formatCount(a.ladder.climbedDuringWindow[s])));
    }
    for (int g = 1; g <= 4; ++g) {
        const auto& figures = a.fourGroups.groups[static_cast<std::size_t>(g)];
        m_groups->setItem(g - 1, 0, new QTableWidgetItem(fourGroupName(g)));
        m_groups->setItem(g - 1, 1, number(formatCount(figures.customers)));
        m_groups->setItem(g - 1, 2, number(formatPercent(figures.revenueShare)));
        m_groups->setItem(g - 1, 3, number(formatAmount(figures.averageRevenue)));
    }

    // The snapshot keeps the at-risk customers by value at stake, the most valuable first.
    const auto atRiskTotal = static_cast<qlonglong>(snapshot->atRisk);
    const auto atRiskShown = std::min<qlonglong>(atRiskTotal, kListRows);
    if (atRiskTotal == 0) {
        m_atRiskShown->setText(tr("Nobody is at risk."));
    } else if (atRiskShown == atRiskTotal) {
        m_atRiskShown->setText(tr("All %Ln shown, the most valuable first.", nullptr, static_cast<int>(atRiskTotal)));
    } else {
        m_atRiskShown->setText(
            tr("%L1 of %Ln shown, the most valuable first.", nullptr, static_cast<int>(atRiskTotal)).arg(atRiskShown) +
            QStringLiteral(" <a href=\"#all\">%1</a>").arg(tr("All at risk in the customer list")));
    }
    const ChurnReasonNames churnReasons; // nobody at risk is lost: their reasons need no catalogue
    int shown = 0;
    for (const auto& risk : a.churn.atRisk) {
        if (shown++ == kListRows) {
            break;
        }
        auto* item = new QTreeWidgetItem(m_atRisk);
        item->setText(0, snapshot->name(risk.id));
        item->setData(0, kIdRole, QVariant::fromValue<qlonglong>(risk.id));
        item->setText(1, formatAmount(risk.valueAtStake));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, formatCount(risk.daysSinceLastPurchase));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        const QString why = churnAssessmentReason(risk, a.churn, churnReasons);
        item->setText(3, why);
        item->setToolTip(3, why);
    }
    m_atRisk->header()->resizeSections(QHeaderView::ResizeToContents);
}

void DashboardPage::showFollowUps() {
    m_followUps->reload(m_workspace.repository, kListRows);
    showTasks();
}

void DashboardPage::showTasks() {
    const QString owner = m_taskOwner->currentData().toString();
    m_tasks->reload(m_workspace.repository, owner.isEmpty() ? std::nullopt : std::optional(owner.toStdString()),
                    kListRows);
}

void DashboardPage::loadTaskOwners() {
    // The owners to choose from: everyone, this computer's user, and the sales managers customers are assigned to.
    // Their distinct names read the whole owner index: a worker does it, once per database, not on every edit.
    const QString me = fromUtf8(platform::userName());
    const QVariant chosen = QSettings().value(QStringLiteral("dashboard/taskOwner"), me);
    const auto fill = [this, me, chosen](const QStringList& names) {
        const QSignalBlocker block(m_taskOwner);
        m_taskOwner->clear();
        m_taskOwner->addItem(tr("Everyone's"), QString());
        QStringList owners{me};
        owners << names;
        owners.removeDuplicates();
        owners.removeAll(QString());
        for (const auto& name : owners) {
            m_taskOwner->addItem(name == me ? tr("Mine (%1)").arg(name) : name, name);
        }
        m_taskOwner->setCurrentIndex(std::max(0, m_taskOwner->findData(chosen)));
        showTasks();
    };
    fill({});
    if (m_workspace.databasePath.isEmpty()) {
        return;
    }
    runOnWorker(
        this, m_workspace.databasePath,
        [](storage::Repository& r) { return r.customerFieldValues(storage::CustomerField::Owner, 50); },
        [fill](const WorkResult<std::vector<std::string>>& result) {
            if (!result.value) {
                return; // the list keeps this user and everyone's
            }
            QStringList names;
            for (const auto& name : *result.value) {
                names << fromUtf8(name);
            }
            fill(names);
        });
}

} // namespace rapport::ui
