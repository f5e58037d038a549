#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::core {

/**
 * Ids by text key in one open-addressed array, for the look-ups a large import makes on every row (the
 * customer by the reference the file gives). A key of up to 12 bytes is kept in its slot, so a look-up
 * touches one slot where std::unordered_map<std::string, ...> touches its bucket array, a node and often the
 * node's string; longer keys are kept in one shared buffer. Keys are never removed.
 */
class FlatStringMap {
public:
    [[nodiscard]] std::optional<std::int64_t> find(std::string_view key) const {
        if (m_slots.empty()) {
            return std::nullopt;
        }
        const auto hash = hashOf(key);
        for (auto at = hash & m_mask;; at = (at + 1) & m_mask) {
            const auto& slot = m_slots[at];
            if (slot.hash == 0) {
                return std::nullopt;
            }
            if (slot.hash == hash && keyOf(slot) == key) {
                return slot.value;
            }
        }
    }

    /** Stores `value` under `key` unless the key has one already; says whether it stored it. */
    bool insert(std::string_view key, std::int64_t value) {
        if ((m_size + 1) * 4 > m_slots.size() * 3) {
            grow(); // at most three quarters full: a probe always ends at an empty slot
        }
        const auto hash = hashOf(key);
        for (auto at = hash & m_mask;; at = (at + 1) & m_mask) {
            auto& slot = m_slots[at];
            if (slot.hash == 0) {
                slot.hash = hash;
                slot.value = value;
                slot.length = static_cast<std::uint32_t>(key.size());
                if (key.size() <= kInline) {
                    std::copy(key.begin(), key.end(), slot.text);
                } else {
                    const auto offset = static_cast<std::uint64_t>(m_longKeys.size());
                    std::memcpy(slot.text, &offset, sizeof offset);
                    m_longKeys.append(key);
                }
                ++m_size;
                return true;
            }
            if (slot.hash == hash && keyOf(slot) == key) {
                return false;
            }
        }
    }

    [[nodiscard]] std::size_t size() const { return m_size; }

private:
    static constexpr std::size_t kInline = 12; // a slot of 32 bytes
    struct Slot {
        std::uint64_t hash = 0; // 0: empty (a key hashing to 0 is stored as 1)
        std::int64_t value = 0;
        char text[kInline]; // the key, or for a longer one its offset in m_longKeys
        static_assert(kInline >= sizeof(std::uint64_t));
        std::uint32_t length = 0;
    };

    static std::uint64_t hashOf(std::string_view key) {
        const auto hash = static_cast<std::uint64_t>(std::hash<std::string_view>{}(key));
        return hash == 0 ? 1 : hash;
    }

    [[nodiscard]] std::string_view keyOf(const Slot& slot) const {
        if (slot.length <= kInline) {
            return {slot.text, slot.length};
        }
        std::uint64_t offset = 0;
        std::memcpy(&offset, slot.text, sizeof offset);
        return std::string_view(m_longKeys).substr(offset, slot.length);
    }

    void grow() {
        std::vector<Slot> bigger(std::max<std::size_t>(16, m_slots.size() * 2));
        bigger.swap(m_slots);
        m_mask = m_slots.size() - 1;
        for (const auto& slot : bigger) { // the old slots, after the swap
            if (slot.hash == 0) {
                continue;
            }
            auto at = slot.hash & m_mask;
            while (m_slots[at].hash != 0) {
                at = (at + 1) & m_mask;
            }
            m_slots[at] = slot;
        }
    }

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
    std::string m_longKeys;
};

} // namespace rapport::core
