#pragma once

#include "analytics/knowledge_audit.h"
#include "workspace.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace rapport::ui {

/**
 * The customer-knowledge audit on the analytics page: the seed's eight questions with how much of the base
 * (customers and value) each is answered for, what is missing, and the customers to complete first (activating
 * one opens the customer's card). The audit reads the whole base, so it runs on a worker, and only when shown.
 */
class KnowledgeAuditView final : public QWidget {
    Q_OBJECT

public:
    KnowledgeAuditView(Workspace& workspace, QWidget* parent);
    ~KnowledgeAuditView() override;
    /** What the view shows may be out of date (another database, a new analysis run): audit again when shown. */
    void markStale();
    /** Audits again in the background when stale (or always with `force`). */
    void update(bool force = false);

    [[nodiscard]] QTreeWidget* questions() const { return m_questions; }
    [[nodiscard]] QTreeWidget* customersToComplete() const { return m_complete; }
    [[nodiscard]] bool isAuditing() const { return m_running; }

signals:
    /** The audit's answers are shown (or its failure). */
    void audited();

private:
    void show(const analytics::KnowledgeAudit& audit);
    void showQuestion(int row);

    Workspace& m_workspace;
    QLabel* m_status = nullptr;
    QPushButton* m_again = nullptr;
    QTreeWidget* m_questions = nullptr;
    QLabel* m_rule = nullptr;
    QTreeWidget* m_complete = nullptr;
    std::shared_ptr<const analytics::KnowledgeAudit> m_audit;
    bool m_stale = true;
    bool m_running = false;
};

} // namespace rapport::ui
