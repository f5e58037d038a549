// The storage side of analytics: ladder overrides (schema v2) and the streaming reads over the whole base.
#include "storage/errors.h"
#include "storage/fixtures.h"
#include "storage/sqlite/schema.h"

#include <algorithm>

using namespace rapport;
using namespace rapport::test;
using core::Date;
using core::LadderStage;

namespace {
using LadderOverrideTest = RepositoryTest;
using StreamingReadTest = RepositoryTest;
/**
 * What v7 to v11 added, taken away again, so that a file written now stands for a v6 (and older) file: the scores
 * back in the customer's row, where v3 to v10 kept them.
 */
constexpr const char* kWithoutV7 =
    "DROP TRIGGER customer_score_row; DROP TABLE customer_score; ALTER TABLE customer ADD COLUMN score_stage TEXT; "
    "ALTER TABLE customer ADD COLUMN score_group INTEGER; ALTER TABLE customer ADD COLUMN score_churn TEXT; "
    "ALTER TABLE customer ADD COLUMN score_alive_ppm INTEGER; ALTER TABLE customer ADD COLUMN score_value INTEGER; "
    "CREATE INDEX customer_by_value ON customer (score_value, id); "
    "CREATE INDEX customer_by_alive ON customer (score_alive_ppm, id); DROP TABLE service_level_change; "
    "DROP TABLE service_level; DROP TABLE campaign_member; DROP TABLE campaign; DROP INDEX customer_by_name; ALTER "
    "TABLE customer DROP COLUMN "
    "name_sort_key; "
    "CREATE INDEX customer_by_name ON customer (display_name COLLATE NOCASE, id); "
    "DELETE FROM rapport_meta WHERE key IN ('collation', 'collation_version'); "
    "DROP TABLE anonymous_sale; DROP INDEX episode_cancels; DROP INDEX episode_by_reference; "
    "ALTER TABLE episode DROP COLUMN cancels_episode_id; ALTER TABLE episode DROP COLUMN line_count; "
    "ALTER TABLE episode DROP COLUMN reference; ";
} // namespace

TEST_F(LadderOverrideTest, SetReplaceAndClearKeepTheReason) {
    const auto id = repo().addCustomer(makeCustomer("Nowak sp. z o.o."));
    EXPECT_FALSE(repo().ladderOverride(id));
    core::LadderOverride set{id, LadderStage::Partner, "framework agreement signed 2025-03", Date::fromYmd(2025, 3, 4),
                             "anna"};
    repo().setLadderOverride(set);
    EXPECT_EQ(repo().ladderOverride(id), set);
    set.stage = LadderStage::Advocate;
    set.reason = "agreement ended; still recommends us";
    repo().setLadderOverride(set);
    reopen();
    EXPECT_EQ(repo().ladderOverride(id), set);
    repo().clearLadderOverride(id);
    EXPECT_FALSE(repo().ladderOverride(id));
}

TEST_F(LadderOverrideTest, RefusesAnOverrideWithoutReasonOrCustomer) {
    const auto id = repo().addCustomer(makeCustomer("Kowalska"));
    EXPECT_THROW(repo().setLadderOverride({id, LadderStage::Client, "  ", Date::fromYmd(2025, 1, 1), ""}),
                 core::ValidationError);
    EXPECT_THROW(repo().setLadderOverride({id + 100, LadderStage::Client, "why", Date::fromYmd(2025, 1, 1), ""}),
                 storage::NotFoundError);
    EXPECT_FALSE(repo().ladderOverride(id));
}

TEST_F(LadderOverrideTest, RemovingTheCustomerRemovesTheOverride) {
    const auto id = repo().addCustomer(makeCustomer("Svensson"));
    repo().setLadderOverride(
        {id, LadderStage::Supporter, "wrote to the press about us", Date::fromYmd(2025, 1, 1), ""});
    repo().removeCustomer(id);
    EXPECT_EQ(rawInt("SELECT count(*) FROM ladder_override"), 0);
}

TEST(SchemaMigration, AVersionOneFileGainsTheOverrideTableAndScoresAndKeepsItsData) {
    TempDir dir;
    const auto path = dir.file("v1.sqlite");
    {
        auto repository = storage::openRepository(path);
        const auto id = repository->addCustomer(makeCustomer("Before the upgrade"));
        repository->addEpisode(makePurchase(id, "2024-05-01", 12'345));
    }
    // What a v1 build left behind: the same file without the override table, score columns and event record.
    execRaw(path,
            std::string(kWithoutV7) +
                "DROP TABLE assessment; DROP INDEX customer_archived; ALTER TABLE customer DROP COLUMN archived_on; "
                "DROP TABLE customer_event; DROP TABLE ladder_override; DROP INDEX customer_by_value; DROP INDEX "
                "customer_by_alive; "
                "ALTER TABLE customer DROP COLUMN score_stage; ALTER TABLE customer DROP COLUMN score_group; "
                "ALTER TABLE customer DROP COLUMN score_churn; ALTER TABLE customer DROP COLUMN score_alive_ppm; "
                "ALTER TABLE customer DROP COLUMN score_value; ALTER TABLE customer DROP COLUMN shared; "
                "ALTER TABLE customer DROP COLUMN version; PRAGMA user_version = 1");
    auto repository = storage::openRepository(path);
    EXPECT_EQ(queryRawInt(path, "PRAGMA user_version"), storage::sqlite::kSchemaVersion);
    EXPECT_TRUE(repository->customerEvents(std::nullopt).empty());
    EXPECT_FALSE(repository->customerRow(1)->stage.has_value());
    repository->storeScores(std::vector<storage::CustomerScore>{{1, LadderStage::Customer, 2, {}, 0.5, {}}});
    EXPECT_EQ(repository->customerRow(1)->stage, LadderStage::Customer);
    EXPECT_EQ(repository->counts().customers, 1);
    EXPECT_EQ(repository->customerRow(1)->revenue, core::Money::fromMinor(12'345));
    repository->setLadderOverride({1, LadderStage::Client, "checked by hand", Date::fromYmd(2025, 1, 1), ""});
    EXPECT_TRUE(repository->check().ok());
}

TEST(SchemaMigration, AVersionThreeFileGainsTheEventRecordAndKeepsItsData) {
    TempDir dir;
    const auto path = dir.file("v3.sqlite");
    {
        auto repository = storage::openRepository(path);
        const auto id = repository->addCustomer(makeCustomer("Before the upgrade"));
        repository->addEpisode(makePurchase(id, "2024-05-01", 12'345));
    }
    execRaw(path,
            std::string(kWithoutV7) +
                "DROP TABLE assessment; DROP INDEX customer_archived; ALTER TABLE customer DROP COLUMN archived_on; "
                "DROP TABLE customer_event; ALTER TABLE customer DROP COLUMN shared; "
                "ALTER TABLE customer DROP COLUMN version; PRAGMA user_version = 3");
    auto repository = storage::openRepository(path);
    EXPECT_EQ(queryRawInt(path, "PRAGMA user_version"), storage::sqlite::kSchemaVersion);
    EXPECT_EQ(repository->customerRow(1)->revenue, core::Money::fromMinor(12'345));
    const auto erased = repository->erasePersonalData(1, "tester");
    EXPECT_EQ(repository->customerEvents(1).size(), 1U);
    EXPECT_EQ(erased.kind, "erasure");
    EXPECT_TRUE(repository->check().ok());
}

TEST(SchemaMigration, AVersionFourFileGainsSharingRowVersionsAndExportEvents) {
    TempDir dir;
    const auto path = dir.file("v4.sqlite");
    {
        auto repository = storage::openRepository(path);
        const auto id = repository->addCustomer(makeCustomer("Before the upgrade"));
        repository->addEpisode(makePurchase(id, "2024-05-01", 12'345));
        repository->mergeCustomers(id, repository->addCustomer(makeCustomer("Twin")), "tester");
    }
    // The v4 event table allowed only merges and erasures; the customer had no sharing flag or version.
    execRaw(path,
            std::string(kWithoutV7) +
                "DROP TABLE assessment; DROP INDEX customer_archived; ALTER TABLE customer DROP COLUMN archived_on; "
                "ALTER TABLE customer_event RENAME TO e; CREATE TABLE customer_event (id INTEGER PRIMARY KEY, "
                "kind TEXT NOT NULL CHECK (kind IN ('merge', 'erasure')), customer_id INTEGER NOT NULL, "
                "other_customer_id INTEGER, happened_at INTEGER NOT NULL, done_by TEXT NOT NULL DEFAULT '', "
                "details TEXT NOT NULL DEFAULT ''); INSERT INTO customer_event SELECT * FROM e; DROP TABLE e; "
                "ALTER TABLE customer DROP COLUMN shared; ALTER TABLE customer DROP COLUMN version; "
                "PRAGMA user_version = 4");
    auto repository = storage::openRepository(path);
    EXPECT_EQ(queryRawInt(path, "PRAGMA user_version"), storage::sqlite::kSchemaVersion);
    auto customer = *repository->customer(1);
    EXPECT_FALSE(customer.shared);
    EXPECT_EQ(customer.version.value, 1);
    customer.shared = true;
    repository->updateCustomer(customer);
    EXPECT_TRUE(repository->customer(1)->shared);
    EXPECT_THROW(repository->updateCustomer(customer), storage::ConflictError); // version 1 is no longer stored
    repository->recordPersonalDataExport(1, "tester");
    const auto events = repository->customerEvents(1);
    ASSERT_EQ(events.size(), 2U);
    EXPECT_EQ(events[0].kind, "merge");
    EXPECT_EQ(events[1].kind, "export");
    EXPECT_EQ(repository->customerRow(1)->revenue, core::Money::fromMinor(12'345));
    EXPECT_TRUE(repository->check().ok());
}

TEST_F(StreamingReadTest, EpisodesCustomersAndCostsComeInOrder) {
    const auto b = repo().addCustomer(makeCustomer("B"));
    const auto a = repo().addCustomer(makeCustomer("A"));
    repo().setLadderOverride({a, LadderStage::Partner, "joint product line", Date::fromYmd(2025, 1, 1), "jan"});
    repo().addEpisode(makePurchase(b, "2024-03-01", 5000, 1500));
    auto complaint = makeContact(a, "2024-02-01", core::EpisodeKind::Complaint);
    complaint.satisfaction = -2;
    complaint.critical = true;
    complaint.followUpOn = Date::fromYmd(2024, 2, 8);
    repo().addEpisode(complaint);
    repo().addEpisode(makePurchase(a, "2024-01-01", 1000, 200));
    repo().setRelationshipCost({b, 2024, core::CostLine::Delivery, core::Money::fromMinor(300)});
    repo().setRelationshipCost({a, 2023, core::CostLine::Other, core::Money::fromMinor(100)});

    std::vector<storage::CustomerFact> customers;
    repo().scanCustomerFacts([&](auto batch) {
        customers.insert(customers.end(), batch.begin(), batch.end());
        return true;
    });
    ASSERT_EQ(customers.size(), 2u);
    EXPECT_EQ(customers[0].id, b);
    EXPECT_FALSE(customers[0].ladderOverride);
    EXPECT_EQ(customers[1].ladderOverride, LadderStage::Partner);

    std::vector<storage::EpisodeFact> episodes;
    repo().scanEpisodeFacts([&](auto batch) {
        episodes.insert(episodes.end(), batch.begin(), batch.end());
        return true;
    });
    ASSERT_EQ(episodes.size(), 3u);
    EXPECT_EQ(episodes[0].customerId, b);
    EXPECT_EQ(episodes[0].revenueMinor, 5000);
    EXPECT_EQ(episodes[0].marginMinor, 1500);
    EXPECT_EQ(episodes[0].satisfaction, storage::EpisodeFact::kNoSatisfaction);
    EXPECT_EQ(episodes[1].customerId, a);
    EXPECT_EQ(episodes[1].kind, core::EpisodeKind::Purchase); // 2024-01-01 before the complaint
    EXPECT_EQ(episodes[2].kind, core::EpisodeKind::Complaint);
    EXPECT_EQ(episodes[2].satisfaction, -2);
    EXPECT_TRUE(episodes[2].critical);
    EXPECT_TRUE(episodes[2].followUpOpen);
    // A run of customers (an analysis reading on two connections): from an id, up to one (not included).
    const auto episodesOf = [&](storage::CustomerIdRange range) {
        std::vector<core::CustomerId> seen;
        repo().scanEpisodeFacts(
            [&](auto batch) {
                for (const auto& fact : batch) {
                    seen.push_back(fact.customerId);
                }
                return true;
            },
            storage::ArchiveFilter::Active, range);
        return seen;
    };
    EXPECT_EQ(episodesOf({a, storage::CustomerIdRange::kNoEnd}), (std::vector{a, a}));
    EXPECT_EQ(episodesOf({b, a}), (std::vector{b}));
    EXPECT_EQ(episodesOf({a + 1, storage::CustomerIdRange::kNoEnd}), std::vector<core::CustomerId>());

    std::vector<core::RelationshipCost> costs;
    repo().scanRelationshipCosts([&](auto batch) {
        costs.insert(costs.end(), batch.begin(), batch.end());
        return true;
    });
    ASSERT_EQ(costs.size(), 2u);
    EXPECT_EQ(costs[0].customerId, b);
    EXPECT_EQ(costs[1].amount, core::Money::fromMinor(100));
}

TEST_F(StreamingReadTest, ArchivedCustomersAreLeftOutOfEveryScanUnlessAskedFor) {
    const auto kept = repo().addCustomer(makeCustomer("In use"));
    auto gone = makeCustomer("Archived");
    gone.archivedOn = Date::fromYmd(2025, 6, 1);
    const auto archived = repo().addCustomer(gone);
    const auto later = repo().addCustomer(makeCustomer("Also in use"));
    for (const auto id : {kept, archived, later}) {
        repo().addEpisode(makePurchase(id, "2024-03-01", 1000 * id));
        repo().addEpisode(makeContact(id, "2024-04-01", core::EpisodeKind::Call));
        repo().setRelationshipCost({id, 2024, core::CostLine::Delivery, core::Money::fromMinor(10 * id)});
        core::ContactPerson left;
        left.customerId = id;
        left.name = "Former buyer";
        left.activeTo = Date::fromYmd(2024, 5, 1);
        repo().addContactPerson(left);
    }
    repo().storeScores(std::vector<storage::CustomerScore>{{kept, LadderStage::Client, 1, {}, {}, {}},
                                                           {archived, LadderStage::Client, 1, {}, {}, {}},
                                                           {later, LadderStage::Client, 1, {}, {}, {}}});
    using storage::ArchiveFilter;
    const auto customersOf = [&](auto scan) {
        std::vector<core::CustomerId> ids;
        scan([&](auto batch) {
            for (const auto& row : batch) {
                if constexpr (requires { row.id; }) {
                    ids.push_back(row.id);
                } else {
                    ids.push_back(row.customerId);
                }
            }
            return true;
        });
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return ids;
    };
    for (const auto archive : {ArchiveFilter::Active, ArchiveFilter::Archived, ArchiveFilter::All}) {
        const auto expected = archive == ArchiveFilter::Active     ? std::vector{kept, later}
                              : archive == ArchiveFilter::Archived ? std::vector{archived}
                                                                   : std::vector{kept, archived, later};
        EXPECT_EQ(customersOf([&](auto sink) {
                      repo().scanCustomerFacts(std::function<bool(std::span<const storage::CustomerFact>)>(sink),
                                               archive);
                  }),
                  expected);
        EXPECT_EQ(customersOf([&](auto sink) {
                      repo().scanPurchases(std::function<bool(std::span<const storage::PurchaseRecord>)>(sink),
                                           archive);
                  }),
                  expected);
        EXPECT_EQ(customersOf([&](auto sink) {
                      repo().scanEpisodeFacts(std::function<bool(std::span<const storage::EpisodeFact>)>(sink),
                                              archive);
                  }),
                  expected);
        EXPECT_EQ(customersOf([&](auto sink) {
                      repo().scanRelationshipCosts(std::function<bool(std::span<const core::RelationshipCost>)>(sink),
                                                   archive);
                  }),
                  expected);
        EXPECT_EQ(customersOf([&](auto sink) {
                      repo().scanCustomerScores(std::function<bool(std::span<const storage::CustomerScore>)>(sink),
                                                archive);
                  }),
                  expected);
        EXPECT_EQ(customersOf([&](auto sink) {
                      repo().scanDepartedContacts(std::function<bool(std::span<const storage::DepartedContact>)>(sink),
                                                  archive);
                  }),
                  expected);
    }
    // The default is the customers in use.
    std::int64_t revenue = 0;
    repo().scanPurchases([&](auto batch) {
        for (const auto& purchase : batch) {
            revenue += purchase.revenueMinor;
        }
        return true;
    });
    EXPECT_EQ(revenue, 1000 * (kept + later));
    EXPECT_EQ(repo().counts().episodes, 6) << "counts take every row";
}

TEST_F(StreamingReadTest, ScoresAndTheContactPersonsWhoLeftStreamInCustomerOrder) {
    const auto a = repo().addCustomer(makeCustomer("Nowak sp. z o.o."));
    const auto b = repo().addCustomer(makeCustomer("Never scored"));
    const auto c = repo().addCustomer(makeCustomer("Svensson AB"));
    repo().storeScores(std::vector<storage::CustomerScore>{
        {c, LadderStage::Supporter, 3, core::ChurnStatus::AtRisk, 0.25, core::Money::fromMinor(123'456)},
        {a, LadderStage::Client, 1, {}, {}, {}}});
    std::vector<storage::CustomerScore> scores;
    repo().scanCustomerScores([&](auto batch) {
        scores.insert(scores.end(), batch.begin(), batch.end());
        return true;
    });
    ASSERT_EQ(scores.size(), 2u) << "a customer the analysis did not score is left out";
    EXPECT_EQ(scores[0].id, a);
    EXPECT_EQ(scores[0].fourGroup, 1);
    EXPECT_FALSE(scores[0].predictedValue);
    EXPECT_EQ(scores[1].id, c);
    EXPECT_EQ(scores[1].stage, LadderStage::Supporter);
    EXPECT_EQ(scores[1].churnStatus, core::ChurnStatus::AtRisk);
    EXPECT_DOUBLE_EQ(*scores[1].probabilityAlive, 0.25);
    EXPECT_EQ(scores[1].predictedValue, core::Money::fromMinor(123'456));

    const auto person = [&](core::CustomerId id, const std::string& name, std::optional<Date> left, bool decides) {
        core::ContactPerson p;
        p.customerId = id;
        p.name = name;
        p.role = "purchasing manager";
        p.decisionMaker = decides;
        p.activeTo = left;
        repo().addContactPerson(p);
    };
    person(c, "Karin", Date::fromYmd(2025, 9, 1), true);
    person(a, "Still here", std::nullopt, true);
    person(a, "Jan", Date::fromYmd(2025, 3, 1), false);
    person(b, "Olga", Date::fromYmd(2024, 1, 1), false);
    std::vector<storage::DepartedContact> left;
    repo().scanDepartedContacts([&](auto batch) {
        left.insert(left.end(), batch.begin(), batch.end());
        return true;
    });
    ASSERT_EQ(left.size(), 3u) << "only those with an end date";
    EXPECT_EQ(left[0].customerId, a);
    EXPECT_EQ(left[0].name, "Jan");
    EXPECT_EQ(left[0].role, "purchasing manager");
    EXPECT_EQ(left[0].leftOn, Date::fromYmd(2025, 3, 1));
    EXPECT_FALSE(left[0].decisionMaker);
    EXPECT_EQ(left[1].customerId, b);
    EXPECT_EQ(left[2].customerId, c);
    EXPECT_TRUE(left[2].decisionMaker);
}

TEST_F(StreamingReadTest, CustomerKnowledgeSaysWhatIsRecordedOfEachCustomer) {
    const Date today = Date::fromYmd(2026, 6, 1);
    auto org = makeCustomer("Hurtownia Alfa");
    org.kind = core::CustomerKind::Organisation;
    org.market = core::Market::B2B;
    org.segment = "wholesale";
    org.address.region = "Mazowieckie";
    org.owner = "anna";
    org.acquisitionChannel = core::Channel::Event;
    org.acquisitionCost = core::Money::fromMinor(500);
    org.tags = {"organic", "bulk"};
    const auto alfa = repo().addCustomer(org);
    repo().addEpisode(makePurchase(alfa, "2026-01-10", 1'000, 300));
    auto complaint = makeContact(alfa, "2026-02-01", core::EpisodeKind::Complaint);
    complaint.satisfaction = 1;
    repo().addEpisode(complaint);
    core::ContactPerson buyer;
    buyer.customerId = alfa;
    buyer.name = "Jan Buyer";
    buyer.decisionMaker = true;
    buyer.activeFrom = Date::fromYmd(2025, 9, 1);
    repo().addContactPerson(buyer);
    repo().addAssessment({0, alfa, core::AssessmentComponent::AlternativesKnown, Date::fromYmd(2026, 3, 1), 4, "", ""});
    repo().setRelationshipCost({alfa, 2026, core::CostLine::Delivery, core::Money::fromMinor(50)});
    storage::CustomerScore score;
    score.id = alfa;
    score.fourGroup = 1;
    score.churnStatus = core::ChurnStatus::Active;
    score.predictedValue = core::Money::fromMinor(2'000);
    repo().storeScores(std::vector{score});

    auto person = makeCustomer("Beta Person");
    person.incomeBand = core::IncomeBand::High;
    person.householdSize = 2;
    const auto beta = repo().addCustomer(person);
    auto noMargin = makePurchase(beta, "2026-01-11", 400);
    noMargin.margin.reset();
    repo().addEpisode(noMargin);
    core::ContactPerson former; // a decision maker who left before today: no longer counts
    former.customerId = beta;
    former.name = "Former";
    former.decisionMaker = true;
    former.activeFrom = Date::fromYmd(2024, 1, 1);
    former.activeTo = Date::fromYmd(2025, 12, 31);
    repo().addContactPerson(former);
    repo().addAssessment({0, beta, core::AssessmentComponent::PerceivedValue, Date::fromYmd(2026, 3, 1), 3, "", ""});
    core::Partnership rival;
    rival.partnerName = "Beta as a rival";
    rival.partnerCustomerId = beta;
    rival.direction = core::PartnerDirection::Competitor;
    rival.form = core::PartnershipForm::Other;
    rival.stageHistory = {{core::PartnershipStage::Formation, Date::fromYmd(2025, 1, 1), ""}};
    repo().addPartnership(rival);

    std::vector<storage::CustomerKnowledge> seen;
    repo().scanCustomerKnowledge(
        [&](std::span<const storage::CustomerKnowledge> batch) {
            seen.insert(seen.end(), batch.begin(), batch.end());
            return true;
        },
        today);
    ASSERT_EQ(seen.size(), 2U);
    const auto& a = seen[0];
    EXPECT_EQ(a.id, alfa);
    EXPECT_EQ(a.displayName, "Hurtownia Alfa");
    EXPECT_EQ(a.kind, core::CustomerKind::Organisation);
    EXPECT_EQ(a.segment, "wholesale");
    EXPECT_EQ(a.region, "Mazowieckie");
    EXPECT_EQ(a.owner, "anna");
    EXPECT_EQ(a.acquisitionChannel, core::Channel::Event);
    EXPECT_EQ(a.acquisitionCostMinor, 500);
    EXPECT_EQ(a.tagCount, 2);
    EXPECT_EQ(a.revenueMinor, 1'000);
    EXPECT_EQ(a.marginMinor, 300);
    EXPECT_EQ(a.purchaseCount, 1);
    EXPECT_EQ(a.scoreGroup, 1);
    EXPECT_EQ(a.scoreChurn, core::ChurnStatus::Active);
    EXPECT_EQ(a.predictedValueMinor, 2'000);
    EXPECT_TRUE(a.purchaseWithMargin);
    EXPECT_TRUE(a.ratedEpisode);
    EXPECT_TRUE(a.activeContactPerson);
    EXPECT_TRUE(a.activeDecisionMaker);
    EXPECT_TRUE(a.alternativesAssessed);
    EXPECT_FALSE(a.perceivedValueAssessed);
    EXPECT_FALSE(a.competitorPartnership);
    EXPECT_TRUE(a.relationshipCosts);

    const auto& b = seen[1];
    EXPECT_EQ(b.id, beta);
    EXPECT_EQ(b.incomeBand, core::IncomeBand::High);
    EXPECT_EQ(b.householdSize, 2);
    EXPECT_EQ(b.tagCount, 0);
    EXPECT_FALSE(b.acquisitionChannel);
    EXPECT_FALSE(b.scoreGroup);
    EXPECT_FALSE(b.predictedValueMinor);
    EXPECT_FALSE(b.purchaseWithMargin);
    EXPECT_FALSE(b.ratedEpisode);
    EXPECT_FALSE(b.activeContactPerson) << "the contact person left before the day asked";
    EXPECT_FALSE(b.activeDecisionMaker);
    EXPECT_FALSE(b.alternativesAssessed);
    EXPECT_TRUE(b.perceivedValueAssessed);
    EXPECT_TRUE(b.competitorPartnership);
    EXPECT_FALSE(b.relationshipCosts);

    // On a day the former contact person was still there, they count.
    seen.clear();
    repo().scanCustomerKnowledge(
        [&](std::span<const storage::CustomerKnowledge> batch) {
            seen.insert(seen.end(), batch.begin(), batch.end());
            return true;
        },
        Date::fromYmd(2025, 6, 1));
    EXPECT_TRUE(seen[1].activeDecisionMaker);
    EXPECT_FALSE(seen[0].activeDecisionMaker) << "Jan Buyer starts in September 2025";
}
