#include "reports/customer_profile_report.h"

#include "analytics/four_groups.h"
#include "analytics/historical_value.h"
#include "analytics/relationship_metrics.h"
#include "core/episode.h"
#include "core/text_join.h"
#include "i18n/domain_terms.h"
#include "reports/analysis_text.h"

#include <QCoreApplication>

#include <algorithm>

namespace rapport::reports {

namespace {

// The translation context of these texts, named as the context: lupdate falls back on the class name.
class CustomerProfileReport {
    Q_DECLARE_TR_FUNCTIONS(CustomerProfileReport)
};

constexpr int kLatestEpisodes = 25;

std::string yesNo(bool yes) {
    return utf8(yes ? CustomerProfileReport::tr("yes") : CustomerProfileReport::tr("no"));
}

/** A table of names and values, one per line; lines without a value are left out. */
Table fieldTable(std::string id, const QString& sheet, const QString& title, const QString& nameColumn) {
    Table table;
    table.id = std::move(id);
    table.sheet = utf8(sheet);
    table.title = utf8(title);
    table.columns = {{utf8(nameColumn), CellType::Text}, {utf8(CustomerProfileReport::tr("Value")), CellType::Text}};
    return table;
}

void addField(Table& table, const QString& name, const std::string& value) {
    if (!value.empty()) {
        table.rows.push_back({utf8(name), value});
    }
}

std::string acquired(const core::Customer& c, const Formatting& format) {
    if (c.acquiredOn && c.acquisitionChannel) {
        return utf8(CustomerProfileReport::tr("%1 via %2", "acquired on a date through a channel")
                        .arg(qstring(format.date(*c.acquiredOn)), i18n::term(*c.acquisitionChannel)));
    }
    if (c.acquisitionChannel) {
        return utf8(
            CustomerProfileReport::tr("via %1", "acquired through a channel").arg(i18n::term(*c.acquisitionChannel)));
    }
    return c.acquiredOn ? format.date(*c.acquiredOn) : std::string();
}

Section whoSection(const core::Customer& c, const std::vector<core::ContactPerson>& people, const Formatting& format) {
    Section section;
    section.heading = utf8(CustomerProfileReport::tr("Who they are"));
    auto who =
        fieldTable("identity", CustomerProfileReport::tr("Identity", "an XLSX sheet's name: at most 31 characters"),
                   CustomerProfileReport::tr("Identity and contact"), CustomerProfileReport::tr("Field"));
    addField(who, CustomerProfileReport::tr("Name"), c.displayName);
    addField(who, CustomerProfileReport::tr("Legal name"), c.legalName);
    addField(who, CustomerProfileReport::tr("Kind"),
             utf8(CustomerProfileReport::tr("%1, %2", "kind of customer, market")
                      .arg(i18n::term(c.kind), i18n::term(c.market))));
    addField(who, CustomerProfileReport::tr("Segment"), c.segment);
    addField(who, CustomerProfileReport::tr("Sales manager"), c.owner);
    std::string address;
    for (const auto* part :
         {&c.address.street, &c.address.postcode, &c.address.city, &c.address.region, &c.address.country}) {
        if (!part->empty()) {
            address += (address.empty() ? "" : ", ") + *part;
        }
    }
    addField(who, CustomerProfileReport::tr("Address"), address);
    addField(who, CustomerProfileReport::tr("E-mail"), core::joined(c.emails, ", "));
    addField(who, CustomerProfileReport::tr("Phone"), core::joined(c.phones, ", "));
    addField(who, CustomerProfileReport::tr("Preferred channel"),
             c.preferredChannel ? utf8(i18n::term(*c.preferredChannel)) : std::string());
    addField(who, CustomerProfileReport::tr("Interests and preferences"), core::joined(c.tags, ", "));
    addField(who, CustomerProfileReport::tr("Income band"),
             c.incomeBand ? utf8(i18n::term(*c.incomeBand)) : std::string());
    addField(who, CustomerProfileReport::tr("Household"),
             c.householdSize
                 ? utf8(CustomerProfileReport::tr("%Ln person(s)", "the size of a household", *c.householdSize))
                 : std::string());
    addField(who, CustomerProfileReport::tr("Acquired"), acquired(c, format));
    addField(who, CustomerProfileReport::tr("Consent to processing"),
             yesNo(c.hasConsent(core::ConsentPurpose::Processing)));
    addField(who, CustomerProfileReport::tr("Consent to marketing"),
             yesNo(c.hasConsent(core::ConsentPurpose::Marketing)));
    addField(who, CustomerProfileReport::tr("External reference"), c.externalRef);
    addField(who, CustomerProfileReport::tr("Notes"), c.notes);
    section.tables.push_back(std::move(who));

    if (!people.empty()) {
        Table table;
        table.id = "contact_persons";
        table.sheet = utf8(CustomerProfileReport::tr("Contact persons", "an XLSX sheet's name: at most 31 characters"));
        table.title = utf8(CustomerProfileReport::tr("Contact persons (decision makers first)"));
        table.columns = {{utf8(CustomerProfileReport::tr("Name")), CellType::Text},
                         {utf8(CustomerProfileReport::tr("Role")), CellType::Text},
                         {utf8(CustomerProfileReport::tr("Decision maker")), CellType::Text},
                         {utf8(CustomerProfileReport::tr("E-mail")), CellType::Text},
                         {utf8(CustomerProfileReport::tr("Phone")), CellType::Text},
                         {utf8(CustomerProfileReport::tr("From", "a contact person's role, since")), CellType::Date},
                         {utf8(CustomerProfileReport::tr("To", "a contact person's role, until")), CellType::Date}};
        auto sorted = people;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto& a, const auto& b) { return a.decisionMaker && !b.decisionMaker; });
        for (const auto& p : sorted) {
            table.rows.push_back({p.name, p.role, yesNo(p.decisionMaker), core::joined(p.emails, ", "),
                                  core::joined(p.phones, ", "), p.activeFrom ? Cell(*p.activeFrom) : Cell(),
                                  p.activeTo ? Cell(*p.activeTo) : Cell()});
        }
        section.tables.push_back(std::move(table));
    }
    return section;
}

std::string rankText(const analytics::RankingReport& ranking, const analytics::RankedCustomer& rank, int position) {
    const auto buyers = static_cast<int>(ranking.ranked.size());
    const QString text = byMeasure(
        ranking.measure, CustomerProfileReport::tr("%1 of %Ln buyer(s) by profit, class %2 (%3)", nullptr, buyers),
        CustomerProfileReport::tr("%1 of %Ln buyer(s) by revenue, class %2 (%3)", nullptr, buyers),
        CustomerProfileReport::tr("%1 of %Ln buyer(s) by historical value, class %2 (%3)", nullptr, buyers),
        CustomerProfileReport::tr("%1 of %Ln buyer(s) by predicted value, class %2 (%3)", nullptr, buyers));
    return utf8(text.arg(position).arg(QChar::fromLatin1(rank.abcClass)).arg(qstring(decisionText(rank.decision))));
}

Section standingSection(const analytics::BaseAnalysis& analysis, const analytics::CustomerProfile* profile,
                        core::CustomerId id, const ReportContext& context) {
    const auto format = context.formatting();
    Section section;
    section.heading = utf8(CustomerProfileReport::tr("Where the relationship stands"));
    auto table =
        fieldTable("standing", CustomerProfileReport::tr("Standing", "an XLSX sheet's name: at most 31 characters"),
                   CustomerProfileReport::tr("Ladder, groups, churn and rank"), CustomerProfileReport::tr("Measure"));
    if (profile == nullptr) {
        section.paragraphs.push_back(utf8(CustomerProfileReport::tr("Not in the analysis (added after it ran).")));
        return section;
    }
    addField(table, CustomerProfileReport::tr("Ladder stage"),
             profile->stageSetByHand ? utf8(CustomerProfileReport::tr("%1 (set by hand)", "a ladder stage")
                                                .arg(qstring(stageName(profile->stage))))
                                     : stageName(profile->stage));
    const int group = analytics::fourGroup(profile->current, context.options.windowMonths,
                                           analysis.fourGroups.costThreshold, analysis.fourGroups.frequencyThreshold);
    addField(table, CustomerProfileReport::tr("Four groups, this period"), fourGroupName(group));
    const auto assessment = std::find_if(analysis.churn.assessments.begin(), analysis.churn.assessments.end(),
                                         [id](const auto& a) { return a.id == id; });
    if (assessment != analysis.churn.assessments.end()) {
        const auto why = churnStatusReason(*assessment, analysis.churn, format);
        addField(table, CustomerProfileReport::tr("Churn status"),
                 why.empty() ? churnStatusName(assessment->status)
                             : utf8(CustomerProfileReport::tr("%1: %2", "churn status: why")
                                        .arg(qstring(churnStatusName(assessment->status)), qstring(why))));
    }
    if (const auto* prediction = analytics::findPrediction(analysis.byCustomer, id)) {
        addField(table, CustomerProfileReport::tr("P(alive)"), format.percent(prediction->probabilityAlive));
        addField(table, CustomerProfileReport::tr("Predicted value"), format.money(prediction->clv));
    }
    const auto& ranked = analysis.ranking.ranked;
    const auto rank = std::find_if(ranked.begin(), ranked.end(), [id](const auto& r) { return r.id == id; });
    if (rank != ranked.end()) {
        addField(table, CustomerProfileReport::tr("Rank"),
                 rankText(analysis.ranking, *rank, static_cast<int>(rank - ranked.begin() + 1)));
        addField(table, CustomerProfileReport::tr("RFM"),
                 std::to_string(rank->rfm.recency) + std::to_string(rank->rfm.frequency) +
                     std::to_string(rank->rfm.monetary) + " " + rfmSegmentName(rank->rfm.segment()));
    }
    const auto day = [&format](const std::optional<core::Date>& date) {
        return date ? format.date(*date) : utf8(CustomerProfileReport::tr("none", "no purchase yet"));
    };
    addField(table, CustomerProfileReport::tr("First purchase"), day(profile->firstPurchase));
    addField(table, CustomerProfileReport::tr("Last purchase"), day(profile->lastPurchase));
    section.tables.push_back(std::move(table));
    return section;
}

Section valueSection(const analytics::BaseAnalysis& analysis, const analytics::CustomerProfile* profile,
                     const analytics::RelationshipMetrics& metrics, double monthlyDiscount) {
    Section section;
    section.heading = utf8(CustomerProfileReport::tr("Value", "section heading: what the customer is worth"));
    if (profile != nullptr && profile->firstPurchase) {
        const auto v = analytics::historicalValue(*profile, analysis.until,
                                                  analysis.historical.averageRelationshipMonths, monthlyDiscount);
        const auto& a = analysis.historical.average;
        Table table;
        table.id = "value";
        table.sheet = utf8(CustomerProfileReport::tr("Value", "an XLSX sheet's name: at most 31 characters"));
        table.title = utf8(
            CustomerProfileReport::tr("Value of the goods the customer buys, per year of relationship (table 7.3)"));
        table.columns = {{utf8(CustomerProfileReport::tr("Line", "a line of table 7.3")), CellType::Text},
                         {utf8(CustomerProfileReport::tr("This customer")), CellType::Money},
                         {utf8(CustomerProfileReport::tr("Average buyer")), CellType::Money}};
        table.rows = {{utf8(CustomerProfileReport::tr("1 Average single sale", "a line of table 7.3")), v.averageSale,
                       a.averageSale},
                      {utf8(CustomerProfileReport::tr("2 Purchases per year", "a line of table 7.3")),
                       Quantity{v.purchasesPerYear}, Quantity{a.purchasesPerYear}},
                      {utf8(CustomerProfileReport::tr("3 Sales per year", "a line of table 7.3")), v.salesPerYear,
                       a.salesPerYear},
                      {utf8(CustomerProfileReport::tr("4 Profit from sales", "a line of table 7.3")),
                       v.profitFromSalesPerYear, a.profitFromSalesPerYear},
                      {utf8(CustomerProfileReport::tr("5 Costs of the partnership", "a line of table 7.3")),
                       v.costsPerYear, a.costsPerYear},
                      {utf8(CustomerProfileReport::tr("6 Profitability", "a line of table 7.3")),
                       v.profitabilityPerYear, a.profitabilityPerYear},
                      {utf8(CustomerProfileReport::tr("Lifetime value (discounted)", "a line of table 7.3")),
                       v.lifetimeValue, a.lifetimeValue}};
        section.tables.push_back(std::move(table));
    }
    Table years;
    years.id = "years";
    years.sheet = utf8(CustomerProfileReport::tr("Years", "an XLSX sheet's name: at most 31 characters"));
    years.title = utf8(CustomerProfileReport::tr("Purchases over the years"));
    years.columns = {{utf8(CustomerProfileReport::tr("Year")), CellType::Id},
                     {utf8(CustomerProfileReport::tr("Purchases")), CellType::Integer},
                     {utf8(CustomerProfileReport::tr("Revenue")), CellType::Money},
                     {utf8(CustomerProfileReport::tr("Margin")), CellType::Money},
                     {utf8(CustomerProfileReport::tr("Costs")), CellType::Money},
                     {utf8(CustomerProfileReport::tr("Profitability")), CellType::Money}};
    Chart chart;
    chart.title = utf8(CustomerProfileReport::tr("Revenue and profitability per year"));
    chart.series = {{utf8(CustomerProfileReport::tr("revenue", "a chart's legend")), {}, false},
                    {utf8(CustomerProfileReport::tr("profitability", "a chart's legend")), {}, false}};
    for (const auto& y : metrics.years) {
        years.rows.push_back({std::int64_t{y.year}, std::int64_t{y.purchases}, y.revenueMinor / 100.0,
                              y.marginMinor / 100.0, y.costsMinor / 100.0, y.profitabilityMinor() / 100.0});
        chart.categories.push_back(std::to_string(y.year));
        chart.series[0].values.push_back(y.revenueMinor / 100.0);
        chart.series[1].values.push_back(y.profitabilityMinor() / 100.0);
    }
    if (!metrics.years.empty()) {
        section.charts.push_back(std::move(chart));
    } else {
        section.paragraphs.push_back(utf8(CustomerProfileReport::tr("No purchases yet.")));
    }
    section.tables.push_back(std::move(years));
    return section;
}

Section episodeSection(storage::Repository& repository, const analytics::RelationshipMetrics& metrics,
                       core::CustomerId id, const Formatting& format) {
    Section section;
    section.heading = utf8(CustomerProfileReport::tr("Episodes"));
    QString summary = CustomerProfileReport::tr("Critical episodes: %1.").arg(metrics.critical);
    if (metrics.meanSatisfaction) {
        summary += QLatin1Char(' ') + CustomerProfileReport::tr("Mean satisfaction %1 over %Ln rating(s) (-2 to +2).",
                                                                nullptr, static_cast<int>(metrics.ratings))
                                          .arg(qstring(format.decimal(*metrics.meanSatisfaction, 2)));
    }
    summary += QLatin1Char(' ') +
               CustomerProfileReport::tr("Complaints: %1, answered %2.")
                   .arg(qstring(format.count(metrics.complaints)), qstring(format.count(metrics.complaintsAnswered)));
    section.paragraphs.push_back(utf8(summary));
    Table kinds;
    kinds.id = "episode_kinds";
    kinds.sheet = utf8(CustomerProfileReport::tr("Episode kinds", "an XLSX sheet's name: at most 31 characters"));
    kinds.title = utf8(CustomerProfileReport::tr("Episodes by kind"));
    kinds.columns = {{utf8(CustomerProfileReport::tr("Kind", "of episode")), CellType::Text},
                     {utf8(CustomerProfileReport::tr("Episodes")), CellType::Integer}};
    for (const auto& [kind, name] : core::EnumNames<core::EpisodeKind>::values) {
        if (metrics.count(kind) > 0) {
            kinds.rows.push_back({utf8(i18n::term(kind)), std::int64_t{metrics.count(kind)}});
        }
    }
    section.tables.push_back(std::move(kinds));

    storage::EpisodeQuery query;
    query.customerId = id;
    query.limit = kLatestEpisodes;
    const auto page = repository.episodes(query);
    Table latest;
    latest.id = "latest_episodes";
    latest.sheet = utf8(CustomerProfileReport::tr("Latest episodes", "an XLSX sheet's name: at most 31 characters"));
    latest.title =
        utf8(CustomerProfileReport::tr("The latest %Ln episode(s)", nullptr, static_cast<int>(page.rows.size())));
    latest.columns = {{utf8(CustomerProfileReport::tr("Date")), CellType::Date},
                      {utf8(CustomerProfileReport::tr("Kind", "of episode")), CellType::Text},
                      {utf8(CustomerProfileReport::tr("Channel")), CellType::Text},
                      {utf8(CustomerProfileReport::tr("Revenue")), CellType::Money},
                      {utf8(CustomerProfileReport::tr("Satisfaction")), CellType::Integer},
                      {utf8(CustomerProfileReport::tr("Critical")), CellType::Text},
                      {utf8(CustomerProfileReport::tr("Notes")), CellType::Text}};
    for (const auto& e : page.rows) {
        latest.rows.push_back({e.occurredOn, utf8(i18n::term(e.kind)), utf8(i18n::term(e.channel)),
                               e.revenue ? Cell(e.revenue->toDouble()) : Cell(),
                               e.satisfaction ? Cell(std::int64_t{*e.satisfaction}) : Cell(),
                               e.critical ? yesNo(true) : std::string(), e.notes});
    }
    section.tables.push_back(std::move(latest));
    return section;
}

} // namespace

Report customerProfileReport(storage::Repository& repository, const analytics::BaseAnalysis& analysis,
                             core::CustomerId id, const ReportContext& context) {
    const auto customer = repository.customer(id);
    if (!customer) {
        throw NoSuchCustomer(id);
    }
    const auto metrics = analytics::relationshipMetrics(repository, id, analysis.until);
    const auto* profile = analytics::findProfile(analysis, id);
    const auto format = context.formatting();
    const QString name = qstring(customer->displayName);
    Report report = startReport(utf8(CustomerProfileReport::tr("Customer profile: %1").arg(name)), context);
    report.facts = {
        {utf8(CustomerProfileReport::tr("Customer", "a line of a report's facts")),
         utf8(CustomerProfileReport::tr("#%1 %2", "a customer's number and name").arg(id).arg(name))},
        {utf8(CustomerProfileReport::tr("As of", "a line of a report's facts")),
         utf8(CustomerProfileReport::tr("%1 (the analysis' observation end)")
                  .arg(qstring(format.date(analysis.until))))},
        {utf8(CustomerProfileReport::tr("Period", "a line of a report's facts")),
         utf8(CustomerProfileReport::tr("%1 to %2", "a period's first and last day")
                  .arg(qstring(format.date(analysis.current.from)), qstring(format.date(analysis.current.to))))}};
    addOriginFacts(report.facts, context);
    report.sections.push_back(whoSection(*customer, repository.contactPersons(id), format));
    report.sections.push_back(standingSection(analysis, profile, id, context));
    report.sections.push_back(valueSection(analysis, profile, metrics, context.options.monthlyDiscount));
    report.sections.push_back(episodeSection(repository, metrics, id, format));
    return report;
}

} // namespace rapport::reports
