#include "analytics/relationship_metrics.h"

#include <map>

namespace rapport::analytics {

RelationshipMetrics relationshipMetrics(storage::Repository& repository, core::CustomerId customerId,
                                        core::Date until) {
    RelationshipMetrics metrics;
    std::map<int, YearFigures> years;
    std::int64_t satisfactionSum = 0;
    storage::EpisodeQuery query;
    query.customerId = customerId;
    query.to = until;
    query.limit = 5000;
    while (true) {
        const auto page = repository.episodes(query); // newest first
        for (const auto& e : page.rows) {
            if (!metrics.lastEpisode) {
                metrics.lastEpisode = e.occurredOn;
            }
            metrics.firstEpisode = e.occurredOn;
            ++metrics.episodesByKind[static_cast<std::size_t>(e.kind)];
            metrics.critical += e.critical ? 1 : 0;
            if (e.satisfaction) {
                ++metrics.ratings;
                satisfactionSum += *e.satisfaction;
            }
            if (e.kind == core::EpisodeKind::Complaint) {
                ++metrics.complaints;
                metrics.complaintsAnswered += e.followUpDone ? 1 : 0;
            }
            if (core::isMonetary(e.kind)) {
                auto& y = years[e.occurredOn.year()];
                y.purchases += e.kind == core::EpisodeKind::Purchase ? 1 : 0;
                y.revenueMinor += e.revenue ? e.revenue->minor() : 0;
                y.marginMinor += e.margin ? e.margin->minor() : 0;
            }
        }
        if (!page.next) {
            break;
        }
        query.after = page.next;
    }
    for (const auto& cost : repository.relationshipCosts(customerId)) {
        if (cost.year <= until.year()) {
            years[cost.year].costsMinor += cost.amount.minor();
        }
    }
    for (auto& [year, figures] : years) {
        figures.year = year;
        metrics.years.push_back(figures);
    }
    if (metrics.ratings > 0) {
        metrics.meanSatisfaction = static_cast<double>(satisfactionSum) / metrics.ratings;
    }
    if (metrics.firstEpisode) {
        metrics.longevityMonths = metrics.firstEpisode->daysUntil(until) / (365.2425 / 12);
    }
    return metrics;
}

} // namespace rapport::analytics
