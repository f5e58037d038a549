#include "analytics/historical_value.h"

#include <algorithm>
#include <cmath>

namespace rapport::analytics {

namespace {
constexpr double kDaysPerYear = 365.2425;
constexpr double kDaysPerMonth = kDaysPerYear / 12;
} // namespace

double relationshipYears(const CustomerProfile& p, core::Date until) {
    if (!p.firstPurchase) {
        return 1.0;
    }
    return std::max(1.0, p.firstPurchase->daysUntil(until) / kDaysPerYear);
}

double discountedMonths(double months, double monthlyDiscount) {
    double sum = 0;
    const int whole = static_cast<int>(std::floor(months));
    for (int i = 1; i <= whole; ++i) {
        sum += std::pow(1.0 + monthlyDiscount, -i);
    }
    sum += (months - whole) * std::pow(1.0 + monthlyDiscount, -(whole + 1));
    return sum;
}

HistoricalValue historicalValue(const CustomerProfile& p, core::Date until, double lifetimeMonths,
                                double monthlyDiscount) {
    HistoricalValue v;
    const double years = relationshipYears(p, until);
    const std::int32_t purchases = p.purchases;
    v.averageSale = purchases > 0 ? static_cast<double>(p.revenueMinor) / 100.0 / purchases : 0;
    v.purchasesPerYear = purchases / years;
    v.salesPerYear = v.averageSale * v.purchasesPerYear;
    v.profitFromSalesPerYear = static_cast<double>(p.marginMinor) / 100.0 / years;
    v.costsPerYear = static_cast<double>(p.costsMinor) / 100.0 / years;
    v.profitabilityPerYear = v.profitFromSalesPerYear - v.costsPerYear;
    v.valuePerMonth = v.profitabilityPerYear / 12;
    v.lifetimeValue = v.valuePerMonth * discountedMonths(lifetimeMonths, monthlyDiscount);
    return v;
}

BaseHistoricalValue baseHistoricalValue(const std::vector<CustomerProfile>& profiles, core::Date until,
                                        double monthlyDiscount) {
    BaseHistoricalValue base;
    double months = 0;
    for (const auto& p : profiles) {
        if (p.firstPurchase && p.lastPurchase) {
            ++base.buyers;
            months += p.firstPurchase->daysUntil(*p.lastPurchase) / kDaysPerMonth;
        }
    }
    if (base.buyers == 0) {
        return base;
    }
    base.averageRelationshipMonths = months / static_cast<double>(base.buyers);
    auto& a = base.average;
    for (const auto& p : profiles) {
        if (!p.firstPurchase) {
            continue;
        }
        const auto v = historicalValue(p, until, base.averageRelationshipMonths, monthlyDiscount);
        a.averageSale += v.averageSale;
        a.purchasesPerYear += v.purchasesPerYear;
        a.salesPerYear += v.salesPerYear;
        a.profitFromSalesPerYear += v.profitFromSalesPerYear;
        a.costsPerYear += v.costsPerYear;
        a.profitabilityPerYear += v.profitabilityPerYear;
        a.valuePerMonth += v.valuePerMonth;
        a.lifetimeValue += v.lifetimeValue;
    }
    const double n = static_cast<double>(base.buyers);
    for (double* field : {&a.averageSale, &a.purchasesPerYear, &a.salesPerYear, &a.profitFromSalesPerYear,
                          &a.costsPerYear, &a.profitabilityPerYear, &a.valuePerMonth, &a.lifetimeValue}) {
        *field /= n;
    }
    return base;
}

} // namespace rapport::analytics
