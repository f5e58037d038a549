#include "customer_list_model.h"

#include "formatting.h"
#include "i18n/domain_terms.h"

namespace rapport::ui {

namespace {

std::optional<storage::CustomerSort> sortFor(int column) {
    switch (column) {
    case CustomerListModel::Name:
        return storage::CustomerSort::Name;
    case CustomerListModel::Kind:
        return storage::CustomerSort::Kind;
    case CustomerListModel::Segment:
        return storage::CustomerSort::Segment;
    case CustomerListModel::Owner:
        return storage::CustomerSort::Owner;
    case CustomerListModel::LastContact:
        return storage::CustomerSort::LastContact;
    case CustomerListModel::Revenue:
        return storage::CustomerSort::Revenue;
    case CustomerListModel::Purchases:
        return storage::CustomerSort::Purchases;
    case CustomerListModel::Value:
        return storage::CustomerSort::PredictedValue;
    case CustomerListModel::Alive:
        return storage::CustomerSort::ProbabilityAlive;
    case CustomerListModel::Level:
        return storage::CustomerSort::ServiceLevel;
    default:
        return std::nullopt;
    }
}

} // namespace

CustomerListModel::CustomerListModel(storage::Repository& repository, QObject* parent)
    : PagedTableModel(parent)
    , m_repository(repository) {
    m_request.limit = kPageSize;
}

int CustomerListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == CustomerIdRole) {
        return QVariant::fromValue<qlonglong>(row.id);
    }
    if (role == Qt::TextAlignmentRole) {
        const int c = index.column();
        const bool number = c == Revenue || c == Purchases || c == Value || c == Alive;
        return QVariant::fromValue(number ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        // The tooltip tells namesakes apart by what a card shows first: where they are and their number.
        return role == Qt::ToolTipRole ? customerChoiceLabel(row.displayName, row.city, row.id)
                                       : fromUtf8(row.displayName);
    case Kind:
        return i18n::term(row.kind);
    case Segment:
        return fromUtf8(row.segment);
    case Owner:
        return fromUtf8(row.owner);
    case City:
        return fromUtf8(row.city);
    case Email:
        return fromUtf8(row.email);
    case Phone:
        return fromUtf8(row.phone);
    case LastContact:
        return formatDate(row.lastContactOn);
    case Revenue:
        return formatMoney(row.revenue);
    case Purchases:
        return QVariant::fromValue<qlonglong>(row.purchases);
    case Stage:
        return row.stage ? ladderStageName(*row.stage) : QString();
    case Group:
        return row.fourGroup ? fourGroupShortName(*row.fourGroup) : QString();
    case Churn:
        return row.churnStatus ? churnStatusName(*row.churnStatus) : QString();
    case Level:
        return row.serviceLevel ? levelName(*row.serviceLevel) : QString();
    case Value:
        return row.predictedValue ? formatMoney(*row.predictedValue) : QString();
    case Alive:
        return row.probabilityAlive ? formatPercent(*row.probabilityAlive) : QString();
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole) {
        // The header's first click on a column: amounts, counts and dates are looked at largest or latest first.
        const bool largestFirst = section == LastContact || section == Revenue || section == Purchases ||
                                  section == Value || section == Alive;
        return QVariant::fromValue(static_cast<int>(largestFirst ? Qt::DescendingOrder : Qt::AscendingOrder));
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Customer");
    case Kind:
        return tr("Kind");
    case Segment:
        return tr("Segment");
    case Owner:
        return tr("Owner");
    case City:
        return tr("City");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case LastContact:
        return tr("Last contact");
    case Revenue:
        return tr("Revenue");
    case Purchases:
        return tr("Purchases");
    case Stage:
        return tr("Stage");
    case Group:
        return tr("Group");
    case Churn:
        return tr("Churn");
    case Level:
        return tr("Level", "service level, a column header");
    case Value:
        return tr("Predicted value");
    case Alive:
        return tr("P(alive)");
    default:
        return {};
    }
}

PagedTableModel::PageRead CustomerListModel::readNextPage() {
    m_request.after = m_next;
    auto page = m_repository.customerPage(m_request);
    m_next = page.next;
    m_pending = std::move(page.rows);
    return {m_pending.size(), m_next.has_value()};
}

void CustomerListModel::appendPending() {
    m_rows.insert(m_rows.end(), std::make_move_iterator(m_pending.begin()), std::make_move_iterator(m_pending.end()));
    m_pending.clear();
}

void CustomerListModel::clearRows() {
    m_rows.clear();
    m_next.reset();
    m_levelNames.clear();
}

QString CustomerListModel::levelName(core::ServiceLevelId id) const {
    if (const auto it = m_levelNames.constFind(id); it != m_levelNames.constEnd()) {
        return *it;
    }
    QString name;
    try {
        if (const auto level = m_repository.serviceLevel(id)) {
            name = fromUtf8(level->name);
        }
    } catch (const std::exception&) {
        // shown empty; the next reload asks again
    }
    m_levelNames.insert(id, name);
    return name;
}

void CustomerListModel::sort(int column, Qt::SortOrder order) {
    const auto sort = sortFor(column);
    if (!sort) {
        return;
    }
    const auto newOrder = order == Qt::AscendingOrder ? storage::SortOrder::Ascending : storage::SortOrder::Descending;
    if (pagesFetched() > 0 && column == m_sortColumn && newOrder == m_request.order) {
        return; // views sort again when sorting is switched on: the rows are already in this order
    }
    m_sortColumn = column;
    m_request.sort = *sort;
    m_request.order = newOrder;
    reload();
}

Qt::SortOrder CustomerListModel::sortOrder() const {
    return m_request.order == storage::SortOrder::Ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
}

void CustomerListModel::setFilter(const storage::CustomerFilter& filter) {
    if (pagesFetched() > 0 && filter == m_request.filter) {
        return; // e.g. Enter after the search already ran
    }
    m_request.filter = filter;
    reload();
}

core::CustomerId CustomerListModel::customerIdAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_rows[static_cast<std::size_t>(row)].id : 0;
}

bool CustomerListModel::isSortable(int column) {
    return sortFor(column).has_value();
}

} // namespace rapport::ui
