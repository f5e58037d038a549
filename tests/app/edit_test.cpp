// Every kind of edit a user makes, through the application layer both front ends call: do, undo and redo
// restore exactly the stored rows (the rows are compared, not counted); a failure half-way writes nothing;
// an undo over someone else's later change is refused. Runs on an SQLite file and on the PostgreSQL test server.
#include "app/assessment_edits.h"
#include "app/collation.h"
#include "app/customer_edits.h"
#include "app/database_summary.h"
#include "app/relationship_edits.h"
#include "core/validation.h"
#include "storage/errors.h"
#include "support/test_database.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <sstream>
#include <thread>

namespace rapport::app {
namespace {

using core::Date;
using core::Money;

/** Everything stored about one customer, plus every partnership: what an edit may change. */
struct Stored {
    std::optional<core::Customer> customer;
    std::vector<core::ContactPerson> people;
    std::vector<core::Episode> episodes;
    std::vector<core::Task> tasks;
    std::vector<core::RelationshipCost> costs;
    std::vector<core::ChurnRecord> churn;
    std::optional<core::LadderOverride> ladder;
    std::vector<core::Partnership> partnerships;
    std::vector<core::Assessment> assessments;
    bool operator==(const Stored&) const = default;
};

Stored read(storage::Repository& r, core::CustomerId id) {
    Stored s;
    s.customer = r.customer(id);
    s.people = r.contactPersons(id);
    storage::EpisodeQuery query;
    query.customerId = id;
    query.limit = 1000;
    s.episodes = r.episodes(query).rows;
    s.tasks = r.tasks(id);
    s.costs = r.relationshipCosts(id);
    s.churn = r.churnRecords(id);
    s.ladder = r.ladderOverride(id);
    s.partnerships = r.partnerships();
    s.assessments = r.assessments(id);
    return s;
}

core::Customer organisation(const std::string& name) {
    core::Customer c;
    c.kind = core::CustomerKind::Organisation;
    c.market = core::Market::B2B;
    c.displayName = name;
    c.address.city = "Kraków";
    c.emails = {{"biuro@" + std::to_string(name.size()) + ".example", ""}};
    c.owner = "Anna Nowak";
    return c;
}

core::ContactPerson person(core::CustomerId customer, const std::string& name, const std::string& role, bool decides) {
    core::ContactPerson p;
    p.customerId = customer;
    p.name = name;
    p.role = role;
    p.decisionMaker = decides;
    p.emails = {{"jan@firma.example", "work"}};
    p.activeFrom = Date::fromYmd(2024, 1, 1);
    return p;
}

class EditTest : public ::testing::Test {
protected:
    void SetUp() override {
        repository = storage::openRepository(database.location());
        customerId = repository->addCustomer(organisation("Sokół Trade"));
    }

    /** Applies, undoes and redoes an edit, checking the stored rows at each step; returns the edit applied. */
    Edit roundTrip(Edit edit, core::CustomerId id) {
        const auto before = read(*repository, id);
        edit.apply(*repository);
        const auto after = read(*repository, id);
        EXPECT_NE(after, before) << "the edit changed nothing";
        edit.revert(*repository);
        EXPECT_EQ(read(*repository, id), before) << "undo did not restore the stored rows";
        edit.apply(*repository);
        EXPECT_EQ(read(*repository, id), after) << "redo did not store the same rows again";
        return edit;
    }

    test::TestDatabase database;
    std::unique_ptr<storage::Repository> repository;
    core::CustomerId customerId = 0;
};

TEST_F(EditTest, ANewCustomerComesBackUnderTheSameIdOnRedo) {
    auto edit = createCustomer(organisation("Nowa Firma"));
    edit.apply(*repository);
    const auto id = edit.after<core::Customer>()->id;
    ASSERT_NE(id, 0);
    EXPECT_EQ(repository->customer(id)->displayName, "Nowa Firma");
    edit.revert(*repository);
    EXPECT_FALSE(repository->customer(id).has_value());
    edit.apply(*repository);
    ASSERT_TRUE(repository->customer(id).has_value());
    EXPECT_EQ(*repository->customer(id), *edit.after<core::Customer>());
}

TEST_F(EditTest, UndoingACreationNeverRemovesEpisodesLoggedSince) {
    auto edit = createCustomer(organisation("Nowa Firma"));
    edit.apply(*repository);
    const auto id = edit.after<core::Customer>()->id;
    core::Episode call;
    call.customerId = id;
    call.occurredOn = Date::fromYmd(2026, 11, 30);
    call.kind = core::EpisodeKind::Call;
    call.channel = core::Channel::Phone;
    repository->addEpisode(call); // a colleague, or an import
    const auto before = read(*repository, id);
    EXPECT_THROW(edit.revert(*repository), RefusedError);
    EXPECT_EQ(read(*repository, id), before);
}

TEST_F(EditTest, ANewCustomerWithoutANameIsRefusedNamingTheField) {
    auto nameless = organisation(" ");
    try {
        (void)createCustomer(nameless);
        FAIL() << "a customer without a name was accepted";
    } catch (const core::ValidationError& error) {
        ASSERT_FALSE(error.errors().empty());
        EXPECT_EQ(error.errors().front().field, "display_name");
    }
}

TEST_F(EditTest, ABulkChangeOfCustomersIsOneTransaction) {
    const auto otherId = repository->addCustomer(organisation("Druga Firma"));
    const auto first = *repository->customer(customerId);
    const auto second = *repository->customer(otherId);
    auto firstAfter = first;
    firstAfter.segment = "Wholesale";
    auto secondAfter = second;
    secondAfter.segment = "Wholesale";
    auto edit = changeCustomers({first, second}, {firstAfter, secondAfter});

    // Someone else changes the second customer first: the edit stops there and the first stays as it was.
    auto theirs = second;
    theirs.notes = "changed by a colleague";
    repository->updateCustomer(theirs);
    EXPECT_THROW(edit.apply(*repository), storage::ConflictError);
    EXPECT_EQ(repository->customer(customerId)->segment, "");
    EXPECT_EQ(repository->customer(otherId)->notes, "changed by a colleague");
}

TEST_F(EditTest, ACustomerChangeRoundTrips) {
    const auto before = *repository->customer(customerId);
    auto after = before;
    after.displayName = "Sokół Trade Sp. z o.o.";
    after.phones = {{"+48 12 555 01 02", "office"}};
    roundTrip(changeCustomers({before}, {after}), customerId);
}

TEST_F(EditTest, AnUndoOverSomeoneElsesLaterChangeIsRefusedAndKeepsIt) {
    const auto before = *repository->customer(customerId);
    auto after = before;
    after.segment = "Retail";
    auto edit = changeCustomers({before}, {after});
    edit.apply(*repository);
    auto theirs = *repository->customer(customerId);
    theirs.owner = "Piotr Zieliński";
    repository->updateCustomer(theirs);
    EXPECT_THROW(edit.revert(*repository), storage::ConflictError);
    EXPECT_EQ(*repository->customer(customerId), theirs);
}

TEST_F(EditTest, AfterAConflictMineCanBeWrittenOverTheirsAndUndoBringsTheirsBack) {
    auto jan = person(customerId, "Jan Kowalski", "Owner", false);
    jan.id = repository->addContactPerson(jan);
    auto mine = jan;
    mine.phones = {{"+48 601 000 111", "mobile"}};
    auto edit = saveContactPerson(jan, mine, Date::fromYmd(2026, 11, 30), "", "Anna");
    auto theirs = jan;
    theirs.notes = "prefers e-mail";
    repository->updateContactPerson(theirs); // a colleague saved first
    EXPECT_THROW(edit.apply(*repository), storage::ConflictError);
    EXPECT_EQ(repository->contactPersons(customerId).front(), theirs);

    edit.rebase(*repository); // the user chose to keep their own change
    edit.apply(*repository);
    EXPECT_EQ(repository->contactPersons(customerId).front(), mine);
    edit.revert(*repository);
    EXPECT_EQ(repository->contactPersons(customerId).front(), theirs) << "undo must bring back what was stored";
}

TEST_F(EditTest, DeletingACustomerAndUndoingBringsBackEverythingUnderTheSameIds) {
    const auto personId = repository->addContactPerson(person(customerId, "Jan Kowalski", "Owner", true));
    repository->addTask({0, customerId, "Call about the contract", Date::fromYmd(2026, 12, 1), false, "Anna", ""});
    repository->setRelationshipCost({customerId, 2026, core::CostLine::Delivery, Money::fromMinor(12000)});
    repository->addChurnRecord(
        {0, customerId, Date::fromYmd(2026, 10, 1), "moved", "to Gdańsk", 0, core::WinBackOutcome::None});
    repository->setLadderOverride(
        {customerId, core::LadderStage::Partner, "framework agreement", Date::fromYmd(2026, 1, 1), "Anna"});
    core::Partnership partnership;
    partnership.partnerName = "Sokół Trade";
    partnership.partnerCustomerId = customerId;
    partnership.stageHistory = {{core::PartnershipStage::Formation, Date::fromYmd(2025, 1, 1), ""}};
    repository->addPartnership(partnership);
    repository->addAssessment({0, customerId, core::AssessmentComponent::PerceivedValue, Date::fromYmd(2026, 3, 1), 3,
                               "fair for what they get", "Anna"});
    ASSERT_NE(personId, 0);

    const auto before = read(*repository, customerId);
    auto edit = deleteCustomer(*repository, customerId);
    edit.apply(*repository);
    EXPECT_FALSE(repository->customer(customerId).has_value());
    EXPECT_TRUE(repository->contactPersons(customerId).empty());
    EXPECT_FALSE(repository->partnerships().front().partnerCustomerId.has_value());
    EXPECT_TRUE(repository->assessments(customerId).empty());
    edit.revert(*repository);
    EXPECT_EQ(read(*repository, customerId), before);
    edit.apply(*repository);
    EXPECT_FALSE(repository->customer(customerId).has_value());
}

TEST_F(EditTest, ACustomerWithEpisodesIsNotDeleted) {
    core::Episode call;
    call.customerId = customerId;
    call.occurredOn = Date::fromYmd(2026, 11, 2);
    call.kind = core::EpisodeKind::Call;
    call.channel = core::Channel::Phone;
    repository->addEpisode(call);
    EXPECT_THROW((void)deleteCustomer(*repository, customerId), RefusedError);
    EXPECT_TRUE(repository->customer(customerId).has_value());
}

TEST_F(EditTest, ANewDecisionMakerIsRecordedAsAnEpisode) {
    auto edit =
        roundTrip(saveContactPerson(std::nullopt, person(customerId, "Jan Kowalski", "Kierownik zakupów", false),
                                    Date::fromYmd(2026, 11, 30), "New purchasing manager: Jan Kowalski", "Anna"),
                  customerId);
    const auto* episode = edit.after<core::Episode>();
    ASSERT_NE(episode, nullptr) << "a purchasing manager's arrival was not recorded";
    EXPECT_TRUE(episode->critical);
    EXPECT_EQ(episode->notes, "New purchasing manager: Jan Kowalski");
    const auto stored = repository->contactPersons(customerId);
    ASSERT_EQ(stored.size(), 1U);
    EXPECT_EQ(stored.front().name, "Jan Kowalski");
}

TEST_F(EditTest, AContactWhoDoesNotDecideAddsNoEpisode) {
    auto edit = saveContactPerson(std::nullopt, person(customerId, "Ewa Nowak", "Accountant", false),
                                  Date::fromYmd(2026, 11, 30), "", "Anna");
    edit.apply(*repository);
    EXPECT_EQ(edit.after<core::Episode>(), nullptr);
    EXPECT_EQ(repository->customerRow(customerId)->episodes, 0);
}

TEST_F(EditTest, EndingADecisionMakersRoleKeepsTheHistoryAndRecordsTheChange) {
    auto jan = person(customerId, "Jan Kowalski", "Owner", true);
    jan.id = repository->addContactPerson(jan);
    auto edit = roundTrip(endContactRole(jan, Date::fromYmd(2026, 11, 15), "Jan Kowalski left", "Anna"), customerId);
    const auto stored = repository->contactPersons(customerId);
    ASSERT_EQ(stored.size(), 1U);
    EXPECT_EQ(stored.front().activeTo, Date::fromYmd(2026, 11, 15));
    ASSERT_NE(edit.after<core::Episode>(), nullptr);
    EXPECT_EQ(edit.after<core::Episode>()->occurredOn, Date::fromYmd(2026, 11, 15));
}

TEST_F(EditTest, AFailureHalfWayWritesNothing) {
    // The person is added first; the episode after it is not valid when written, so neither may land.
    auto jan = person(customerId, "Jan Kowalski", "Owner", true);
    jan.id = repository->addContactPerson(jan);
    const auto before = read(*repository, customerId);
    Edit edit;
    auto ended = jan;
    ended.activeTo = Date::fromYmd(2026, 11, 15);
    edit.replace(jan, ended);
    core::Episode broken;
    broken.customerId = customerId;
    broken.occurredOn = Date::fromYmd(2026, 11, 15);
    broken.kind = core::EpisodeKind::Purchase; // a purchase without revenue: refused by validation
    edit.add(broken);
    EXPECT_ANY_THROW(edit.apply(*repository));
    EXPECT_EQ(read(*repository, customerId), before);
}

TEST_F(EditTest, ALostCustomerWithAWinBackAttemptAndItsOutcome) {
    core::ChurnRecord record{0,
                             customerId,
                             Date::fromYmd(2026, 9, 30),
                             "lower_prices",
                             "went to a discounter",
                             0,
                             core::WinBackOutcome::None};
    auto recorded = roundTrip(recordLostCustomer(record), customerId);
    const auto stored = *recorded.after<core::ChurnRecord>();
    EXPECT_EQ(repository->churnRecords(customerId).front(), stored);

    core::Episode offer;
    offer.occurredOn = Date::fromYmd(2026, 10, 15);
    offer.kind = core::EpisodeKind::Offer;
    offer.channel = core::Channel::Phone;
    offer.notes = "10 % off the next order";
    auto attempt = roundTrip(logWinBackAttempt(stored, offer), customerId);
    const auto afterAttempt = repository->churnRecords(customerId).front();
    EXPECT_EQ(afterAttempt.winBackAttempts, 1);
    EXPECT_EQ(afterAttempt.outcome, core::WinBackOutcome::Pending);

    roundTrip(setWinBackOutcome(afterAttempt, core::WinBackOutcome::WonBack, "ordered again"), customerId);
    EXPECT_EQ(repository->churnRecords(customerId).front().outcome, core::WinBackOutcome::WonBack);
}

TEST_F(EditTest, ACostSpreadOverASelectionAddsUpAndUndoes) {
    const auto second = repository->addCustomer(organisation("Druga Firma"));
    const auto third = repository->addCustomer(organisation("Trzecia Firma"));
    repository->setRelationshipCost({customerId, 2026, core::CostLine::DatabaseUpkeep, Money::fromMinor(500)});
    const std::vector<core::CustomerId> selection{customerId, second, third};
    const auto costs = spreadCost(selection, 2026, core::CostLine::DatabaseUpkeep, Money::fromMinor(10000));
    ASSERT_EQ(costs.size(), 3U);
    EXPECT_EQ(costs[0].amount.minor() + costs[1].amount.minor() + costs[2].amount.minor(), 10000);
    EXPECT_EQ(costs[0].amount.minor(), 3334);

    const auto before = std::vector{read(*repository, customerId), read(*repository, second), read(*repository, third)};
    auto edit = setRelationshipCosts(*repository, costs);
    edit.apply(*repository);
    EXPECT_EQ(repository->relationshipCosts(customerId).front().amount.minor(), 3334);
    EXPECT_EQ(repository->relationshipCosts(third).front().amount.minor(), 3333);
    edit.revert(*repository);
    EXPECT_EQ((std::vector{read(*repository, customerId), read(*repository, second), read(*repository, third)}),
              before);

    roundTrip(removeRelationshipCost(repository->relationshipCosts(customerId).front()), customerId);
}

TEST_F(EditTest, APartnershipMovesThroughItsLifecycleWithHistory) {
    core::Partnership p;
    p.partnerName = "Hurtownia Kowalski";
    p.partnerCustomerId = customerId;
    p.direction = core::PartnerDirection::Supplier;
    p.form = core::PartnershipForm::SupplyContract;
    p.bonds = {core::Bond::Legal, core::Bond::Economic};
    p.valueShared = Money::fromMinor(2500000);
    p.stageHistory = {{core::PartnershipStage::Formation, Date::fromYmd(2026, 1, 10), "first talks"}};
    auto added = roundTrip(addPartnership(p), customerId);
    const auto stored = *added.after<core::Partnership>();
    auto moved = roundTrip(
        movePartnershipStage(stored, core::PartnershipStage::Experimentation, Date::fromYmd(2026, 3, 1), "pilot order"),
        customerId);
    const auto pilot = *moved.after<core::Partnership>();
    roundTrip(endPartnership(pilot, Date::fromYmd(2026, 11, 1), "quality problems"), customerId);
    const auto ended = *repository->partnership(stored.id);
    ASSERT_EQ(ended.stageHistory.size(), 3U);
    EXPECT_EQ(ended.stage(), core::PartnershipStage::Rupture);
    EXPECT_EQ(ended.endedOn, Date::fromYmd(2026, 11, 1));
    EXPECT_EQ(ended.stageHistory[1].note, "pilot order");
}

TEST_F(EditTest, ATaskIsAddedAndDone) {
    auto added = roundTrip(addTask({0, customerId, "Send the offer", Date::fromYmd(2026, 12, 2), false, "Anna", ""}),
                           customerId);
    auto done = *added.after<core::Task>();
    auto after = done;
    after.done = true;
    roundTrip(changeTask(done, after), customerId);
    EXPECT_TRUE(repository->tasks(customerId).front().done);
}

TEST_F(EditTest, AnEpisodeAndALadderStageRoundTrip) {
    core::Episode meeting;
    meeting.customerId = customerId;
    meeting.occurredOn = Date::fromYmd(2026, 11, 20);
    meeting.kind = core::EpisodeKind::Meeting;
    meeting.channel = core::Channel::Meeting;
    meeting.followUpOn = Date::fromYmd(2026, 12, 1);
    auto added = roundTrip(addEpisode(meeting), customerId);
    auto stored = *added.after<core::Episode>();
    auto changed = stored;
    changed.followUpDone = true;
    roundTrip(changeEpisode(stored, changed), customerId);

    core::LadderOverride stage{customerId, core::LadderStage::Advocate, "refers friends", Date::fromYmd(2026, 11, 1),
                               "Anna"};
    roundTrip(setLadderOverride(customerId, std::nullopt, stage), customerId);
    auto later = stage;
    later.stage = core::LadderStage::Partner;
    roundTrip(setLadderOverride(customerId, stage, later), customerId);
    roundTrip(setLadderOverride(customerId, later, std::nullopt), customerId);
}

TEST_F(EditTest, AnInvoiceAndTheCancellationThatNamesItRoundTripWithTheirDocument) {
    core::Episode invoice;
    invoice.customerId = customerId;
    invoice.occurredOn = Date::fromYmd(2010, 12, 1);
    invoice.kind = core::EpisodeKind::Purchase;
    invoice.channel = core::Channel::WebForm;
    invoice.revenue = Money::fromMinor(13'950);
    invoice.reference = "536365";
    invoice.lineCount = 7;
    const auto storedInvoice = *roundTrip(addEpisode(invoice), customerId).after<core::Episode>();
    EXPECT_EQ(storedInvoice.reference, "536365");
    auto cancellation = invoice;
    cancellation.kind = core::EpisodeKind::Return;
    cancellation.occurredOn = Date::fromYmd(2010, 12, 3);
    cancellation.revenue = Money::fromMinor(-13'950);
    cancellation.reference = "C536365";
    cancellation.lineCount = 2;
    cancellation.cancels = storedInvoice.id;
    const auto stored = *roundTrip(addEpisode(cancellation), customerId).after<core::Episode>();
    EXPECT_EQ(stored.cancels, storedInvoice.id);
    auto unlinked = stored;
    unlinked.cancels.reset();
    unlinked.reference = "C536365-A";
    unlinked.lineCount = 3;
    roundTrip(changeEpisode(stored, unlinked), customerId);
}

TEST_F(EditTest, TheDatabaseSummaryShowsAnonymousSalesOnlyWhenThereAreAny) {
    std::ostringstream without;
    printDatabaseSummary(*repository, without, 1);
    EXPECT_EQ(without.str().find("Anonymous sales"), std::string::npos) << without.str();
    core::AnonymousSale sale;
    sale.occurredOn = Date::fromYmd(2010, 12, 1);
    sale.revenue = Money::fromMinor(5'025);
    sale.reference = "536544";
    sale.customerText = "(blank)";
    auto writer = repository->beginBulk({});
    writer->addAnonymousSale(sale);
    writer->addAnonymousSale(sale);
    writer->commit();
    writer.reset();
    std::ostringstream with;
    printDatabaseSummary(*repository, with, 1);
    EXPECT_NE(with.str().find("Anonymous sales: 2 (revenue 100.50, not counted as customers)"), std::string::npos)
        << with.str();
}

} // namespace
} // namespace rapport::app

namespace rapport::app {
namespace {

std::vector<core::CustomerId> listed(storage::Repository& r, storage::ArchiveFilter archive) {
    storage::CustomerPageRequest request;
    request.filter.archive = archive;
    request.sort = storage::CustomerSort::Id;
    std::vector<core::CustomerId> ids;
    for (const auto& row : r.customerPage(request).rows) {
        ids.push_back(row.id);
    }
    return ids;
}

std::vector<core::CustomerId> buyers(storage::Repository& r) {
    std::vector<core::CustomerId> ids;
    r.scanPurchases([&](std::span<const storage::PurchaseRecord> batch) {
        for (const auto& purchase : batch) {
            if (ids.empty() || ids.back() != purchase.customerId) {
                ids.push_back(purchase.customerId);
            }
        }
        return true;
    });
    return ids;
}

TEST_F(EditTest, ArchivingHidesCustomersFromListsAndAnalysesAndRestoringBringsThemBack) {
    const auto otherId = repository->addCustomer(organisation("Druga Firma"));
    for (const auto id : {customerId, otherId}) {
        core::Episode sale;
        sale.customerId = id;
        sale.occurredOn = Date::fromYmd(2026, 5, 1);
        sale.kind = core::EpisodeKind::Purchase;
        sale.channel = core::Channel::PointOfSale;
        sale.revenue = Money::fromMinor(5000);
        repository->addEpisode(sale);
    }
    using storage::ArchiveFilter;
    auto archive =
        roundTrip(archiveCustomers({*repository->customer(customerId)}, Date::fromYmd(2026, 11, 30)), customerId);
    EXPECT_EQ(repository->customer(customerId)->archivedOn, Date::fromYmd(2026, 11, 30));
    EXPECT_EQ(listed(*repository, ArchiveFilter::Active), std::vector{otherId});
    EXPECT_EQ(listed(*repository, ArchiveFilter::Archived), std::vector{customerId});
    EXPECT_EQ(listed(*repository, ArchiveFilter::All), (std::vector{customerId, otherId}));
    EXPECT_EQ(buyers(*repository), std::vector{otherId}) << "an archived customer's purchases leave the analyses";
    EXPECT_EQ(repository->customerRow(customerId)->archivedOn, Date::fromYmd(2026, 11, 30));

    // Archiving again keeps the first day; restoring brings the customer back into lists and analyses.
    EXPECT_TRUE(archiveCustomers({*repository->customer(customerId)}, Date::fromYmd(2026, 12, 5)).empty());
    roundTrip(restoreCustomers({*repository->customer(customerId), *repository->customer(otherId)}), customerId);
    EXPECT_FALSE(repository->customer(customerId)->archivedOn.has_value());
    EXPECT_EQ(listed(*repository, ArchiveFilter::Active), (std::vector{customerId, otherId}));
    EXPECT_EQ(buyers(*repository), (std::vector{customerId, otherId}));
    // The archive's own undo, after the restore: the customer is no longer as the archive left it.
    EXPECT_THROW(archive.revert(*repository), storage::ConflictError);
    EXPECT_FALSE(repository->customer(customerId)->archivedOn.has_value());
}

TEST_F(EditTest, ArchivingSeveralIsOneTransactionAndStopsAtAColleaguesChange) {
    const auto otherId = repository->addCustomer(organisation("Druga Firma"));
    const auto first = *repository->customer(customerId);
    const auto second = *repository->customer(otherId);
    auto theirs = second;
    theirs.notes = "still ordering, do not archive";
    repository->updateCustomer(theirs);
    EXPECT_THROW(archiveCustomers({first, second}, Date::fromYmd(2026, 11, 30)).apply(*repository),
                 storage::ConflictError);
    EXPECT_FALSE(repository->customer(customerId)->archivedOn.has_value());
    EXPECT_EQ(repository->customer(otherId)->notes, theirs.notes);
}

TEST_F(EditTest, AnAssessmentIsAddedCorrectedAndRemoved) {
    core::Assessment assessment{0,
                                customerId,
                                core::AssessmentComponent::Patronage,
                                Date::fromYmd(2026, 11, 2),
                                2,
                                "buys most coffee elsewhere",
                                "Anna"};
    auto added = roundTrip(addAssessment(assessment), customerId);
    const auto stored = *added.after<core::Assessment>();
    ASSERT_NE(stored.id, 0);
    EXPECT_EQ(repository->assessments(customerId), std::vector{stored});
    EXPECT_EQ(added.customers(), std::vector{customerId});

    auto corrected = stored;
    corrected.score = 3;
    corrected.note = "buys most coffee elsewhere, tea from us";
    roundTrip(changeAssessment(stored, corrected), customerId);
    EXPECT_EQ(repository->assessments(customerId).front().score, 3);

    auto later = assessment;
    later.assessedOn = Date::fromYmd(2026, 11, 30);
    later.score = 4;
    roundTrip(addAssessment(later), customerId);
    const auto history = repository->assessments(customerId);
    ASSERT_EQ(history.size(), 2U);
    EXPECT_EQ(history.front().score, 4); // newest first
    EXPECT_EQ(latestAssessments(history).size(), 1U);
    EXPECT_EQ(latestAssessments(history).front().score, 4);

    roundTrip(removeAssessment(history.back()), customerId);
    EXPECT_EQ(repository->assessments(customerId).size(), 1U);

    auto offScale = assessment;
    offScale.score = 6;
    EXPECT_THROW((void)addAssessment(offScale), core::ValidationError);
}

TEST_F(EditTest, ACorrectionOverAColleaguesNewerAssessmentIsRefused) {
    auto edit = addAssessment(
        {0, customerId, core::AssessmentComponent::Commitment, Date::fromYmd(2026, 11, 2), 3, "", "Anna"});
    edit.apply(*repository);
    const auto mine = *edit.after<core::Assessment>();
    auto theirs = mine;
    theirs.score = 1;
    theirs.note = "they signed with a competitor";
    repository->updateAssessment(theirs);
    auto corrected = mine;
    corrected.score = 4;
    EXPECT_THROW(changeAssessment(mine, corrected).apply(*repository), storage::ConflictError);
    EXPECT_EQ(repository->assessments(customerId).front(), theirs);
}

TEST_F(EditTest, ASaveOverAColleaguesNewerSaveOfAContactPersonIsRefusedAndKeepsTheirs) {
    auto jan = person(customerId, "Jan Kowalski", "Accountant", false);
    jan.id = repository->addContactPerson(jan);
    auto colleague = storage::openRepository(database.location()); // a second session on the same base
    auto theirs = jan;
    theirs.notes = "prefers calls after 10";
    auto mine = jan;
    mine.phones = {{"+48 601 234 567", "mobile"}};

    // One after the other: my edit, built from what I read before their save, is refused.
    saveContactPerson(jan, theirs, Date::fromYmd(2026, 11, 30), "", "Piotr").apply(*colleague);
    EXPECT_THROW(saveContactPerson(jan, mine, Date::fromYmd(2026, 11, 30), "", "Anna").apply(*repository),
                 storage::ConflictError);
    EXPECT_EQ(repository->contactPersons(customerId).front(), theirs);

    // At the same moment: their save has checked and written but not committed when mine checks. Mine waits for
    // their commit and then sees their row, instead of passing the check on the old one and writing over theirs.
    const auto before = theirs;
    auto later = theirs;
    later.role = "Chief accountant";
    std::atomic<bool> written{false};
    std::thread save([&] {
        colleague->inOneTransaction([&] {
            saveContactPerson(before, later, Date::fromYmd(2026, 12, 1), "", "Piotr").apply(*colleague);
            written = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(400));
        });
    });
    while (!written) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    auto mineAgain = before;
    mineAgain.notes = "calls only on Mondays";
    EXPECT_THROW(saveContactPerson(before, mineAgain, Date::fromYmd(2026, 12, 1), "", "Anna").apply(*repository),
                 storage::ConflictError);
    save.join();
    EXPECT_EQ(repository->contactPersons(customerId).front(), later);
}

TEST_F(EditTest, TheCollationSettingNamesTheDatabasesLanguageAndChangesIt) {
    changeCollation(*repository, "sv");
    auto setting = collationSetting(*repository);
    EXPECT_EQ(setting.language, "sv");
    EXPECT_EQ(setting.nativeName, "Svenska");
    EXPECT_TRUE(setting.canChange) << "the file's user, or the server's administrator";
    const auto offered = [&](const std::string& language) {
        return std::any_of(setting.choices.begin(), setting.choices.end(),
                           [&](const auto& choice) { return choice.language == language; });
    };
    for (const char* language : {"pl", "ru", "sv", "uk", "en"}) {
        EXPECT_TRUE(offered(language)) << language;
    }
    // A language Rapport does not name is offered as the database's own, first.
    changeCollation(*repository, "de");
    setting = collationSetting(*repository);
    EXPECT_EQ(setting.nativeName, "de");
    EXPECT_EQ(setting.choices.front().language, "de");
    EXPECT_THROW(changeCollation(*repository, "xx"), core::ValidationError);
    EXPECT_EQ(collationSetting(*repository).language, "de");
}

} // namespace
} // namespace rapport::app
