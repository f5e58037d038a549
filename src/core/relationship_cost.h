#pragma once

#include "core/enum_names.h"
#include "core/ids.h"
#include "core/money.h"
#include "core/validation.h"

#include <vector>

namespace rapport::core {

/** The cost lines of organising a partnership, seed table 7.3 line 5. */
enum class CostLine {
    Delivery,        // 5.1.1
    StoreStaffBonus, // 5.1.2 bonuses to the retailer's staff
    UnsoldReturns,   // 5.1.3 taking back unsold goods
    DatabaseUpkeep,  // 5.2
    SalesManagerPay, // 5.3
    Other,           // 5.4
};
template <> struct EnumNames<CostLine> {
    static constexpr std::array<std::pair<CostLine, std::string_view>, 6> values{{
        {CostLine::Delivery, "delivery"},
        {CostLine::StoreStaffBonus, "store_staff_bonus"},
        {CostLine::UnsoldReturns, "unsold_returns"},
        {CostLine::DatabaseUpkeep, "database_upkeep"},
        {CostLine::SalesManagerPay, "sales_manager_pay"},
        {CostLine::Other, "other"},
    }};
};

/** What one cost line of one customer's relationship cost in one year. */
struct RelationshipCost {
    CustomerId customerId = 0;
    int year = 0;
    CostLine line = CostLine::Other;
    Money amount;
    bool operator==(const RelationshipCost&) const = default;
};

std::vector<FieldError> validationErrors(const RelationshipCost& cost);
void validate(const RelationshipCost& cost);

} // namespace rapport::core
