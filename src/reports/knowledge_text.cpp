#include "reports/knowledge_text.h"

#include <QCoreApplication>
#include <QStringList>

namespace rapport::reports {

namespace {

// The translation context of these texts, named as the context: lupdate falls back on the class name.
class KnowledgeAudit {
    Q_DECLARE_TR_FUNCTIONS(KnowledgeAudit)
};

} // namespace

QString knowledgeQuestionText(analytics::KnowledgeQuestion question) {
    using Q = analytics::KnowledgeQuestion;
    switch (question) {
    case Q::MostProfitable:
        return KnowledgeAudit::tr("Do we know the customers who bring the most profit?");
    case Q::IncomeAndNeeds:
        return KnowledgeAudit::tr("Do we know their income, product mix and real needs?");
    case Q::NextYear:
        return KnowledgeAudit::tr("Do we know what they will expect next year?");
    case Q::IncomeSources:
        return KnowledgeAudit::tr("Do we know their income sources?");
    case Q::WhoDecides:
        return KnowledgeAudit::tr("Do we know who decides on purchases?");
    case Q::Competitors:
        return KnowledgeAudit::tr("Do we know competitors' strategies towards them?");
    case Q::ValueWeCreate:
        return KnowledgeAudit::tr("Can we measure the value we create for them?");
    case Q::TheirValueToUs:
        return KnowledgeAudit::tr("Can we measure their value to us?");
    }
    return {};
}

QString knowledgeRuleText(analytics::KnowledgeQuestion question) {
    using Q = analytics::KnowledgeQuestion;
    switch (question) {
    case Q::MostProfitable:
        return KnowledgeAudit::tr("Buyers whose purchases record a margin and whom an analysis run has ranked.");
    case Q::IncomeAndNeeds:
        return KnowledgeAudit::tr("Income band or household size (people and households), interests and "
                                  "preferences (tags) and purchases (the product mix).");
    case Q::NextYear:
        return KnowledgeAudit::tr("A predicted value stored by the last analysis run.");
    case Q::IncomeSources:
        return KnowledgeAudit::tr("People and households: income band and household size; organisations: the "
                                  "segment (line of business) they earn in.");
    case Q::WhoDecides:
        return KnowledgeAudit::tr("Organisations: an active contact person marked decision maker. People and "
                                  "households decide for themselves.");
    case Q::Competitors:
        return KnowledgeAudit::tr("An assessment of the alternatives known to the customer, or a partnership record "
                                  "naming the customer as a competitor.");
    case Q::ValueWeCreate:
        return KnowledgeAudit::tr("A satisfaction rating of an episode, or an assessment of perceived value or "
                                  "perceived service quality.");
    case Q::TheirValueToUs:
        return KnowledgeAudit::tr("Buyers whose purchases record a margin and whose relationship costs are "
                                  "entered (table 7.3: profit from sales minus the costs of the partnership).");
    }
    return {};
}

QString knowledgeGapText(analytics::KnowledgeGap gap) {
    using G = analytics::KnowledgeGap;
    switch (gap) {
    case G::Margin:
        return KnowledgeAudit::tr("no purchase records a margin");
    case G::RankingRun:
        return KnowledgeAudit::tr("not scored by an analysis run");
    case G::IncomeOrHousehold:
        return KnowledgeAudit::tr("neither income band nor household size");
    case G::Interests:
        return KnowledgeAudit::tr("no interests or preferences (tags)");
    case G::Purchases:
        return KnowledgeAudit::tr("no purchases, so no product mix");
    case G::PredictedValue:
        return KnowledgeAudit::tr("no predicted value");
    case G::IncomeBand:
        return KnowledgeAudit::tr("no income band");
    case G::HouseholdSize:
        return KnowledgeAudit::tr("no household size");
    case G::Segment:
        return KnowledgeAudit::tr("no segment (line of business)");
    case G::ContactPerson:
        return KnowledgeAudit::tr("no active contact person");
    case G::DecisionMaker:
        return KnowledgeAudit::tr("no contact person marked decision maker");
    case G::AlternativesKnown:
        return KnowledgeAudit::tr("no assessment of alternatives known to the customer");
    case G::ValueMeasure:
        return KnowledgeAudit::tr("no satisfaction rating or perceived value assessment");
    case G::RelationshipCosts:
        return KnowledgeAudit::tr("no relationship costs");
    }
    return {};
}

QString knowledgeGapsText(unsigned gaps) {
    QStringList texts;
    for (const auto gap : analytics::gapsOf(gaps)) {
        texts.push_back(knowledgeGapText(gap));
    }
    return texts.join(KnowledgeAudit::tr("; ", "between missing pieces"));
}

} // namespace rapport::reports
