#include "reports/profitability.h"

#include "analytics/historical_value.h"
#include "reports/cell_text.h"

#include <algorithm>

namespace rapport::reports {

namespace {

/** The 80/20 rule as a curve: the first 20 % of customers bring 80 %, the rest share the remaining 20 %. */
double eightyTwenty(double customerShare) {
    return customerShare <= 0.2 ? 4 * customerShare : 0.8 + 0.25 * (customerShare - 0.2);
}

Section paretoSection(const analytics::BaseAnalysis& analysis) {
    const auto& ranking = analysis.ranking;
    Section section;
    section.heading = "Pareto curve";
    const std::string top10 =
        ranking.basis.marginsRecorded
            ? "the top 10 % bring " + displayText(ranking.top10ProfitShare, CellType::Percent) +
                  " of profit (benchmark: 90 %)"
            : "the top 10 % bring " + displayText(ranking.top10RevenueShare, CellType::Percent) +
                  " of revenue; their share of profit is unknown, as no purchase carries a margin (benchmark: 90 % "
                  "of profit)";
    section.paragraphs.push_back(
        "The top 20 % of buyers bring " + displayText(ranking.top20RevenueShare, CellType::Percent) +
        " of revenue (the seed's benchmark: 80 %); " + top10 + ". " + analytics::rankBasisNote(ranking.basis));
    Chart chart;
    chart.kind = Chart::Kind::Lines;
    chart.percent = true;
    chart.title = "Cumulative share of value by share of customers";
    chart.series = {{"your customers", {}, false}, {"80/20 rule", {}, true}};
    Table table;
    table.id = "pareto";
    table.title = "The curve at every 5 % of customers";
    table.columns = {{"Share of customers", CellType::Percent},
                     {"Share of value", CellType::Percent},
                     {"80/20 rule", CellType::Percent}};
    for (const auto& point : ranking.curve) {
        chart.categories.push_back(displayText(point.customerShare, CellType::Percent));
        chart.series[0].values.push_back(point.valueShare);
        chart.series[1].values.push_back(eightyTwenty(point.customerShare));
        table.rows.push_back({point.customerShare, point.valueShare, eightyTwenty(point.customerShare)});
    }
    section.charts.push_back(std::move(chart));
    section.tables.push_back(std::move(table));
    return section;
}

Section averageSection(const analytics::BaseAnalysis& analysis) {
    const auto& h = analysis.historical;
    Section section;
    section.heading = "The average buyer (table 7.3)";
    section.paragraphs.push_back("Over " + std::to_string(h.buyers) + " buyers; the expected lifetime is the " +
                                 "average relationship so far, " +
                                 displayText(h.averageRelationshipMonths, CellType::Number) + " months.");
    Table table;
    table.id = "average_buyer";
    table.title = "Value of the goods a buyer buys, per year of relationship";
    table.columns = {{"Line", CellType::Text}, {"Value", CellType::Money}};
    const auto& a = h.average;
    table.rows = {{std::string("1 Average single sale"), a.averageSale},
                  {std::string("2 Purchases per year"), a.purchasesPerYear},
                  {std::string("3 Sales per year (1 x 2)"), a.salesPerYear},
                  {std::string("4 Profit from sales"), a.profitFromSalesPerYear},
                  {std::string("5 Costs of the partnership"), a.costsPerYear},
                  {std::string("6 Profitability (4 - 5)"), a.profitabilityPerYear},
                  {std::string("Value per month"), a.valuePerMonth},
                  {std::string("Value over the expected lifetime (discounted)"), a.lifetimeValue}};
    section.tables.push_back(std::move(table));
    return section;
}

Section rankingSection(const analytics::BaseAnalysis& analysis, const ReportContext& context) {
    const auto& ranking = analysis.ranking;
    Section section;
    section.heading = "Ranking";
    section.paragraphs.push_back("Class A: hold on with all force; B: watch closely; C: let go (the seed's three "
                                 "decisions), by " +
                                 std::string(analytics::toString(ranking.measure)) +
                                 ". Lines 1-6 per year of relationship, as in table 7.3. " +
                                 analytics::rankBasisNote(ranking.basis));
    Table table;
    table.id = "ranking";
    table.title = "Every buyer, most valuable first";
    table.printedRows = context.printedRows;
    table.columns = {{"Rank", CellType::Integer},
                     {"Id", CellType::Id},
                     {"Customer", CellType::Text},
                     {"Class", CellType::Text},
                     {"Decision", CellType::Text},
                     {"1 Average sale", CellType::Money},
                     {"2 Purchases per year", CellType::Number},
                     {"3 Sales per year", CellType::Money},
                     {"4 Profit from sales", CellType::Money},
                     {"5 Costs", CellType::Money},
                     {"6 Profitability", CellType::Money},
                     {"Lifetime value", CellType::Money},
                     {"Predicted value", CellType::Money},
                     {"P(alive)", CellType::Percent}};
    const double lifetimeMonths = analysis.historical.averageRelationshipMonths;
    for (std::size_t i = 0; i < ranking.ranked.size(); ++i) {
        const auto& r = ranking.ranked[i];
        const auto* profile = analytics::findProfile(analysis, r.id);
        std::vector<Cell> row{static_cast<std::int64_t>(i + 1), r.id, customerName(analysis, r.id),
                              std::string(1, r.abcClass), decisionText(r.decision)};
        if (profile != nullptr) {
            const auto v =
                analytics::historicalValue(*profile, analysis.until, lifetimeMonths, context.options.monthlyDiscount);
            row.insert(row.end(), {v.averageSale, v.purchasesPerYear, v.salesPerYear, v.profitFromSalesPerYear,
                                   v.costsPerYear, v.profitabilityPerYear, v.lifetimeValue});
        } else {
            row.resize(row.size() + 7);
        }
        const auto prediction = analysis.byCustomer.find(r.id);
        if (prediction != analysis.byCustomer.end()) {
            row.insert(row.end(), {prediction->second.clv, prediction->second.probabilityAlive});
        }
        table.rows.push_back(std::move(row));
    }
    section.tables.push_back(std::move(table));
    return section;
}

} // namespace

Report profitabilityReport(const analytics::BaseAnalysis& analysis, const ReportContext& context) {
    Report report;
    report.title = "Profitability report";
    report.facts = standardFacts(analysis, context);
    report.sections.push_back(paretoSection(analysis));
    report.sections.push_back(averageSection(analysis));
    report.sections.push_back(rankingSection(analysis, context));
    return report;
}

} // namespace rapport::reports
