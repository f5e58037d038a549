#pragma once

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace rapport::analytics {

/**
 * The first `limit` items of a list in the order `before` gives, from items offered one at a time in any order;
 * with limit 0 every item. The kept items are a heap whose front is the worst of them, so a list over a million
 * customers costs its limit in memory and a logarithm of it per item, and an item that would not be kept can be
 * refused before the rest of it is built (wouldKeep). `before` must be a strict weak order; the lists break ties
 * by customer, so the result does not depend on the order items come in.
 */
template <typename Item> class BestKept {
public:
    using Before = bool (*)(const Item&, const Item&);

    BestKept(std::size_t limit, Before before)
        : m_limit(limit)
        , m_before(before) {}

    /** Whether an item that compares as `probe` would be kept now. */
    [[nodiscard]] bool wouldKeep(const Item& probe) const {
        return m_limit == 0 || m_items.size() < m_limit || m_before(probe, m_items.front());
    }

    void offer(Item item) {
        if (m_limit == 0) {
            m_items.push_back(std::move(item));
        } else if (m_items.size() < m_limit) {
            m_items.push_back(std::move(item));
            std::push_heap(m_items.begin(), m_items.end(), m_before);
        } else if (m_before(item, m_items.front())) {
            std::pop_heap(m_items.begin(), m_items.end(), m_before);
            m_items.back() = std::move(item);
            std::push_heap(m_items.begin(), m_items.end(), m_before);
        }
    }

    /** The kept items, the best first; nothing is kept afterwards. */
    [[nodiscard]] std::vector<Item> take() {
        auto items = std::exchange(m_items, {});
        std::sort(items.begin(), items.end(), m_before);
        return items;
    }

private:
    std::size_t m_limit;
    Before m_before;
    std::vector<Item> m_items;
};

} // namespace rapport::analytics
