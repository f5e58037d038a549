// Merges and erasures on a real SQLite file: everything moves or goes, totals stay, the record remains.
#include "storage/errors.h"
#include "storage/fixtures.h"

#include <gtest/gtest.h>

using namespace rapport;
using namespace rapport::test;
using core::Date;

namespace {
using DataCareTest = RepositoryTest;
} // namespace

TEST_F(DataCareTest, MergeMovesCostsTasksChurnLadderAndPartnershipLinks) {
    const auto kept = repo().addCustomer(makeCustomer("Kept"));
    const auto merged = repo().addCustomer(makeCustomer("Merged"));
    repo().setRelationshipCost({kept, 2025, core::CostLine::Delivery, core::Money::fromMinor(1'000)});
    repo().setRelationshipCost({merged, 2025, core::CostLine::Delivery, core::Money::fromMinor(500)});
    repo().setRelationshipCost({merged, 2024, core::CostLine::Other, core::Money::fromMinor(70)});
    repo().addTask({0, merged, "call back", Date::fromYmd(2025, 1, 2), false, "jan", ""});
    repo().addChurnRecord({0, merged, Date::fromYmd(2025, 3, 1), "lower_prices", "", 0, core::WinBackOutcome::None});
    repo().setLadderOverride({merged, core::LadderStage::Advocate, "recommends us", Date::fromYmd(2025, 1, 1), ""});
    core::Partnership link;
    link.partnerName = "Merged";
    link.partnerCustomerId = merged;
    link.stageHistory = {{core::PartnershipStage::Formation, Date::fromYmd(2024, 1, 1), ""}};
    const auto partnership = repo().addPartnership(link);
    repo().addAssessment(
        {0, merged, core::AssessmentComponent::Commitment, Date::fromYmd(2025, 2, 1), 4, "long contract", "jan"});

    const auto event = repo().mergeCustomers(kept, merged, "tester");
    EXPECT_EQ(event.kind, "merge");
    EXPECT_EQ(event.doneBy, "tester");
    const auto costs = repo().relationshipCosts(kept);
    ASSERT_EQ(costs.size(), 2U);
    core::Money total;
    for (const auto& cost : costs) {
        total = core::Money::fromMinor(total.minor() + cost.amount.minor());
    }
    EXPECT_EQ(total.minor(), 1'570); // the same year and line added up, nothing lost
    EXPECT_EQ(repo().tasks(kept).size(), 1U);
    EXPECT_EQ(repo().churnRecords(kept).size(), 1U);
    EXPECT_EQ(repo().ladderOverride(kept)->stage, core::LadderStage::Advocate);
    EXPECT_EQ(repo().partnership(partnership)->partnerCustomerId, kept);
    ASSERT_EQ(repo().assessments(kept).size(), 1U);
    EXPECT_EQ(repo().assessments(kept)[0].note, "long contract");
    EXPECT_NE(event.details.find("1 assessments"), std::string::npos) << event.details;
    EXPECT_THROW(repo().mergeCustomers(kept, merged, ""), storage::NotFoundError);
    EXPECT_THROW(repo().mergeCustomers(kept, kept, ""), storage::StorageError);
    EXPECT_TRUE(repo().check().ok());
}

TEST_F(DataCareTest, EraseRemovesContactPersonsNotesAndConsentsButKeepsEpisodes) {
    auto customer = makeCustomer("Maria Svensson");
    customer.emails = {{"maria@example.se", ""}};
    customer.tags = {"sailing"};
    customer.consents = {{core::ConsentPurpose::Marketing, true, Date::fromYmd(2024, 1, 1), "v1"}};
    customer.address.city = "Uppsala";
    customer.address.country = "Sweden";
    const auto id = repo().addCustomer(customer);
    core::ContactPerson person;
    person.customerId = id;
    person.name = "Erik Svensson";
    const auto personId = repo().addContactPerson(person);
    auto episode = makePurchase(id, "2025-02-02", 9'900);
    episode.notes = "asked about Erik's birthday";
    episode.contactPersonId = personId;
    repo().addEpisode(episode);
    repo().addAssessment({0, id, core::AssessmentComponent::CustomerBonds, Date::fromYmd(2025, 2, 3), 4,
                          "Erik's sister works at our shop", "jan"});

    repo().erasePersonalData(id, "dpo");
    const auto erased = repo().customer(id);
    EXPECT_TRUE(erased->tags.empty());
    EXPECT_TRUE(erased->consents.empty());
    EXPECT_EQ(erased->address.city, "");
    EXPECT_EQ(erased->address.country, "Sweden");
    EXPECT_TRUE(repo().contactPersons(id).empty());
    storage::EpisodeQuery query;
    query.customerId = id;
    const auto episodes = repo().episodes(query).rows;
    ASSERT_EQ(episodes.size(), 1U);
    EXPECT_EQ(episodes[0].notes, "");
    EXPECT_EQ(episodes[0].revenue, core::Money::fromMinor(9'900));
    EXPECT_FALSE(episodes[0].contactPersonId.has_value());
    const auto assessments = repo().assessments(id);
    ASSERT_EQ(assessments.size(), 1U); // the judgement stays, the words about the person go
    EXPECT_EQ(assessments[0].note, "");
    EXPECT_EQ(assessments[0].score, 4);
    storage::CustomerFilter search;
    search.search = "Erik";
    EXPECT_EQ(repo().customerCount(search), 0);
    search.search = "sailing";
    EXPECT_EQ(repo().customerCount(search), 0);
    EXPECT_EQ(repo().customerEvents(id).size(), 1U);
    EXPECT_TRUE(repo().check().ok());
}

TEST_F(DataCareTest, MergingKeepsACustomerInUseWhenEitherWasAndErasureKeepsTheArchive) {
    auto archivedOne = makeCustomer("Old record");
    archivedOne.archivedOn = Date::fromYmd(2024, 12, 31);
    const auto kept = repo().addCustomer(archivedOne);
    const auto merged = repo().addCustomer(makeCustomer("Current record"));
    repo().mergeCustomers(kept, merged, "tester");
    EXPECT_FALSE(repo().customer(kept)->archivedOn.has_value()) << "the merged record was in use";

    const auto gone = repo().addCustomer(archivedOne);
    repo().erasePersonalData(gone, "dpo");
    EXPECT_EQ(repo().customer(gone)->archivedOn, Date::fromYmd(2024, 12, 31));
    EXPECT_EQ(repo().customerCount({}), 1);
}
