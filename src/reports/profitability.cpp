#include "reports/profitability.h"

#include "analytics/historical_value.h"
#include "reports/analysis_text.h"

#include <QCoreApplication>

#include <algorithm>

namespace rapport::reports {

namespace {

// The translation context of these texts, named as the context: lupdate falls back on the class name.
class ProfitabilityReport {
    Q_DECLARE_TR_FUNCTIONS(ProfitabilityReport)
};

/** The 80/20 rule as a curve: the first 20 % of customers bring 80 %, the rest share the remaining 20 %. */
double eightyTwenty(double customerShare) {
    return customerShare <= 0.2 ? 4 * customerShare : 0.8 + 0.25 * (customerShare - 0.2);
}

Section paretoSection(const analytics::BaseAnalysis& analysis, const Formatting& format) {
    const auto& ranking = analysis.ranking;
    const auto percent = [&format](double share) { return qstring(format.percent(share)); };
    Section section;
    section.heading = utf8(ProfitabilityReport::tr("Pareto curve"));
    const QString top = ranking.basis.marginsRecorded
                            ? ProfitabilityReport::tr(
                                  "The top 20 % of buyers bring %1 of revenue (the seed's benchmark: 80 %); the top "
                                  "10 % bring %2 of profit (benchmark: 90 %).")
                                  .arg(percent(ranking.top20RevenueShare), percent(ranking.top10ProfitShare))
                            : ProfitabilityReport::tr(
                                  "The top 20 % of buyers bring %1 of revenue (the seed's benchmark: 80 %); the top "
                                  "10 % bring %2 of revenue; their share of profit is unknown, as no purchase "
                                  "carries a margin (benchmark: 90 % of profit).")
                                  .arg(percent(ranking.top20RevenueShare), percent(ranking.top10RevenueShare));
    section.paragraphs.push_back(utf8(top + QLatin1Char(' ') + qstring(rankBasisText(ranking.basis))));
    Chart chart;
    chart.kind = Chart::Kind::Lines;
    chart.percent = true;
    chart.title = utf8(ProfitabilityReport::tr("Cumulative share of value by share of customers"));
    const auto rule = utf8(ProfitabilityReport::tr("80/20 rule"));
    chart.series = {{utf8(ProfitabilityReport::tr("your customers", "a chart's legend")), {}, false}, {rule, {}, true}};
    Table table;
    table.id = "pareto";
    table.sheet = utf8(ProfitabilityReport::tr("Pareto", "an XLSX sheet's name: at most 31 characters"));
    table.title = utf8(ProfitabilityReport::tr("The curve at every 5 % of customers"));
    table.columns = {{utf8(ProfitabilityReport::tr("Share of customers")), CellType::Percent},
                     {utf8(ProfitabilityReport::tr("Share of value")), CellType::Percent},
                     {rule, CellType::Percent}};
    for (const auto& point : ranking.curve) {
        chart.categories.push_back(format.percent(point.customerShare));
        chart.series[0].values.push_back(point.valueShare);
        chart.series[1].values.push_back(eightyTwenty(point.customerShare));
        table.rows.push_back({point.customerShare, point.valueShare, eightyTwenty(point.customerShare)});
    }
    section.charts.push_back(std::move(chart));
    section.tables.push_back(std::move(table));
    return section;
}

Section averageSection(const analytics::BaseAnalysis& analysis, const Formatting& format) {
    const auto& h = analysis.historical;
    Section section;
    section.heading = utf8(ProfitabilityReport::tr("The average buyer (table 7.3)"));
    section.paragraphs.push_back(utf8(ProfitabilityReport::tr("Over %Ln buyer(s); the expected lifetime is the average "
                                                              "relationship so far, %1 months.",
                                                              nullptr, static_cast<int>(h.buyers))
                                          .arg(qstring(format.decimal(h.averageRelationshipMonths, 2)))));
    Table table;
    table.id = "average_buyer";
    table.sheet = utf8(ProfitabilityReport::tr("Average buyer", "an XLSX sheet's name: at most 31 characters"));
    table.title = utf8(ProfitabilityReport::tr("Value of the goods a buyer buys, per year of relationship"));
    table.columns = {{utf8(ProfitabilityReport::tr("Line", "a line of table 7.3")), CellType::Text},
                     {utf8(ProfitabilityReport::tr("Value")), CellType::Money}};
    const auto& a = h.average;
    table.rows = {
        {utf8(ProfitabilityReport::tr("1 Average single sale", "a line of table 7.3")), a.averageSale},
        {utf8(ProfitabilityReport::tr("2 Purchases per year", "a line of table 7.3")), Quantity{a.purchasesPerYear}},
        {utf8(ProfitabilityReport::tr("3 Sales per year (1 x 2)", "a line of table 7.3")), a.salesPerYear},
        {utf8(ProfitabilityReport::tr("4 Profit from sales", "a line of table 7.3")), a.profitFromSalesPerYear},
        {utf8(ProfitabilityReport::tr("5 Costs of the partnership", "a line of table 7.3")), a.costsPerYear},
        {utf8(ProfitabilityReport::tr("6 Profitability (4 - 5)", "a line of table 7.3")), a.profitabilityPerYear},
        {utf8(ProfitabilityReport::tr("Value per month", "a line of table 7.3")), a.valuePerMonth},
        {utf8(ProfitabilityReport::tr("Value over the expected lifetime (discounted)", "a line of table 7.3")),
         a.lifetimeValue}};
    section.tables.push_back(std::move(table));
    return section;
}

Section rankingSection(const analytics::BaseAnalysis& analysis, const ReportContext& context) {
    const auto& ranking = analysis.ranking;
    Section section;
    section.heading = utf8(ProfitabilityReport::tr("Ranking"));
    section.paragraphs.push_back(utf8(
        byMeasure(ranking.measure,
                  ProfitabilityReport::tr("Class A: hold on with all force; B: watch closely; C: let go (the seed's "
                                          "three decisions), by profit."),
                  ProfitabilityReport::tr("Class A: hold on with all force; B: watch closely; C: let go (the seed's "
                                          "three decisions), by revenue."),
                  ProfitabilityReport::tr("Class A: hold on with all force; B: watch closely; C: let go (the seed's "
                                          "three decisions), by historical value."),
                  ProfitabilityReport::tr("Class A: hold on with all force; B: watch closely; C: let go (the seed's "
                                          "three decisions), by predicted value.")) +
        QLatin1Char(' ') + ProfitabilityReport::tr("Lines 1-6 per year of relationship, as in table 7.3.") +
        QLatin1Char(' ') + qstring(rankBasisText(ranking.basis))));
    Table table;
    table.id = "ranking";
    table.sheet = utf8(ProfitabilityReport::tr("Ranking", "an XLSX sheet's name: at most 31 characters"));
    table.title = utf8(ProfitabilityReport::tr("Every buyer, most valuable first"));
    table.printedRows = context.printedRows;
    table.columns = {{utf8(ProfitabilityReport::tr("Rank")), CellType::Integer},
                     {utf8(ProfitabilityReport::tr("Id", "a customer's number")), CellType::Id},
                     {utf8(ProfitabilityReport::tr("Customer")), CellType::Text},
                     {utf8(ProfitabilityReport::tr("Class", "the ABC class of a customer")), CellType::Text},
                     {utf8(ProfitabilityReport::tr("Decision")), CellType::Text},
                     {utf8(ProfitabilityReport::tr("1 Average sale", "a column of table 7.3")), CellType::Money},
                     {utf8(ProfitabilityReport::tr("2 Purchases per year", "a column of table 7.3")), CellType::Number},
                     {utf8(ProfitabilityReport::tr("3 Sales per year", "a column of table 7.3")), CellType::Money},
                     {utf8(ProfitabilityReport::tr("4 Profit from sales", "a column of table 7.3")), CellType::Money},
                     {utf8(ProfitabilityReport::tr("5 Costs", "a column of table 7.3")), CellType::Money},
                     {utf8(ProfitabilityReport::tr("6 Profitability", "a column of table 7.3")), CellType::Money},
                     {utf8(ProfitabilityReport::tr("Lifetime value")), CellType::Money},
                     {utf8(ProfitabilityReport::tr("Predicted value")), CellType::Money},
                     {utf8(ProfitabilityReport::tr("P(alive)")), CellType::Percent}};
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
        if (const auto* prediction = analytics::findPrediction(analysis.byCustomer, r.id)) {
            row.insert(row.end(), {prediction->clv, prediction->probabilityAlive});
        }
        table.rows.push_back(std::move(row));
    }
    section.tables.push_back(std::move(table));
    return section;
}

} // namespace

Report profitabilityReport(const analytics::BaseAnalysis& analysis, const ReportContext& context) {
    Report report = startReport(utf8(ProfitabilityReport::tr("Profitability report")), context);
    report.facts = standardFacts(analysis, context);
    report.sections.push_back(paretoSection(analysis, context.formatting()));
    report.sections.push_back(averageSection(analysis, context.formatting()));
    report.sections.push_back(rankingSection(analysis, context));
    return report;
}

} // namespace rapport::reports
