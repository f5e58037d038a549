#include "analytics/four_groups.h"

#include <algorithm>

namespace rapport::analytics {

namespace {

/** The median of `values`, which it reorders. */
double median(std::vector<double>& values) {
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
    for (const auto& p : profiles) {
        report.buyers += p.current.purchases > 0 ? 1 : 0;
    }
    // Each median from a vector of its own, sized once and freed before the next: the two vectors side by side, each
    // grown by doubling and copied for its median, held up to six times one of them.
    const auto medianOf = [&](const auto& amountOf) {
        std::vector<double> values;
        values.reserve(static_cast<std::size_t>(report.buyers));
        for (const auto& p : profiles) {
            if (p.current.purchases > 0) {
                values.push_back(amountOf(p.current));
            }
        }
        return median(values);
    };
    report.thresholdsAreMedians = !options.costThreshold && !options.frequencyThreshold;
    report.costThreshold =
        options.costThreshold ? *options.costThreshold : medianOf([](const WindowTotals& t) { return averageCost(t); });
    report.frequencyThreshold =
        options.frequencyThreshold
            ? *options.frequencyThreshold
            : medianOf([&options](const WindowTotals& t) { return t.purchases / options.windowMonths; });
    const auto groupOf = [&](const WindowTotals& totals) {
        return fourGroup(totals, options.windowMonths, report.costThreshold, report.frequencyThreshold);
    };

    std::int64_t totalRevenue = 0;
    std::int64_t totalMargin = 0;
    std::array<std::int64_t, 5> revenue{};
    std::array<std::int64_t, 5> margin{};
    for (const auto& p : profiles) {
        const int now = groupOf(p.current);
        const int before = groupOf(p.previous);
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
    }
    // Each group's members by revenue, one group at a time, each list sized by the count above.
    for (std::size_t g = 1; g <= 4; ++g) {
        auto& figures = report.groups[g];
        figures.customerShare = report.buyers > 0 ? static_cast<double>(figures.customers) / report.buyers : 0;
        figures.revenueShare = totalRevenue != 0 ? static_cast<double>(revenue[g]) / totalRevenue : 0;
        figures.profitShare = totalMargin != 0 ? static_cast<double>(margin[g]) / totalMargin : 0;
        figures.averageRevenue = figures.customers > 0 ? revenue[g] / 100.0 / figures.customers : 0;
        std::vector<std::pair<std::int64_t, core::CustomerId>> members;
        members.reserve(static_cast<std::size_t>(figures.customers));
        for (const auto& p : profiles) {
            if (static_cast<std::size_t>(groupOf(p.current)) == g) {
                members.emplace_back(p.current.revenueMinor, p.id);
            }
        }
        std::sort(members.begin(), members.end(), std::greater<>());
        figures.members.reserve(members.size());
        for (const auto& [amount, id] : members) {
            figures.members.push_back(id);
        }
    }
    return report;
}

} // namespace rapport::analytics
