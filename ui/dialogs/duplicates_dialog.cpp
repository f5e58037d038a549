#include "dialogs/duplicates_dialog.h"

#include "app/merge.h"
#include "background.h"
#include "commands.h"
#include "formatting.h"
#include "platform/paths.h"
#include "storage/repository.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

/** Why the customers look like one, in the user's words, with what they share. */
QString evidenceText(const io::DuplicateCandidate& candidate) {
    const auto shared = [&](std::size_t i) {
        return i < candidate.shared.size() ? fromUtf8(candidate.shared[i]) : QString();
    };
    switch (candidate.evidence) {
    case io::DuplicateEvidence::SameEmail:
        return DuplicatesDialog::tr("same e-mail %1").arg(shared(0));
    case io::DuplicateEvidence::SamePhone:
        return DuplicatesDialog::tr("same phone %1").arg(shared(0));
    case io::DuplicateEvidence::SameName:
        return DuplicatesDialog::tr("same name: %1").arg(shared(0));
    case io::DuplicateEvidence::SimilarNames:
        return DuplicatesDialog::tr("similar names: %1 / %2").arg(shared(0), shared(1));
    }
    return fromUtf8(candidate.reason);
}

} // namespace

DuplicatesDialog::DuplicatesDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace) {
    setWindowTitle(tr("Find duplicates"));
    resize(760, 460);
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("duplicates"));
    m_table->setHorizontalHeaderLabels({tr("Customers"), tr("Why")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open first"), QDialogButtonBox::ActionRole);
    m_merge = buttons->addButton(tr("&Merge into the first…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && m_workspace.openCustomer) {
            m_workspace.openCustomer(m_candidates[static_cast<std::size_t>(row)].customers.front());
        }
    });
    connect(m_merge, &QPushButton::clicked, this, [this] { mergeRow(m_table->currentRow()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_open->setEnabled(m_table->currentRow() >= 0);
        m_merge->setEnabled(m_table->currentRow() >= 0);
    });
    m_open->setEnabled(false);
    m_merge->setEnabled(false);
}

void DuplicatesDialog::search() {
    m_status->setText(tr("Looking for customers who share an e-mail or phone or have nearly the same name …"));
    m_table->setRowCount(0);
    // Reading every name is a whole-base pass: never on the UI thread.
    runOnWorker(
        this, m_workspace.databasePath, [](storage::Repository& repository) { return io::findDuplicates(repository); },
        [this](const WorkResult<std::vector<io::DuplicateCandidate>>& result) {
            if (result.value) {
                showCandidates(*result.value);
            } else {
                m_status->setText(tr("The search failed: %1").arg(result.error));
            }
            emit searched();
        });
}

int DuplicatesDialog::candidateCount() const {
    return static_cast<int>(m_candidates.size());
}

void DuplicatesDialog::showCandidates(const std::vector<io::DuplicateCandidate>& candidates) {
    m_candidates = candidates;
    m_table->setRowCount(static_cast<int>(candidates.size()));
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        QStringList names;
        for (const auto id : candidates[i].customers) {
            const auto row = m_workspace.repository ? m_workspace.repository->customerRow(id) : std::nullopt;
            // Namesakes are what this dialog is about: city and number tell them apart.
            names << (row ? customerChoiceLabel(row->displayName, row->city, id) : tr("#%1").arg(id));
        }
        auto* item = new QTableWidgetItem(names.join(QStringLiteral("; ")));
        item->setToolTip(names.join(QLatin1Char('\n')));
        m_table->setItem(static_cast<int>(i), 0, item);
        m_table->setItem(static_cast<int>(i), 1, new QTableWidgetItem(evidenceText(candidates[i])));
    }
    m_table->resizeColumnToContents(0);
    m_status->setText(candidates.empty() ? tr("No probable duplicates.")
                                         : tr("%n probable duplicate(s). Open the first to compare; merging moves "
                                              "everything of the others onto the first and cannot be undone.",
                                              nullptr, static_cast<int>(candidates.size())));
}

void DuplicatesDialog::mergeRow(int row, bool confirm) {
    if (row < 0 || row >= candidateCount() || m_workspace.repository == nullptr) {
        return;
    }
    const auto& candidate = m_candidates[static_cast<std::size_t>(row)];
    const auto kept = candidate.customers.front();
    if (confirm && QMessageBox::question(
                       this, tr("Merge customers"),
                       tr("Move the episodes, contact persons, tasks, costs and contact data of %1 "
                          "onto customer #%2 and remove them? A merge cannot be undone, and Edit > Undo forgets the "
                          "changes made before it.")
                           .arg(m_table->item(row, 0)->text())
                           .arg(kept)) != QMessageBox::Yes) {
        return;
    }
    const auto user = platform::userName();
    try {
        // The whole group in one transaction: all of it merged, or none.
        const std::vector<core::CustomerId> others(candidate.customers.begin() + 1, candidate.customers.end());
        app::mergeCustomers(*m_workspace.repository, kept, others, user);
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Merge customers"),
                             tr("Nothing was merged: %1").arg(QString::fromUtf8(error.what())));
        return;
    }
    // A merge cannot be undone, and earlier edits of the removed customers could no longer be: the undo history
    // ends here, as the question before the merge said.
    if (m_workspace.undoStack != nullptr) {
        m_workspace.undoStack->clear();
    }
    m_candidates.erase(m_candidates.begin() + row);
    m_table->removeRow(row);
    if (m_workspace.notifier != nullptr) {
        emit m_workspace.notifier->customersChanged({static_cast<qlonglong>(kept)});
    }
    emit merged();
}

} // namespace rapport::ui
