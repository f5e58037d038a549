#pragma once

#include "analytics/customer_profile.h"

#include <vector>

namespace rapport::analytics {

/**
 * Seed table 7.3, "value of the goods a buyer buys", per year of relationship (major units): 1 average single
 * sale, 2 purchases per year, 3 sales per year (1 x 2), 4 profit from sales (margin), 5 costs of the
 * partnership (the cost entries), 6 profitability (4 - 5); then value per month and per year, and over the
 * expected lifetime (the base's average relationship length), discounted monthly.
 */
struct HistoricalValue {
    double averageSale = 0;
    double purchasesPerYear = 0;
    double salesPerYear = 0;
    double profitFromSalesPerYear = 0;
    double costsPerYear = 0;
    double profitabilityPerYear = 0;
    double valuePerMonth = 0;
    double lifetimeValue = 0; // discounted over the expected lifetime
};

struct BaseHistoricalValue {
    HistoricalValue average;              // the mean over buyers
    double averageRelationshipMonths = 0; // first to last purchase, observed so far
    std::int64_t buyers = 0;
};

/** The years of relationship a customer's figures are spread over: from the first purchase, at least one. */
double relationshipYears(const CustomerProfile& profile, core::Date until);

HistoricalValue historicalValue(const CustomerProfile& profile, core::Date until, double lifetimeMonths,
                                double monthlyDiscount);

/** Sum over months 1..L of 1 / (1 + d)^i, with a fractional last month. */
double discountedMonths(double months, double monthlyDiscount);

BaseHistoricalValue baseHistoricalValue(const std::vector<CustomerProfile>& profiles, core::Date until,
                                        double monthlyDiscount);

} // namespace rapport::analytics
