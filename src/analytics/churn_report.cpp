#include "analytics/churn_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string_view>

namespace rapport::analytics {

const Prediction* findPrediction(const PredictionsById& predictions, core::CustomerId id) {
    const auto it = std::lower_bound(predictions.begin(), predictions.end(), id,
                                     [](const auto& entry, core::CustomerId key) { return entry.first < key; });
    return it != predictions.end() && it->first == id ? &it->second : nullptr;
}

std::string_view toString(ChurnStatus status) {
    return core::toCode(status);
}

std::string_view ChurnReport::reasonCode(const ChurnAssessment& assessment) const {
    return assessment.reason > 0 && assessment.reason <= reasonCodes.size()
               ? std::string_view(reasonCodes[assessment.reason - 1])
               : std::string_view();
}

std::string churnWhy(const ChurnAssessment& a, const ChurnReport& report) {
    const auto& rules = report.rules;
    const double interval = std::max(1.0, a.usualIntervalDays);
    switch (a.status) {
    case ChurnStatus::Active:
        return {};
    case ChurnStatus::Lost:
        return "churn recorded on " + (a.churnedOn ? a.churnedOn->toIso() : std::string("?")) + " (" +
               std::string(report.reasonCode(a)) + ")";
    case ChurnStatus::Lapsed:
        return "no purchase for " + std::to_string(a.daysSinceLastPurchase) + " days, over " +
               std::to_string(static_cast<int>(rules.lapsedIntervals * interval)) + " (usual interval x " +
               std::to_string(rules.lapsedIntervals).substr(0, 3) + ")";
    case ChurnStatus::AtRisk:
        return a.probabilityAlive && *a.probabilityAlive < rules.atRiskProbabilityAlive
                   ? "P(alive) " + std::to_string(*a.probabilityAlive).substr(0, 4)
                   : "no purchase for " + std::to_string(a.daysSinceLastPurchase) + " days, usual " +
                         std::to_string(static_cast<int>(std::lround(interval)));
    }
    return {};
}

std::string lostDefinition() {
    return "recorded as lost, with a reason, by a person (churn record) and not won back since";
}

std::string lapsedDefinition(const ChurnRules& rules) {
    char buffer[200];
    std::snprintf(buffer, sizeof buffer,
                  "no purchase for more than %.1f times the customer's usual interval between purchases (at least %d "
                  "days), and not recorded as lost",
                  rules.lapsedIntervals, rules.minimumDays);
    return buffer;
}

double yearlyRevenue(const CustomerProfile& p, core::Date until) {
    if (!p.firstPurchase) {
        return 0;
    }
    const double years = std::max(1.0, p.firstPurchase->daysUntil(until) / 365.2425);
    return static_cast<double>(p.revenueMinor) / 100.0 / years;
}

const LatestLoss* LatestLosses::find(core::CustomerId customer) const {
    const auto it = std::lower_bound(byCustomer.begin(), byCustomer.end(), customer,
                                     [](const LatestLoss& loss, core::CustomerId id) { return loss.customer < id; });
    return it != byCustomer.end() && it->customer == customer ? &*it : nullptr;
}

LatestLosses latestLosses(const std::vector<core::ChurnRecord>& records, core::Date until) {
    LatestLosses losses;
    // The records up to the end by customer, each customer's latest first; of records on the same latest day the
    // first read wins (the sort is stable).
    std::vector<std::uint32_t> order; // places in `records`: a base holds far fewer than 4 billion churn records
    order.reserve(records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (records[i].churnedOn <= until) {
            order.push_back(static_cast<std::uint32_t>(i));
        }
    }
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
        const auto& a = records[x];
        const auto& b = records[y];
        return a.customerId != b.customerId ? a.customerId < b.customerId : a.churnedOn > b.churnedOn;
    });
    order.erase(
        std::unique(order.begin(), order.end(),
                    [&](std::uint32_t x, std::uint32_t y) { return records[x].customerId == records[y].customerId; }),
        order.end());
    // The reasons' codes, once each: a loss names its reason by its place among them. Sorted as views of the
    // records' codes, so that only the few distinct codes are copied.
    {
        std::vector<std::string_view> codes;
        codes.reserve(order.size());
        for (const auto i : order) {
            codes.emplace_back(records[i].reasonCode);
        }
        std::sort(codes.begin(), codes.end());
        codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
        losses.reasonCodes.assign(codes.begin(), codes.end());
    }
    const auto& reasonCodes = losses.reasonCodes;
    losses.byCustomer.reserve(order.size());
    for (const auto i : order) {
        const auto& record = records[i];
        const auto at = std::lower_bound(reasonCodes.begin(), reasonCodes.end(), record.reasonCode);
        losses.byCustomer.push_back(LatestLoss{record.customerId, record.churnedOn,
                                               static_cast<std::uint32_t>(at - reasonCodes.begin()) + 1,
                                               record.outcome == core::WinBackOutcome::WonBack});
    }
    return losses;
}

ChurnReport computeChurn(const std::vector<CustomerProfile>& profiles, const LatestLosses& losses,
                         const std::vector<core::ChurnReason>& catalogue, const PredictionsById& predictions,
                         core::Date until, const ChurnRules& rules) {
    ChurnReport report;
    report.until = until;
    report.rules = rules;
    report.reasonCodes = losses.reasonCodes;

    std::size_t buyers = 0;
    {
        std::vector<double> intervals; // freed before the assessments are made
        for (const auto& p : profiles) {
            buyers += p.lastPurchase ? 1 : 0;
            if (const auto interval = p.usualIntervalDays()) {
                intervals.push_back(*interval);
            }
        }
        if (!intervals.empty()) {
            auto middle = intervals.begin() + static_cast<std::ptrdiff_t>(intervals.size() / 2);
            std::nth_element(intervals.begin(), middle, intervals.end());
            report.medianIntervalDays = *middle;
        }
    }
    // Exactly one assessment a buyer: grown by doubling, the vector held up to twice that at its last move.
    report.assessments.reserve(buyers);

    std::map<std::string, ReasonShare> byReason;
    for (const auto& reason : catalogue) {
        byReason[reason.code].reason = reason;
    }
    std::int64_t lostTotal = 0;
    const auto yearAgo = until.addDays(-365);
    for (const auto& p : profiles) {
        if (!p.lastPurchase) {
            continue; // prospects and contacts who never bought have no churn status
        }
        ChurnAssessment a;
        a.id = p.id;
        a.daysSinceLastPurchase = p.lastPurchase->daysUntil(until);
        a.usualIntervalDays = p.usualIntervalDays().value_or(report.medianIntervalDays);
        if (const auto* prediction = findPrediction(predictions, p.id)) {
            a.probabilityAlive = prediction->probabilityAlive;
            a.valueAtStake = prediction->clv;
        } else {
            a.valueAtStake = yearlyRevenue(p, until);
        }
        // The latest record of the customer: lost unless won back or bought since.
        const auto* record = losses.find(p.id);
        const bool lost = record != nullptr && !record->wonBack && *p.lastPurchase <= record->churnedOn;
        const double since = a.daysSinceLastPurchase;
        const double interval = std::max(1.0, a.usualIntervalDays);
        if (lost) {
            a.status = ChurnStatus::Lost;
            a.reason = record->reason;
            a.churnedOn = record->churnedOn;
            const auto& code = report.reasonCodes[record->reason - 1];
            auto& share = byReason[code];
            if (share.reason.code.empty()) {
                share.reason.code = share.reason.label = code;
            }
            ++share.customers;
            share.valueLost += yearlyRevenue(p, until);
            ++lostTotal;
            if (record->churnedOn > yearAgo) {
                ++report.lostInLastYear;
                report.valueLostLastYear += yearlyRevenue(p, until);
            }
        } else if (since > rules.lapsedIntervals * interval && since >= rules.minimumDays) {
            a.status = ChurnStatus::Lapsed;
            const double lapsedAfter =
                std::max(rules.lapsedIntervals * interval, static_cast<double>(rules.minimumDays));
            if (*p.firstPurchase <= yearAgo && since - lapsedAfter < 365) {
                ++report.lapsedInLastYear;
                report.valueLapsedLastYear += yearlyRevenue(p, until);
            }
        } else if (since >= rules.minimumDays &&
                   ((a.probabilityAlive && *a.probabilityAlive < rules.atRiskProbabilityAlive) ||
                    since > rules.atRiskIntervals * interval)) {
            a.status = ChurnStatus::AtRisk;
        }
        if (*p.firstPurchase <= yearAgo) {
            ++report.buyersAYearAgo;
        }
        ++report.customersPerStatus[static_cast<std::size_t>(a.status)];
        if (a.status == ChurnStatus::AtRisk) {
            report.atRisk.push_back(a);
        }
        report.assessments.push_back(std::move(a));
    }
    std::sort(report.atRisk.begin(), report.atRisk.end(),
              [](const ChurnAssessment& x, const ChurnAssessment& y) { return x.valueAtStake > y.valueAtStake; });
    report.churnRateLastYear =
        report.buyersAYearAgo > 0 ? static_cast<double>(report.lostInLastYear) / report.buyersAYearAgo : 0;
    report.lapsedRateLastYear =
        report.buyersAYearAgo > 0 ? static_cast<double>(report.lapsedInLastYear) / report.buyersAYearAgo : 0;
    for (auto& [code, share] : byReason) {
        share.share = lostTotal > 0 ? static_cast<double>(share.customers) / lostTotal : 0;
        report.reasons.push_back(share);
    }
    std::stable_sort(report.reasons.begin(), report.reasons.end(),
                     [](const ReasonShare& x, const ReasonShare& y) { return x.customers > y.customers; });
    return report;
}

} // namespace rapport::analytics
