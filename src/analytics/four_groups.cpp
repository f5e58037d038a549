#include "analytics/four_groups.h"

#include <algorithm>

namespace rapport::analytics {

namespace {

double median(std::vector<double> values) {
    if (values.empty()) {
        return 0;
    }
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1) {
        return *middle;
    }
    return (*middle + *std::max_element(values.begin(), middle)) / 2;
}

double averageCost(const WindowTotals& t) {
    return static_cast<double>(t.revenueMinor) / 100.0 / t.purchases;
}

} // namespace

int fourGroup(const WindowTotals& totals, double windowMonths, double costThreshold, double frequencyThreshold) {
    if (totals.purchases <= 0) {
        return 0;
    }
    const bool highCost = averageCost(totals) >= costThreshold;
    const bool highFrequency = totals.purchases / windowMonths >= frequencyThreshold;
    if (highCost && highFrequency) {
        return 1;
    }
    if (highFrequency) {
        return 2;
    }
    return highCost ? 3 : 4;
}

FourGroupsReport computeFourGroups(const std::vector<CustomerProfile>& profiles, const FourGroupOptions& options) {
    FourGroupsReport report;
    std::vector<double> costs;
    std::vector<double> frequencies;
    for (const auto& p : profiles) {
        if (p.current.purchases > 0) {
            costs.push_back(averageCost(p.current));
            frequencies.push_back(p.current.purchases / options.windowMonths);
        }
    }
    report.buyers = static_cast<std::int64_t>(costs.size());
    report.thresholdsAreMedians = !options.costThreshold && !options.frequencyThreshold;
    report.costThreshold = options.costThreshold.value_or(median(costs));
    report.frequencyThreshold = options.frequencyThreshold.value_or(median(frequencies));

    std::int64_t totalRevenue = 0;
    std::int64_t totalMargin = 0;
    std::array<std::int64_t, 5> revenue{};
    std::array<std::int64_t, 5> margin{};
    std::array<std::vector<std::pair<std::int64_t, core::CustomerId>>, 5> members;
    for (const auto& p : profiles) {
        const int now = fourGroup(p.current, options.windowMonths, report.costThreshold, report.frequencyThreshold);
        const int before = fourGroup(p.previous, options.windowMonths, report.costThreshold, report.frequencyThreshold);
        if (now == 0 && before == 0) {
            continue;
        }
        ++report.movement[static_cast<std::size_t>(before)][static_cast<std::size_t>(now)];
        if (now == 0) {
            continue;
        }
        const auto g = static_cast<std::size_t>(now);
        ++report.groups[g].customers;
        revenue[g] += p.current.revenueMinor;
        margin[g] += p.current.marginMinor;
        totalRevenue += p.current.revenueMinor;
        totalMargin += p.current.marginMinor;
        members[g].emplace_back(p.current.revenueMinor, p.id);
    }
    for (std::size_t g = 1; g <= 4; ++g) {
        auto& figures = report.groups[g];
        figures.customerShare = report.buyers > 0 ? static_cast<double>(figures.customers) / report.buyers : 0;
        figures.revenueShare = totalRevenue != 0 ? static_cast<double>(revenue[g]) / totalRevenue : 0;
        figures.profitShare = totalMargin != 0 ? static_cast<double>(margin[g]) / totalMargin : 0;
        figures.averageRevenue = figures.customers > 0 ? revenue[g] / 100.0 / figures.customers : 0;
        std::sort(members[g].begin(), members[g].end(), std::greater<>());
        figures.members.reserve(members[g].size());
        for (const auto& [amount, id] : members[g]) {
            figures.members.push_back(id);
        }
    }
    return report;
}

} // namespace rapport::analytics
