#include "knowledge_audit_view.h"

#include "app/customer_knowledge.h"
#include "background.h"
#include "formatting.h"
#include "reports/knowledge_text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

constexpr int kAuditCustomerIdRole = Qt::UserRole + 1;
constexpr int kCustomersToComplete = 50;

enum AuditColumn { NumberColumn, QuestionColumn, AuditCustomersColumn, ValueColumn, MissingColumn };

QProgressBar* coverageBar(double share, const QString& tip) {
    auto* bar = new QProgressBar();
    bar->setRange(0, 1000);
    bar->setValue(static_cast<int>(share * 1000 + 0.5));
    bar->setFormat(formatPercent(share));
    bar->setToolTip(tip);
    bar->setMaximumHeight(18);
    return bar;
}

} // namespace

KnowledgeAuditView::KnowledgeAuditView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("knowledgeAuditStatus"));
    m_status->setWordWrap(true);
    m_again = new QPushButton(tr("Audit again"), this);
    m_again->setToolTip(tr("Read the whole base again in the background"));
    bar->addWidget(m_status, 1);
    bar->addWidget(m_again);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_questions = new QTreeWidget(splitter);
    m_questions->setObjectName(QStringLiteral("knowledgeQuestions"));
    m_questions->setRootIsDecorated(false);
    m_questions->setAlternatingRowColors(true);
    m_questions->setHeaderLabels(
        {tr("No.", "a question's number"), tr("Question"), tr("Customers"), tr("By value"), tr("What is missing")});
    m_questions->header()->setStretchLastSection(true);
    m_questions->setColumnWidth(NumberColumn, 36);
    m_questions->setColumnWidth(QuestionColumn, 380);
    m_questions->setColumnWidth(AuditCustomersColumn, 80);
    m_questions->setColumnWidth(ValueColumn, 80);

    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_rule = new QLabel(lower);
    m_rule->setObjectName(QStringLiteral("knowledgeRule"));
    m_rule->setWordWrap(true);
    m_complete = new QTreeWidget(lower);
    m_complete->setObjectName(QStringLiteral("knowledgeCustomersToComplete"));
    m_complete->setRootIsDecorated(false);
    m_complete->setAlternatingRowColors(true);
    m_complete->setUniformRowHeights(true);
    m_complete->setHeaderLabels({tr("Customer"), tr("Value"), tr("What is missing")});
    m_complete->setColumnWidth(0, 260);
    m_complete->setColumnWidth(1, 110);
    lowerLayout->addWidget(m_rule);
    lowerLayout->addWidget(m_complete, 1);
    splitter->addWidget(m_questions);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_again, &QPushButton::clicked, this, [this] { update(true); });
    connect(m_questions, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { showQuestion(item ? m_questions->indexOfTopLevelItem(item) : -1); });
    connect(m_complete, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item != nullptr && m_workspace.openCustomer) {
            m_workspace.openCustomer(item->data(0, kAuditCustomerIdRole).toLongLong());
        }
    });
    m_status->setText(tr("The audit reads the whole base in the background when this tab is shown."));
}

KnowledgeAuditView::~KnowledgeAuditView() = default;

void KnowledgeAuditView::markStale() {
    m_stale = true;
}

void KnowledgeAuditView::update(bool force) {
    if (m_running || (!m_stale && !force)) {
        return;
    }
    if (m_workspace.repository == nullptr || m_workspace.databasePath.isEmpty()) {
        m_audit.reset();
        m_questions->clear();
        m_complete->clear();
        m_status->setText(tr("No database is open."));
        return;
    }
    m_stale = false;
    m_running = true;
    m_again->setEnabled(false);
    m_status->setText(tr("Auditing the customers' records in the background…"));
    runOnWorker(
        this, m_workspace.databasePath,
        [](storage::Repository& repository) {
            return app::auditCustomerKnowledge(repository, core::Date::today(), kCustomersToComplete);
        },
        [this](const WorkResult<analytics::KnowledgeAudit>& result) {
            m_running = false;
            m_again->setEnabled(true);
            if (result.value) {
                show(*result.value);
            } else {
                m_status->setText(tr("The audit failed: %1").arg(result.error));
            }
            emit audited();
        });
}

void KnowledgeAuditView::show(const analytics::KnowledgeAudit& audit) {
    m_audit = std::make_shared<analytics::KnowledgeAudit>(audit);
    m_status->setText((audit.scored
                           ? tr("%Ln customer(s); value counts revenue to date and the predicted value.", nullptr,
                                static_cast<int>(audit.customers))
                           : tr("%Ln customer(s); no analysis run has stored scores yet, so the ranking and the "
                                "predicted values are missing (Run analysis, then store the scores).",
                                nullptr, static_cast<int>(audit.customers))));
    m_questions->clear();
    int number = 1;
    for (const auto& coverage : audit.questions) {
        auto* item = new QTreeWidgetItem();
        item->setText(NumberColumn, QString::number(number++));
        item->setText(QuestionColumn, reports::knowledgeQuestionText(coverage.question));
        item->setToolTip(QuestionColumn, reports::knowledgeQuestionText(coverage.question) + QLatin1Char('\n') +
                                             reports::knowledgeRuleText(coverage.question));
        QStringList missing;
        for (int i = 0; i < analytics::kKnowledgeGapCount; ++i) {
            if (const auto count = coverage.missing[static_cast<std::size_t>(i)]; count > 0) {
                missing << tr("%1: %2", "what is missing: how many customers")
                               .arg(reports::knowledgeGapText(analytics::gapAt(i)), formatCount(count));
            }
        }
        item->setText(MissingColumn, coverage.applicable == 0 ? tr("concerns no customer")
                                     : missing.isEmpty()      ? tr("nothing")
                                                              : missing.join(tr("; ", "between missing pieces")));
        item->setToolTip(MissingColumn, missing.join(QLatin1Char('\n')));
        m_questions->addTopLevelItem(item);
        m_questions->setItemWidget(
            item, AuditCustomersColumn,
            coverageBar(coverage.customerShare(),
                        tr("%1 of %2 customers concerned", "coverage by customers")
                            .arg(formatCount(coverage.covered), formatCount(coverage.applicable))));
        m_questions->setItemWidget(item, ValueColumn,
                                   coverageBar(coverage.valueShare(), tr("Share of the concerned customers' value")));
    }
    m_questions->setCurrentItem(m_questions->topLevelItem(0));
}

void KnowledgeAuditView::showQuestion(int row) {
    m_complete->clear();
    if (!m_audit || row < 0 || row >= static_cast<int>(m_audit->questions.size())) {
        m_rule->clear();
        return;
    }
    const auto& coverage = m_audit->questions[static_cast<std::size_t>(row)];
    const QString question = reports::knowledgeQuestionText(coverage.question);
    const QString rule = reports::knowledgeRuleText(coverage.question);
    m_rule->setText(
        coverage.toComplete.empty()
            ? tr("%1 Answered from: %2 Every customer it concerns is answered.").arg(question, rule)
            : tr("%1 Answered from: %2 Customers to complete first, most valuable first:").arg(question, rule));
    QList<QTreeWidgetItem*> items;
    for (const auto& customer : coverage.toComplete) {
        auto* item = new QTreeWidgetItem();
        item->setText(0, QString::fromStdString(customer.name));
        item->setToolTip(0, item->text(0));
        item->setData(0, kAuditCustomerIdRole, static_cast<qlonglong>(customer.id));
        item->setText(1, formatMoney(core::Money::fromMinor(customer.valueMinor)));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, reports::knowledgeGapsText(customer.gaps));
        item->setToolTip(2, item->text(2));
        items << item;
    }
    m_complete->addTopLevelItems(items);
}

} // namespace rapport::ui
