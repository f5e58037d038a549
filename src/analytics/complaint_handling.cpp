#include "analytics/complaint_handling.h"

#include "analytics/attention.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace rapport::analytics {

namespace {

std::string monthOf(core::Date date) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u", date.year(), date.month());
    return text;
}

} // namespace

ComplaintTally::ComplaintTally(core::Date until)
    : m_until(until) {
    m_ownerNames.emplace_back(); // index 0: nobody's
    m_ownerIndex[""] = 0;
}

void ComplaintTally::addCustomers(std::span<const storage::CustomerFact> customers) {
    for (const auto& c : customers) {
        auto [slot, added] = m_ownerIndex.try_emplace(c.owner, static_cast<std::uint32_t>(m_ownerNames.size()));
        if (added) {
            m_ownerNames.push_back(c.owner);
        }
        m_owners.emplace_back(c.id, slot->second);
    }
}

std::uint32_t ComplaintTally::ownerOf(core::CustomerId id) const {
    const auto found = std::lower_bound(m_owners.begin(), m_owners.end(), id,
                                        [](const auto& entry, core::CustomerId key) { return entry.first < key; });
    return found != m_owners.end() && found->first == id ? found->second : 0;
}

template <typename Add> void ComplaintTally::addTo(const Open& complaint, Add add) {
    add(m_total);
    add(m_byOwner[complaint.owner]);
    add(m_byMonth[monthOf(complaint.on)]);
}

void ComplaintTally::addEpisodes(std::span<const storage::EpisodeFact> episodes) {
    for (const auto& e : episodes) {
        if (e.date > m_until) {
            continue;
        }
        if (e.customerId != m_customer) {
            finishCustomer();
            m_customer = e.customerId;
        }
        const bool rated = e.satisfaction != storage::EpisodeFact::kNoSatisfaction;
        if (e.kind == core::EpisodeKind::Complaint) {
            m_complained = true;
            const Open complaint{e.date, ownerOf(e.customerId)};
            addTo(complaint, [&](Sums& sums) {
                ++sums.complaints;
                if (rated) {
                    ++sums.ratedAt;
                    sums.satisfactionAt += e.satisfaction;
                }
            });
            m_waiting.push_back(complaint);
        } else if (rated && e.satisfaction < 0) {
            m_unhappy = true;
        }
        if (isOutreach(e.kind)) {
            for (const auto& complaint : m_waiting) {
                const auto days = complaint.on.daysUntil(e.date);
                addTo(complaint, [&](Sums& sums) { sums.answerDays.push_back(days); });
                m_unrated.push_back(complaint);
            }
            m_waiting.clear();
        }
        // The answer's own rating, or the next one after it (a later complaint's included).
        if (rated) {
            for (const auto& complaint : m_unrated) {
                addTo(complaint, [&](Sums& sums) {
                    ++sums.ratedAfter;
                    sums.satisfactionAfter += e.satisfaction;
                });
            }
            m_unrated.clear();
        }
    }
}

void ComplaintTally::finishCustomer() {
    if (m_complained || m_unhappy) {
        ++m_unhappyCustomers;
        if (!m_complained) {
            ++m_silent;
        }
    }
    m_complained = m_unhappy = false;
    m_waiting.clear();
    m_unrated.clear();
}

ComplaintFigures ComplaintTally::figures(const Sums& sums) {
    ComplaintFigures f;
    f.complaints = sums.complaints;
    f.answered = static_cast<std::int64_t>(sums.answerDays.size());
    f.medianDaysToAnswer = medianDays(sums.answerDays);
    if (!sums.answerDays.empty()) {
        f.meanDaysToAnswer = std::accumulate(sums.answerDays.begin(), sums.answerDays.end(), 0.0) /
                             static_cast<double>(sums.answerDays.size());
    }
    f.ratedAtComplaint = sums.ratedAt;
    if (sums.ratedAt > 0) {
        f.meanSatisfactionAtComplaint = static_cast<double>(sums.satisfactionAt) / static_cast<double>(sums.ratedAt);
    }
    f.ratedAfterAnswer = sums.ratedAfter;
    if (sums.ratedAfter > 0) {
        f.meanSatisfactionAfterAnswer =
            static_cast<double>(sums.satisfactionAfter) / static_cast<double>(sums.ratedAfter);
    }
    return f;
}

ComplaintReport ComplaintTally::finish() {
    finishCustomer();
    ComplaintReport report;
    report.until = m_until;
    report.total = figures(m_total);
    for (const auto& [owner, sums] : m_byOwner) {
        report.byOwner.push_back({m_ownerNames[owner], figures(sums)});
    }
    std::sort(report.byOwner.begin(), report.byOwner.end(),
              [](const ComplaintGroup& a, const ComplaintGroup& b) { return a.key < b.key; });
    for (const auto& [month, sums] : m_byMonth) {
        report.byMonth.push_back({month, figures(sums)});
    }
    report.unhappyCustomers = m_unhappyCustomers;
    report.silentUnhappyCustomers = m_silent;
    return report;
}

ComplaintReport complaintHandling(storage::Repository& repository, core::Date until) {
    ComplaintTally tally(until);
    repository.scanCustomerFacts([&](auto batch) {
        tally.addCustomers(batch);
        return true;
    });
    repository.scanEpisodeFacts([&](auto batch) {
        tally.addEpisodes(batch);
        return true;
    });
    return tally.finish();
}

} // namespace rapport::analytics
