#include "storage/sqlite/customer_ordered_episodes.h"

#include "storage/errors.h"
#include "storage/sqlite/episode_rows.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace rapport::storage::sqlite {

CustomerOrderedEpisodes::CustomerOrderedEpisodes(Database& db, core::EpisodeId firstId, std::size_t blockRows)
    : m_db(db)
    , m_firstId(firstId)
    , m_blockRows(std::max<std::size_t>(1, blockRows)) {
}

void CustomerOrderedEpisodes::requireWhole() const {
    if (m_broken) {
        throw StorageError("a block of episodes could not be written; the load can only be rolled back");
    }
}

core::EpisodeId CustomerOrderedEpisodes::add(core::Episode episode) {
    requireWhole();
    if (m_block.size() == m_blockRows) {
        flush();
    }
    if (m_storedOffset.size() + m_block.size() >= std::numeric_limits<std::uint32_t>::max()) {
        throw StorageError("more than 4,294,967,295 episodes in one load");
    }
    if (m_block.empty()) {
        m_block.reserve(m_blockRows);
    }
    m_block.push_back(std::move(episode));
    return m_firstId + static_cast<core::EpisodeId>(m_storedOffset.size() + m_block.size() - 1);
}

const core::Episode* CustomerOrderedEpisodes::waiting(core::EpisodeId id) const {
    if (id < m_firstId) {
        return nullptr;
    }
    const auto offset = static_cast<std::size_t>(id - m_firstId);
    if (offset < m_storedOffset.size() || offset - m_storedOffset.size() >= m_block.size()) {
        return nullptr;
    }
    return &m_block[offset - m_storedOffset.size()];
}

core::EpisodeId CustomerOrderedEpisodes::storedId(core::EpisodeId id) const {
    if (id < m_firstId || static_cast<std::size_t>(id - m_firstId) >= m_storedOffset.size()) {
        return id; // from before the load, or no episode of this load: the foreign key reports it
    }
    return m_firstId + m_storedOffset[static_cast<std::size_t>(id - m_firstId)];
}

void CustomerOrderedEpisodes::flush() {
    requireWhole();
    if (m_block.empty()) {
        return;
    }
    // Sorted by customer and date, rows of one customer and day in the order they came in.
    struct Key {
        core::CustomerId customerId;
        std::int32_t day;
        std::uint32_t position;
    };
    std::vector<Key> order;
    order.reserve(m_block.size());
    for (std::size_t i = 0; i < m_block.size(); ++i) {
        order.push_back({m_block[i].customerId, m_block[i].occurredOn.days(), static_cast<std::uint32_t>(i)});
    }
    std::sort(order.begin(), order.end(), [](const Key& a, const Key& b) {
        return std::tie(a.customerId, a.day, a.position) < std::tie(b.customerId, b.day, b.position);
    });
    // Every row's id first, so a return written before its purchase in this block still names its final id.
    const auto written = static_cast<std::uint32_t>(m_storedOffset.size());
    m_storedOffset.resize(m_storedOffset.size() + m_block.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) {
        m_storedOffset[written + order[i].position] = written + i;
    }
    m_broken = true; // until every row of the block is in
    for (std::uint32_t i = 0; i < order.size(); ++i) {
        auto& episode = m_block[order[i].position];
        episode.id = m_firstId + written + i;
        if (episode.cancels) {
            episode.cancels = storedId(*episode.cancels);
        }
        insertEpisode(m_db, episode);
    }
    m_broken = false;
    m_block.clear();
}

} // namespace rapport::storage::sqlite
