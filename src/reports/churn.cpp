#include "reports/churn.h"

#include "i18n/domain_terms.h"
#include "reports/analysis_text.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace rapport::reports {

namespace {

// The translation context of these texts, named as the context: lupdate falls back on the class name.
class ChurnReport {
    Q_DECLARE_TR_FUNCTIONS(ChurnReport)
};

Section statusSection(const analytics::BaseAnalysis& analysis, const Formatting& format) {
    const auto& churn = analysis.churn;
    const auto percent = [&format](double share) { return qstring(format.percent(share)); };
    const auto money = [&format](double amount) { return qstring(format.money(amount)); };
    Section section;
    section.heading = utf8(ChurnReport::tr("Where buyers stand"));
    section.paragraphs.push_back(
        utf8(ChurnReport::tr(
                 "In the last year %1 of the %Ln buyer(s) of a year ago were lost: a churn rate of %2, worth %3 a "
                 "year in revenue.",
                 nullptr, static_cast<int>(churn.buyersAYearAgo))
                 .arg(qstring(format.count(churn.lostInLastYear)), percent(churn.churnRateLastYear),
                      money(churn.valueLostLastYear)) +
             QLatin1Char(' ') +
             ChurnReport::tr("The usual interval between purchases is %Ln day(s) (median).", nullptr,
                             static_cast<int>(std::llround(churn.medianIntervalDays))) +
             QLatin1Char(' ') +
             ChurnReport::tr("Winning back a lost customer costs 50-100 times more than keeping one (the seed).")));
    const QString lapsed = ChurnReport::tr("Beside them, %Ln buyer(s) of a year ago lapsed in the last year (%1, worth "
                                           "%2 a year in revenue).",
                                           nullptr, static_cast<int>(churn.lapsedInLastYear))
                               .arg(percent(churn.lapsedRateLastYear), money(churn.valueLapsedLastYear));
    section.paragraphs.push_back(
        utf8(churn.lostInLastYear == 0 && churn.lapsedInLastYear > 0
                 ? lapsed + QLatin1Char(' ') +
                       ChurnReport::tr("Nobody recorded them as lost, but the purchases show they left.")
                 : lapsed));
    if (churn.buyersAYearAgo == 0) {
        const auto lapsedNow =
            static_cast<int>(churn.customersPerStatus[static_cast<std::size_t>(core::ChurnStatus::Lapsed)]);
        section.paragraphs.push_back(utf8(
            churn.lostInLastYear == 0
                ? ChurnReport::tr("The purchases cover less than a year, so there are no yearly rates; %Ln customer(s) "
                                  "are lapsed now (see the table below), none of them recorded as lost.",
                                  nullptr, lapsedNow)
                : ChurnReport::tr("The purchases cover less than a year, so there are no yearly rates; %Ln customer(s) "
                                  "are lapsed now (see the table below).",
                                  nullptr, lapsedNow)));
    }
    section.paragraphs.push_back(
        utf8(ChurnReport::tr("Lost: %1. Lapsed: %2.", "the two definitions")
                 .arg(qstring(lostDefinition()), qstring(lapsedDefinition(churn.rules, format)))));
    std::int64_t total = 0;
    for (const auto n : churn.customersPerStatus) {
        total += n;
    }
    Table table;
    table.id = "status";
    table.sheet = utf8(ChurnReport::tr("Status", "an XLSX sheet's name: at most 31 characters"));
    table.title = utf8(ChurnReport::tr("Buyers by status"));
    table.columns = {{utf8(ChurnReport::tr("Status")), CellType::Text},
                     {utf8(ChurnReport::tr("Customers")), CellType::Integer},
                     {utf8(ChurnReport::tr("Share")), CellType::Percent}};
    Chart chart;
    chart.title = table.title;
    chart.series.push_back({utf8(ChurnReport::tr("customers", "a chart's legend")), {}, false});
    for (std::size_t s = 0; s < churn.customersPerStatus.size(); ++s) {
        const auto name = churnStatusName(static_cast<core::ChurnStatus>(s));
        const auto n = churn.customersPerStatus[s];
        table.rows.push_back({name, n, total > 0 ? Cell(static_cast<double>(n) / static_cast<double>(total)) : Cell()});
        chart.categories.push_back(name);
        chart.series[0].values.push_back(static_cast<double>(n));
    }
    section.charts.push_back(std::move(chart));
    section.tables.push_back(std::move(table));
    return section;
}

/** The seed's share for a reason: "65-70 %", "4 %"; empty where the seed gives none. */
std::string benchmarkText(const core::ChurnReason& reason, const Formatting& format) {
    if (!reason.benchmarkLowPercent) {
        return {};
    }
    const double low = *reason.benchmarkLowPercent;
    const double high = reason.benchmarkHighPercent.value_or(low);
    const auto number = [&format](double value) { return format.locale().toString(value, 'g', 6); };
    return utf8(high == low ? number(low) + QStringLiteral(" %")
                            : number(low) + QLatin1Char('-') + number(high) + QStringLiteral(" %"));
}

Section reasonSection(const analytics::BaseAnalysis& analysis, const Formatting& format) {
    const auto& churn = analysis.churn;
    Section section;
    section.heading = utf8(ChurnReport::tr("Reasons customers left"));
    section.paragraphs.push_back(utf8(ChurnReport::tr("From the churn records; the seed's shares are the benchmark. "
                                                      "Lack of attention and interest from the maker and the trade is "
                                                      "the most common reason there (65-70 %): most unhappy customers "
                                                      "simply switch without complaining.")));
    Table table;
    table.id = "reasons";
    table.sheet = utf8(ChurnReport::tr("Reasons", "an XLSX sheet's name: at most 31 characters"));
    table.title = utf8(ChurnReport::tr("Reasons recorded, beside the seed's benchmark"));
    table.columns = {{utf8(ChurnReport::tr("Reason")), CellType::Text},
                     {utf8(ChurnReport::tr("Customers")), CellType::Integer},
                     {utf8(ChurnReport::tr("Share")), CellType::Percent},
                     {utf8(ChurnReport::tr("Seed's benchmark")), CellType::Text},
                     {utf8(ChurnReport::tr("Yearly revenue lost")), CellType::Money}};
    Chart chart;
    chart.title = utf8(ChurnReport::tr("Share of lost customers per reason"));
    chart.percent = true;
    chart.series = {{utf8(ChurnReport::tr("your customers", "a chart's legend")), {}, false},
                    {utf8(ChurnReport::tr("seed's benchmark (midpoint)", "a chart's legend")), {}, true}};
    for (const auto& r : churn.reasons) {
        const auto reason = utf8(i18n::churnReasonTerm(r.reason.code, r.reason.label));
        table.rows.push_back({reason, r.customers, r.share, benchmarkText(r.reason, format), r.valueLost});
        if (r.reason.benchmarkLowPercent) {
            chart.categories.push_back(reason);
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
    const auto format = context.formatting();
    Section section;
    section.heading = utf8(ChurnReport::tr("Lost, lapsed and at-risk customers"));
    section.paragraphs.push_back(
        utf8(ChurnReport::tr("Highest value at stake first: find the reason at once and act (the seed).")));
    Table table;
    table.id = "customers";
    table.sheet = utf8(ChurnReport::tr("Customers", "an XLSX sheet's name: at most 31 characters"));
    table.title = utf8(ChurnReport::tr("Customers who are not active"));
    table.printedRows = context.printedRows;
    table.columns = {{utf8(ChurnReport::tr("Id", "a customer's number")), CellType::Id},
                     {utf8(ChurnReport::tr("Customer")), CellType::Text},
                     {utf8(ChurnReport::tr("Status")), CellType::Text},
                     {utf8(ChurnReport::tr("Days since last purchase")), CellType::Integer},
                     {utf8(ChurnReport::tr("Usual interval (days)")), CellType::Integer},
                     {utf8(ChurnReport::tr("P(alive)")), CellType::Percent},
                     {utf8(ChurnReport::tr("Value at stake")), CellType::Money},
                     {utf8(ChurnReport::tr("Why")), CellType::Text}};
    for (const auto* a : slipping) {
        table.rows.push_back({a->id, customerName(analysis, a->id), churnStatusName(a->status),
                              std::int64_t{a->daysSinceLastPurchase},
                              static_cast<std::int64_t>(std::llround(a->usualIntervalDays)),
                              a->probabilityAlive ? Cell(*a->probabilityAlive) : Cell(), a->valueAtStake,
                              churnStatusReason(*a, analysis.churn, format)});
    }
    section.tables.push_back(std::move(table));
    return section;
}

} // namespace

Report churnReport(const analytics::BaseAnalysis& analysis, const ReportContext& context) {
    Report report = startReport(utf8(ChurnReport::tr("Churn report")), context);
    report.facts = standardFacts(analysis, context);
    report.sections.push_back(statusSection(analysis, context.formatting()));
    report.sections.push_back(reasonSection(analysis, context.formatting()));
    report.sections.push_back(customersSection(analysis, context));
    return report;
}

} // namespace rapport::reports
