#include "reports/loyalty.h"

#include "core/ladder.h"
#include "reports/analysis_text.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace rapport::reports {

namespace {

// The translation context of these texts, named as the context: lupdate falls back on the class name.
class LoyaltyReport {
    Q_DECLARE_TR_FUNCTIONS(LoyaltyReport)
};

double share(std::int64_t part, std::int64_t whole) {
    return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

Section ladderSection(const analytics::BaseAnalysis& analysis) {
    const auto& ladder = analysis.ladder;
    Section section;
    section.heading = utf8(LoyaltyReport::tr("Relationship ladder"));
    std::int64_t total = 0;
    for (const auto n : ladder.customersPerStage) {
        total += n;
    }
    QString ladderText =
        LoyaltyReport::tr("Prospect, customer, client, supporter, advocate, partner: marketing aims to move people "
                          "up to advocates and partners.");
    // Only when someone did set a stage: "0 customers' stages were set by hand" told the reader nothing.
    if (ladder.setByHand > 0) {
        ladderText += QLatin1Char(' ') + LoyaltyReport::tr("%Ln customer(s)' stages were set by hand and count as set.",
                                                           nullptr, static_cast<int>(ladder.setByHand));
    }
    section.paragraphs.push_back(utf8(ladderText));
    Chart chart;
    chart.title = utf8(LoyaltyReport::tr("Customers per stage"));
    chart.series.push_back({utf8(LoyaltyReport::tr("customers", "a chart's legend")), {}, false});
    Table table;
    table.id = "ladder";
    table.sheet = utf8(LoyaltyReport::tr("Ladder", "an XLSX sheet's name: at most 31 characters"));
    table.title = utf8(LoyaltyReport::tr("Stages and climbing during the period"));
    table.columns = {{utf8(LoyaltyReport::tr("Stage")), CellType::Text},
                     {utf8(LoyaltyReport::tr("Customers")), CellType::Integer},
                     {utf8(LoyaltyReport::tr("Share")), CellType::Percent},
                     {utf8(LoyaltyReport::tr("At this stage when the period opened")), CellType::Integer},
                     {utf8(LoyaltyReport::tr("Of those, higher when it closed")), CellType::Integer},
                     {utf8(LoyaltyReport::tr("Conversion")), CellType::Percent},
                     {utf8(LoyaltyReport::tr("Median days to the next stage")), CellType::Integer}};
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
    section.heading = utf8(LoyaltyReport::tr("Retention by acquisition cohort"));
    section.paragraphs.push_back(utf8(LoyaltyReport::tr("Customers grouped by the year of their first purchase; each "
                                                        "column is the share of the cohort that bought again in that "
                                                        "later year.")));
    std::size_t longest = 0;
    for (const auto& cohort : retention.cohorts) {
        longest = std::max(longest, cohort.retained.size());
    }
    Table table;
    table.id = "cohorts";
    table.sheet = utf8(LoyaltyReport::tr("Cohorts", "an XLSX sheet's name: at most 31 characters"));
    table.title = utf8(LoyaltyReport::tr("Share of each cohort buying in later years"));
    table.columns = {{utf8(LoyaltyReport::tr("First purchase in")), CellType::Id},
                     {utf8(LoyaltyReport::tr("Customers")), CellType::Integer}};
    for (std::size_t k = 0; k < longest; ++k) {
        table.columns.push_back(
            {utf8(LoyaltyReport::tr("Year %1 after", "a cohort's k-th year after its first").arg(k + 1)),
             CellType::Percent});
    }
    Chart chart;
    chart.kind = Chart::Kind::Lines;
    chart.percent = true;
    chart.title = utf8(LoyaltyReport::tr("Share still buying, by years since the first purchase"));
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
        section.paragraphs.push_back(utf8(LoyaltyReport::tr("No purchases in the years shown.")));
    }
    if (!chart.series.empty()) {
        section.charts.push_back(std::move(chart));
    }
    section.tables.push_back(std::move(table));
    return section;
}

Section fourGroupsSection(const analytics::BaseAnalysis& analysis, const Formatting& format) {
    const auto& report = analysis.fourGroups;
    // Without margins every group's share of profit would read 0 %: leave it empty and say why.
    const bool margins = analysis.ranking.basis.marginsRecorded;
    Section section;
    section.heading = utf8(LoyaltyReport::tr("The four groups by purchase cost and frequency"));
    section.paragraphs.push_back(utf8(LoyaltyReport::tr("Buyers in the period split by the value of a purchase (high "
                                                        "from %1) and purchases per month (high from %2).")
                                          .arg(QString::fromStdString(format.money(report.costThreshold)),
                                               QString::fromStdString(format.decimal(report.frequencyThreshold, 3)))));
    Table groups;
    groups.id = "four_groups";
    groups.sheet = utf8(LoyaltyReport::tr("Four groups", "an XLSX sheet's name: at most 31 characters"));
    groups.title = utf8(LoyaltyReport::tr("The groups in the period"));
    groups.columns = {{utf8(LoyaltyReport::tr("Group")), CellType::Text},
                      {utf8(LoyaltyReport::tr("Customers")), CellType::Integer},
                      {utf8(LoyaltyReport::tr("Share of buyers")), CellType::Percent},
                      {utf8(LoyaltyReport::tr("Share of revenue")), CellType::Percent},
                      {utf8(LoyaltyReport::tr("Share of profit")), CellType::Percent},
                      {utf8(LoyaltyReport::tr("Average revenue")), CellType::Money}};
    for (int g = 1; g <= 4; ++g) {
        const auto& f = report.groups[static_cast<std::size_t>(g)];
        groups.rows.push_back({fourGroupName(g), f.customers, f.customerShare, f.revenueShare,
                               margins ? Cell(f.profitShare) : Cell(), f.averageRevenue});
    }
    Table movement;
    movement.id = "group_movement";
    movement.sheet = utf8(LoyaltyReport::tr("Group movement", "an XLSX sheet's name: at most 31 characters"));
    movement.title =
        utf8(LoyaltyReport::tr("Movement between groups: the previous period (rows) to this one (columns)"));
    movement.columns = {{utf8(LoyaltyReport::tr("Previous period")), CellType::Text}};
    const auto groupColumn = [](int h) {
        return h == 0 ? LoyaltyReport::tr("no purchase", "a column of the groups' movement")
                      : LoyaltyReport::tr("group %1", "a column of the groups' movement").arg(h);
    };
    for (int h = 0; h <= 4; ++h) {
        movement.columns.push_back({utf8(groupColumn(h)), CellType::Integer});
    }
    for (int g = 0; g <= 4; ++g) {
        std::vector<Cell> row{g == 0 ? utf8(groupColumn(0)) : fourGroupName(g)};
        for (int h = 0; h <= 4; ++h) {
            row.emplace_back(report.movement[static_cast<std::size_t>(g)][static_cast<std::size_t>(h)]);
        }
        movement.rows.push_back(std::move(row));
    }
    Chart chart;
    chart.title = utf8(LoyaltyReport::tr("Share of buyers, revenue and profit per group"));
    chart.percent = true;
    for (int g = 1; g <= 4; ++g) {
        chart.categories.push_back(utf8(groupColumn(g)));
    }
    chart.series = {{utf8(LoyaltyReport::tr("buyers", "a chart's legend")), {}, false},
                    {utf8(LoyaltyReport::tr("revenue", "a chart's legend")), {}, false},
                    {utf8(LoyaltyReport::tr("profit", "a chart's legend")), {}, false}};
    for (int g = 1; g <= 4; ++g) {
        const auto& f = report.groups[static_cast<std::size_t>(g)];
        chart.series[0].values.push_back(f.customerShare);
        chart.series[1].values.push_back(f.revenueShare);
        chart.series[2].values.push_back(f.profitShare);
    }
    if (!margins) {
        chart.series.pop_back();
        section.paragraphs.push_back(
            utf8(LoyaltyReport::tr("No purchase carries a margin, so the groups' share of profit is left empty.")));
    }
    section.charts.push_back(std::move(chart));
    section.tables.push_back(std::move(groups));
    section.tables.push_back(std::move(movement));
    return section;
}

Section keyCustomerSection(const analytics::BaseAnalysis& analysis) {
    const auto& ranking = analysis.ranking;
    const auto keyCustomers = static_cast<int>(ranking.keyCustomers);
    Section section;
    section.heading = utf8(LoyaltyReport::tr("Key customers' share of sales over time"));
    section.paragraphs.push_back(utf8(
        byMeasure(ranking.measure,
                  LoyaltyReport::tr("Key customers are the %Ln class A customer(s) of the ranking by profit.", nullptr,
                                    keyCustomers),
                  LoyaltyReport::tr("Key customers are the %Ln class A customer(s) of the ranking by revenue.", nullptr,
                                    keyCustomers),
                  LoyaltyReport::tr("Key customers are the %Ln class A customer(s) of the ranking by historical value.",
                                    nullptr, keyCustomers),
                  LoyaltyReport::tr("Key customers are the %Ln class A customer(s) of the ranking by predicted value.",
                                    nullptr, keyCustomers)) +
        QLatin1Char(' ') +
        LoyaltyReport::tr("In a well-run firm about 20 % of customers bring 80 % of revenue (the seed's benchmark).") +
        QLatin1Char(' ') + QString::fromStdString(rankBasisText(ranking.basis))));
    if (ranking.quartersBeforeData > 0) {
        section.paragraphs.push_back(utf8(LoyaltyReport::tr("%Ln earlier quarter(s) of the trend are left out: nobody "
                                                            "had bought yet, so there is no share to show.",
                                                            nullptr, ranking.quartersBeforeData)));
    }
    if (ranking.quarters.empty()) {
        section.paragraphs.push_back(utf8(LoyaltyReport::tr("No data: nobody bought in the quarters of the trend.")));
    }
    Chart chart;
    chart.kind = Chart::Kind::Lines;
    chart.percent = true;
    chart.title = utf8(LoyaltyReport::tr("Key customers' share of each quarter's revenue"));
    chart.categories = ranking.quarters;
    chart.series.push_back(
        {utf8(LoyaltyReport::tr("key customers", "a chart's legend")), ranking.keyCustomerShareByQuarter, false});
    chart.series.push_back({utf8(LoyaltyReport::tr("benchmark 80 %", "a chart's legend")),
                            std::vector<double>(ranking.quarters.size(), 0.8), true});
    Table table;
    table.id = "key_share";
    table.sheet = utf8(LoyaltyReport::tr("Key customers", "an XLSX sheet's name: at most 31 characters"));
    table.title = utf8(LoyaltyReport::tr("Key customers' share of revenue per quarter"));
    table.columns = {{utf8(LoyaltyReport::tr("Quarter")), CellType::Text},
                     {utf8(LoyaltyReport::tr("Share of revenue")), CellType::Percent}};
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
    const auto shown = static_cast<int>(std::min(limit, ranking.ranked.size()));
    Section section;
    section.heading = utf8(LoyaltyReport::tr("Top customers by value"));
    section.paragraphs.push_back(rankBasisText(ranking.basis));
    Table table;
    table.id = "top_customers";
    table.sheet = utf8(LoyaltyReport::tr("Top customers", "an XLSX sheet's name: at most 31 characters"));
    table.title = utf8(
        byMeasure(ranking.measure, LoyaltyReport::tr("The %Ln most valuable customer(s) by profit", nullptr, shown),
                  LoyaltyReport::tr("The %Ln most valuable customer(s) by revenue", nullptr, shown),
                  LoyaltyReport::tr("The %Ln most valuable customer(s) by historical value", nullptr, shown),
                  LoyaltyReport::tr("The %Ln most valuable customer(s) by predicted value", nullptr, shown)));
    table.columns = {{utf8(LoyaltyReport::tr("Rank")), CellType::Integer},
                     {utf8(LoyaltyReport::tr("Id", "a customer's number")), CellType::Id},
                     {utf8(LoyaltyReport::tr("Customer")), CellType::Text},
                     {utf8(LoyaltyReport::tr("Value")), CellType::Money},
                     {utf8(LoyaltyReport::tr("Cumulative share")), CellType::Percent},
                     {utf8(LoyaltyReport::tr("Class", "the ABC class of a customer")), CellType::Text},
                     {utf8(LoyaltyReport::tr("Stage")), CellType::Text},
                     {utf8(LoyaltyReport::tr("RFM segment")), CellType::Text}};
    for (std::size_t i = 0; i < ranking.ranked.size() && i < limit; ++i) {
        const auto& r = ranking.ranked[i];
        const auto* profile = analytics::findProfile(analysis, r.id);
        table.rows.push_back({static_cast<std::int64_t>(i + 1), r.id, customerName(analysis, r.id), r.value,
                              r.cumulativeShare, std::string(1, r.abcClass),
                              profile ? Cell(stageName(profile->stage)) : Cell(), rfmSegmentName(r.rfm.segment())});
    }
    section.tables.push_back(std::move(table));
    return section;
}

} // namespace

Report loyaltyReport(const analytics::BaseAnalysis& analysis, const analytics::CohortRetention& cohorts,
                     const ReportContext& context) {
    Report report = startReport(utf8(LoyaltyReport::tr("Loyalty report")), context);
    report.facts = standardFacts(analysis, context);
    report.sections.push_back(ladderSection(analysis));
    report.sections.push_back(cohortSection(cohorts));
    report.sections.push_back(fourGroupsSection(analysis, context.formatting()));
    report.sections.push_back(keyCustomerSection(analysis));
    report.sections.push_back(topCustomersSection(analysis, std::max<std::size_t>(context.printedRows, 1)));
    return report;
}

} // namespace rapport::reports
