#include "dialogs/service_levels_dialog.h"

#include "analysis_service.h"
#include "app/service_levels.h"
#include "commands.h"
#include "dialogs/service_level_dialog.h"
#include "service_level_text.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

namespace {

enum LevelColumn { RankColumn, NameColumn, RuleColumn, IntervalColumn, CustomersColumn, EntitlementColumn };
constexpr int kLevelRole = Qt::UserRole + 1;

} // namespace

ServiceLevelsDialog::ServiceLevelsDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace) {
    setWindowTitle(tr("Service levels"));
    setObjectName(QStringLiteral("serviceLevelsDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Service follows value: each customer takes the first level, by rank, whose rule the "
                                "last analysis meets. Customers of a level not contacted for longer than its "
                                "interval appear under Needs attention."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("serviceLevelList"));
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels(
        {tr("Rank"), tr("Level"), tr("Rule"), tr("Contact every"), tr("Customers"), tr("Entitles to")});
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);

    auto* buttons = new QHBoxLayout();
    auto* add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addLevelButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editLevelButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeLevelButton"));
    m_suggested = new QPushButton(tr("Add &suggested levels"), this);
    m_suggested->setObjectName(QStringLiteral("suggestedLevelsButton"));
    m_suggested->setToolTip(tr("Win-back, key, regular and occasional, after the seeds: special rewards for the best "
                               "customers, incentives for regular ones, special offers for those who recently left"));
    for (auto* button : {add, m_edit, m_remove, m_suggested}) {
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, &ServiceLevelsDialog::addLevel);
    connect(m_edit, &QPushButton::clicked, this, &ServiceLevelsDialog::editLevel);
    connect(m_remove, &QPushButton::clicked, this, &ServiceLevelsDialog::removeLevel);
    connect(m_suggested, &QPushButton::clicked, this, &ServiceLevelsDialog::addSuggested);
    connect(m_list, &QTreeWidget::itemActivated, this, &ServiceLevelsDialog::editLevel);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_edit->setEnabled(m_list->currentItem() != nullptr);
        m_remove->setEnabled(m_list->currentItem() != nullptr);
    });
    connect(close, &QDialogButtonBox::rejected, this, [this] {
        // Customers take new rules at the next run: offer it, rather than leave the lists showing old levels.
        if (m_changed && m_workspace.analysis != nullptr &&
            QMessageBox::question(
                this, tr("Service levels"),
                tr("The levels changed. Run the analysis now so that customers take their levels?")) ==
                QMessageBox::Yes) {
            m_workspace.analysis->run();
        }
        reject();
    });
    resize(860, 380);
    reload();
}

void ServiceLevelsDialog::reload() {
    const auto current = m_list->currentItem() ? m_list->currentItem()->data(0, kLevelRole).toLongLong() : 0;
    m_list->clear();
    const auto levels = m_workspace.repository->serviceLevels();
    for (const auto& [level, customers] : levels) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, kLevelRole, QVariant::fromValue<qlonglong>(level.id));
        item->setText(RankColumn, QString::number(level.rank));
        item->setText(NameColumn, QString::fromStdString(level.name));
        item->setText(RuleColumn, serviceLevelRuleText(level.rule));
        item->setToolTip(RuleColumn, item->text(RuleColumn));
        item->setText(IntervalColumn, tr("%n day(s)", nullptr, level.contactIntervalDays));
        item->setText(CustomersColumn, QLocale().toString(static_cast<qlonglong>(customers)));
        item->setTextAlignment(CustomersColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(EntitlementColumn, QString::fromStdString(level.entitlement));
        item->setToolTip(EntitlementColumn, item->text(EntitlementColumn));
        if (level.id == current) {
            m_list->setCurrentItem(item);
        }
    }
    for (int c = RankColumn; c < EntitlementColumn; ++c) {
        m_list->resizeColumnToContents(c);
    }
    if (m_list->currentItem() == nullptr && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    m_edit->setEnabled(m_list->currentItem() != nullptr);
    m_remove->setEnabled(m_list->currentItem() != nullptr);
    const auto suggested = core::suggestedServiceLevels();
    m_suggested->setEnabled(std::any_of(suggested.begin(), suggested.end(), [&](const core::ServiceLevel& s) {
        return std::none_of(levels.begin(), levels.end(), [&](const auto& l) { return l.level.name == s.name; });
    }));
}

void ServiceLevelsDialog::levelsChanged() {
    m_changed = true;
    reload();
}

void ServiceLevelsDialog::addLevel() {
    core::ServiceLevel level;
    level.rank = m_list->topLevelItemCount() + 1;
    ServiceLevelDialog dialog(level, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const auto added = dialog.level();
    if (saveEdit(this, *m_workspace.undoStack, *m_workspace.repository, *m_workspace.notifier, app::Edit().add(added),
                 tr("Add service level %1").arg(QString::fromStdString(added.name)))) {
        levelsChanged();
    }
}

void ServiceLevelsDialog::editLevel() {
    auto* item = m_list->currentItem();
    if (item == nullptr) {
        return;
    }
    const auto stored = m_workspace.repository->serviceLevel(item->data(0, kLevelRole).toLongLong());
    if (!stored) {
        reload();
        return;
    }
    ServiceLevelDialog dialog(*stored, this);
    if (dialog.exec() != QDialog::Accepted || dialog.level() == *stored) {
        return;
    }
    if (saveEdit(this, *m_workspace.undoStack, *m_workspace.repository, *m_workspace.notifier,
                 app::Edit().replace(*stored, dialog.level()),
                 tr("Change service level %1").arg(QString::fromStdString(stored->name)))) {
        levelsChanged();
    }
}

void ServiceLevelsDialog::removeLevel() {
    auto* item = m_list->currentItem();
    if (item == nullptr) {
        return;
    }
    const auto stored = m_workspace.repository->serviceLevel(item->data(0, kLevelRole).toLongLong());
    if (!stored) {
        reload();
        return;
    }
    const auto name = QString::fromStdString(stored->name);
    if (QMessageBox::question(this, tr("Remove service level"),
                              tr("Remove the level %1? Its customers have no level until the next analysis run; their "
                                 "history keeps it.")
                                  .arg(name)) != QMessageBox::Yes) {
        return;
    }
    if (saveEdit(this, *m_workspace.undoStack, *m_workspace.repository, *m_workspace.notifier,
                 app::Edit().remove(*stored), tr("Remove service level %1").arg(name))) {
        levelsChanged();
    }
}

void ServiceLevelsDialog::addSuggested() {
    auto edit = app::addSuggestedServiceLevels(*m_workspace.repository);
    if (edit.empty()) {
        return;
    }
    if (saveEdit(this, *m_workspace.undoStack, *m_workspace.repository, *m_workspace.notifier, std::move(edit),
                 tr("Add the suggested service levels"))) {
        levelsChanged();
    }
}

} // namespace rapport::ui
