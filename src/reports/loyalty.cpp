#include "reports/loyalty.h"

#include "core/ladder.h"
#include "reports/cell_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace rapport::reports {

namespace {

double share(std::int64_t part, std::int64_t whole) {
    return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

Section ladderSection(const analytics::BaseAnalysis& analysis) {
    const auto& ladder = analysis.ladder;
    Section section;
    section.heading = "Relationship ladder";
    std::int64_t total = 0;
    for (const auto n : ladder.customersPerStage) {
        total += n;
    }
    section.paragraphs.push_back(
        "Prospect, customer, client, supporter, advocate, partner: marketing aims to move people up to advocates "
        "and partners. " +
        std::to_string(ladder.setByHand) + " customers' stages were set by hand and count as set.");
    Chart chart;
    chart.title = "Customers per stage";
    chart.series.push_back({"customers", {}, false});
    Table table;
    table.id = "ladder";
    table.title = "Stages and climbing during the period";
    table.columns = {{"Stage", CellType::Text},
                     {"Customers", CellType::Integer},
                     {"Share", CellType::Percent},
                     {"At this stage when the period opened", CellType::Integer},
                     {"Of those, higher when it closed", CellType::Integer},
                     {"Conversion", CellType::Percent},
                     {"Median days to the next stage", CellType::Integer}};
    for (std::size_t s = 0; s < core::kLadderStages; ++s) {
        const auto stage = static_cast<core::LadderStage>(s);
        chart.categories.push_back(stageName(stage));
        chart.series[0].values.push_back(static_cast<double>(ladder.customersPerStage[s]));
        std::vector<Cell> row{stageName(stage), ladder.customersPerStage[s], share(ladder.customersPerStage[s], total),
                              ladder.atStageWhenWindowOpened[s]};
        if (s + 1 < core::kLadderStages) {
            row.emplace_back(ladder.climbedDuringWindow[s]);
            row.emplace_back(ladder.atStageWhenWindowOpened[s] > 0
                                 ? Cell(share(ladder.climbedDuringWindow[s], ladder.atStageWhenWindowOpened[s]))
                                 : Cell());
            row.emplace_back(ladder.medianDaysToNextStage[s]
                                 ? Cell(static_cast<std::int64_t>(std::llround(*ladder.medianDaysToNextStage[s])))
                                 : Cell());
        }
        table.rows.push_back(std::move(row));
    }
    section.charts.push_back(std::move(chart));
    section.tables.push_back(std::move(table));
    return section;
}

Section cohortSection(const analytics::CohortRetention& retention) {
    Section section;
    section.heading = "Retention by acquisition cohort";
    section.paragraphs.push_back("Customers grouped by the year of their first purchase; each column is the share "
                                 "of the cohort that bought again in that later year.");
    std::size_t longest = 0;
    for (const auto& cohort : retention.cohorts) {
        longest = std::max(longest, cohort.retained.size());
    }
    Table table;
    table.id = "cohorts";
    table.title = "Share of each cohort buying in later years";
    table.columns = {{"First purchase in", CellType::Id}, {"Customers", CellType::Integer}};
    for (std::size_t k = 0; k < longest; ++k) {
        table.columns.push_back({"Year " + std::to_string(k + 1) + " after", CellType::Percent});
    }
    Chart chart;
    chart.kind = Chart::Kind::Lines;
    chart.percent = true;
    chart.title = "Share still buying, by years since the first purchase";
    for (std::size_t k = 0; k < longest; ++k) {
        chart.categories.push_back("+" + std::to_string(k + 1));
    }
    for (const auto& cohort : retention.cohorts) {
        std::vector<Cell> row{std::int64_t{cohort.year}, cohort.customers};
        for (const double r : cohort.retained) {
            row.emplace_back(r);
        }
        table.rows.push_back(std::move(row));
    }
    // The chart shows the latest five cohorts that have a later year; more lines would be unreadable.
    std::vector<const analytics::Cohort*> charted;
    for (auto it = retention.cohorts.rbegin(); it != retention.cohorts.rend() && charted.size() < 5; ++it) {
        if (!it->retained.empty()) {
            charted.insert(charted.begin(), &*it);
        }
    }
    for (const auto* cohort : charted) {
        chart.series.push_back({std::to_string(cohort->year), cohort->retained, false});
    }
    if (retention.cohorts.empty()) {
        section.paragraphs.push_back("No purchases in the years shown.");
    }
    if (!chart.series.empty()) {
        section.charts.push_back(std::move(chart));
    }
    section.tables.push_back(std::move(table));
    return section;
}

Section fourGroupsSection(const analytics::BaseAnalysis& analysis) {
    const auto& report = analysis.fourGroups;
    // Without margins every group's share of profit would read 0 %: leave it empty and say why.
    const bool margins = analysis.ranking.basis.marginsRecorded;
    Section section;
    section.heading = "The four groups by purchase cost and frequency";
    section.paragraphs.push_back("Buyers in the period split by the value of a purchase (high from " +
                                 displayText(report.costThreshold, CellType::Money) +
                                 ") and purchases per month (high from " + fixedDecimals(report.frequencyThreshold, 3) +
                                 ").");
    Table groups;
    groups.id = "four_groups";
    groups.title = "The groups in the period";
    groups.columns = {{"Group", CellType::Text},
                      {"Customers", CellType::Integer},
                      {"Share of buyers", CellType::Percent},
                      {"Share of revenue", CellType::Percent},
                      {"Share of profit", CellType::Percent},
                      {"Average revenue", CellType::Money}};
    for (int g = 1; g <= 4; ++g) {
        const auto& f = report.groups[static_cast<std::size_t>(g)];
        groups.rows.push_back({fourGroupName(g), f.customers, f.customerShare, f.revenueShare,
                               margins ? Cell(f.profitShare) : Cell(), f.averageRevenue});
    }
    Table movement;
    movement.id = "group_movement";
    movement.title = "Movement between groups: the previous period (rows) to this one (columns)";
    movement.columns = {{"Previous period", CellType::Text}};
    for (int h = 0; h <= 4; ++h) {
        movement.columns.push_back(
            {h == 0 ? std::string("no purchase") : "group " + std::to_string(h), CellType::Integer});
    }
    for (int g = 0; g <= 4; ++g) {
        std::vector<Cell> row{g == 0 ? std::string("no purchase") : fourGroupName(g)};
        for (int h = 0; h <= 4; ++h) {
            row.emplace_back(report.movement[static_cast<std::size_t>(g)][static_cast<std::size_t>(h)]);
        }
        movement.rows.push_back(std::move(row));
    }
    Chart chart;
    chart.title = "Share of buyers, revenue and profit per group";
    chart.percent = true;
    chart.categories = {"group 1", "group 2", "group 3", "group 4"};
    chart.series = {{"buyers", {}, false}, {"revenue", {}, false}, {"profit", {}, false}};
    for (int g = 1; g <= 4; ++g) {
        const auto& f = report.groups[static_cast<std::size_t>(g)];
        chart.series[0].values.push_back(f.customerShare);
        chart.series[1].values.push_back(f.revenueShare);
        chart.series[2].values.push_back(f.profitShare);
    }
    if (!margins) {
        chart.series.pop_back();
        section.paragraphs.push_back("No purchase carries a margin, so the groups' share of profit is left empty.");
    }
    section.charts.push_back(std::move(chart));
    section.tables.push_back(std::move(groups));
    section.tables.push_back(std::move(movement));
    return section;
}

Section keyCustomerSection(const analytics::BaseAnalysis& analysis) {
    const auto& ranking = analysis.ranking;
    Section section;
    section.heading = "Key customers' share of sales over time";
    section.paragraphs.push_back(
        "Key customers are the " + std::to_string(ranking.keyCustomers) + " class A customers of the ranking by " +
        std::string(analytics::toString(ranking.measure)) +
        ". In a well-run firm about 20 % of customers bring 80 % of revenue (the seed's benchmark). " +
        analytics::rankBasisNote(ranking.basis));
    if (ranking.quartersBeforeData > 0) {
        section.paragraphs.push_back(
            std::to_string(ranking.quartersBeforeData) +
            " earlier quarter(s) of the trend are left out: nobody had bought yet, so there is no share to show.");
    }
    if (ranking.quarters.empty()) {
        section.paragraphs.push_back("No data: nobody bought in the quarters of the trend.");
    }
    Chart chart;
    chart.kind = Chart::Kind::Lines;
    chart.percent = true;
    chart.title = "Key customers' share of each quarter's revenue";
    chart.categories = ranking.quarters;
    chart.series.push_back({"key customers", ranking.keyCustomerShareByQuarter, false});
    chart.series.push_back({"benchmark 80 %", std::vector<double>(ranking.quarters.size(), 0.8), true});
    Table table;
    table.id = "key_share";
    table.title = "Key customers' share of revenue per quarter";
    table.columns = {{"Quarter", CellType::Text}, {"Share of revenue", CellType::Percent}};
    for (std::size_t q = 0; q < ranking.quarters.size(); ++q) {
        table.rows.push_back({ranking.quarters[q], q < ranking.keyCustomerShareByQuarter.size()
                                                       ? Cell(ranking.keyCustomerShareByQuarter[q])
                                                       : Cell()});
    }
    section.charts.push_back(std::move(chart));
    section.tables.push_back(std::move(table));
    return section;
}

Section topCustomersSection(const analytics::BaseAnalysis& analysis, std::size_t limit) {
    const auto& ranking = analysis.ranking;
    Section section;
    section.heading = "Top customers by value";
    section.paragraphs.push_back(analytics::rankBasisNote(ranking.basis));
    Table table;
    table.id = "top_customers";
    table.title = "The " + std::to_string(std::min(limit, ranking.ranked.size())) + " most valuable customers by " +
                  std::string(analytics::toString(ranking.measure));
    table.columns = {{"Rank", CellType::Integer},
                     {"Id", CellType::Id},
                     {"Customer", CellType::Text},
                     {"Value", CellType::Money},
                     {"Cumulative share", CellType::Percent},
                     {"Class", CellType::Text},
                     {"Stage", CellType::Text},
                     {"RFM segment", CellType::Text}};
    for (std::size_t i = 0; i < ranking.ranked.size() && i < limit; ++i) {
        const auto& r = ranking.ranked[i];
        const auto* profile = analytics::findProfile(analysis, r.id);
        table.rows.push_back({static_cast<std::int64_t>(i + 1), r.id, customerName(analysis, r.id), r.value,
                              r.cumulativeShare, std::string(1, r.abcClass),
                              profile ? Cell(stageName(profile->stage)) : Cell(), std::string(r.rfm.segment)});
    }
    section.tables.push_back(std::move(table));
    return section;
}

} // namespace

Report loyaltyReport(const analytics::BaseAnalysis& analysis, const analytics::CohortRetention& cohorts,
                     const ReportContext& context) {
    Report report;
    report.title = "Loyalty report";
    report.facts = standardFacts(analysis, context);
    report.sections.push_back(ladderSection(analysis));
    report.sections.push_back(cohortSection(cohorts));
    report.sections.push_back(fourGroupsSection(analysis));
    report.sections.push_back(keyCustomerSection(analysis));
    report.sections.push_back(topCustomersSection(analysis, std::max<std::size_t>(context.printedRows, 1)));
    return report;
}

} // namespace rapport::reports
