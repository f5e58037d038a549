#include "analytics/attention.h"

#include "analytics/base_scans.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <tuple>

namespace rapport::analytics {

namespace {

/** The list's order: the highest value at stake first, then by customer and reason. */
bool comesBefore(const AttentionAlert& a, const AttentionAlert& b) {
    return std::tuple(-a.valueAtStake, a.customerId, a.reason) < std::tuple(-b.valueAtStake, b.customerId, b.reason);
}

} // namespace

std::string_view attentionReasonCode(AttentionReason reason) {
    switch (reason) {
    case AttentionReason::NotContacted:
        return "not_contacted";
    case AttentionReason::PurchaseOverdue:
        return "purchase_overdue";
    case AttentionReason::DecisionMakerLeft:
        return "decision_maker_left";
    case AttentionReason::ComplaintUnanswered:
        return "complaint_unanswered";
    }
    return "not_contacted";
}

bool isValuable(const storage::CustomerScore& score) {
    return score.fourGroup == 1 || score.fourGroup == 3 || score.stage >= core::LadderStage::Supporter;
}

bool isKeyRole(std::string_view role) {
    // Role is free text in the user's language: the stems of "purchasing/buyer" and "owner" in the languages the
    // product speaks. ASCII letters are compared without case; other scripts as typed, usually in lower case.
    static constexpr std::array<std::string_view, 12> kStems{"purchas", "buyer",      "procurement", "owner",
                                                             "zakup",   "właściciel", "inköp",       "ägare",
                                                             "закуп",   "владел",     "власник",     "купів"};
    std::string lower(role);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return std::any_of(kStems.begin(), kStems.end(),
                       [&](std::string_view stem) { return lower.find(stem) != std::string::npos; });
}

AttentionFinder::AttentionFinder(AttentionRules rules, core::Date today)
    : m_rules(std::move(rules))
    , m_today(today)
    , m_named(m_rules.keepBest, comesBefore) {
}

void AttentionFinder::addScores(std::span<const storage::CustomerScore> scores) {
    for (const auto& s : scores) {
        ScoreEntry entry;
        entry.id = s.id;
        entry.hasPrediction = s.predictedValue.has_value();
        entry.predictedMinor = s.predictedValue ? s.predictedValue->minor() : 0;
        entry.intervalDays = m_rules.contactIntervalFor ? m_rules.contactIntervalFor(s)
                             : isValuable(s)            ? m_rules.contactIntervalDays
                                                        : 0;
        entry.lost = s.churnStatus == core::ChurnStatus::Lost;
        m_scores.push_back(entry);
    }
}

void AttentionFinder::addDepartures(std::span<const storage::DepartedContact> departures) {
    const auto since = m_today.addDays(-m_rules.departureLookbackDays);
    for (const auto& d : departures) {
        if (d.leftOn > m_today || d.leftOn < since || !(d.decisionMaker || isKeyRole(d.role))) {
            continue;
        }
        auto [slot, added] = m_departures.try_emplace(d.customerId, d);
        if (!added && slot->second.leftOn <= d.leftOn) {
            slot->second = d; // the latest: a contact after an earlier departure may come before it
        }
    }
}

const AttentionFinder::ScoreEntry* AttentionFinder::score(core::CustomerId id) const {
    const auto found = std::lower_bound(m_scores.begin(), m_scores.end(), id,
                                        [](const ScoreEntry& entry, core::CustomerId key) { return entry.id < key; });
    return found != m_scores.end() && found->id == id ? &*found : nullptr;
}

void AttentionFinder::addEpisodes(std::span<const storage::EpisodeFact> episodes) {
    for (const auto& e : episodes) {
        if (e.date > m_today) {
            continue; // what is planned is no contact yet
        }
        if (e.customerId != m_reading.id) {
            finishCustomer();
            m_reading = Reading{};
            m_reading.id = e.customerId;
            m_seen.push_back(e.customerId);
        }
        auto& r = m_reading;
        if (!r.firstEpisode) {
            r.firstEpisode = e.date;
        }
        r.purchases.add(e);
        if (core::isMonetary(e.kind)) {
            r.revenueMinor += e.revenueMinor;
        }
        if (isOutreach(e.kind)) {
            r.lastOutreach = e.date;
            r.oldestWaitingComplaint.reset(); // every complaint before it has had its answer
            r.complaintsWaiting = 0;
        } else if (e.kind == core::EpisodeKind::Complaint) {
            if (!r.oldestWaitingComplaint) {
                r.oldestWaitingComplaint = e.date;
            }
            ++r.complaintsWaiting;
        }
    }
}

void AttentionFinder::finishCustomer() {
    if (m_reading.id == 0) {
        return;
    }
    m_reading.purchases.close();
    evaluate(m_reading, std::nullopt, m_pending);
    m_reading.id = 0;
}

template <typename Alerts>
void AttentionFinder::evaluate(const Reading& r, std::optional<core::Date> acquiredOn, Alerts& out) const {
    const auto* s = score(r.id);
    if (s != nullptr && s->lost) {
        return; // recorded as lost: the win-back list has them
    }
    PendingAlert base;
    base.id = r.id;
    base.valueIsPredicted = s != nullptr && s->hasPrediction;
    base.valueAtStake = static_cast<double>(base.valueIsPredicted ? s->predictedMinor : r.revenueMinor) / 100.0;
    const auto raise = [&](AttentionReason reason, std::optional<core::Date> eventDay,
                           std::int32_t days) -> PendingAlert& {
        auto& alert = out.emplace_back(base);
        alert.reason = reason;
        alert.days = days;
        alert.hasEventDay = eventDay.has_value();
        alert.eventDay = eventDay.value_or(core::Date{});
        return alert;
    };

    if (s != nullptr && s->intervalDays > 0) {
        const auto since = r.lastOutreach ? r.lastOutreach : r.firstEpisode ? r.firstEpisode : acquiredOn;
        if (since && since->daysUntil(m_today) > s->intervalDays) {
            raise(AttentionReason::NotContacted, r.lastOutreach, since->daysUntil(m_today)).count = s->intervalDays;
        }
    }
    if (const auto usualDays = usualIntervalDays(r.purchases.days(), m_rules.minimumPurchaseDays)) {
        const auto lastPurchase = *r.purchases.last();
        const auto days = lastPurchase.daysUntil(m_today);
        if (static_cast<double>(days) > m_rules.overdueFactor * *usualDays && days <= m_rules.overdueLookbackDays) {
            raise(AttentionReason::PurchaseOverdue, lastPurchase, days).usualIntervalDays = *usualDays;
        }
    }
    if (const auto left = m_departures.find(r.id); left != m_departures.end()) {
        const auto leftOn = left->second.leftOn;
        if (!r.lastOutreach || *r.lastOutreach <= leftOn) {
            raise(AttentionReason::DecisionMakerLeft, leftOn, leftOn.daysUntil(m_today));
        }
    }
    if (r.oldestWaitingComplaint && r.oldestWaitingComplaint->daysUntil(m_today) > m_rules.complaintDays) {
        raise(AttentionReason::ComplaintUnanswered, r.oldestWaitingComplaint,
              r.oldestWaitingComplaint->daysUntil(m_today))
            .count = r.complaintsWaiting;
    }
}

void AttentionFinder::name(const PendingAlert& pending, const storage::CustomerFact& customer) {
    if (!m_rules.owner.empty() && customer.owner != m_rules.owner) {
        return;
    }
    ++m_total;
    AttentionAlert alert;
    alert.customerId = pending.id;
    alert.reason = pending.reason;
    alert.valueAtStake = pending.valueAtStake;
    if (!m_named.wouldKeep(alert)) {
        return; // not better than the worst kept: nothing built or copied
    }
    alert.valueIsPredicted = pending.valueIsPredicted;
    alert.days = pending.days;
    const auto eventDay = pending.hasEventDay ? std::optional(pending.eventDay) : std::nullopt;
    switch (pending.reason) {
    case AttentionReason::NotContacted:
        alert.lastContactOn = eventDay;
        alert.intervalDays = pending.count;
        break;
    case AttentionReason::PurchaseOverdue:
        alert.lastPurchaseOn = eventDay;
        alert.usualIntervalDays = pending.usualIntervalDays;
        alert.factor = m_rules.overdueFactor;
        break;
    case AttentionReason::DecisionMakerLeft: {
        // Kept until finish(), and complete before the episodes (scanBaseInto's order): the alert came from it.
        const auto& person = m_departures.at(pending.id);
        alert.personName = person.name;
        alert.personRole = person.role;
        alert.decisionMaker = person.decisionMaker;
        alert.leftOn = eventDay;
        break;
    }
    case AttentionReason::ComplaintUnanswered:
        alert.complaintOn = eventDay;
        alert.complaintsWaiting = pending.count;
        break;
    }
    alert.name = customer.displayName;
    alert.owner = customer.owner;
    m_named.offer(std::move(alert));
}

void AttentionFinder::addCustomers(std::span<const storage::CustomerFact> customers) {
    if (!m_episodesDone) {
        finishCustomer();
        m_episodesDone = true;
    }
    for (const auto& c : customers) {
        while (!m_seen.empty() && m_seen.front() < c.id) {
            m_seen.pop_front();
        }
        if (m_seen.empty() || m_seen.front() != c.id) {
            Reading nothing; // no episode up to today: only contact and departures can be late
            nothing.id = c.id;
            m_unread.clear();
            evaluate(nothing, c.acquiredOn, m_unread);
            for (const auto& alert : m_unread) {
                name(alert, c);
            }
        }
        for (; !m_pending.empty() && m_pending.front().id <= c.id; m_pending.pop_front()) {
            if (m_pending.front().id == c.id) {
                name(m_pending.front(), c);
            } // else a customer archived since the episode pass: left out
        }
    }
}

std::vector<AttentionAlert> AttentionFinder::finish() {
    // Alerts of customers the customer scan did not give (archived meanwhile) are left out with what is
    // still pending.
    return m_named.take();
}

void addStoredScores(storage::Repository& repository, AttentionFinder& finder, ReadingStop& stop) {
    if (stop.more()) {
        repository.scanCustomerScores([&](auto batch) {
            finder.addScores(batch);
            return stop.more();
        });
    }
}

} // namespace rapport::analytics
