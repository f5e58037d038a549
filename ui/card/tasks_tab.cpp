#include "card/tasks_tab.h"

#include "app/relationship_edits.h"
#include "date_edit.h"
#include "dialogs/validation_message.h"
#include "formatting.h"
#include "platform/paths.h"
#include "storage/repository.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

/** Asks for a task's title, due date and owner; OK is refused while the title is empty. */
class TaskDialog final : public QDialog {
    // Its own translation context (without Q_OBJECT, tr() would be QDialog's and find none of these texts).
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::TaskDialog)

public:
    TaskDialog(core::Task task, QWidget* parent)
        : QDialog(parent)
        , m_task(std::move(task)) {
        setWindowTitle(tr("New task"));
        auto* layout = new QVBoxLayout(this);
        auto* form = new QFormLayout();
        layout->addLayout(form);
        m_title = new QLineEdit(fromUtf8(m_task.title), this);
        m_title->setObjectName(QStringLiteral("taskTitle"));
        m_title->setMinimumWidth(300);
        m_title->setPlaceholderText(tr("e.g. Call back before the contract ends"));
        m_due = new DateEdit(QDate::currentDate().addDays(7), this);
        m_due->setObjectName(QStringLiteral("taskDue"));
        m_owner = new QLineEdit(fromUtf8(m_task.owner), this);
        m_owner->setObjectName(QStringLiteral("taskOwner"));
        form->addRow(tr("&Task:"), m_title);
        form->addRow(tr("&Due:"), m_due);
        form->addRow(tr("&Owner:"), m_owner);
        m_error = addValidationMessage(this, layout);
        addOkCancel(this, layout);
    }

    [[nodiscard]] core::Task task() const {
        auto t = m_task;
        t.title = m_title->text().trimmed().toStdString();
        t.dueOn = fromQDate(m_due->date());
        t.owner = m_owner->text().trimmed().toStdString();
        return t;
    }

    void accept() override {
        const QString problems = describeFieldErrors(core::validationErrors(task()));
        if (showProblems(m_error, problems, tr("Please correct:"))) {
            QDialog::accept();
        }
    }

private:
    core::Task m_task;
    QLineEdit* m_title = nullptr;
    DateEdit* m_due = nullptr;
    QLineEdit* m_owner = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace

TasksTab::TasksTab(Workspace& workspace, QWidget* parent)
    : RecordsTab(workspace, {tr("Due"), tr("Task"), tr("Owner"), tr("Done")}, parent) {
    tree()->setObjectName(QStringLiteral("taskTree"));
    addButton(tr("&Add task…"), QStringLiteral("addTask"), [this] { addTask(); });
    m_done = addButton(tr("&Done"), QStringLiteral("taskDone"), [this] { toggleDone(); });
    connect(tree(), &QTreeWidget::itemActivated, this, [this] { toggleDone(); });
}

void TasksTab::fill(storage::Repository& repository, core::CustomerId id) {
    m_tasks = repository.tasks(id);
    const QDate today = QDate::currentDate();
    for (std::size_t i = 0; i < m_tasks.size(); ++i) {
        const auto& t = m_tasks[i];
        auto* item = new QTreeWidgetItem(tree());
        item->setData(0, kRecordRole, static_cast<qlonglong>(i));
        item->setText(0, formatDate(t.dueOn));
        item->setText(1, fromUtf8(t.title));
        item->setText(2, fromUtf8(t.owner));
        item->setText(3, t.done ? tr("done") : (toQDate(t.dueOn) < today ? tr("overdue") : QString()));
        if (!t.done && toQDate(t.dueOn) < today) {
            item->setForeground(3, QColor(0xb0, 0x00, 0x20));
        }
    }
}

void TasksTab::selectionChanged() {
    const auto index = static_cast<std::size_t>(currentRecord());
    const bool any = currentItem() != nullptr && index < m_tasks.size();
    m_done->setEnabled(any);
    m_done->setText(any && m_tasks[index].done ? tr("&Open again") : tr("&Done"));
}

void TasksTab::addTask() {
    if (customerId() <= 0) {
        return;
    }
    core::Task task;
    task.customerId = customerId();
    task.owner = platform::userName();
    TaskDialog dialog(task, this);
    if (dialog.exec() == QDialog::Accepted) {
        const auto added = dialog.task();
        perform(app::addTask(added), tr("Add task %1").arg(fromUtf8(added.title)));
    }
}

void TasksTab::toggleDone() {
    const auto index = static_cast<std::size_t>(currentRecord());
    if (currentItem() == nullptr || index >= m_tasks.size()) {
        return;
    }
    const auto before = m_tasks[index];
    auto after = before;
    after.done = !before.done;
    perform(app::changeTask(before, after), after.done ? tr("Task done: %1").arg(fromUtf8(before.title))
                                                       : tr("Task open again: %1").arg(fromUtf8(before.title)));
}

} // namespace rapport::ui
