#include "card/records_tab.h"

#include "commands.h"
#include "formatting.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace rapport::ui {

RecordsTab::RecordsTab(Workspace& workspace, const QStringList& headers, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    auto* layout = new QVBoxLayout(this);
    m_buttons = new QHBoxLayout();
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels(headers);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    layout->addLayout(m_buttons);
    layout->addWidget(m_tree, 1);
    m_buttons->addStretch(1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { selectionChanged(); });
}

QPushButton* RecordsTab::addButton(const QString& text, const QString& objectName, void (RecordsTab::*slot)()) {
    return addButton(text, objectName, [this, slot] { (this->*slot)(); });
}

QPushButton* RecordsTab::addButton(const QString& text, const QString& objectName, std::function<void()> action) {
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    connect(button, &QPushButton::clicked, this, std::move(action));
    return button;
}

void RecordsTab::showCustomer(core::CustomerId id) {
    m_customerId = id;
    m_tree->clear();
    auto* repo = repository();
    if (repo != nullptr && id > 0) {
        try {
            fill(*repo, id);
        } catch (const std::exception& error) {
            spdlog::error("reading the card's records of customer {} failed: {}", id, error.what());
        }
        m_tree->header()->resizeSections(QHeaderView::ResizeToContents);
    }
    selectionChanged();
}

QTreeWidgetItem* RecordsTab::currentItem() const {
    return m_tree->currentItem();
}

qlonglong RecordsTab::currentRecord() const {
    const auto* item = m_tree->currentItem();
    return item != nullptr ? item->data(0, kRecordRole).toLongLong() : 0;
}

storage::Repository* RecordsTab::repository() const {
    return m_workspace.repository;
}

bool RecordsTab::perform(app::Edit edit, const QString& text) {
    if (repository() == nullptr) {
        return false;
    }
    return saveEdit(this, *m_workspace.undoStack, *repository(), *m_workspace.notifier, std::move(edit), text)
        .has_value();
}

} // namespace rapport::ui
