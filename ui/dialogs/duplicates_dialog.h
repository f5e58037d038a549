#pragma once

#include "io/duplicates.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rapport::ui {

struct Workspace;

/**
 * Edit > Find duplicates: customers who are probably one and the same (a shared e-mail or phone, the same or
 * nearly the same name), found on a worker; open either to compare, or merge the later into the earlier,
 * which moves all their episodes and contact persons and records the merge.
 */
class DuplicatesDialog final : public QDialog {
    Q_OBJECT

public:
    DuplicatesDialog(Workspace& workspace, QWidget* parent);
    /** Looks for candidates on a worker; `searched` follows. */
    void search();
    [[nodiscard]] int candidateCount() const;
    /** Merges the candidate in `row` (its later customers into its first) after the user confirms. */
    void mergeRow(int row, bool confirm = true);

signals:
    void searched();
    void merged();

private:
    void showCandidates(const std::vector<io::DuplicateCandidate>& candidates);

    Workspace& m_workspace;
    std::vector<io::DuplicateCandidate> m_candidates;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_merge = nullptr;
};

} // namespace rapport::ui
