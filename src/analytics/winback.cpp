#include "analytics/winback.h"

#include "analytics/attention.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

namespace rapport::analytics {

namespace {

constexpr double kDaysPerYear = 365.25;

/** A launched campaign's contacts and their cost, for the mean cost per contact. */
struct ContactCost {
    double contacts = 0;
    double cost = 0;
    [[nodiscard]] std::optional<double> perContact() const {
        return contacts > 0 ? std::optional(cost / contacts) : std::nullopt;
    }
};

} // namespace

std::string_view winBackStatusCode(WinBackStatus status) {
    return status == WinBackStatus::Lost ? "lost" : "lapsed";
}

std::string_view suspectedReasonCode(SuspectedReason reason) {
    switch (reason) {
    case SuspectedReason::ComplaintUnanswered:
        return "complaint_unanswered";
    case SuspectedReason::KeyPersonLeft:
        return "key_person_left";
    case SuspectedReason::NoContact:
        return "no_contact";
    case SuspectedReason::Unknown:
        return "unknown";
    }
    return "unknown";
}

std::string WinBackRow::reasonKey() const {
    return status == WinBackStatus::Lost ? recordedReason : std::string(suspectedReasonCode(suspected));
}

namespace {

/** The order of the list: the highest value at stake first, then by customer. */
bool listedBefore(const WinBackRow& a, const WinBackRow& b) {
    return std::tuple(-a.yearlyMargin, a.customerId) < std::tuple(-b.yearlyMargin, b.customerId);
}

} // namespace

WinBackFinder::WinBackFinder(WinBackRules rules, core::Date today)
    : m_rules(rules)
    , m_today(today)
    , m_rows(rules.keepBest, listedBefore) {
}

void WinBackFinder::addChurnRecords(std::span<const core::ChurnRecord> records) {
    for (const auto& record : records) {
        if (record.churnedOn > m_today) {
            continue; // a loss dated ahead is none yet
        }
        auto [slot, added] = m_records.try_emplace(record.customerId, record);
        if (!added && std::tuple(slot->second.churnedOn, slot->second.id) < std::tuple(record.churnedOn, record.id)) {
            slot->second = record;
        }
    }
}

void WinBackFinder::addDepartures(std::span<const storage::DepartedContact> departures) {
    for (const auto& d : departures) {
        if (d.leftOn <= m_today && (d.decisionMaker || isKeyRole(d.role))) {
            m_departures[d.customerId].push_back(d);
        }
    }
}

void WinBackFinder::addEpisodes(std::span<const storage::EpisodeFact> episodes) {
    for (const auto& e : episodes) {
        if (e.date > m_today) {
            continue; // what is planned has not happened
        }
        if (e.customerId != m_reading.id) {
            finishCustomer();
            m_reading.id = e.customerId;
            m_seen.push_back(e.customerId);
        }
        auto& r = m_reading;
        r.purchases.add(e);
        if (core::isMonetary(e.kind)) {
            r.revenueMinor += e.revenueMinor;
            r.marginMinor += e.marginMinor;
        }
        if (isOutreach(e.kind)) {
            r.outreachDays.push_back(e.date.days());
        } else if (e.kind == core::EpisodeKind::Complaint) {
            r.complaintDays.push_back(e.date.days());
        }
    }
}

void WinBackFinder::finishCustomer() {
    if (m_reading.id == 0) {
        return;
    }
    m_reading.purchases.close();
    if (auto row = evaluate(m_reading)) {
        m_pending.push_back(*row);
    }
    m_reading = Reading{};
}

std::optional<WinBackFinder::PendingRow> WinBackFinder::evaluate(const Reading& r) const {
    PendingRow row;
    row.id = r.id;
    row.lastPurchaseOn = r.purchases.last();
    const auto window = m_today.addDays(-m_rules.windowDays);
    const auto record = m_records.find(r.id);
    bool listed = false;
    if (record != m_records.end()) {
        const auto& churn = record->second;
        if (churn.churnedOn >= window) {
            row.status = WinBackStatus::Lost;
            row.since = churn.churnedOn;
            row.record = &churn; // a node of m_records: it stays where it is
            listed = true;
        } else if (churn.outcome != core::WinBackOutcome::WonBack) {
            return std::nullopt; // lost before the window and not won back since
        }
    }
    if (!listed && row.lastPurchaseOn) {
        const auto own = usualIntervalDays(r.purchases.days(), m_rules.minimumPurchaseDays);
        row.usualIntervalDays = own.value_or(m_rules.defaultIntervalDays);
        row.intervalIsDefault = !own;
        // "Exceeds" as in the attention list: the first lapsed day is one past the factor times the interval.
        const auto limit = static_cast<std::int32_t>(std::floor(m_rules.lapseFactor * row.usualIntervalDays));
        row.since = row.lastPurchaseOn->addDays(limit + 1);
        // Won back long ago: only a purchase after that loss can start a new lapse; an older one is the same loss.
        const bool afterLoss = record == m_records.end() || *row.lastPurchaseOn > record->second.churnedOn;
        listed = row.since <= m_today && row.since >= window && afterLoss;
        row.status = WinBackStatus::Lapsed;
    }
    if (!listed) {
        return std::nullopt;
    }
    if (const auto first = r.purchases.first()) {
        const auto span = static_cast<double>(first->daysUntil(*row.lastPurchaseOn));
        const double years = std::max(1.0, span / kDaysPerYear);
        row.yearlyMargin = static_cast<double>(r.marginMinor) / 100.0 / years;
        row.yearlyRevenue = static_cast<double>(r.revenueMinor) / 100.0 / years;
    }
    suspect(r, row);
    return row;
}

void WinBackFinder::suspect(const Reading& r, PendingRow& row) const {
    const auto since = row.since.days();
    // Whether the firm reached out on some day from `from` up to the loss (a win-back call after it is no answer).
    const auto contactedBetween = [&](std::int32_t from) {
        return std::any_of(r.outreachDays.begin(), r.outreachDays.end(),
                           [&](std::int32_t day) { return day >= from && day <= since; });
    };
    for (const auto day : r.outreachDays) {
        if (day <= since) {
            row.lastContactOn = core::Date::fromDays(day);
        }
    }
    for (const auto complaint : r.complaintDays) {
        if (complaint + m_rules.complaintDays < since && !contactedBetween(complaint)) {
            row.suspected = SuspectedReason::ComplaintUnanswered;
            row.complaintOn = core::Date::fromDays(complaint);
            return; // the oldest: complaints come in date order
        }
    }
    if (const auto left = m_departures.find(r.id); left != m_departures.end()) {
        const storage::DepartedContact* latest = nullptr;
        for (const auto& person : left->second) {
            const auto day = person.leftOn.days();
            if (day <= since && day >= since - m_rules.departureLookbackDays && !contactedBetween(day) &&
                (latest == nullptr || latest->leftOn <= person.leftOn)) {
                latest = &person;
            }
        }
        if (latest != nullptr) {
            row.suspected = SuspectedReason::KeyPersonLeft;
            row.person = latest; // in m_departures, which no longer changes
            return;
        }
    }
    // After the last purchase (or ever, for a customer who never bought) the firm did not reach out before the loss.
    const auto from = row.lastPurchaseOn ? row.lastPurchaseOn->days() + 1 : std::numeric_limits<std::int32_t>::min();
    row.suspected = contactedBetween(from) ? SuspectedReason::Unknown : SuspectedReason::NoContact;
}

void WinBackFinder::addCustomers(std::span<const storage::CustomerFact> customers) {
    if (!m_episodesDone) {
        finishCustomer();
        m_episodesDone = true;
    }
    for (const auto& c : customers) {
        while (!m_seen.empty() && m_seen.front() < c.id) {
            m_seen.pop_front();
        }
        if (m_seen.empty() || m_seen.front() != c.id) {
            Reading nothing; // no episode up to today: only a churn record can list them
            nothing.id = c.id;
            if (const auto row = evaluate(nothing)) {
                name(*row, c);
            }
            continue;
        }
        // Pending rows of customers the customer scan does not give (archived meanwhile) are passed over.
        while (!m_pending.empty() && m_pending.front().id < c.id) {
            m_pending.pop_front();
        }
        if (!m_pending.empty() && m_pending.front().id == c.id) {
            name(m_pending.front(), c);
            m_pending.pop_front();
        }
    }
}

void WinBackFinder::name(const PendingRow& pending, const storage::CustomerFact& customer) {
    // The figures and the recorded reason first: every row is counted, and whether it is kept depends on them.
    WinBackRow row;
    row.customerId = pending.id;
    row.status = pending.status;
    row.since = pending.since;
    row.lastPurchaseOn = pending.lastPurchaseOn;
    row.usualIntervalDays = pending.usualIntervalDays;
    row.intervalIsDefault = pending.intervalIsDefault;
    row.yearlyMargin = pending.yearlyMargin;
    row.yearlyRevenue = pending.yearlyRevenue;
    row.suspected = pending.suspected;
    row.complaintOn = pending.complaintOn;
    row.lastContactOn = pending.lastContactOn;
    if (const auto* churn = pending.record) {
        row.recordedReason = churn->reasonCode;
        row.winBackAttempts = churn->winBackAttempts;
        row.outcome = churn->outcome;
        row.churnRecordId = churn->id;
    }
    ++m_total;
    m_tallies.add(row);
    if (!m_rows.wouldKeep(row)) {
        return; // the rest is text nobody will read
    }
    row.name = customer.displayName;
    row.owner = customer.owner;
    if (const auto* churn = pending.record) {
        row.recordedDetails = churn->details;
    }
    if (const auto* person = pending.person) {
        row.personName = person->name;
        row.personRole = person->role;
        row.leftOn = person->leftOn;
    }
    m_rows.offer(std::move(row));
}

std::vector<WinBackRow> WinBackFinder::finish() {
    // Rows of customers the customer scan did not give (archived meanwhile) were never named: they are left out.
    return m_rows.take();
}

WinBackCosts winBackCosts(std::span<const storage::CampaignSummary> campaigns, std::optional<double> givenPerAttempt,
                          std::optional<double> givenKeepPerCustomerYear) {
    ContactCost winBack, keeping;
    for (const auto& summary : campaigns) {
        const auto& campaign = summary.campaign;
        if (!campaign.launchedOn || summary.treated == 0) {
            continue;
        }
        auto& into = campaign.offer == core::OfferKind::WinBack ? winBack : keeping;
        into.contacts += static_cast<double>(summary.treated);
        into.cost +=
            static_cast<double>(summary.treated) * static_cast<double>(campaign.costPerContact.minor()) / 100.0;
    }
    WinBackCosts costs;
    if (givenPerAttempt) {
        costs.perAttempt = givenPerAttempt;
        costs.perAttemptSource = CostSource::Given;
    } else if (const auto fromCampaigns = winBack.perContact()) {
        costs.perAttempt = fromCampaigns;
        costs.perAttemptSource = CostSource::Campaigns;
    }
    if (givenKeepPerCustomerYear) {
        costs.keepPerCustomerYear = givenKeepPerCustomerYear;
        costs.keepSource = CostSource::Given;
    } else if (const auto fromCampaigns = keeping.perContact()) {
        costs.keepPerCustomerYear = fromCampaigns;
        costs.keepSource = CostSource::Campaigns;
    }
    return costs;
}

std::optional<double> WinBackTally::winBackRate() const {
    const auto ended = wonBack + failed;
    return ended > 0 ? std::optional(static_cast<double>(wonBack) / static_cast<double>(ended)) : std::nullopt;
}

std::optional<double> WinBackTally::costPerWonBack(const WinBackCosts& costs) const {
    if (!costs.perAttempt || wonBack == 0) {
        return std::nullopt;
    }
    return *costs.perAttempt * static_cast<double>(attemptsEnded) / static_cast<double>(wonBack);
}

std::optional<double> WinBackTally::costRatio(const WinBackCosts& costs) const {
    const auto perWonBack = costPerWonBack(costs);
    if (!perWonBack || !costs.keepPerCustomerYear || *costs.keepPerCustomerYear <= 0) {
        return std::nullopt;
    }
    return *perWonBack / *costs.keepPerCustomerYear;
}

void WinBackTallies::add(const WinBackRow& row) {
    const auto count = [&row](WinBackTally& tally) {
        ++tally.customers;
        tally.valueAtStake += row.yearlyMargin;
        if (row.winBackAttempts > 0) {
            ++tally.attempted;
        }
        switch (row.outcome) {
        case core::WinBackOutcome::WonBack:
            ++tally.wonBack;
            tally.attemptsEnded += row.winBackAttempts;
            break;
        case core::WinBackOutcome::Failed:
            ++tally.failed;
            tally.attemptsEnded += row.winBackAttempts;
            break;
        case core::WinBackOutcome::Pending:
        case core::WinBackOutcome::None:
            if (row.winBackAttempts > 0 || row.outcome == core::WinBackOutcome::Pending) {
                ++tally.pending;
            }
            break;
        }
    };
    const bool suspected = row.status == WinBackStatus::Lapsed;
    auto reason = row.reasonKey();
    auto& tally = m_byReason[{suspected, reason}];
    tally.reason = std::move(reason);
    tally.suspected = suspected;
    count(tally);
    count(m_total);
}

WinBackSummary WinBackTallies::summary(const WinBackCosts& costs) const {
    WinBackSummary summary;
    summary.costs = costs;
    summary.total = m_total;
    for (const auto& [key, tally] : m_byReason) {
        summary.byReason.push_back(tally);
    }
    std::stable_sort(summary.byReason.begin(), summary.byReason.end(),
                     [](const WinBackTally& a, const WinBackTally& b) {
                         return std::tuple(a.suspected, -a.customers) < std::tuple(b.suspected, -b.customers);
                     });
    return summary;
}

WinBackSummary summariseWinBack(std::span<const WinBackRow> rows, const WinBackCosts& costs) {
    WinBackTallies tallies;
    for (const auto& row : rows) {
        tallies.add(row);
    }
    return tallies.summary(costs);
}

} // namespace rapport::analytics
