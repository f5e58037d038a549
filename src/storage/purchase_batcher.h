#pragma once

#include "storage/queries.h"

#include <algorithm>
#include <functional>
#include <span>
#include <vector>

namespace rapport::storage {

/**
 * Hands a scan's stream (purchases, or episode facts) to its sink in batches, one customer at a time, for both
 * backends. The stream comes in (customer, date) order from an index; a return that cancels a purchase takes
 * that purchase's earlier date, so a customer with such a return has their rows put back in date order before
 * they are passed on.
 */
template <typename Record> class DateOrderedBatcher {
public:
    using Sink = std::function<bool(std::span<const Record>)>;
    explicit DateOrderedBatcher(const Sink& sink, std::size_t batchSize = 16'384)
        : m_sink(sink)
        , m_batchSize(batchSize) {
        m_batch.reserve(batchSize);
    }

    /** Adds the next row; `moved` when its date was taken from the purchase it cancels. False: the sink stopped. */
    bool add(const Record& record, bool moved) {
        if (!m_customer.empty() && m_customer.front().customerId != record.customerId && !passCustomer()) {
            return false;
        }
        m_customer.push_back(record);
        m_moved = m_moved || moved;
        return true;
    }

    /** Passes on what is left. */
    void finish() {
        if (passCustomer() && !m_batch.empty()) {
            m_sink(m_batch);
        }
    }

private:
    bool passCustomer() {
        if (m_moved) {
            std::stable_sort(m_customer.begin(), m_customer.end(),
                             [](const Record& a, const Record& b) { return a.date < b.date; });
            m_moved = false;
        }
        m_batch.insert(m_batch.end(), m_customer.begin(), m_customer.end());
        m_customer.clear();
        if (m_batch.size() >= m_batchSize) {
            const bool more = m_sink(m_batch);
            m_batch.clear();
            return more;
        }
        return true;
    }

    const Sink& m_sink;
    std::size_t m_batchSize;
    std::vector<Record> m_customer;
    std::vector<Record> m_batch;
    bool m_moved = false;
};

using PurchaseBatcher = DateOrderedBatcher<PurchaseRecord>;
using EpisodeFactBatcher = DateOrderedBatcher<EpisodeFact>;

} // namespace rapport::storage
