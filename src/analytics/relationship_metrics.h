#pragma once

#include "core/date.h"
#include "core/episode.h"
#include "storage/repository.h"

#include <array>
#include <optional>
#include <vector>

namespace rapport::analytics {

/** One year of a relationship: revenue, costs and profitability (return-on-relationship components). */
struct YearFigures {
    int year = 0;
    std::int32_t purchases = 0;
    std::int64_t revenueMinor = 0;
    std::int64_t marginMinor = 0;
    std::int64_t costsMinor = 0; // the cost entries of that year (seed table 7.3, line 5)
    [[nodiscard]] std::int64_t profitabilityMinor() const { return marginMinor - costsMinor; }
};

/**
 * One customer's relationship metrics from the 15-component return-on-relationship model, where the data
 * allow: revenue, costs and profitability per year; longevity; the episodes by kind; critical episodes;
 * mean satisfaction; complaints and how many were answered (their follow-up done).
 */
struct RelationshipMetrics {
    std::vector<YearFigures> years; // oldest first
    std::optional<core::Date> firstEpisode;
    std::optional<core::Date> lastEpisode;
    double longevityMonths = 0; // first episode to the observation end
    std::array<std::int32_t, 13> episodesByKind{};
    std::int32_t critical = 0;
    std::int32_t ratings = 0;
    std::optional<double> meanSatisfaction;
    std::int32_t complaints = 0;
    std::int32_t complaintsAnswered = 0;

    [[nodiscard]] std::int32_t count(core::EpisodeKind kind) const {
        return episodesByKind[static_cast<std::size_t>(kind)];
    }
};

/** Reads one customer's episodes (paged) and cost entries up to `until`. */
RelationshipMetrics relationshipMetrics(storage::Repository& repository, core::CustomerId customerId, core::Date until);

} // namespace rapport::analytics
