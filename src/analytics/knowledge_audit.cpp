#include "analytics/knowledge_audit.h"

#include "storage/repository.h"

#include <algorithm>

namespace rapport::analytics {

namespace {

using storage::CustomerKnowledge;

constexpr unsigned bit(KnowledgeGap gap) {
    return static_cast<unsigned>(gap);
}

bool isOrganisation(const CustomerKnowledge& c) {
    return c.kind == core::CustomerKind::Organisation;
}
bool isBuyer(const CustomerKnowledge& c) {
    return c.purchaseCount > 0;
}

/** More valuable first; the lower id first among equals, so the list is the same on every run. */
bool moreValuable(const CustomerToComplete& a, const CustomerToComplete& b) {
    return a.valueMinor != b.valueMinor ? a.valueMinor > b.valueMinor : a.id < b.id;
}

double share(std::int64_t part, std::int64_t whole) {
    return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

} // namespace

std::string_view questionCode(KnowledgeQuestion question) {
    switch (question) {
    case KnowledgeQuestion::MostProfitable:
        return "most_profitable";
    case KnowledgeQuestion::IncomeAndNeeds:
        return "income_and_needs";
    case KnowledgeQuestion::NextYear:
        return "next_year";
    case KnowledgeQuestion::IncomeSources:
        return "income_sources";
    case KnowledgeQuestion::WhoDecides:
        return "who_decides";
    case KnowledgeQuestion::Competitors:
        return "competitors";
    case KnowledgeQuestion::ValueWeCreate:
        return "value_we_create";
    case KnowledgeQuestion::TheirValueToUs:
        return "their_value_to_us";
    }
    return "";
}

std::string_view questionText(KnowledgeQuestion question) {
    switch (question) {
    case KnowledgeQuestion::MostProfitable:
        return "Do we know the customers who bring the most profit?";
    case KnowledgeQuestion::IncomeAndNeeds:
        return "Do we know their income, product mix and real needs?";
    case KnowledgeQuestion::NextYear:
        return "Do we know what they will expect next year?";
    case KnowledgeQuestion::IncomeSources:
        return "Do we know their income sources?";
    case KnowledgeQuestion::WhoDecides:
        return "Do we know who decides on purchases?";
    case KnowledgeQuestion::Competitors:
        return "Do we know competitors' strategies towards them?";
    case KnowledgeQuestion::ValueWeCreate:
        return "Can we measure the value we create for them?";
    case KnowledgeQuestion::TheirValueToUs:
        return "Can we measure their value to us?";
    }
    return "";
}

KnowledgeGap gapAt(int index) {
    return static_cast<KnowledgeGap>(1U << static_cast<unsigned>(index));
}

std::string_view gapCode(KnowledgeGap gap) {
    switch (gap) {
    case KnowledgeGap::Margin:
        return "margin";
    case KnowledgeGap::RankingRun:
        return "ranking_run";
    case KnowledgeGap::IncomeOrHousehold:
        return "income_or_household";
    case KnowledgeGap::Interests:
        return "interests";
    case KnowledgeGap::Purchases:
        return "purchases";
    case KnowledgeGap::PredictedValue:
        return "predicted_value";
    case KnowledgeGap::IncomeBand:
        return "income_band";
    case KnowledgeGap::HouseholdSize:
        return "household_size";
    case KnowledgeGap::Segment:
        return "segment";
    case KnowledgeGap::ContactPerson:
        return "contact_person";
    case KnowledgeGap::DecisionMaker:
        return "decision_maker";
    case KnowledgeGap::AlternativesKnown:
        return "alternatives_known";
    case KnowledgeGap::ValueMeasure:
        return "value_measure";
    case KnowledgeGap::RelationshipCosts:
        return "relationship_costs";
    }
    return "";
}

std::string_view gapText(KnowledgeGap gap) {
    switch (gap) {
    case KnowledgeGap::Margin:
        return "no purchase records a margin";
    case KnowledgeGap::RankingRun:
        return "not scored by an analysis run";
    case KnowledgeGap::IncomeOrHousehold:
        return "neither income band nor household size";
    case KnowledgeGap::Interests:
        return "no interests or preferences (tags)";
    case KnowledgeGap::Purchases:
        return "no purchases, so no product mix";
    case KnowledgeGap::PredictedValue:
        return "no predicted value";
    case KnowledgeGap::IncomeBand:
        return "no income band";
    case KnowledgeGap::HouseholdSize:
        return "no household size";
    case KnowledgeGap::Segment:
        return "no segment (line of business)";
    case KnowledgeGap::ContactPerson:
        return "no active contact person";
    case KnowledgeGap::DecisionMaker:
        return "no contact person marked decision maker";
    case KnowledgeGap::AlternativesKnown:
        return "no assessment of alternatives known to the customer";
    case KnowledgeGap::ValueMeasure:
        return "no satisfaction rating or perceived value assessment";
    case KnowledgeGap::RelationshipCosts:
        return "no relationship costs";
    }
    return "";
}

std::vector<KnowledgeGap> gapsOf(unsigned gaps) {
    std::vector<KnowledgeGap> result;
    for (int i = 0; i < kKnowledgeGapCount; ++i) {
        if ((gaps & bit(gapAt(i))) != 0) {
            result.push_back(gapAt(i));
        }
    }
    return result;
}

QuestionAnswer answerFor(KnowledgeQuestion question, const CustomerKnowledge& c) {
    QuestionAnswer answer;
    const auto lacks = [&](bool missing, KnowledgeGap gap) {
        if (missing) {
            answer.gaps |= bit(gap);
        }
    };
    switch (question) {
    case KnowledgeQuestion::MostProfitable: // profit needs margins, "most" needs a ranking run
        answer.applicable = isBuyer(c);
        lacks(!c.purchaseWithMargin, KnowledgeGap::Margin);
        lacks(!c.scoreGroup, KnowledgeGap::RankingRun);
        break;
    case KnowledgeQuestion::IncomeAndNeeds:
        lacks(!isOrganisation(c) && !c.incomeBand && !c.householdSize, KnowledgeGap::IncomeOrHousehold);
        lacks(c.tagCount == 0, KnowledgeGap::Interests);
        lacks(!isBuyer(c), KnowledgeGap::Purchases);
        break;
    case KnowledgeQuestion::NextYear:
        lacks(!c.predictedValueMinor, KnowledgeGap::PredictedValue);
        break;
    case KnowledgeQuestion::IncomeSources:
        // A household's income: its level and how many share it; an organisation's: the business it is in.
        if (isOrganisation(c)) {
            lacks(c.segment.empty(), KnowledgeGap::Segment);
        } else {
            lacks(!c.incomeBand, KnowledgeGap::IncomeBand);
            lacks(!c.householdSize, KnowledgeGap::HouseholdSize);
        }
        break;
    case KnowledgeQuestion::WhoDecides: // a person or household decides for itself
        answer.applicable = isOrganisation(c);
        lacks(!c.activeContactPerson, KnowledgeGap::ContactPerson);
        lacks(c.activeContactPerson && !c.activeDecisionMaker, KnowledgeGap::DecisionMaker);
        break;
    case KnowledgeQuestion::Competitors:
        lacks(!c.alternativesAssessed && !c.competitorPartnership, KnowledgeGap::AlternativesKnown);
        break;
    case KnowledgeQuestion::ValueWeCreate:
        lacks(!c.ratedEpisode && !c.perceivedValueAssessed, KnowledgeGap::ValueMeasure);
        break;
    case KnowledgeQuestion::TheirValueToUs: // table 7.3: profit from sales minus the costs of the partnership
        answer.applicable = isBuyer(c);
        lacks(!c.purchaseWithMargin, KnowledgeGap::Margin);
        lacks(!c.relationshipCosts, KnowledgeGap::RelationshipCosts);
        break;
    }
    if (!answer.applicable) {
        answer.gaps = 0;
    }
    return answer;
}

std::int64_t knowledgeWeight(const CustomerKnowledge& customer) {
    return std::max<std::int64_t>(customer.revenueMinor, 0) +
           std::max<std::int64_t>(customer.predictedValueMinor.value_or(0), 0);
}

double QuestionCoverage::customerShare() const {
    return share(covered, applicable);
}

double QuestionCoverage::valueShare() const {
    return applicableValueMinor > 0 ? share(coveredValueMinor, applicableValueMinor) : customerShare();
}

KnowledgeAuditBuilder::KnowledgeAuditBuilder(int top)
    : m_top(static_cast<std::size_t>(std::max(top, 0))) {
    for (std::size_t i = 0; i < m_audit.questions.size(); ++i) {
        m_audit.questions[i].question = kKnowledgeQuestions[i];
    }
}

void KnowledgeAuditBuilder::add(const CustomerKnowledge& customer) {
    const auto value = knowledgeWeight(customer);
    ++m_audit.customers;
    m_audit.totalValueMinor += value;
    m_audit.scored = m_audit.scored || customer.scoreGroup.has_value();
    for (auto& coverage : m_audit.questions) {
        const auto answer = answerFor(coverage.question, customer);
        if (!answer.applicable) {
            continue;
        }
        ++coverage.applicable;
        coverage.applicableValueMinor += value;
        if (answer.covered()) {
            ++coverage.covered;
            coverage.coveredValueMinor += value;
            continue;
        }
        for (int i = 0; i < kKnowledgeGapCount; ++i) {
            coverage.missing[static_cast<std::size_t>(i)] += (answer.gaps & bit(gapAt(i))) != 0 ? 1 : 0;
        }
        offer(coverage, customer, value, answer.gaps);
    }
}

void KnowledgeAuditBuilder::offer(QuestionCoverage& coverage, const CustomerKnowledge& customer, std::int64_t value,
                                  unsigned gaps) const {
    if (m_top == 0) {
        return;
    }
    // A heap whose front is the least valuable kept: a million customers pass through, `top` stay.
    auto& kept = coverage.toComplete;
    CustomerToComplete candidate{customer.id, {}, value, gaps};
    if (kept.size() == m_top) {
        if (!moreValuable(candidate, kept.front())) {
            return;
        }
        std::pop_heap(kept.begin(), kept.end(), moreValuable);
        kept.pop_back();
    }
    candidate.name = customer.displayName;
    kept.push_back(std::move(candidate));
    std::push_heap(kept.begin(), kept.end(), moreValuable);
}

KnowledgeAudit KnowledgeAuditBuilder::finish() {
    for (auto& coverage : m_audit.questions) {
        std::sort(coverage.toComplete.begin(), coverage.toComplete.end(), moreValuable);
    }
    return std::move(m_audit);
}

KnowledgeAudit auditKnowledge(storage::Repository& repository, core::Date today, int top) {
    KnowledgeAuditBuilder builder(top);
    repository.scanCustomerKnowledge(
        [&](std::span<const storage::CustomerKnowledge> batch) {
            for (const auto& customer : batch) {
                builder.add(customer);
            }
            return true;
        },
        today);
    return builder.finish();
}

} // namespace rapport::analytics
