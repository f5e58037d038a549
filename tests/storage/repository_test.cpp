#include "storage/errors.h"
#include "storage/fixtures.h"

using namespace rapport;
using namespace rapport::test;
using core::Date;
using core::Money;

namespace {

core::Customer fullCustomer() {
    core::Customer c;
    c.kind = core::CustomerKind::Organisation;
    c.market = core::Market::B2B;
    c.displayName = "Sokół Trade Sp. z o.o.";
    c.legalName = "Sokół Trade spółka z ograniczoną odpowiedzialnością";
    c.address = {"ul. Długa 5", "02-123", "Warszawa", "mazowieckie", "Poland"};
    c.emails = {{"orders@sokol.example", "orders"}, {"ceo@sokol.example", ""}};
    c.phones = {{"+48 22 555 01 02", "office"}};
    c.segment = "Wholesale";
    c.acquiredOn = Date::fromYmd(2023, 4, 1);
    c.acquisitionChannel = core::Channel::Event;
    c.acquisitionCost = Money::fromMinor(150000);
    c.owner = "Anna Nowak";
    c.preferredChannel = core::Channel::Email;
    c.tags = {"bulk-orders", "express-delivery"};
    c.consents = {{core::ConsentPurpose::Processing, true, Date::fromYmd(2023, 4, 1), "privacy-v2"},
                  {core::ConsentPurpose::Marketing, false, Date::fromYmd(2023, 5, 1), "marketing-v1"}};
    c.externalRef = "ERP-0042";
    c.notes = "Robert'); DROP TABLE customers;--\nemoji 🙂 and עברית";
    return c;
}

} // namespace

TEST_F(RepositoryTest, CustomerRoundTripsEveryField) {
    auto customer = fullCustomer();
    customer.id = repo().addCustomer(customer);
    EXPECT_GT(customer.id, 0);
    EXPECT_EQ(repo().customer(customer.id), customer);

    auto person = fullCustomer();
    person.kind = core::CustomerKind::Household;
    person.market = core::Market::B2C;
    person.displayName = "Kowalski household";
    person.externalRef.clear();
    person.householdSize = 4;
    person.incomeBand = core::IncomeBand::UpperMiddle;
    person.id = repo().addCustomer(person);
    EXPECT_EQ(repo().customer(person.id), person);

    reopen();
    EXPECT_EQ(repo().customer(customer.id), customer);
    EXPECT_EQ(repo().customerByExternalRef("ERP-0042"), customer.id);
    EXPECT_FALSE(repo().customerByExternalRef("nope").has_value());
}

TEST_F(RepositoryTest, UpdateReplacesChildRowsAndRemoveCascades) {
    auto customer = fullCustomer();
    customer.id = repo().addCustomer(customer);
    customer.emails = {{"new@sokol.example", "orders"}};
    customer.tags = {"premium"};
    customer.consents.push_back({core::ConsentPurpose::Marketing, true, Date::fromYmd(2024, 1, 1), "marketing-v2"});
    repo().updateCustomer(customer);
    EXPECT_EQ(repo().customer(customer.id), customer);

    repo().addEpisode(makePurchase(customer.id, "2024-01-02", 1000));
    core::ContactPerson person;
    person.customerId = customer.id;
    person.name = "Piotr Zieliński";
    repo().addContactPerson(person);
    repo().removeCustomer(customer.id);
    EXPECT_FALSE(repo().customer(customer.id).has_value());
    EXPECT_EQ(repo().counts().episodes, 0);
    EXPECT_EQ(repo().counts().contactPersons, 0);
    EXPECT_THROW(repo().removeCustomer(customer.id), storage::NotFoundError);
    EXPECT_THROW(repo().updateCustomer(customer), storage::NotFoundError);
}

TEST_F(RepositoryTest, DuplicateExternalReferenceIsRefused) {
    repo().addCustomer(fullCustomer());
    EXPECT_THROW(repo().addCustomer(fullCustomer()), storage::ConstraintError);
    EXPECT_EQ(repo().counts().customers, 1);
}

TEST_F(RepositoryTest, InvalidEntitiesAreRefusedBeforeAnythingIsWritten) {
    EXPECT_THROW(repo().addCustomer(makeCustomer("")), core::ValidationError);
    EXPECT_EQ(repo().counts().customers, 0);
}

TEST_F(RepositoryTest, ContactPersonHistoryIsKeptCurrentFirst) {
    const auto id = repo().addCustomer(fullCustomer());
    core::ContactPerson old;
    old.customerId = id;
    old.name = "Maria Smirnova";
    old.role = "Purchasing manager";
    old.decisionMaker = true;
    old.activeFrom = Date::fromYmd(2022, 1, 1);
    old.activeTo = Date::fromYmd(2024, 2, 29);
    old.emails = {{"maria@sokol.example", "work"}};
    old.id = repo().addContactPerson(old);
    core::ContactPerson current = old;
    current.id = 0;
    current.name = "Lars Nilsson";
    current.activeFrom = Date::fromYmd(2024, 3, 1);
    current.activeTo.reset();
    current.phones = {{"+46 8 123 456", "mobile"}};
    current.id = repo().addContactPerson(current);

    const auto people = repo().contactPersons(id);
    ASSERT_EQ(people.size(), 2u);
    EXPECT_EQ(people[0], current);
    EXPECT_EQ(people[1], old);

    current.role = "Owner";
    repo().updateContactPerson(current);
    EXPECT_EQ(repo().contactPersons(id)[0].role, "Owner");
    repo().removeContactPerson(old.id);
    EXPECT_EQ(repo().contactPersons(id).size(), 1u);
}

TEST_F(RepositoryTest, EpisodesRoundTripAndKeepRunningTotals) {
    const auto id = repo().addCustomer(makeCustomer("Erik Andersson"));
    auto purchase = makePurchase(id, "2024-03-01", 12345, 4000);
    purchase.satisfaction = 2;
    purchase.critical = true;
    purchase.owner = "Karin Öberg";
    purchase.notes = "First order";
    purchase.followUpOn = Date::fromYmd(2024, 3, 8);
    purchase.id = repo().addEpisode(purchase);
    EXPECT_EQ(repo().episode(purchase.id), purchase);

    auto refund = makePurchase(id, "2024-03-10", -2345, -800);
    refund.kind = core::EpisodeKind::Return;
    refund.id = repo().addEpisode(refund);
    const auto call = repo().addEpisode(makeContact(id, "2024-04-01", core::EpisodeKind::Call));

    auto row = repo().customerRow(id).value();
    EXPECT_EQ(row.revenue.minor(), 10000);
    EXPECT_EQ(row.margin.minor(), 3200);
    EXPECT_EQ(row.purchases, 1);
    EXPECT_EQ(row.episodes, 3);
    EXPECT_EQ(row.lastContactOn, Date::fromYmd(2024, 4, 1));

    repo().removeEpisode(call);
    purchase.revenue = Money::fromMinor(20000);
    repo().updateEpisode(purchase);
    row = repo().customerRow(id).value();
    EXPECT_EQ(row.revenue.minor(), 20000 - 2345);
    EXPECT_EQ(row.episodes, 2);
    EXPECT_EQ(row.lastContactOn, Date::fromYmd(2024, 3, 10));
    EXPECT_TRUE(repo().check().ok());
}

TEST_F(RepositoryTest, EpisodeQueriesFilterAndPageNewestFirst) {
    const auto a = repo().addCustomer(makeCustomer("A"));
    const auto b = repo().addCustomer(makeCustomer("B"));
    for (int day = 1; day <= 28; ++day) {
        const auto date = Date::fromYmd(2024, 2, static_cast<unsigned>(day)).toIso();
        repo().addEpisode(makePurchase(day % 2 ? a : b, date, 100 * day));
        repo().addEpisode(makeContact(a, date, core::EpisodeKind::Email));
    }
    storage::EpisodeQuery query;
    query.customerId = a;
    query.kind = core::EpisodeKind::Purchase;
    query.from = Date::fromYmd(2024, 2, 5);
    query.to = Date::fromYmd(2024, 2, 15);
    const auto page = repo().episodes(query);
    ASSERT_EQ(page.rows.size(), 6u); // 5, 7, 9, 11, 13, 15
    EXPECT_EQ(page.rows.front().occurredOn, Date::fromYmd(2024, 2, 15));
    EXPECT_EQ(page.rows.back().occurredOn, Date::fromYmd(2024, 2, 5));

    storage::EpisodeQuery all;
    all.limit = 5;
    std::vector<core::EpisodeId> seen;
    std::optional<std::pair<Date, core::EpisodeId>> previous;
    do {
        const auto p = repo().episodes(all);
        for (const auto& e : p.rows) {
            if (previous) {
                EXPECT_TRUE(std::make_pair(e.occurredOn, e.id) < *previous);
            }
            previous = std::make_pair(e.occurredOn, e.id);
            seen.push_back(e.id);
        }
        all.after = p.next;
    } while (all.after);
    EXPECT_EQ(seen.size(), 56u);
}

TEST_F(RepositoryTest, ForeignKeysAreEnforced) {
    EXPECT_THROW(repo().addEpisode(makePurchase(999, "2024-01-01", 100)), storage::ConstraintError);
    core::ContactPerson orphan;
    orphan.customerId = 999;
    orphan.name = "Nobody";
    EXPECT_THROW(repo().addContactPerson(orphan), storage::ConstraintError);
    core::ChurnRecord churn;
    churn.customerId = repo().addCustomer(makeCustomer("C"));
    churn.churnedOn = Date::fromYmd(2024, 1, 1);
    churn.reasonCode = "not_in_the_catalogue";
    EXPECT_THROW(repo().addChurnRecord(churn), storage::ConstraintError);
    EXPECT_EQ(repo().counts().episodes, 0);
    EXPECT_EQ(repo().counts().churnRecords, 0);
}

TEST_F(RepositoryTest, TasksPartnershipsCostsAndChurnRoundTrip) {
    const auto id = repo().addCustomer(fullCustomer());

    core::Task task{0, id, "Quarterly review", Date::fromYmd(2024, 7, 1), false, "Anna Nowak", ""};
    task.id = repo().addTask(task);
    task.done = true;
    repo().updateTask(task);
    EXPECT_EQ(repo().tasks(id), std::vector<core::Task>{task});

    core::Partnership p;
    p.partnerName = "Baltic Logistics";
    p.partnerCustomerId = id;
    p.direction = core::PartnerDirection::Distributor;
    p.form = core::PartnershipForm::DistributionAgreement;
    p.stageHistory = {{core::PartnershipStage::Formation, Date::fromYmd(2023, 1, 1), "signed"},
                      {core::PartnershipStage::Renewal, Date::fromYmd(2024, 1, 1), ""}};
    p.bonds = {core::Bond::Legal, core::Bond::Economic, core::Bond::Geographic};
    p.valueShared = Money::fromMinor(5'000'000);
    p.startedOn = Date::fromYmd(2023, 1, 1);
    p.id = repo().addPartnership(p);
    EXPECT_EQ(repo().partnership(p.id), p);
    p.stageHistory.push_back({core::PartnershipStage::Rupture, Date::fromYmd(2024, 6, 1), "moved to a rival"});
    p.endedOn = Date::fromYmd(2024, 6, 1);
    repo().updatePartnership(p);
    EXPECT_EQ(repo().partnerships(), std::vector<core::Partnership>{p});
    EXPECT_EQ(repo().partnership(p.id)->stage(), core::PartnershipStage::Rupture);

    repo().setRelationshipCost({id, 2024, core::CostLine::Delivery, Money::fromMinor(1000)});
    repo().setRelationshipCost({id, 2024, core::CostLine::Delivery, Money::fromMinor(2500)});
    repo().setRelationshipCost({id, 2024, core::CostLine::SalesManagerPay, Money::fromMinor(700)});
    const auto costs = repo().relationshipCosts(id);
    ASSERT_EQ(costs.size(), 2u);
    EXPECT_EQ(costs[0].amount.minor(), 2500);

    const auto reasons = repo().churnReasons();
    EXPECT_EQ(reasons.size(), core::defaultChurnReasons().size());
    repo().addChurnReason({"bankruptcy", "The customer went bankrupt", std::nullopt, std::nullopt});
    EXPECT_EQ(repo().churnReasons().size(), reasons.size() + 1);

    core::ChurnRecord churn{
        0, id, Date::fromYmd(2024, 6, 1), "lack_of_attention", "no calls for a year", 2, core::WinBackOutcome::Pending};
    churn.id = repo().addChurnRecord(churn);
    churn.outcome = core::WinBackOutcome::WonBack;
    repo().updateChurnRecord(churn);
    EXPECT_EQ(repo().churnRecords(id), std::vector<core::ChurnRecord>{churn});
    EXPECT_EQ(repo().churnRecords(std::nullopt).size(), 1u);

    repo().removeCustomer(id);
    EXPECT_FALSE(repo().partnership(p.id)->partnerCustomerId.has_value()); // the partner outlives the customer
    repo().removePartnership(p.id);
    EXPECT_TRUE(repo().partnerships().empty());
}

TEST_F(RepositoryTest, ScanPurchasesStreamsByCustomerThenDate) {
    const auto first = repo().addCustomer(makeCustomer("First"));
    const auto second = repo().addCustomer(makeCustomer("Second"));
    repo().addEpisode(makePurchase(second, "2024-02-01", 300));
    repo().addEpisode(makePurchase(first, "2024-03-01", 200, 50));
    repo().addEpisode(makePurchase(first, "2024-01-01", 100, 20));
    auto refund = makePurchase(first, "2024-03-05", -50, -10);
    refund.kind = core::EpisodeKind::Return;
    repo().addEpisode(refund);
    repo().addEpisode(makeContact(first, "2024-01-02", core::EpisodeKind::Complaint));

    std::vector<storage::PurchaseRecord> records;
    repo().scanPurchases([&](std::span<const storage::PurchaseRecord> batch) {
        records.insert(records.end(), batch.begin(), batch.end());
        return true;
    });
    ASSERT_EQ(records.size(), 4u);
    EXPECT_EQ(records[0].customerId, first);
    EXPECT_EQ(records[0].date, Date::fromYmd(2024, 1, 1));
    EXPECT_EQ(records[2].revenueMinor, -50);
    EXPECT_TRUE(records[2].isReturn);
    EXPECT_EQ(records[3].customerId, second);
}

TEST_F(RepositoryTest, TheRecentPurchaseDayIsTheNewestPurchaseAmongTheNewestEpisodes) {
    EXPECT_FALSE(repo().recentPurchaseDay()); // an empty base
    const auto id = repo().addCustomer(makeCustomer("First"));
    repo().addEpisode(makeContact(id, "2024-05-01", core::EpisodeKind::Call));
    EXPECT_FALSE(repo().recentPurchaseDay()); // no purchase at all
    repo().addEpisode(makePurchase(id, "2024-03-01", 200));
    repo().addEpisode(makePurchase(id, "2024-01-01", 100));
    auto refund = makePurchase(id, "2024-04-05", -50);
    refund.kind = core::EpisodeKind::Return;
    repo().addEpisode(refund);
    // Not the later call, not the return: the newest purchase, whatever order the rows were written in.
    EXPECT_EQ(repo().recentPurchaseDay(), Date::fromYmd(2024, 3, 1));
    // A purchase its return cancels in full does not count, nor an archived customer's.
    auto cancelled = makePurchase(id, "2024-04-10", 300);
    cancelled.id = repo().addEpisode(cancelled);
    auto cancellation = makePurchase(id, "2024-04-11", -300);
    cancellation.kind = core::EpisodeKind::Return;
    cancellation.cancels = cancelled.id;
    repo().addEpisode(cancellation);
    auto archived = makeCustomer("Archived");
    archived.archivedOn = Date::fromYmd(2024, 5, 1);
    repo().addEpisode(makePurchase(repo().addCustomer(archived), "2024-04-20", 100));
    EXPECT_EQ(repo().recentPurchaseDay(), Date::fromYmd(2024, 3, 1));

    // Only the newest 5,000 episodes are looked at: behind them it gives no day rather than read the whole base.
    std::vector<core::Episode> calls(5'000, makeContact(id, "2024-06-01", core::EpisodeKind::Call));
    for (const auto& call : calls) {
        repo().addEpisode(call);
    }
    EXPECT_FALSE(repo().recentPurchaseDay());
    repo().addEpisode(makePurchase(id, "2024-02-01", 100)); // older than the calls, but one of the newest ids
    EXPECT_FALSE(repo().recentPurchaseDay());
    repo().addEpisode(makePurchase(id, "2024-07-01", 100));
    EXPECT_EQ(repo().recentPurchaseDay(), Date::fromYmd(2024, 7, 1));
}

TEST_F(RepositoryTest, BackupIsAConsistentCopyAndNeverOverwrites) {
    const auto id = repo().addCustomer(fullCustomer());
    repo().addEpisode(makePurchase(id, "2024-01-01", 100));
    const auto target = file("copy.sqlite");
    repo().backupTo(target);
    EXPECT_THROW(repo().backupTo(target), storage::StorageError);
    auto copy = storage::openRepository(target);
    EXPECT_EQ(copy->customer(id), repo().customer(id));
    EXPECT_EQ(copy->counts().episodes, 1);
    EXPECT_TRUE(copy->check().ok());
}

TEST_F(RepositoryTest, CheckFindsTotalsThatDisagreeWithEpisodes) {
    const auto id = repo().addCustomer(makeCustomer("Tampered"));
    repo().addEpisode(makePurchase(id, "2024-01-01", 100));
    EXPECT_TRUE(repo().check().ok());
    m_repository.reset();
    rawExec("UPDATE customer SET revenue_total = 999");
    reopen();
    const auto report = repo().check();
    EXPECT_FALSE(report.ok());
    ASSERT_EQ(report.consistencyProblems.size(), 1u);
    EXPECT_NE(report.consistencyProblems[0].find("customer " + std::to_string(id)), std::string::npos);
}

TEST_F(RepositoryTest, OpenTasksAcrossCustomersPageOldestDueFirstPerOwner) {
    core::Customer a;
    a.displayName = "Alfa";
    a.address.city = "Kraków";
    core::Customer b;
    b.displayName = "Beta";
    const auto idA = repo().addCustomer(a);
    const auto idB = repo().addCustomer(b);
    const auto today = Date::fromYmd(2026, 11, 30);
    std::vector<core::TaskId> anna;
    for (int i = 0; i < 7; ++i) { // Anna's: three overdue, one today, three later
        anna.push_back(repo().addTask(
            {0, i % 2 == 0 ? idA : idB, "Task " + std::to_string(i), today.addDays(i - 3), false, "anna", ""}));
    }
    repo().addTask({0, idA, "Piotr's", today.addDays(-1), false, "piotr", ""});
    repo().addTask({0, idA, "Done already", today.addDays(-2), true, "anna", ""});

    storage::TaskQuery query;
    query.owner = "anna";
    query.until = today;
    query.limit = 2;
    std::vector<core::TaskId> seen;
    for (int guard = 0; guard < 10; ++guard) {
        const auto page = repo().openTasks(query);
        for (const auto& row : page.rows) {
            seen.push_back(row.task.id);
            EXPECT_EQ(row.customerName, row.task.customerId == idA ? "Alfa" : "Beta");
            EXPECT_EQ(row.city, row.task.customerId == idA ? "Kraków" : "");
        }
        if (!page.next) {
            break;
        }
        query.after = page.next;
    }
    EXPECT_EQ(seen, (std::vector<core::TaskId>{anna[0], anna[1], anna[2], anna[3]})) << "oldest due first, no gaps";

    const auto mine = repo().countOpenTasks(today, std::string("anna"));
    EXPECT_EQ(mine.overdue, 3);
    EXPECT_EQ(mine.dueToday, 1);
    const auto everyone = repo().countOpenTasks(today, std::nullopt);
    EXPECT_EQ(everyone.overdue, 4);
    storage::TaskQuery all;
    all.until = today;
    EXPECT_EQ(repo().openTasks(all).rows.size(), 5U);
}

TEST_F(RepositoryTest, AssessmentsAreAHistoryNewestFirstAndGoWithTheCustomer) {
    const auto id = repo().addCustomer(makeCustomer("Hurtownia Kowalski"));
    const auto other = repo().addCustomer(makeCustomer("Someone else"));
    using core::AssessmentComponent;
    core::Assessment first{
        0,     id, AssessmentComponent::Patronage, Date::fromYmd(2025, 1, 10), 2, "buys most of it from a competitor",
        "Anna"};
    first.id = repo().addAssessment(first);
    core::Assessment second{
        0, id, AssessmentComponent::Patronage, Date::fromYmd(2025, 6, 1), 4, "moved the dairy orders to us", "Anna"};
    second.id = repo().addAssessment(second);
    core::Assessment commitment{0, id, AssessmentComponent::Commitment, Date::fromYmd(2025, 6, 1), 5, "", "Piotr"};
    commitment.id = repo().addAssessment(commitment);
    repo().addAssessment({0, other, AssessmentComponent::Sacrifices, Date::fromYmd(2025, 2, 1), 3, "", ""});
    EXPECT_EQ(repo().assessments(id), (std::vector{commitment, second, first})); // newest first, then as entered

    second.score = 5;
    second.note = "and the cheese";
    repo().updateAssessment(second);
    EXPECT_EQ(repo().assessments(id)[1], second);
    repo().removeAssessment(first.id);
    EXPECT_EQ(repo().assessments(id).size(), 2U);
    EXPECT_THROW(repo().removeAssessment(first.id), storage::NotFoundError);
    auto missing = first;
    EXPECT_THROW(repo().updateAssessment(missing), storage::NotFoundError);
    EXPECT_EQ(repo().counts().assessments, 3);

    // A score off the scale, a novel for a note, or no customer are refused before anything is written.
    auto bad = first;
    bad.score = 6;
    EXPECT_THROW(repo().addAssessment(bad), core::ValidationError);
    bad.score = 0;
    EXPECT_THROW(repo().addAssessment(bad), core::ValidationError);
    bad = first;
    bad.note = std::string(2'001, 'x');
    EXPECT_THROW(repo().addAssessment(bad), core::ValidationError);
    bad = first;
    bad.customerId = 0;
    EXPECT_THROW(repo().addAssessment(bad), core::ValidationError);

    reopen();
    EXPECT_EQ(repo().assessments(id).size(), 2U);
    repo().removeCustomer(id);
    EXPECT_TRUE(repo().assessments(id).empty());
    EXPECT_EQ(repo().counts().assessments, 1);
}

TEST_F(RepositoryTest, CustomerRecordsPageWholeCustomersAsTheListAndTheSingleReadsGiveThem) {
    std::vector<core::CustomerId> ids;
    for (int i = 0; i < 7; ++i) {
        auto c = fullCustomer();
        c.externalRef = "REF-" + std::to_string(i);
        c.segment = i % 3 == 0 ? "Rare" : "Common";
        c.owner = i == 0 || i == 6 ? "Edge Owner" : "Anna Nowak";
        if (i == 1) {
            c.archivedOn = Date::fromYmd(2025, 1, 31); // left out of the lists, inside the first page's span
        }
        c.emails.push_back({"second" + std::to_string(i) + "@example.com", ""});
        if (i % 2 == 1) {
            c.phones.clear();
            c.tags.clear();
        }
        c.consents.push_back({core::ConsentPurpose::Marketing, i % 2 == 0, Date::fromYmd(2024, 2, i + 1), "v3"});
        ids.push_back(repo().addCustomer(c));
        repo().addEpisode(makePurchase(ids.back(), "2024-03-0" + std::to_string(i + 1), 100 * (i + 1), 10));
    }
    core::ContactPerson person; // a contact person's e-mails are not the customer's
    person.customerId = ids[1];
    person.name = "Piotr Zieliński";
    person.emails = {{"piotr@example.com", ""}};
    repo().addContactPerson(person);

    // Pages of two: every customer and "Rare" read the children along the span of the page's ids and pass over
    // those of customers in it the filter left out (1, archived, and 2); the first and last customers alone are too
    // far apart for that and are read by their ids.
    storage::CustomerFilter rare;
    rare.segment = "Rare";
    storage::CustomerFilter edges;
    edges.owner = "Edge Owner";
    for (const auto& filter : {storage::CustomerFilter{}, rare, edges}) {
        std::vector<core::CustomerId> seen;
        std::optional<core::CustomerId> after;
        for (;;) {
            const auto page = repo().customerRecords(filter, after, 2);
            for (const auto& [customer, row] : page.records) {
                seen.push_back(customer.id);
                EXPECT_EQ(repo().customer(customer.id), customer);
                EXPECT_EQ(repo().customerRow(customer.id), row);
            }
            if (!page.next) {
                break;
            }
            after = page.next;
        }
        std::vector<core::CustomerId> listed;
        storage::CustomerPageRequest request;
        request.filter = filter;
        request.sort = storage::CustomerSort::Id;
        request.limit = 100;
        for (const auto& row : repo().customerPage(request).rows) {
            listed.push_back(row.id);
        }
        EXPECT_EQ(seen, listed);
        EXPECT_EQ(seen.size(), filter.segment ? 3u : filter.owner ? 2u : 6u);
    }
}

TEST_F(RepositoryTest, CheckFindsDriftedEpisodeCountsAtEitherEndAndOnCustomersWithoutEpisodes) {
    const auto first = repo().addCustomer(makeCustomer("First"));
    const auto quiet = repo().addCustomer(makeCustomer("Quiet"));
    const auto last = repo().addCustomer(makeCustomer("Last"));
    repo().addEpisode(makePurchase(first, "2024-01-01", 100));
    repo().addEpisode(makeContact(last, "2024-01-02", core::EpisodeKind::Call));
    EXPECT_TRUE(repo().check().ok());
    m_repository.reset();
    rawExec("UPDATE customer SET episode_count = episode_count + 1 WHERE id IN (" + std::to_string(first) + ", " +
            std::to_string(last) + ")");
    rawExec("UPDATE customer SET revenue_total = 5 WHERE id = " + std::to_string(quiet));
    reopen();
    for (const auto depth : {storage::CheckDepth::Quick, storage::CheckDepth::Full}) {
        const auto report = repo().check(depth);
        ASSERT_EQ(report.consistencyProblems.size(), 3u);
        EXPECT_EQ(report.consistencyProblems[0].find("customer " + std::to_string(first) + ":"), 0u);
        EXPECT_EQ(report.consistencyProblems[1].find("customer " + std::to_string(quiet) + ":"), 0u);
        EXPECT_EQ(report.consistencyProblems[2].find("customer " + std::to_string(last) + ":"), 0u);
    }
}
