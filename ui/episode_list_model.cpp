#include "episode_list_model.h"

#include "formatting.h"
#include "i18n/domain_terms.h"

#include <QColor>
#include <QFont>

namespace rapport::ui {

EpisodeListModel::EpisodeListModel(storage::Repository& repository, QObject* parent)
    : PagedTableModel(parent)
    , m_repository(repository) {
}

int EpisodeListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EpisodeListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto row = static_cast<std::size_t>(index.row());
    const auto& e = m_rows[row];
    switch (role) {
    case CustomerIdRole:
        return QVariant::fromValue<qlonglong>(e.customerId);
    case EpisodeIdRole:
        return QVariant::fromValue<qlonglong>(e.id);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == Amount ? (Qt::AlignRight | Qt::AlignVCenter)
                                                            : (Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::FontRole:
        if (e.critical) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Date:
        return formatDate(e.occurredOn);
    case Customer:
        return fromUtf8(m_names[row]);
    case Kind:
        return e.critical ? tr("%1 (critical)", "an episode kind").arg(i18n::term(e.kind)) : i18n::term(e.kind);
    case Channel:
        return i18n::term(e.channel);
    case Amount:
        return e.revenue ? formatMoney(*e.revenue) : QString();
    case Satisfaction:
        return e.satisfaction ? (*e.satisfaction == 0 ? QStringLiteral("0") : QString::asprintf("%+d", *e.satisfaction))
                              : QString();
    case FollowUp:
        if (!e.followUpOn) {
            return QString();
        }
        return e.followUpDone ? tr("%1, done").arg(formatDate(e.followUpOn))
                              : tr("%1, open").arg(formatDate(e.followUpOn));
    case Document:
        return episodeDocument(e, &m_links);
    case Notes:
        return fromUtf8(e.notes);
    default:
        return {};
    }
}

QVariant EpisodeListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Date:
        return tr("Date");
    case Customer:
        return tr("Customer");
    case Kind:
        return tr("Kind");
    case Channel:
        return tr("Channel");
    case Amount:
        return tr("Amount");
    case Satisfaction:
        return tr("Satisfaction");
    case FollowUp:
        return tr("Follow-up");
    case Document:
        return tr("Document");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

PagedTableModel::PageRead EpisodeListModel::readNextPage() {
    auto query = m_query;
    query.after = m_next;
    query.limit = kPageSize;
    m_pending = m_repository.episodes(query);
    m_next = m_pending.next;
    return {m_pending.rows.size(), m_next.has_value()};
}

void EpisodeListModel::appendPending() {
    for (const auto& e : m_pending.rows) {
        m_links.add(e);
    }
    m_rows.insert(m_rows.end(), std::make_move_iterator(m_pending.rows.begin()),
                  std::make_move_iterator(m_pending.rows.end()));
    m_names.insert(m_names.end(), std::make_move_iterator(m_pending.customerNames.begin()),
                   std::make_move_iterator(m_pending.customerNames.end()));
    m_pending = {};
}

void EpisodeListModel::clearRows() {
    m_rows.clear();
    m_links.clear();
    m_names.clear();
    m_next.reset();
}

void EpisodeListModel::setQuery(const storage::EpisodeQuery& query) {
    m_query = query;
    reload();
}

const core::Episode* EpisodeListModel::episodeAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

} // namespace rapport::ui
