#include "analytics/dimension_breakdown.h"

#include "core/enum_names.h"
#include "storage/repository.h"

#include <algorithm>

namespace rapport::analytics {

namespace {

void addTo(DimensionRow& row, const storage::CustomerKnowledge& c) {
    ++row.customers;
    row.revenueMinor += c.revenueMinor;
    row.marginMinor += c.marginMinor;
    if (c.scoreGroup && *c.scoreGroup >= 0 && *c.scoreGroup <= 4) {
        ++row.fourGroups[static_cast<std::size_t>(*c.scoreGroup)];
    } else {
        ++row.unscored;
    }
    if (c.scoreChurn) {
        switch (*c.scoreChurn) {
        case core::ChurnStatus::Active:
            ++row.active;
            break;
        case core::ChurnStatus::AtRisk:
            ++row.atRisk;
            break;
        case core::ChurnStatus::Lapsed:
            ++row.lapsed;
            break;
        case core::ChurnStatus::Lost:
            ++row.lost;
            break;
        }
    }
    row.acquisitionCostMinor += c.acquisitionCostMinor;
    if (c.predictedValueMinor) {
        row.predictedValueMinor += *c.predictedValueMinor;
        ++row.predictedCustomers;
    }
}

} // namespace

std::string_view dimensionCode(Dimension dimension) {
    switch (dimension) {
    case Dimension::Segment:
        return "segment";
    case Dimension::Region:
        return "region";
    case Dimension::Owner:
        return "owner";
    case Dimension::AcquisitionChannel:
        return "channel";
    case Dimension::ServiceLevel:
        return "level";
    }
    return "";
}

std::optional<Dimension> parseDimension(std::string_view code) {
    for (const auto dimension : kDimensions) {
        if (dimensionCode(dimension) == code) {
            return dimension;
        }
    }
    return std::nullopt;
}

std::string dimensionValue(Dimension dimension, const storage::CustomerKnowledge& customer) {
    switch (dimension) {
    case Dimension::Segment:
        return customer.segment;
    case Dimension::Region:
        return customer.region;
    case Dimension::Owner:
        return customer.owner;
    case Dimension::AcquisitionChannel:
        return customer.acquisitionChannel ? std::string(core::toCode(*customer.acquisitionChannel)) : std::string();
    case Dimension::ServiceLevel:
        return customer.serviceLevel;
    }
    return {};
}

double DimensionRow::acquisitionCostPerCustomer() const {
    return customers > 0 ? static_cast<double>(acquisitionCostMinor) / static_cast<double>(customers) : 0.0;
}

std::optional<double> DimensionRow::valueToCostRatio() const {
    if (acquisitionCostMinor <= 0 || predictedCustomers == 0) {
        return std::nullopt;
    }
    return static_cast<double>(predictedValueMinor) / static_cast<double>(acquisitionCostMinor);
}

void DimensionBreakdownBuilder::add(const storage::CustomerKnowledge& customer) {
    addTo(m_rows[dimensionValue(m_dimension, customer)], customer);
    addTo(m_total, customer);
    m_scored = m_scored || customer.scoreGroup.has_value();
}

DimensionBreakdown DimensionBreakdownBuilder::finish() {
    DimensionBreakdown result;
    result.dimension = m_dimension;
    result.scored = m_scored;
    result.total = m_total;
    for (auto& [value, row] : m_rows) {
        row.value = value;
        row.revenueShare = m_total.revenueMinor > 0
                               ? static_cast<double>(row.revenueMinor) / static_cast<double>(m_total.revenueMinor)
                               : 0.0;
        result.rows.push_back(std::move(row));
    }
    result.total.revenueShare = m_total.revenueMinor > 0 ? 1.0 : 0.0;
    std::stable_sort(result.rows.begin(), result.rows.end(),
                     [](const DimensionRow& a, const DimensionRow& b) { return a.revenueMinor > b.revenueMinor; });
    m_rows.clear();
    return result;
}

DimensionBreakdown breakdownBy(storage::Repository& repository, Dimension dimension, core::Date today) {
    DimensionBreakdownBuilder builder(dimension);
    repository.scanCustomerKnowledge(
        [&](std::span<const storage::CustomerKnowledge> batch) {
            for (const auto& customer : batch) {
                builder.add(customer);
            }
            return true;
        },
        today);
    return builder.finish();
}

} // namespace rapport::analytics
