#include "reports/campaign_report.h"

#include "core/money.h"
#include "i18n/domain_terms.h"

#include <QCoreApplication>

namespace rapport::reports {

namespace {

// The translation context of these texts, named as the context: lupdate falls back on the class name.
class CampaignReport {
    Q_DECLARE_TR_FUNCTIONS(CampaignReport)
};

/** Minor units (fractions of them, as means are) in major units, as core::Money counts them. */
double major(double minor) {
    return minor * core::Money::fromMinor(1).toDouble();
}

/** "+3.2" for a share difference of 0.032: percentage points with their sign. */
QString points(double share, const Formatting& format) {
    return qstring((share > 0 ? "+" : "") + format.decimal(share * 100.0, 1));
}

std::vector<std::pair<std::string, std::string>> definitionFacts(const core::Campaign& c, const CampaignWindow& window,
                                                                 const ReportContext& context) {
    const auto format = context.formatting();
    std::vector<std::pair<std::string, std::string>> facts;
    facts.emplace_back(utf8(CampaignReport::tr("Campaign", "a line of a report\'s facts")),
                       "#" + std::to_string(c.id) + " " + c.name);
    if (!c.goal.empty()) {
        facts.emplace_back(utf8(CampaignReport::tr("Goal", "a line of a report\'s facts")), c.goal);
    }
    facts.emplace_back(utf8(CampaignReport::tr("Offer", "a line of a report\'s facts")),
                       c.offerText.empty() ? utf8(i18n::term(c.offer))
                                           : utf8(CampaignReport::tr("%1: %2", "an offer's kind: its text")
                                                      .arg(i18n::term(c.offer), qstring(c.offerText))));
    facts.emplace_back(utf8(CampaignReport::tr("Channel", "a line of a report\'s facts")), utf8(i18n::term(c.channel)));
    facts.emplace_back(utf8(CampaignReport::tr("Target list", "a line of a report\'s facts")), c.targetDescription);
    if (c.launchedOn) {
        facts.emplace_back(utf8(CampaignReport::tr("Launched", "a line of a report\'s facts")),
                           format.date(*c.launchedOn));
        facts.emplace_back(
            utf8(CampaignReport::tr("Response window", "a line of a report\'s facts")),
            utf8(CampaignReport::tr("%Ln day(s) after the launch day, to %1", nullptr, c.responseWindowDays)
                     .arg(qstring(format.date(*c.windowEnd())))));
        facts.emplace_back(utf8(CampaignReport::tr("Measured", "a line of a report\'s facts")),
                           utf8((window.open ? CampaignReport::tr("purchases from %1 to %2; the window is still open")
                                             : CampaignReport::tr("purchases from %1 to %2"))
                                    .arg(qstring(format.date(window.from)), qstring(format.date(window.to)))));
    }
    facts.emplace_back(utf8(CampaignReport::tr("Control group", "a line of a report\'s facts")),
                       utf8(CampaignReport::tr("%1 of the target list, held back at random")
                                .arg(qstring(format.percent(c.controlPercent / 100.0, 0)))));
    facts.emplace_back(utf8(CampaignReport::tr("Drawn within", "a line of a report\'s facts")),
                       utf8(i18n::term(c.stratification)));
    facts.emplace_back(utf8(CampaignReport::tr("Seed", "a line of a report\'s facts")), std::to_string(c.seed));
    facts.emplace_back(utf8(CampaignReport::tr("Cost per contact", "a line of a report\'s facts")),
                       format.money(c.costPerContact.toDouble()));
    if (!c.createdBy.empty()) {
        facts.emplace_back(utf8(CampaignReport::tr("Created by", "a line of a report\'s facts")), c.createdBy);
    }
    return facts;
}

Table groupsTable(const analytics::CampaignMeasurement& m) {
    Table table;
    table.id = "groups";
    table.sheet = utf8(CampaignReport::tr("Groups", "an XLSX sheet's name: at most 31 characters"));
    table.title = utf8(CampaignReport::tr("What each group did in the window"));
    table.columns = {{utf8(CampaignReport::tr("Group")), CellType::Text},
                     {utf8(CampaignReport::tr("Customers")), CellType::Integer},
                     {utf8(CampaignReport::tr("Responded")), CellType::Integer},
                     {utf8(CampaignReport::tr("Response rate")), CellType::Percent},
                     {utf8(CampaignReport::tr("Purchases")), CellType::Integer},
                     {utf8(CampaignReport::tr("Revenue")), CellType::Money},
                     {utf8(CampaignReport::tr("Margin")), CellType::Money},
                     {utf8(CampaignReport::tr("Revenue per customer")), CellType::Money},
                     {utf8(CampaignReport::tr("Margin per customer")), CellType::Money}};
    for (const auto& [name, g] : {std::pair{CampaignReport::tr("Treated", "the group that got the offer"), &m.treated},
                                  std::pair{CampaignReport::tr("Control", "the group held back"), &m.control}}) {
        table.rows.push_back({utf8(name), g->customers, g->responders, g->responseRate(), g->purchases,
                              major(static_cast<double>(g->revenueMinor)), major(static_cast<double>(g->marginMinor)),
                              major(g->revenuePerCustomer()), major(g->marginPerCustomer())});
    }
    return table;
}

Table responseTable(const analytics::CampaignMeasurement& m) {
    Table table;
    table.id = "response-lift";
    table.sheet = utf8(CampaignReport::tr("Response lift", "an XLSX sheet's name: at most 31 characters"));
    table.title = utf8(CampaignReport::tr("Response rate, treated against control (95 % interval)"));
    table.columns = {{utf8(CampaignReport::tr("Treated")), CellType::Percent},
                     {utf8(CampaignReport::tr("Control")), CellType::Percent},
                     {utf8(CampaignReport::tr("Lift")), CellType::Percent},
                     {utf8(CampaignReport::tr("Interval from")), CellType::Percent},
                     {utf8(CampaignReport::tr("Interval to")), CellType::Percent},
                     {utf8(CampaignReport::tr("Verdict")), CellType::Text}};
    table.rows.push_back({m.treated.responseRate(), m.control.responseRate(), m.responseLift.value, m.responseLift.low,
                          m.responseLift.high, campaignVerdictText(m.response)});
    return table;
}

Table moneyTable(const analytics::CampaignMeasurement& m) {
    Table table;
    table.id = "money-lift";
    table.sheet = utf8(CampaignReport::tr("Revenue and margin", "an XLSX sheet's name: at most 31 characters"));
    table.title = utf8(CampaignReport::tr("Revenue and margin the offer added (95 % intervals)"));
    table.columns = {{utf8(CampaignReport::tr("Measure")), CellType::Text},
                     {utf8(CampaignReport::tr("Estimate")), CellType::Money},
                     {utf8(CampaignReport::tr("Interval from")), CellType::Money},
                     {utf8(CampaignReport::tr("Interval to")), CellType::Money},
                     {utf8(CampaignReport::tr("Verdict")), CellType::Text}};
    const auto row = [&](const QString& name, const analytics::Estimate& e, const std::string& verdict) {
        table.rows.push_back({utf8(name), major(e.value), major(e.low), major(e.high), verdict});
    };
    row(CampaignReport::tr("Revenue lift per customer"), m.revenueLift, campaignVerdictText(m.revenue));
    row(CampaignReport::tr("Margin lift per customer"), m.marginLift,
        campaignVerdictText(analytics::verdictOf(m.marginLift)));
    row(CampaignReport::tr("Incremental revenue"), m.incrementalRevenue, {});
    row(CampaignReport::tr("Incremental margin"), m.incrementalMargin, {});
    table.rows.push_back({utf8(CampaignReport::tr("Cost of the contacts")), major(static_cast<double>(m.costMinor)),
                          std::monostate{}, std::monostate{}, std::string()});
    row(CampaignReport::tr("Margin after the cost"), m.netMargin, campaignVerdictText(m.pays));
    return table;
}

Section groupsSection(const core::Campaign& campaign, const CampaignWindow& window,
                      const analytics::CampaignMeasurement& m, const Formatting& format) {
    Section section;
    section.heading = utf8(CampaignReport::tr("The two groups"));
    section.paragraphs.push_back(utf8(
        CampaignReport::tr("At the launch the target list was split at random: %1 customers got the offer (treated) "
                           "and %2 were held back as the control group, who got nothing.")
            .arg(qstring(format.count(m.treated.customers)), qstring(format.count(m.control.customers)))));
    if (!window.started) {
        section.paragraphs.push_back(
            utf8(CampaignReport::tr("The response window opens on %1: nothing is measured yet.")
                     .arg(qstring(format.date(window.from)))));
        return section;
    }
    const QString from = qstring(format.date(window.from));
    const QString to = qstring(format.date(window.to));
    section.paragraphs.push_back(
        utf8(window.open
                 ? CampaignReport::tr("A customer responded who bought at least once from %1 to %2. The window is "
                                      "still open until %3: later purchases may change the figures.")
                       .arg(from, to, qstring(format.date(campaign.windowEnd().value_or(window.to))))
                 : CampaignReport::tr("A customer responded who bought at least once from %1 to %2.").arg(from, to)));
    section.tables.push_back(groupsTable(m));
    return section;
}

Section resultSection(const analytics::CampaignMeasurement& m, const Formatting& format) {
    Section section;
    section.heading = utf8(CampaignReport::tr("What the campaign changed"));
    if (m.response == analytics::Verdict::TooFewCustomers) {
        section.paragraphs.push_back(
            utf8(CampaignReport::tr("Too few customers in a group to measure: each group needs at least two.")));
        return section;
    }
    const auto money = [&format](double minor) { return qstring(format.money(major(minor))); };
    section.paragraphs.push_back(
        utf8(CampaignReport::tr("Response: %1. Revenue: %2. After its cost: %3.")
                 .arg(qstring(campaignVerdictText(m.response)), qstring(campaignVerdictText(m.revenue)),
                      qstring(campaignVerdictText(m.pays)))));
    section.paragraphs.push_back(utf8(
        CampaignReport::tr("With %1 confidence the offer changed the response rate by %2 to %3 percentage points, and "
                           "the margin, after the contacts' cost of %4, by %5 to %6.")
            .arg(qstring(format.percent(m.confidence, 0)), points(m.responseLift.low, format),
                 points(m.responseLift.high, format), money(static_cast<double>(m.costMinor)), money(m.netMargin.low),
                 money(m.netMargin.high))));
    section.tables.push_back(responseTable(m));
    section.tables.push_back(moneyTable(m));
    return section;
}

Section methodSection() {
    Section section;
    section.heading = utf8(CampaignReport::tr("Method"));
    section.paragraphs.push_back(utf8(CampaignReport::tr(
        "The control group was drawn at random with the campaign's recorded seed, the same share within each "
        "stratum, so the two groups differ only by chance and by the offer; the same target list and seed give the "
        "same groups.")));
    section.paragraphs.push_back(utf8(CampaignReport::tr(
        "The response lift's interval is Newcombe's hybrid score interval for a difference of two proportions "
        "(Newcombe 1998, method 10, from Wilson's score limits). The revenue and margin lifts per customer have "
        "Welch's t interval for a difference of means with unequal variances (Welch-Satterthwaite degrees of "
        "freedom): spend is skewed, most customers buy nothing in a window and a few a lot, and for groups of "
        "hundreds the mean is close to normal.")));
    section.paragraphs.push_back(utf8(CampaignReport::tr(
        "The incremental revenue and margin are the lifts per customer times the treated customers; the margin after "
        "the cost subtracts the cost per contact times the treated customers. A verdict says \"no measurable "
        "effect\" whenever the interval spans zero, however large the estimate.")));
    return section;
}

} // namespace

std::string campaignVerdictText(analytics::Verdict verdict) {
    switch (verdict) {
    case analytics::Verdict::TooFewCustomers:
        return utf8(CampaignReport::tr("too few customers in a group to measure"));
    case analytics::Verdict::NoMeasurableEffect:
        return utf8(CampaignReport::tr("no measurable effect (the interval spans zero)"));
    case analytics::Verdict::Positive:
        return utf8(CampaignReport::tr("a measurable rise"));
    case analytics::Verdict::Negative:
        return utf8(CampaignReport::tr("a measurable fall"));
    }
    return {};
}

Report campaignReport(const core::Campaign& campaign, const CampaignWindow& window,
                      const analytics::CampaignMeasurement& measurement, const ReportContext& context) {
    Report report = startReport(utf8(CampaignReport::tr("Campaign report: %1").arg(qstring(campaign.name))), context);
    const auto format = context.formatting();
    report.facts = definitionFacts(campaign, window, context);
    addOriginFacts(report.facts, context);
    report.sections.push_back(groupsSection(campaign, window, measurement, format));
    if (window.started) {
        report.sections.push_back(resultSection(measurement, format));
    }
    report.sections.push_back(methodSection());
    return report;
}

} // namespace rapport::reports
