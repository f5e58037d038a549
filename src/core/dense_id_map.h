#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace rapport::core {

/**
 * Values by id, for ids that mostly come as one rising run: the customers a load creates get the table's
 * max(id) + 1, + 2, and so on. The run is kept in a vector by position, any other id in a hash map. Looking up
 * the customer of a row among a million is then one cache miss instead of the hash map's two or three, at half
 * its memory; an import of ten million rows does it several times a row.
 */
template <class Value> class DenseIdMap {
public:
    /** Ids from `runStart` on go into the run while they come close together; before the first, the first id does. */
    explicit DenseIdMap(std::optional<std::int64_t> runStart = std::nullopt)
        : m_first(runStart.value_or(0))
        , m_started(runStart.has_value()) {}

    /** The value of `id`, or null when it has none. */
    [[nodiscard]] Value* find(std::int64_t id) {
        if (const auto at = positionInRun(id); at && m_present[*at]) {
            return &m_run[*at];
        }
        if (m_others.empty()) {
            return nullptr;
        }
        const auto found = m_others.find(id); // also an id the run grew over after it was stored here
        return found == m_others.end() ? nullptr : &found->second;
    }

    /** The value of `id`, made with Value{} when it had none. */
    Value& operator[](std::int64_t id) {
        if (!m_started) {
            m_first = id;
            m_started = true;
        }
        if (id >= m_first && id - m_first < static_cast<std::int64_t>(m_run.size()) + kLargestGap) {
            if (!m_others.empty()) {
                if (const auto stored = m_others.find(id); stored != m_others.end()) {
                    return stored->second; // stored here before the run grew over it
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
        m_size += added ? 1 : 0;
        return entry->second;
    }

    /** Calls f(id, value) for every id with a value: the run in rising order, then the others in no order. */
    template <class F> void forEach(F&& f) {
        for (std::size_t at = 0; at < m_run.size(); ++at) {
            if (m_present[at]) {
                f(m_first + static_cast<std::int64_t>(at), m_run[at]);
            }
        }
        for (auto& [id, value] : m_others) {
            f(id, value);
        }
    }

    [[nodiscard]] std::size_t size() const { return m_size; }

    /** Empties it and gives its memory back. */
    void clear() {
        std::vector<Value>().swap(m_run);
        std::vector<bool>().swap(m_present);
        std::unordered_map<std::int64_t, Value>().swap(m_others);
        m_size = 0;
    }

private:
    // Ids without a value inside the run cost a slot each; a gap larger than this starts the hash map instead.
    static constexpr std::int64_t kLargestGap = 4096;

    [[nodiscard]] std::optional<std::size_t> positionInRun(std::int64_t id) const {
        if (id < m_first || id - m_first >= static_cast<std::int64_t>(m_run.size())) {
            return std::nullopt;
        }
        return static_cast<std::size_t>(id - m_first);
    }

    std::int64_t m_first = 0;
    bool m_started = false;
    std::vector<Value> m_run;
    std::vector<bool> m_present;
    std::unordered_map<std::int64_t, Value> m_others;
    std::size_t m_size = 0;
};

} // namespace rapport::core
