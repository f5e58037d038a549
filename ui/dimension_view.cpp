#include "dimension_view.h"

#include "app/customer_knowledge.h"
#include "background.h"
#include "formatting.h"
#include "i18n/domain_terms.h"
#include "reports/report_context.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace rapport::ui {

namespace {

enum DimensionColumn {
    ValueName,
    Customers,
    Revenue,
    Margin,
    RevenueShare,
    AcquisitionCost,
    CostPerCustomer,
    PredictedValue,
    ValueToCost,
    ValueColumnCount
};
// The groups table: the value, the four groups, no purchase in the window, then the churn statuses.
constexpr int kGroupColumns = 1 + 4 + 1 + 4;

/**
 * An amount in whole units of the currency, which the money columns' headers name: sums of a segment's revenue run
 * to millions, and nine columns with cents and a sign each would not fit a 1024-pixel window.
 */
QString money(double minor) {
    return QLocale().toString(static_cast<qlonglong>(std::llround(minor * core::Money::fromMinor(1).toDouble())));
}

/** "Revenue (zł)": a money column's title with the database's currency, just the title without one. */
QString moneyHeader(const QString& title) {
    const QString symbol = currencySymbol();
    return symbol.isEmpty()
               ? title
               : DimensionView::tr("%1 (%2)", "a money column's header: its title (the currency)").arg(title, symbol);
}

void alignNumbers(QTreeWidgetItem* item, int columns) {
    for (int column = 1; column < columns; ++column) {
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
}

QTreeWidget* newTable(QWidget* parent, const QString& objectName) {
    auto* table = new QTreeWidget(parent);
    table->setObjectName(objectName);
    table->setRootIsDecorated(false);
    table->setAlternatingRowColors(true);
    table->setUniformRowHeights(true);
    return table;
}

} // namespace

DimensionView::DimensionView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout();
    m_dimension = new QComboBox(this);
    m_dimension->setObjectName(QStringLiteral("dimensionChoice"));
    m_dimension->addItem(tr("Segment"), static_cast<int>(analytics::Dimension::Segment));
    m_dimension->addItem(tr("Region"), static_cast<int>(analytics::Dimension::Region));
    m_dimension->addItem(tr("Owner"), static_cast<int>(analytics::Dimension::Owner));
    m_dimension->addItem(tr("Acquisition channel"), static_cast<int>(analytics::Dimension::AcquisitionChannel));
    m_dimension->addItem(tr("Service level"), static_cast<int>(analytics::Dimension::ServiceLevel));
    auto* label = new QLabel(tr("&By:"), this);
    label->setBuddy(m_dimension);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dimensionStatus"));
    m_status->setWordWrap(true);
    m_again = new QPushButton(tr("Compute again"), this);
    m_again->setToolTip(tr("Read the whole base again in the background"));
    bar->addWidget(label);
    bar->addWidget(m_dimension);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_again);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_value = newTable(splitter, QStringLiteral("dimensionValueTable"));
    m_value->setColumnCount(ValueColumnCount);
    labelValueColumns(); // again when shown: the currency is the database's
    m_value->headerItem()->setToolTip(RevenueShare, tr("Share of the base's revenue"));
    m_value->headerItem()->setToolTip(AcquisitionCost, tr("What acquiring these customers cost"));
    m_value->headerItem()->setToolTip(CostPerCustomer, tr("Acquisition cost per customer"));
    m_value->headerItem()->setToolTip(PredictedValue, tr("The predicted value of the last stored scores"));
    m_value->headerItem()->setToolTip(ValueToCost, tr("Predicted value per unit of acquisition cost"));
    m_groups = newTable(splitter, QStringLiteral("dimensionGroupsTable"));
    QStringList groupHeaders{QString()};
    for (int group = 1; group <= 4; ++group) {
        groupHeaders << tr("Group %1").arg(group);
    }
    groupHeaders << tr("No purchase") << i18n::term(core::ChurnStatus::Active) << i18n::term(core::ChurnStatus::AtRisk)
                 << i18n::term(core::ChurnStatus::Lapsed) << i18n::term(core::ChurnStatus::Lost);
    m_groups->setHeaderLabels(groupHeaders);
    for (int group = 1; group <= 4; ++group) {
        m_groups->headerItem()->setToolTip(group, QString::fromStdString(reports::fourGroupName(group)));
    }
    m_groups->headerItem()->setToolTip(5, tr("No purchase in the last analysis' window"));
    for (auto* table : {m_value, m_groups}) {
        alignNumbers(table->headerItem(), table->columnCount());
    }
    splitter->addWidget(m_value);
    splitter->addWidget(m_groups);
    layout->addWidget(splitter, 1);

    connect(m_again, &QPushButton::clicked, this, [this] { update(true); });
    connect(m_dimension, &QComboBox::currentIndexChanged, this, [this] { update(true); });
    m_status->setText(tr("The figures read the whole base in the background when this tab is shown."));
}

analytics::Dimension DimensionView::dimension() const {
    return static_cast<analytics::Dimension>(m_dimension->currentData().toInt());
}

void DimensionView::setDimension(analytics::Dimension dimension) {
    m_dimension->setCurrentIndex(m_dimension->findData(static_cast<int>(dimension)));
}

void DimensionView::markStale() {
    m_stale = true;
}

void DimensionView::update(bool force) {
    if (m_running) {
        // The answer on its way is for the old choice, or read the base before new scores were stored.
        m_pending = m_pending || force || m_stale;
        return;
    }
    if (!m_stale && !force) {
        return;
    }
    if (m_workspace.repository == nullptr || m_workspace.databasePath.isEmpty()) {
        m_value->clear();
        m_groups->clear();
        m_status->setText(tr("No database is open."));
        return;
    }
    m_stale = false;
    m_running = true;
    m_pending = false;
    m_again->setEnabled(false);
    m_status->setText(tr("Reading the customers in the background…"));
    runOnWorker(
        this, m_workspace.databasePath,
        [chosen = dimension()](storage::Repository& repository) {
            return app::analyseByDimension(repository, chosen, core::Date::today());
        },
        [this](const WorkResult<analytics::DimensionBreakdown>& result) {
            m_running = false;
            m_again->setEnabled(true);
            if (m_pending) {
                update(true);
                return;
            }
            if (result.value) {
                show(*result.value);
            } else {
                m_status->setText(tr("The figures could not be read: %1").arg(result.error));
            }
            emit computed();
        });
}

QString DimensionView::valueName(const std::string& value) const {
    if (value.empty()) {
        return tr("(not recorded)");
    }
    if (dimension() == analytics::Dimension::AcquisitionChannel) {
        if (const auto channel = core::fromCode<core::Channel>(value)) {
            return i18n::term(*channel);
        }
    }
    return fromUtf8(value);
}

void DimensionView::labelValueColumns() {
    const QStringList titles{m_dimension->currentText(),
                             tr("Customers"),
                             moneyHeader(tr("Revenue")),
                             moneyHeader(tr("Margin")),
                             tr("Share"),
                             moneyHeader(tr("Acq. cost")),
                             moneyHeader(tr("Per customer")),
                             moneyHeader(tr("Predicted")),
                             tr("Predicted / cost")};
    for (int column = 0; column < ValueColumnCount; ++column) {
        m_value->headerItem()->setText(column, titles[column]);
    }
}

void DimensionView::show(const analytics::DimensionBreakdown& breakdown) {
    m_status->setText(breakdown.scored
                          ? tr("%Ln customer(s); the four groups, churn and predicted values are those of the last "
                               "stored scores.",
                               nullptr, static_cast<int>(breakdown.total.customers))
                          : tr("%Ln customer(s); no analysis run has stored scores yet, so the four groups, churn and "
                               "predicted values are empty (Run analysis, then store the scores).",
                               nullptr, static_cast<int>(breakdown.total.customers)));
    labelValueColumns();
    m_groups->headerItem()->setText(0, m_dimension->currentText());
    m_value->clear();
    m_groups->clear();
    const auto addRow = [this](const analytics::DimensionRow& row, const QString& name, bool total) {
        auto* value = new QTreeWidgetItem();
        value->setText(ValueName, name);
        value->setToolTip(ValueName, name);
        value->setText(Customers, formatCount(row.customers));
        value->setText(Revenue, money(static_cast<double>(row.revenueMinor)));
        value->setText(Margin, money(static_cast<double>(row.marginMinor)));
        value->setText(RevenueShare, formatPercent(row.revenueShare, 1));
        value->setText(AcquisitionCost, money(static_cast<double>(row.acquisitionCostMinor)));
        value->setText(CostPerCustomer, money(row.acquisitionCostPerCustomer()));
        value->setText(PredictedValue,
                       row.predictedCustomers > 0 ? money(static_cast<double>(row.predictedValueMinor)) : QString());
        const auto ratio = row.valueToCostRatio();
        value->setText(ValueToCost, ratio ? QLocale().toString(*ratio, 'f', 2) : QStringLiteral("–"));
        alignNumbers(value, ValueColumnCount);
        auto* groups = new QTreeWidgetItem();
        groups->setText(0, name);
        groups->setToolTip(0, name);
        for (std::size_t group = 1; group <= 4; ++group) {
            groups->setText(static_cast<int>(group), formatCount(row.fourGroups[group]));
        }
        groups->setText(5, formatCount(row.fourGroups[0]));
        int column = 6;
        for (const auto count : {row.active, row.atRisk, row.lapsed, row.lost}) {
            groups->setText(column++, formatCount(count));
        }
        alignNumbers(groups, kGroupColumns);
        if (total) {
            for (auto* item : {value, groups}) {
                QFont bold = item->font(0);
                bold.setBold(true);
                for (int c = 0; c < item->columnCount(); ++c) {
                    item->setFont(c, bold);
                }
            }
        }
        m_value->addTopLevelItem(value);
        m_groups->addTopLevelItem(groups);
    };
    for (const auto& row : breakdown.rows) {
        addRow(row, valueName(row.value), false);
    }
    addRow(breakdown.total, tr("Total"), true);
    for (auto* table : {m_value, m_groups}) {
        table->header()->resizeSections(QHeaderView::ResizeToContents);
    }
}

} // namespace rapport::ui
