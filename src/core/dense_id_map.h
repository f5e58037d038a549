#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <unordered_map>
#include <vector>

namespace rapport::core {

/**
 * Values by id, for ids that mostly lie in one range: a table's ids, and those a load creates after them
 * (max(id) + 1, + 2, ...). The range is kept in a vector by position, any other id in a hash map. Looking up
 * the customer of a row among a million is then one cache miss instead of the hash map's two or three, at
 * half its memory; an import of ten million rows does it several times a row.
 */
template <class Value> class DenseIdMap {
public:
    /** The first id stored starts the range; each later one extends it while it comes close. */
    DenseIdMap() = default;
    /**
     * Ids from `first` to `last` (the table's, when they are dense) go into the vector whatever their order, and
     * after `last` while they come close; `last` < `first` names no range, only where it starts.
     */
    DenseIdMap(std::int64_t first, std::int64_t last)
        : m_first(first)
        , m_started(true)
        , m_denseUntil(last) {}

    /** The value of `id`, or null when it has none. */
    [[nodiscard]] Value* find(std::int64_t id) {
        if (id >= m_first && id - m_first < static_cast<std::int64_t>(m_run.size())) {
            const auto at = static_cast<std::size_t>(id - m_first);
            if (m_present[at]) {
                return &m_run[at];
            }
            if (id > m_highestOther) {
                return nullptr;
            }
        }
        if (m_others.empty()) {
            return nullptr;
        }
        const auto found = m_others.find(id);
        return found == m_others.end() ? nullptr : &found->second;
    }

    /** The value of `id`, made with Value{} when it had none. */
    Value& operator[](std::int64_t id) {
        if (!m_started) {
            m_first = id;
            m_started = true;
        }
        const auto end = m_first + static_cast<std::int64_t>(m_run.size());
        if (id >= m_first && (id < end + kLargestGap || id <= m_denseUntil)) {
            if (id <= m_highestOther) {
                if (const auto stored = m_others.find(id); stored != m_others.end()) {
                    return stored->second; // stored there before the range grew over it
                }
            }
            const auto at = static_cast<std::size_t>(id - m_first);
            if (at >= m_run.size()) {
                m_run.resize(at + 1);
                m_present.resize(at + 1, false);
            }
            if (!m_present[at]) {
                m_present[at] = true;
                ++m_size;
            }
            return m_run[at];
        }
        const auto [entry, added] = m_others.try_emplace(id);
        if (added) {
            ++m_size;
            m_highestOther = std::max(m_highestOther, id);
        }
        return entry->second;
    }

    /** Calls f(id, value) for every id with a value, in rising order of id. */
    template <class F> void forEach(F&& f) {
        std::vector<std::int64_t> others;
        others.reserve(m_others.size());
        for (const auto& entry : m_others) {
            others.push_back(entry.first);
        }
        std::sort(others.begin(), others.end());
        auto other = others.begin();
        for (std::size_t at = 0; at <= m_run.size(); ++at) {
            const auto id = m_first + static_cast<std::int64_t>(at);
            for (; other != others.end() && (*other < id || at == m_run.size()); ++other) {
                f(*other, m_others.find(*other)->second);
            }
            if (at < m_run.size() && m_present[at]) {
                f(id, m_run[at]);
            }
        }
    }

    [[nodiscard]] std::size_t size() const { return m_size; }

    /** Empties it and gives its memory back. */
    void clear() {
        std::vector<Value>().swap(m_run);
        std::vector<bool>().swap(m_present);
        std::unordered_map<std::int64_t, Value>().swap(m_others);
        m_size = 0;
        m_highestOther = std::numeric_limits<std::int64_t>::min();
    }

private:
    // Ids without a value inside the range cost a slot each; a larger gap after it goes to the hash map instead.
    static constexpr std::int64_t kLargestGap = 4096;

    std::int64_t m_first = 0;
    bool m_started = false;
    std::int64_t m_denseUntil = std::numeric_limits<std::int64_t>::min();
    std::vector<Value> m_run;
    std::vector<bool> m_present;
    std::unordered_map<std::int64_t, Value> m_others;
    std::int64_t m_highestOther = std::numeric_limits<std::int64_t>::min(); // only those above need a second look
    std::size_t m_size = 0;
};

} // namespace rapport::core
