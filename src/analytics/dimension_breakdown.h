#pragma once

#include "core/date.h"
#include "storage/queries.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::storage {
class Repository;
}

namespace rapport::analytics {

/**
 * What an analysis by dimension groups customers by (the seed's analytical CRM: "reports by channel, campaign,
 * product, segment, region"). Campaigns and service levels come as further values when they are stored.
 */
enum class Dimension { Segment, Region, Owner, AcquisitionChannel, ServiceLevel };
inline constexpr std::array<Dimension, 5> kDimensions{Dimension::Segment, Dimension::Region, Dimension::Owner,
                                                      Dimension::AcquisitionChannel, Dimension::ServiceLevel};

/** "segment", "region", "owner", "channel", "level": the CLI's --by words. */
std::string_view dimensionCode(Dimension dimension);
std::optional<Dimension> parseDimension(std::string_view code);
/** The value a customer has on a dimension; empty when not recorded (a channel as its stored code). */
std::string dimensionValue(Dimension dimension, const storage::CustomerKnowledge& customer);

/** The customers sharing one value of a dimension, summed. */
struct DimensionRow {
    std::string value; // empty: not recorded
    std::int64_t customers = 0;
    std::int64_t revenueMinor = 0;
    std::int64_t marginMinor = 0;
    double revenueShare = 0; // of the whole base's revenue, 0..1
    /** Customers per group of the last analysis run: [0] no purchase in its window, [1..4] the four groups. */
    std::array<std::int64_t, 5> fourGroups{};
    std::int64_t unscored = 0; // no analysis run has scored them
    std::int64_t active = 0;   // churn status of the last analysis run (buyers only)
    std::int64_t atRisk = 0;
    std::int64_t lapsed = 0;
    std::int64_t lost = 0;
    std::int64_t acquisitionCostMinor = 0;
    std::int64_t predictedValueMinor = 0;
    std::int64_t predictedCustomers = 0; // with a predicted value
    /** Acquisition cost per customer. */
    [[nodiscard]] double acquisitionCostPerCustomer() const;
    /** Predicted value per unit of acquisition cost; empty when nothing was spent or nothing predicted. */
    [[nodiscard]] std::optional<double> valueToCostRatio() const;
};

struct DimensionBreakdown {
    Dimension dimension = Dimension::Segment;
    std::vector<DimensionRow> rows; // by revenue, largest first; ties by value
    DimensionRow total;
    bool scored = false; // an analysis run has stored scores for some customer
};

/** Builds a breakdown from customers given one at a time; one row per distinct value (few: segments, owners ...). */
class DimensionBreakdownBuilder {
public:
    explicit DimensionBreakdownBuilder(Dimension dimension)
        : m_dimension(dimension) {}
    void add(const storage::CustomerKnowledge& customer);
    [[nodiscard]] DimensionBreakdown finish();

private:
    Dimension m_dimension;
    std::map<std::string, DimensionRow> m_rows;
    DimensionRow m_total;
    bool m_scored = false;
};

/** The breakdown over the whole base in one streaming pass (Repository::scanCustomerKnowledge). */
DimensionBreakdown breakdownBy(storage::Repository& repository, Dimension dimension, core::Date today);

} // namespace rapport::analytics
