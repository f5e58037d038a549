// The customer-knowledge audit's rules, one question at a time, on constructed customers; then the weighting by
// value and the customers to complete first.
#include "analytics/knowledge_audit.h"

#include <gtest/gtest.h>

namespace rapport::analytics {
namespace {

using storage::CustomerKnowledge;

unsigned bit(KnowledgeGap gap) {
    return static_cast<unsigned>(gap);
}

/** A person who buys and about whom everything the eight questions need is recorded. */
CustomerKnowledge wellKnownPerson(core::CustomerId id = 1) {
    CustomerKnowledge c;
    c.id = id;
    c.displayName = "Known " + std::to_string(id);
    c.kind = core::CustomerKind::Person;
    c.segment = "retail";
    c.incomeBand = core::IncomeBand::Middle;
    c.householdSize = 3;
    c.tagCount = 2;
    c.revenueMinor = 10'000;
    c.marginMinor = 3'000;
    c.purchaseCount = 4;
    c.scoreGroup = 1;
    c.scoreChurn = core::ChurnStatus::Active;
    c.predictedValueMinor = 5'000;
    c.purchaseWithMargin = true;
    c.ratedEpisode = true;
    c.alternativesAssessed = true;
    c.relationshipCosts = true;
    return c;
}

CustomerKnowledge wellKnownOrganisation(core::CustomerId id = 2) {
    auto c = wellKnownPerson(id);
    c.kind = core::CustomerKind::Organisation;
    c.incomeBand.reset();
    c.householdSize.reset();
    c.activeContactPerson = true;
    c.activeDecisionMaker = true;
    return c;
}

TEST(KnowledgeAudit, AWellKnownCustomerAnswersEveryQuestion) {
    for (const auto& customer : {wellKnownPerson(), wellKnownOrganisation()}) {
        for (const auto question : kKnowledgeQuestions) {
            const auto answer = answerFor(question, customer);
            EXPECT_EQ(answer.gaps, 0U) << questionCode(question);
            if (question != KnowledgeQuestion::WhoDecides || customer.kind == core::CustomerKind::Organisation) {
                EXPECT_TRUE(answer.covered()) << questionCode(question);
            }
        }
    }
}

TEST(KnowledgeAudit, MostProfitableNeedsMarginsAndARankingRunAndConcernsBuyersOnly) {
    auto c = wellKnownPerson();
    c.purchaseWithMargin = false;
    EXPECT_EQ(answerFor(KnowledgeQuestion::MostProfitable, c).gaps, bit(KnowledgeGap::Margin));
    c.scoreGroup.reset();
    EXPECT_EQ(answerFor(KnowledgeQuestion::MostProfitable, c).gaps,
              bit(KnowledgeGap::Margin) | bit(KnowledgeGap::RankingRun));
    c.purchaseCount = 0;
    EXPECT_FALSE(answerFor(KnowledgeQuestion::MostProfitable, c).applicable);
}

TEST(KnowledgeAudit, IncomeAndNeedsTakeIncomeOrHouseholdInterestsAndPurchases) {
    auto c = wellKnownPerson();
    c.incomeBand.reset();
    EXPECT_TRUE(answerFor(KnowledgeQuestion::IncomeAndNeeds, c).covered()) << "household size alone is enough";
    c.householdSize.reset();
    c.tagCount = 0;
    c.purchaseCount = 0;
    EXPECT_EQ(answerFor(KnowledgeQuestion::IncomeAndNeeds, c).gaps,
              bit(KnowledgeGap::IncomeOrHousehold) | bit(KnowledgeGap::Interests) | bit(KnowledgeGap::Purchases));
    auto organisation = wellKnownOrganisation();
    EXPECT_TRUE(answerFor(KnowledgeQuestion::IncomeAndNeeds, organisation).covered())
        << "an organisation has no income band";
}

TEST(KnowledgeAudit, NextYearNeedsAPredictedValue) {
    auto c = wellKnownPerson();
    c.predictedValueMinor.reset();
    EXPECT_EQ(answerFor(KnowledgeQuestion::NextYear, c).gaps, bit(KnowledgeGap::PredictedValue));
    c.predictedValueMinor = 0;
    EXPECT_TRUE(answerFor(KnowledgeQuestion::NextYear, c).covered()) << "a prediction of nothing is still one";
}

TEST(KnowledgeAudit, IncomeSourcesDifferForPeopleAndOrganisations) {
    auto person = wellKnownPerson();
    person.householdSize.reset();
    EXPECT_EQ(answerFor(KnowledgeQuestion::IncomeSources, person).gaps, bit(KnowledgeGap::HouseholdSize));
    person.incomeBand.reset();
    EXPECT_EQ(answerFor(KnowledgeQuestion::IncomeSources, person).gaps,
              bit(KnowledgeGap::HouseholdSize) | bit(KnowledgeGap::IncomeBand));
    auto organisation = wellKnownOrganisation();
    organisation.segment.clear();
    EXPECT_EQ(answerFor(KnowledgeQuestion::IncomeSources, organisation).gaps, bit(KnowledgeGap::Segment));
}

TEST(KnowledgeAudit, WhoDecidesAsksOrganisationsForAnActiveDecisionMaker) {
    EXPECT_FALSE(answerFor(KnowledgeQuestion::WhoDecides, wellKnownPerson()).applicable);
    auto c = wellKnownOrganisation();
    c.activeDecisionMaker = false;
    EXPECT_EQ(answerFor(KnowledgeQuestion::WhoDecides, c).gaps, bit(KnowledgeGap::DecisionMaker));
    c.activeContactPerson = false;
    EXPECT_EQ(answerFor(KnowledgeQuestion::WhoDecides, c).gaps, bit(KnowledgeGap::ContactPerson));
}

TEST(KnowledgeAudit, CompetitorsTakeAnAssessmentOrACompetitorPartnership) {
    auto c = wellKnownPerson();
    c.alternativesAssessed = false;
    EXPECT_EQ(answerFor(KnowledgeQuestion::Competitors, c).gaps, bit(KnowledgeGap::AlternativesKnown));
    c.competitorPartnership = true;
    EXPECT_TRUE(answerFor(KnowledgeQuestion::Competitors, c).covered());
}

TEST(KnowledgeAudit, ValueWeCreateTakesARatingOrAPerceivedValueAssessment) {
    auto c = wellKnownPerson();
    c.ratedEpisode = false;
    EXPECT_EQ(answerFor(KnowledgeQuestion::ValueWeCreate, c).gaps, bit(KnowledgeGap::ValueMeasure));
    c.perceivedValueAssessed = true;
    EXPECT_TRUE(answerFor(KnowledgeQuestion::ValueWeCreate, c).covered());
}

TEST(KnowledgeAudit, TheirValueToUsNeedsMarginsAndRelationshipCosts) {
    auto c = wellKnownPerson();
    c.relationshipCosts = false;
    EXPECT_EQ(answerFor(KnowledgeQuestion::TheirValueToUs, c).gaps, bit(KnowledgeGap::RelationshipCosts));
    c.purchaseWithMargin = false;
    EXPECT_EQ(answerFor(KnowledgeQuestion::TheirValueToUs, c).gaps,
              bit(KnowledgeGap::RelationshipCosts) | bit(KnowledgeGap::Margin));
    c.purchaseCount = 0;
    EXPECT_FALSE(answerFor(KnowledgeQuestion::TheirValueToUs, c).applicable);
}

TEST(KnowledgeAudit, CoverageCountsHeadsAndWeighsByValue) {
    // One valuable customer with costs, three small ones without: a quarter of the heads, most of the value.
    KnowledgeAuditBuilder builder(2);
    auto big = wellKnownPerson(1);
    big.revenueMinor = 90'000;
    big.predictedValueMinor = 10'000; // weight 100,000
    builder.add(big);
    for (core::CustomerId id = 2; id <= 4; ++id) {
        auto small = wellKnownPerson(id);
        small.relationshipCosts = false;
        small.revenueMinor = 1'000 * id;
        small.predictedValueMinor = -500; // a negative prediction weighs nothing
        builder.add(small);
    }
    const auto audit = builder.finish();
    EXPECT_EQ(audit.customers, 4);
    EXPECT_EQ(audit.totalValueMinor, 100'000 + 2'000 + 3'000 + 4'000);
    const auto& value = audit.coverage(KnowledgeQuestion::TheirValueToUs);
    EXPECT_EQ(value.applicable, 4);
    EXPECT_EQ(value.covered, 1);
    EXPECT_DOUBLE_EQ(value.customerShare(), 0.25);
    EXPECT_DOUBLE_EQ(value.valueShare(), 100'000.0 / 109'000.0);
    EXPECT_EQ(value.missing[13], 3) << "relationship costs is the 14th gap (bit 13)";
    ASSERT_EQ(value.toComplete.size(), 2U) << "only the top two are kept";
    EXPECT_EQ(value.toComplete[0].id, 4);
    EXPECT_EQ(value.toComplete[0].valueMinor, 4'000);
    EXPECT_EQ(value.toComplete[0].name, "Known 4");
    EXPECT_EQ(value.toComplete[1].id, 3);
    EXPECT_EQ(value.toComplete[0].gaps, bit(KnowledgeGap::RelationshipCosts));
    EXPECT_DOUBLE_EQ(audit.coverage(KnowledgeQuestion::NextYear).valueShare(), 1.0);
}

TEST(KnowledgeAudit, AQuestionThatConcernsNobodyCoversNothing) {
    KnowledgeAuditBuilder builder(5);
    builder.add(wellKnownPerson());
    const auto audit = builder.finish();
    const auto& decides = audit.coverage(KnowledgeQuestion::WhoDecides);
    EXPECT_EQ(decides.applicable, 0);
    EXPECT_DOUBLE_EQ(decides.customerShare(), 0.0);
    EXPECT_TRUE(decides.toComplete.empty());
}

TEST(KnowledgeAudit, ValueShareFallsBackOnHeadsWithoutValue) {
    KnowledgeAuditBuilder builder(5);
    auto a = wellKnownPerson(1);
    a.revenueMinor = 0;
    a.predictedValueMinor.reset();
    auto b = a;
    b.id = 2;
    b.ratedEpisode = false;
    builder.add(a);
    builder.add(b);
    const auto audit = builder.finish();
    EXPECT_DOUBLE_EQ(audit.coverage(KnowledgeQuestion::ValueWeCreate).valueShare(), 0.5);
    EXPECT_TRUE(audit.scored) << "scored customers make a scored audit";
}

TEST(KnowledgeAudit, GapsHaveCodesAndWords) {
    for (int i = 0; i < kKnowledgeGapCount; ++i) {
        EXPECT_FALSE(gapCode(gapAt(i)).empty());
        EXPECT_FALSE(gapText(gapAt(i)).empty());
    }
    EXPECT_EQ(gapsOf(bit(KnowledgeGap::Margin) | bit(KnowledgeGap::RelationshipCosts)),
              (std::vector{KnowledgeGap::Margin, KnowledgeGap::RelationshipCosts}));
}

} // namespace
} // namespace rapport::analytics
