#include "reports/churn.h"

#include "reports/cell_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace rapport::reports {

namespace {

Section statusSection(const analytics::BaseAnalysis& analysis) {
    const auto& churn = analysis.churn;
    Section section;
    section.heading = "Where buyers stand";
    section.paragraphs.push_back(
        "In the last year " + std::to_string(churn.lostInLastYear) + " of the " + std::to_string(churn.buyersAYearAgo) +
        " buyers of a year ago were lost: a churn rate of " + displayText(churn.churnRateLastYear, CellType::Percent) +
        ", worth " + displayText(churn.valueLostLastYear, CellType::Money) +
        " a year in revenue. The usual interval between purchases is " +
        displayText(static_cast<std::int64_t>(std::llround(churn.medianIntervalDays)), CellType::Integer) +
        " days (median). Winning back a lost customer costs 50-100 times more than keeping one (the seed).");
    section.paragraphs.push_back("Beside them, " + std::to_string(churn.lapsedInLastYear) +
                                 " buyers of a year ago lapsed in the last year (" +
                                 displayText(churn.lapsedRateLastYear, CellType::Percent) + ", worth " +
                                 displayText(churn.valueLapsedLastYear, CellType::Money) + " a year in revenue)" +
                                 (churn.lostInLastYear == 0 && churn.lapsedInLastYear > 0
                                      ? ": nobody recorded them as lost, but the purchases show they left."
                                      : "."));
    if (churn.buyersAYearAgo == 0) {
        section.paragraphs.push_back("The purchases cover less than a year, so there are no yearly rates; " +
                                     std::to_string(churn.customersPerStatus[2]) +
                                     " customers are lapsed now (see the table below)" +
                                     (churn.lostInLastYear == 0 ? ", none of them recorded as lost." : "."));
    }
    section.paragraphs.push_back("Lost: " + analytics::lostDefinition() +
                                 ". Lapsed: " + analytics::lapsedDefinition(churn.rules) + ".");
    std::int64_t total = 0;
    for (const auto n : churn.customersPerStatus) {
        total += n;
    }
    Table table;
    table.id = "status";
    table.title = "Buyers by status";
    table.columns = {{"Status", CellType::Text}, {"Customers", CellType::Integer}, {"Share", CellType::Percent}};
    Chart chart;
    chart.title = "Buyers by status";
    chart.series.push_back({"customers", {}, false});
    for (std::size_t s = 0; s < churn.customersPerStatus.size(); ++s) {
        const auto name = std::string(analytics::toString(static_cast<analytics::ChurnStatus>(s)));
        const auto n = churn.customersPerStatus[s];
        table.rows.push_back({name, n, total > 0 ? Cell(static_cast<double>(n) / static_cast<double>(total)) : Cell()});
        chart.categories.push_back(name);
        chart.series[0].values.push_back(static_cast<double>(n));
    }
    section.charts.push_back(std::move(chart));
    section.tables.push_back(std::move(table));
    return section;
}

std::string benchmarkText(const core::ChurnReason& reason) {
    if (!reason.benchmarkLowPercent) {
        return {};
    }
    const double low = *reason.benchmarkLowPercent;
    const double high = reason.benchmarkHighPercent.value_or(low);
    char buffer[48];
    if (high == low) {
        std::snprintf(buffer, sizeof buffer, "%g %%", low);
    } else {
        std::snprintf(buffer, sizeof buffer, "%g-%g %%", low, high);
    }
    return buffer;
}

Section reasonSection(const analytics::BaseAnalysis& analysis) {
    const auto& churn = analysis.churn;
    Section section;
    section.heading = "Reasons customers left";
    section.paragraphs.push_back("From the churn records; the seed's shares are the benchmark. Lack of attention "
                                 "and interest from the maker and the trade is the most common reason there "
                                 "(65-70 %): most unhappy customers simply switch without complaining.");
    Table table;
    table.id = "reasons";
    table.title = "Reasons recorded, beside the seed's benchmark";
    table.columns = {{"Reason", CellType::Text},
                     {"Customers", CellType::Integer},
                     {"Share", CellType::Percent},
                     {"Seed's benchmark", CellType::Text},
                     {"Yearly revenue lost", CellType::Money}};
    Chart chart;
    chart.title = "Share of lost customers per reason";
    chart.percent = true;
    chart.series = {{"your customers", {}, false}, {"seed's benchmark (midpoint)", {}, true}};
    for (const auto& r : churn.reasons) {
        table.rows.push_back({r.reason.label, r.customers, r.share, benchmarkText(r.reason), r.valueLost});
        if (r.reason.benchmarkLowPercent) {
            std::string label = r.reason.code;
            std::replace(label.begin(), label.end(), '_', ' ');
            chart.categories.push_back(label);
            chart.series[0].values.push_back(r.share);
            const double high = r.reason.benchmarkHighPercent.value_or(*r.reason.benchmarkLowPercent);
            chart.series[1].values.push_back((*r.reason.benchmarkLowPercent + high) / 200);
        }
    }
    if (!chart.categories.empty()) {
        section.charts.push_back(std::move(chart));
    }
    section.tables.push_back(std::move(table));
    return section;
}

Section customersSection(const analytics::BaseAnalysis& analysis, const ReportContext& context) {
    std::vector<const analytics::ChurnAssessment*> slipping;
    for (const auto& a : analysis.churn.assessments) {
        if (a.status != analytics::ChurnStatus::Active) {
            slipping.push_back(&a);
        }
    }
    std::sort(slipping.begin(), slipping.end(), [](const auto* a, const auto* b) {
        return a->valueAtStake != b->valueAtStake ? a->valueAtStake > b->valueAtStake : a->id < b->id;
    });
    Section section;
    section.heading = "Lost, lapsed and at-risk customers";
    section.paragraphs.push_back("Highest value at stake first: find the reason at once and act (the seed).");
    Table table;
    table.id = "customers";
    table.title = "Customers who are not active";
    table.printedRows = context.printedRows;
    table.columns = {{"Id", CellType::Id},
                     {"Customer", CellType::Text},
                     {"Status", CellType::Text},
                     {"Days since last purchase", CellType::Integer},
                     {"Usual interval (days)", CellType::Integer},
                     {"P(alive)", CellType::Percent},
                     {"Value at stake", CellType::Money},
                     {"Why", CellType::Text}};
    for (const auto* a : slipping) {
        table.rows.push_back({a->id, customerName(analysis, a->id), std::string(analytics::toString(a->status)),
                              std::int64_t{a->daysSinceLastPurchase},
                              static_cast<std::int64_t>(std::llround(a->usualIntervalDays)),
                              a->probabilityAlive ? Cell(*a->probabilityAlive) : Cell(), a->valueAtStake, a->reason});
    }
    section.tables.push_back(std::move(table));
    return section;
}

} // namespace

Report churnReport(const analytics::BaseAnalysis& analysis, const ReportContext& context) {
    Report report;
    report.title = "Churn report";
    report.facts = standardFacts(analysis, context);
    report.sections.push_back(statusSection(analysis));
    report.sections.push_back(reasonSection(analysis));
    report.sections.push_back(customersSection(analysis, context));
    return report;
}

} // namespace rapport::reports
