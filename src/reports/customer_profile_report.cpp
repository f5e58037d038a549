#include "reports/customer_profile_report.h"

#include "analytics/four_groups.h"
#include "analytics/historical_value.h"
#include "analytics/relationship_metrics.h"
#include "core/episode.h"
#include "core/text_join.h"
#include "reports/cell_text.h"

#include <algorithm>

namespace rapport::reports {

namespace {

constexpr int kLatestEpisodes = 25;

Table fieldTable(std::string id, std::string title) {
    Table table;
    table.id = std::move(id);
    table.title = std::move(title);
    table.columns = {{"", CellType::Text}, {"", CellType::Text}};
    return table;
}

void addField(Table& table, const std::string& name, const std::string& value) {
    if (!value.empty()) {
        table.rows.push_back({name, value});
    }
}

Section whoSection(const core::Customer& c, const std::vector<core::ContactPerson>& people) {
    Section section;
    section.heading = "Who they are";
    auto who = fieldTable("identity", "Identity and contact");
    who.columns = {{"Field", CellType::Text}, {"Value", CellType::Text}};
    addField(who, "Name", c.displayName);
    addField(who, "Legal name", c.legalName);
    addField(who, "Kind", std::string(core::toCode(c.kind)) + ", " + std::string(core::toCode(c.market)));
    addField(who, "Segment", c.segment);
    addField(who, "Sales manager", c.owner);
    std::string address;
    for (const auto* part :
         {&c.address.street, &c.address.postcode, &c.address.city, &c.address.region, &c.address.country}) {
        if (!part->empty()) {
            address += (address.empty() ? "" : ", ") + *part;
        }
    }
    addField(who, "Address", address);
    addField(who, "E-mail", core::joined(c.emails, ", "));
    addField(who, "Phone", core::joined(c.phones, ", "));
    addField(who, "Preferred channel", c.preferredChannel ? std::string(core::toCode(*c.preferredChannel)) : "");
    addField(who, "Interests and preferences", core::joined(c.tags, ", "));
    addField(who, "Income band", c.incomeBand ? std::string(core::toCode(*c.incomeBand)) : "");
    addField(who, "Household", c.householdSize ? std::to_string(*c.householdSize) + " people" : "");
    addField(who, "Acquired",
             (c.acquiredOn ? c.acquiredOn->toIso() : std::string()) +
                 (c.acquisitionChannel ? " via " + std::string(core::toCode(*c.acquisitionChannel)) : std::string()));
    addField(who, "Consent to processing", c.hasConsent(core::ConsentPurpose::Processing) ? "yes" : "no");
    addField(who, "Consent to marketing", c.hasConsent(core::ConsentPurpose::Marketing) ? "yes" : "no");
    addField(who, "External reference", c.externalRef);
    addField(who, "Notes", c.notes);
    section.tables.push_back(std::move(who));

    if (!people.empty()) {
        Table table;
        table.id = "contact_persons";
        table.title = "Contact persons (decision makers first)";
        table.columns = {{"Name", CellType::Text},   {"Role", CellType::Text},  {"Decision maker", CellType::Text},
                         {"E-mail", CellType::Text}, {"Phone", CellType::Text}, {"From", CellType::Date},
                         {"To", CellType::Date}};
        auto sorted = people;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto& a, const auto& b) { return a.decisionMaker && !b.decisionMaker; });
        for (const auto& p : sorted) {
            table.rows.push_back({p.name, p.role, std::string(p.decisionMaker ? "yes" : "no"),
                                  core::joined(p.emails, ", "), core::joined(p.phones, ", "),
                                  p.activeFrom ? Cell(*p.activeFrom) : Cell(),
                                  p.activeTo ? Cell(*p.activeTo) : Cell()});
        }
        section.tables.push_back(std::move(table));
    }
    return section;
}

Section standingSection(const analytics::BaseAnalysis& analysis, const analytics::CustomerProfile* profile,
                        core::CustomerId id, double windowMonths) {
    Section section;
    section.heading = "Where the relationship stands";
    auto table = fieldTable("standing", "Ladder, groups, churn and rank");
    table.columns = {{"Measure", CellType::Text}, {"Value", CellType::Text}};
    if (profile == nullptr) {
        section.paragraphs.push_back("Not in the analysis (added after it ran).");
        return section;
    }
    addField(table, "Ladder stage", stageName(profile->stage) + (profile->stageSetByHand ? " (set by hand)" : ""));
    const int group = analytics::fourGroup(profile->current, windowMonths, analysis.fourGroups.costThreshold,
                                           analysis.fourGroups.frequencyThreshold);
    addField(table, "Four groups, this period", fourGroupName(group));
    const auto assessment = std::find_if(analysis.churn.assessments.begin(), analysis.churn.assessments.end(),
                                         [id](const auto& a) { return a.id == id; });
    if (assessment != analysis.churn.assessments.end()) {
        addField(table, "Churn status",
                 std::string(analytics::toString(assessment->status)) +
                     (assessment->reason.empty() ? std::string() : ": " + assessment->reason));
    }
    const auto prediction = analysis.byCustomer.find(id);
    if (prediction != analysis.byCustomer.end()) {
        addField(table, "P(alive)", displayText(prediction->second.probabilityAlive, CellType::Percent));
        addField(table, "Predicted value", displayText(prediction->second.clv, CellType::Money));
    }
    const auto& ranked = analysis.ranking.ranked;
    const auto rank = std::find_if(ranked.begin(), ranked.end(), [id](const auto& r) { return r.id == id; });
    if (rank != ranked.end()) {
        addField(table, "Rank",
                 std::to_string(rank - ranked.begin() + 1) + " of " + std::to_string(ranked.size()) + " buyers by " +
                     std::string(analytics::toString(analysis.ranking.measure)) + ", class " +
                     std::string(1, rank->abcClass) + " (" + decisionText(rank->decision) + ")");
        addField(table, "RFM",
                 std::to_string(rank->rfm.recency) + std::to_string(rank->rfm.frequency) +
                     std::to_string(rank->rfm.monetary) + " " + std::string(rank->rfm.segment));
    }
    addField(table, "First purchase", profile->firstPurchase ? profile->firstPurchase->toIso() : "none");
    addField(table, "Last purchase", profile->lastPurchase ? profile->lastPurchase->toIso() : "none");
    section.tables.push_back(std::move(table));
    return section;
}

Section valueSection(const analytics::BaseAnalysis& analysis, const analytics::CustomerProfile* profile,
                     const analytics::RelationshipMetrics& metrics, double monthlyDiscount) {
    Section section;
    section.heading = "Value";
    if (profile != nullptr && profile->firstPurchase) {
        const auto v = analytics::historicalValue(*profile, analysis.until,
                                                  analysis.historical.averageRelationshipMonths, monthlyDiscount);
        const auto& a = analysis.historical.average;
        Table table;
        table.id = "value";
        table.title = "Value of the goods the customer buys, per year of relationship (table 7.3)";
        table.columns = {
            {"Line", CellType::Text}, {"This customer", CellType::Money}, {"Average buyer", CellType::Money}};
        table.rows = {{std::string("1 Average single sale"), v.averageSale, a.averageSale},
                      {std::string("2 Purchases per year"), v.purchasesPerYear, a.purchasesPerYear},
                      {std::string("3 Sales per year"), v.salesPerYear, a.salesPerYear},
                      {std::string("4 Profit from sales"), v.profitFromSalesPerYear, a.profitFromSalesPerYear},
                      {std::string("5 Costs of the partnership"), v.costsPerYear, a.costsPerYear},
                      {std::string("6 Profitability"), v.profitabilityPerYear, a.profitabilityPerYear},
                      {std::string("Lifetime value (discounted)"), v.lifetimeValue, a.lifetimeValue}};
        section.tables.push_back(std::move(table));
    }
    Table years;
    years.id = "years";
    years.title = "Purchases over the years";
    years.columns = {{"Year", CellType::Id},      {"Purchases", CellType::Integer}, {"Revenue", CellType::Money},
                     {"Margin", CellType::Money}, {"Costs", CellType::Money},       {"Profitability", CellType::Money}};
    Chart chart;
    chart.title = "Revenue and profitability per year";
    chart.series = {{"revenue", {}, false}, {"profitability", {}, false}};
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
        section.paragraphs.push_back("No purchases yet.");
    }
    section.tables.push_back(std::move(years));
    return section;
}

Section episodeSection(storage::Repository& repository, const analytics::RelationshipMetrics& metrics,
                       core::CustomerId id) {
    Section section;
    section.heading = "Episodes";
    std::string summary = "Critical episodes: " + std::to_string(metrics.critical) + ". ";
    if (metrics.meanSatisfaction) {
        summary += "Mean satisfaction " + displayText(*metrics.meanSatisfaction, CellType::Number) + " over " +
                   std::to_string(metrics.ratings) + " ratings (-2 to +2). ";
    }
    summary += "Complaints: " + std::to_string(metrics.complaints) + ", answered " +
               std::to_string(metrics.complaintsAnswered) + ".";
    section.paragraphs.push_back(summary);
    Table kinds;
    kinds.id = "episode_kinds";
    kinds.title = "Episodes by kind";
    kinds.columns = {{"Kind", CellType::Text}, {"Episodes", CellType::Integer}};
    for (const auto& [kind, name] : core::EnumNames<core::EpisodeKind>::values) {
        if (metrics.count(kind) > 0) {
            kinds.rows.push_back({std::string(name), std::int64_t{metrics.count(kind)}});
        }
    }
    section.tables.push_back(std::move(kinds));

    storage::EpisodeQuery query;
    query.customerId = id;
    query.limit = kLatestEpisodes;
    const auto page = repository.episodes(query);
    Table latest;
    latest.id = "latest_episodes";
    latest.title = "The latest " + std::to_string(page.rows.size()) + " episodes";
    latest.columns = {{"Date", CellType::Date},
                      {"Kind", CellType::Text},
                      {"Channel", CellType::Text},
                      {"Revenue", CellType::Money},
                      {"Satisfaction", CellType::Integer},
                      {"Critical", CellType::Text},
                      {"Notes", CellType::Text}};
    for (const auto& e : page.rows) {
        latest.rows.push_back({e.occurredOn, std::string(core::toCode(e.kind)), std::string(core::toCode(e.channel)),
                               e.revenue ? Cell(e.revenue->toDouble()) : Cell(),
                               e.satisfaction ? Cell(std::int64_t{*e.satisfaction}) : Cell(),
                               std::string(e.critical ? "yes" : ""), e.notes});
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
    Report report;
    report.title = "Customer profile: " + customer->displayName;
    report.facts = {{"Customer", "#" + std::to_string(id) + " " + customer->displayName},
                    {"As of", analysis.until.toIso() + " (the analysis' observation end)"},
                    {"Period", analysis.current.from.toIso() + " to " + analysis.current.to.toIso()},
                    {"Database", context.database},
                    {"Made", context.madeAt + " by Rapport"}};
    report.sections.push_back(whoSection(*customer, repository.contactPersons(id)));
    report.sections.push_back(standingSection(analysis, profile, id, context.options.windowMonths));
    report.sections.push_back(valueSection(analysis, profile, metrics, context.options.monthlyDiscount));
    report.sections.push_back(episodeSection(repository, metrics, id));
    return report;
}

} // namespace rapport::reports
