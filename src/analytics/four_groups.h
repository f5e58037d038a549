#pragma once

#include "analytics/customer_profile.h"

#include <array>
#include <optional>
#include <vector>

namespace rapport::analytics {

/**
 * Seed table 7.2: customers split by the cost level of their purchases and how often they buy.
 * 1 high cost, high frequency; 2 low cost, high frequency; 3 high cost, low frequency; 4 low cost, low
 * frequency. Group 0 means "did not buy in the window".
 */
struct FourGroupOptions {
    double windowMonths = 12;
    std::optional<double> costThreshold;      // major units per purchase; default the median
    std::optional<double> frequencyThreshold; // purchases per month; default the median
};

struct GroupFigures {
    std::int64_t customers = 0;
    double customerShare = 0;
    double revenueShare = 0;
    double profitShare = 0;                // of margin
    double averageRevenue = 0;             // per customer, major units
    std::vector<core::CustomerId> members; // highest revenue first
};

struct FourGroupsReport {
    double costThreshold = 0;
    double frequencyThreshold = 0;
    bool thresholdsAreMedians = true;
    std::int64_t buyers = 0;
    std::array<GroupFigures, 5> groups; // index 1..4; 0 unused
    /** movement[g][h]: customers in group g in the previous window and h in the current; 0 = no purchase. */
    std::array<std::array<std::int64_t, 5>, 5> movement{};
};

/** The group of one window's totals under thresholds (ties go to "high"). */
int fourGroup(const WindowTotals& totals, double windowMonths, double costThreshold, double frequencyThreshold);

FourGroupsReport computeFourGroups(const std::vector<CustomerProfile>& profiles, const FourGroupOptions& options);

} // namespace rapport::analytics
