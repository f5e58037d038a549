#include "task_indicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace rapport::ui {

TaskIndicator::TaskIndicator(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0); // rows to read are not known in advance: a busy bar
    m_bar->setMaximumWidth(120);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the background work; nothing half-done is kept"));
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        if (m_cancel) {
            m_cancel();
        }
    });
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton);
    setVisible(false);
}

void TaskIndicator::begin(const QString& text, std::function<void()> cancel) {
    m_cancel = std::move(cancel);
    m_busy = true;
    m_label->setText(text);
    m_cancelButton->setEnabled(static_cast<bool>(m_cancel));
    setVisible(true);
}

void TaskIndicator::setText(const QString& text) {
    m_label->setText(text);
}

void TaskIndicator::end() {
    m_busy = false;
    m_cancel = nullptr;
    setVisible(false);
}

} // namespace rapport::ui
