#pragma once

#include "analytics/customer_profile.h" // AnalysisCancelled
#include "storage/repository.h"

#include <functional>
#include <utility>

namespace rapport::analytics {

/**
 * Asks the caller's `keepGoing` after each batch a whole-base read takes; once told to stop it says stop without
 * asking again, and throwIfStopped() turns that into AnalysisCancelled, so nothing partial is returned. An empty
 * `keepGoing` never stops.
 */
class ReadingStop {
public:
    explicit ReadingStop(std::function<bool()> keepGoing)
        : m_keepGoing(std::move(keepGoing)) {}

    /** Whether to read on. */
    bool more() {
        m_stopped = m_stopped || (m_keepGoing && !m_keepGoing());
        return !m_stopped;
    }
    void throwIfStopped() const {
        if (m_stopped) {
            throw AnalysisCancelled();
        }
    }

private:
    std::function<bool()> m_keepGoing;
    bool m_stopped = false;
};

/**
 * Feeds finders of customers to turn to (AttentionFinder, WinBackFinder) the three streams of the base it reads,
 * in the order they need them: the departed contact persons, the episodes by customer and day, then the customers.
 * Several finders share one read: the episodes are most of a large base (13 M rows at a million customers).
 */
template <class... Finders> void scanBaseInto(storage::Repository& repository, ReadingStop& stop, Finders&... finders) {
    if (stop.more()) {
        repository.scanDepartedContacts([&](auto batch) {
            (finders.addDepartures(batch), ...);
            return stop.more();
        });
    }
    if (stop.more()) {
        repository.scanEpisodeFacts([&](auto batch) {
            (finders.addEpisodes(batch), ...);
            return stop.more();
        });
    }
    if (stop.more()) {
        repository.scanCustomerFacts([&](auto batch) {
            (finders.addCustomers(batch), ...);
            return stop.more();
        });
    }
}

} // namespace rapport::analytics
