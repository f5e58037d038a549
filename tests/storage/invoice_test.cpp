// Invoice documents on episodes (reference, line count, the purchase a return cancels) and sales without a real
// customer (schema v7, team schema v4): on an SQLite file and, in the postgres: run, on the team database.
#include "core/validation.h"
#include "storage/database_copy.h"
#include "storage/errors.h"
#include "storage/fixtures.h"

using namespace rapport;
using namespace rapport::test;
using core::Date;

namespace {

core::Episode makeInvoice(core::CustomerId customer, const std::string& day, std::int64_t revenueMinor,
                          const std::string& reference, int lines) {
    auto e = makePurchase(customer, day, revenueMinor, revenueMinor / 4);
    e.reference = reference;
    e.lineCount = lines;
    return e;
}

core::Episode makeCancellation(core::CustomerId customer, const std::string& day, std::int64_t revenueMinor,
                               const std::string& reference, std::optional<core::EpisodeId> cancels) {
    auto e = makePurchase(customer, day, revenueMinor, revenueMinor / 4);
    e.kind = core::EpisodeKind::Return;
    e.reference = reference;
    e.lineCount = 1;
    e.cancels = cancels;
    return e;
}

core::AnonymousSale makeAnonymousSale(const std::string& day, std::int64_t revenueMinor, const std::string& reference,
                                      std::optional<std::int64_t> marginMinor = {}) {
    core::AnonymousSale s;
    s.occurredOn = *Date::parseIso(day);
    s.revenue = core::Money::fromMinor(revenueMinor);
    if (marginMinor) {
        s.margin = core::Money::fromMinor(*marginMinor);
    }
    s.reference = reference;
    s.lineCount = 3;
    s.customerText = "(blank)";
    s.channel = core::Channel::WebForm;
    return s;
}

std::vector<storage::PurchaseRecord> allPurchases(storage::Repository& repository) {
    std::vector<storage::PurchaseRecord> records;
    repository.scanPurchases([&](std::span<const storage::PurchaseRecord> batch) {
        records.insert(records.end(), batch.begin(), batch.end());
        return true;
    });
    return records;
}

using InvoiceTest = RepositoryTest;

class InvoiceBulkTest : public RepositoryTest, public ::testing::WithParamInterface<bool> {
protected:
    std::unique_ptr<storage::BulkWriter> begin() {
        storage::BulkOptions options;
        options.deferIndexes = GetParam();
        return repo().beginBulk(options);
    }
};

} // namespace

TEST_F(InvoiceTest, DocumentFieldsRoundTripThroughAddUpdateAndEveryRead) {
    const auto customer = repo().addCustomer(makeCustomer("Invoice Customer"));
    auto invoice = makeInvoice(customer, "2010-12-01", 13'950, "536365", 7);
    invoice.id = repo().addEpisode(invoice);
    EXPECT_EQ(repo().episode(invoice.id), invoice);

    auto cancellation = makeCancellation(customer, "2010-12-02", -13'950, "C536365", invoice.id);
    cancellation.id = repo().addEpisode(cancellation);
    EXPECT_EQ(repo().episode(cancellation.id), cancellation);

    invoice.reference = "536365-A";
    invoice.lineCount = 8;
    repo().updateEpisode(invoice);
    EXPECT_EQ(repo().episode(invoice.id), invoice);
    cancellation.cancels.reset();
    cancellation.lineCount = 0;
    repo().updateEpisode(cancellation);
    EXPECT_EQ(repo().episode(cancellation.id), cancellation);
    cancellation.cancels = invoice.id;
    repo().updateEpisode(cancellation);

    // The timeline pages carry them too.
    storage::EpisodeQuery query;
    query.customerId = customer;
    const auto page = repo().episodes(query);
    ASSERT_EQ(page.rows.size(), 2U);
    EXPECT_EQ(page.rows[0], cancellation);
    EXPECT_EQ(page.rows[1], invoice);
    EXPECT_EQ(page.customerNames[0], "Invoice Customer");
    EXPECT_TRUE(repo().check().ok());
}

TEST_F(InvoiceTest, ACancellationNamesAPurchaseOfTheSameCustomer) {
    const auto customer = repo().addCustomer(makeCustomer("Buyer"));
    const auto other = repo().addCustomer(makeCustomer("Someone Else"));
    const auto othersPurchase = repo().addEpisode(makeInvoice(other, "2010-12-01", 500, "536366", 1));
    const auto call = repo().addEpisode(makeContact(customer, "2010-12-01", core::EpisodeKind::Call));
    EXPECT_THROW(repo().addEpisode(makeCancellation(customer, "2010-12-02", -500, "C536366", othersPurchase)),
                 storage::ConstraintError);
    EXPECT_THROW(repo().addEpisode(makeCancellation(customer, "2010-12-02", -500, "C1", call)),
                 storage::ConstraintError);
    EXPECT_THROW(repo().addEpisode(makeCancellation(customer, "2010-12-02", -500, "C1", 999'999)),
                 storage::ConstraintError);
    auto purchase = makeInvoice(customer, "2010-12-01", 500, "536367", 1);
    purchase.cancels = othersPurchase; // only returns cancel
    EXPECT_THROW(repo().addEpisode(purchase), core::ValidationError);
    auto negativeLines = makeInvoice(customer, "2010-12-01", 500, "536367", -1);
    EXPECT_THROW(repo().addEpisode(negativeLines), core::ValidationError);
    auto longReference = makeInvoice(customer, "2010-12-01", 500, std::string(101, '7'), 1);
    EXPECT_THROW(repo().addEpisode(longReference), core::ValidationError);
    EXPECT_EQ(repo().counts().episodes, 2);
}

TEST_F(InvoiceTest, ACancelledPurchaseStaysAPurchaseOfItsCustomer) {
    const auto customer = repo().addCustomer(makeCustomer("Buyer"));
    const auto other = repo().addCustomer(makeCustomer("Other"));
    auto purchase = makeInvoice(customer, "2010-12-01", 2'000, "536370", 3);
    purchase.id = repo().addEpisode(purchase);
    auto cancellation = makeCancellation(customer, "2010-12-05", -2'000, "C536370", purchase.id);
    cancellation.id = repo().addEpisode(cancellation);
    auto changed = purchase;
    changed.kind = core::EpisodeKind::Other;
    changed.revenue.reset();
    changed.margin.reset();
    EXPECT_THROW(repo().updateEpisode(changed), storage::ConstraintError);
    changed = purchase;
    changed.customerId = other;
    EXPECT_THROW(repo().updateEpisode(changed), storage::ConstraintError);
    changed = purchase;
    changed.notes = "a note is fine";
    changed.revenue = core::Money::fromMinor(2'500);
    repo().updateEpisode(changed);
    EXPECT_EQ(repo().episode(purchase.id), changed);
    cancellation.cancels.reset(); // unlinked, the purchase is free to change
    repo().updateEpisode(cancellation);
    changed.customerId = other;
    repo().updateEpisode(changed);
    EXPECT_EQ(repo().episode(purchase.id)->customerId, other);
}

TEST_F(InvoiceTest, DeletingACancelledPurchaseLeavesTheReturnUnlinkedAndCounted) {
    const auto customer = repo().addCustomer(makeCustomer("Buyer"));
    const auto purchase = repo().addEpisode(makeInvoice(customer, "2010-12-01", 2'000, "536370", 3));
    const auto cancellation = repo().addEpisode(makeCancellation(customer, "2010-12-05", -2'000, "C536370", purchase));
    repo().removeEpisode(purchase);
    const auto stored = repo().episode(cancellation);
    ASSERT_TRUE(stored.has_value());
    EXPECT_FALSE(stored->cancels.has_value()) << "ON DELETE SET NULL: the refund stays, unlinked";
    EXPECT_EQ(repo().customerRow(customer)->revenue.minor(), -2'000);
    const auto records = allPurchases(repo());
    ASSERT_EQ(records.size(), 1U);
    EXPECT_EQ(records[0].date, Date::fromYmd(2010, 12, 5)) << "an unlinked return keeps its own date";
    EXPECT_TRUE(repo().check().ok());
    // Removing the customer removes purchases and the returns that name them alike.
    const auto again = repo().addEpisode(makeInvoice(customer, "2010-12-06", 100, "536371", 1));
    repo().addEpisode(makeCancellation(customer, "2010-12-07", -100, "C536371", again));
    repo().removeCustomer(customer);
    EXPECT_EQ(repo().counts().episodes, 0);
}

TEST_F(InvoiceTest, ScanPurchasesDatesALinkedCancellationOnThePurchaseItCancels) {
    const auto customer = repo().addCustomer(makeCustomer("Buyer"));
    const auto later = repo().addCustomer(makeCustomer("Later Buyer"));
    const auto first = repo().addEpisode(makeInvoice(customer, "2010-12-01", 1'000, "536365", 2));
    repo().addEpisode(makeInvoice(customer, "2010-12-10", 700, "536400", 1));
    repo().addEpisode(makeCancellation(customer, "2010-12-20", -1'000, "C536365", first));
    repo().addEpisode(makeCancellation(customer, "2010-12-21", -50, "C536500", std::nullopt));
    repo().addEpisode(makeInvoice(later, "2010-12-03", 300, "536380", 1));

    const auto records = allPurchases(repo());
    ASSERT_EQ(records.size(), 5U);
    // Still by customer, then date: the cancellation moved onto 2010-12-01, before the purchase of 2010-12-10.
    EXPECT_EQ(records[0].customerId, customer);
    EXPECT_EQ(records[0].date, Date::fromYmd(2010, 12, 1));
    EXPECT_EQ(records[1].date, Date::fromYmd(2010, 12, 1));
    EXPECT_TRUE(records[0].isReturn != records[1].isReturn);
    EXPECT_EQ(records[0].revenueMinor + records[1].revenueMinor, 0);
    EXPECT_EQ(records[2].date, Date::fromYmd(2010, 12, 10));
    EXPECT_EQ(records[3].date, Date::fromYmd(2010, 12, 21)) << "an unlinked return keeps its own date";
    EXPECT_TRUE(records[3].isReturn);
    EXPECT_EQ(records[4].customerId, later);
}

TEST_F(InvoiceTest, EpisodeFactsDateALinkedCancellationOnThePurchaseItCancelsToo) {
    const auto customer = repo().addCustomer(makeCustomer("Buyer"));
    const auto first = repo().addEpisode(makeInvoice(customer, "2010-12-01", 1'000, "536365", 2));
    repo().addEpisode(makeInvoice(customer, "2010-12-10", 700, "536400", 1));
    repo().addEpisode(makeCancellation(customer, "2010-12-20", -1'000, "C536365", first));
    repo().addEpisode(makeCancellation(customer, "2010-12-21", -50, "C536500", std::nullopt));

    std::vector<storage::EpisodeFact> facts;
    repo().scanEpisodeFacts([&](std::span<const storage::EpisodeFact> batch) {
        facts.insert(facts.end(), batch.begin(), batch.end());
        return true;
    });
    ASSERT_EQ(facts.size(), 4U);
    // In date order with the linked cancellation on the day of the purchase it cancels, marked so.
    EXPECT_EQ(facts[0].date, Date::fromYmd(2010, 12, 1));
    EXPECT_EQ(facts[1].date, Date::fromYmd(2010, 12, 1));
    EXPECT_EQ(facts[0].revenueMinor + facts[1].revenueMinor, 0);
    EXPECT_TRUE(facts[0].cancelsPurchase || facts[1].cancelsPurchase);
    EXPECT_EQ(facts[2].date, Date::fromYmd(2010, 12, 10));
    EXPECT_EQ(facts[3].date, Date::fromYmd(2010, 12, 21));
    EXPECT_FALSE(facts[3].cancelsPurchase) << "an unlinked return keeps its own date";
}

TEST_P(InvoiceBulkTest, StoresDocumentsAndFindsPurchasesByReferenceWithinAndAcrossBatches) {
    const auto existing = repo().addCustomer(makeCustomer("Existing"));
    const auto earlier = repo().addEpisode(makeInvoice(existing, "2010-11-01", 900, "536000", 4));
    repo().addEpisode(makeInvoice(existing, "2010-11-02", 100, "536000", 1)); // same document again: higher id

    auto writer = begin();
    EXPECT_EQ(writer->purchaseByReference(existing, "536000"), earlier) << "stored before the batch, lowest id";
    const auto fresh = writer->addCustomer(makeCustomer("New in the batch"));
    EXPECT_FALSE(writer->purchaseByReference(fresh, "536365").has_value());
    auto invoice = makeInvoice(fresh, "2010-12-01", 13'950, "536365", 7);
    invoice.id = writer->addEpisode(invoice);
    EXPECT_EQ(writer->purchaseByReference(fresh, "536365"), invoice.id) << "within the batch";
    EXPECT_FALSE(writer->purchaseByReference(existing, "536365").has_value()) << "another customer's document";
    EXPECT_FALSE(writer->purchaseByReference(fresh, "").has_value());
    auto cancellation = makeCancellation(fresh, "2010-12-03", -13'950, "C536365", invoice.id);
    cancellation.id = writer->addEpisode(cancellation);
    EXPECT_FALSE(writer->purchaseByReference(fresh, "C536365").has_value()) << "a return is no purchase";
    auto existingsInvoice = makeInvoice(existing, "2010-12-02", 400, "536366", 2);
    existingsInvoice.id = writer->addEpisode(existingsInvoice);
    EXPECT_EQ(writer->purchaseByReference(existing, "536366"), existingsInvoice.id);
    EXPECT_EQ(writer->purchaseByReference(existing, "536000"), earlier);
    EXPECT_THROW(writer->addEpisode(makeCancellation(fresh, "2010-12-03", -400, "C536366", existingsInvoice.id)),
                 storage::ConstraintError)
        << "another customer's purchase";
    writer->commit();
    writer.reset();

    EXPECT_EQ(repo().episode(invoice.id), invoice);
    EXPECT_EQ(repo().episode(cancellation.id), cancellation);
    EXPECT_EQ(repo().episode(existingsInvoice.id), existingsInvoice);
    EXPECT_TRUE(repo().check().ok());

    // The next batch finds what the last one stored.
    writer = begin();
    EXPECT_EQ(writer->purchaseByReference(fresh, "536365"), invoice.id);
    EXPECT_EQ(writer->purchaseByReference(existing, "536366"), existingsInvoice.id);
    writer.reset();
}

TEST_P(InvoiceBulkTest, CountEarlierEpisodesLikeComparesTheDocument) {
    const auto customer = repo().addCustomer(makeCustomer("Re-imported"));
    const auto purchase = repo().addEpisode(makeInvoice(customer, "2010-12-01", 1'500, "536365", 7));
    repo().addEpisode(makeCancellation(customer, "2010-12-02", -1'500, "C536365", purchase));

    auto writer = begin();
    EXPECT_EQ(writer->countEarlierEpisodesLike(makeInvoice(customer, "2010-12-01", 1'500, "536365", 7)), 1);
    EXPECT_EQ(writer->countEarlierEpisodesLike(makeInvoice(customer, "2010-12-01", 1'500, "536366", 7)), 0);
    EXPECT_EQ(writer->countEarlierEpisodesLike(makeInvoice(customer, "2010-12-01", 1'500, "536365", 6)), 0);
    EXPECT_EQ(writer->countEarlierEpisodesLike(makeCancellation(customer, "2010-12-02", -1'500, "C536365", purchase)),
              1);
    EXPECT_EQ(
        writer->countEarlierEpisodesLike(makeCancellation(customer, "2010-12-02", -1'500, "C536365", std::nullopt)), 0)
        << "an unlinked return is another row";
    // Rows of this batch are not "earlier".
    writer->addEpisode(makeInvoice(customer, "2010-12-09", 200, "536400", 1));
    EXPECT_EQ(writer->countEarlierEpisodesLike(makeInvoice(customer, "2010-12-09", 200, "536400", 1)), 0);
    writer->commit();
}

TEST_P(InvoiceBulkTest, AnonymousSalesCountInTotalsButAreNobodysPurchases) {
    EXPECT_EQ(repo().anonymousSalesTotals(), storage::AnonymousSalesTotals{});
    const auto customer = repo().addCustomer(makeCustomer("Real Customer"));
    repo().addEpisode(makeInvoice(customer, "2010-12-01", 1'000, "536365", 2));

    auto writer = begin();
    writer->addAnonymousSale(makeAnonymousSale("2010-12-01", 5'000, "536544", 1'000));
    writer->addAnonymousSale(makeAnonymousSale("2010-12-09", 2'500, "536592"));
    writer->addAnonymousSale(makeAnonymousSale("2010-12-10", -500, "C536600", -100)); // a cancelled one
    EXPECT_EQ(writer->countEarlierAnonymousSalesLike(makeAnonymousSale("2010-12-01", 5'000, "536544", 1'000)), 0)
        << "rows of this batch are not earlier";
    auto invalid = makeAnonymousSale("2010-12-01", 100, "536999", 200); // margin above revenue
    EXPECT_THROW(writer->addAnonymousSale(invalid), core::ValidationError);
    writer->commit();
    writer.reset();

    const auto totals = repo().anonymousSalesTotals();
    EXPECT_EQ(totals.sales, 3);
    EXPECT_EQ(totals.revenueMinor, 7'000);
    EXPECT_EQ(totals.marginMinor, 900);
    EXPECT_EQ(totals.first, Date::fromYmd(2010, 12, 1));
    EXPECT_EQ(totals.last, Date::fromYmd(2010, 12, 10));
    EXPECT_EQ(repo().counts().anonymousSales, 3);
    EXPECT_EQ(repo().counts().customers, 1) << "never a customer";
    EXPECT_EQ(allPurchases(repo()).size(), 1U) << "never anyone's purchase";

    std::vector<core::AnonymousSale> stored;
    repo().scanAnonymousSales([&](std::span<const core::AnonymousSale> batch) {
        stored.insert(stored.end(), batch.begin(), batch.end());
        return true;
    });
    ASSERT_EQ(stored.size(), 3U);
    auto expected = makeAnonymousSale("2010-12-01", 5'000, "536544", 1'000);
    expected.id = stored[0].id;
    EXPECT_EQ(stored[0], expected);

    // A re-import recognises them by date, revenue, margin and reference.
    writer = begin();
    EXPECT_EQ(writer->countEarlierAnonymousSalesLike(makeAnonymousSale("2010-12-01", 5'000, "536544", 1'000)), 1);
    EXPECT_EQ(writer->countEarlierAnonymousSalesLike(makeAnonymousSale("2010-12-01", 5'000, "536544")), 0);
    EXPECT_EQ(writer->countEarlierAnonymousSalesLike(makeAnonymousSale("2010-12-01", 5'000, "536545", 1'000)), 0);
    EXPECT_EQ(writer->countEarlierAnonymousSalesLike(makeAnonymousSale("2010-12-02", 5'000, "536544", 1'000)), 0);
    EXPECT_EQ(writer->countEarlierAnonymousSalesLike(makeAnonymousSale("2010-12-10", -500, "C536600", -100)), 1);
    writer.reset(); // not committed: nothing changes
    EXPECT_EQ(repo().anonymousSalesTotals().sales, 3);
}

TEST_F(InvoiceTest, ACopyKeepsDocumentsCancellationsAndAnonymousSales) {
    // The source is a desktop file; a copy sends the newest episodes first, so the cancellation arrives before the
    // purchase it cancels. Copied into this test's database (SQLite, or the team database) and back into a file.
    const auto sourcePath = file("source.sqlite");
    core::Episode invoice;
    core::Episode cancellation;
    {
        auto source = storage::openRepository(sourcePath);
        const auto customer = source->addCustomer(makeCustomer("Copied Buyer"));
        invoice = makeInvoice(customer, "2010-12-01", 13'950, "536365", 7);
        invoice.id = source->addEpisode(invoice);
        cancellation = makeCancellation(customer, "2011-01-15", -13'950, "C536365", invoice.id);
        cancellation.id = source->addEpisode(cancellation);
        auto writer = source->beginBulk({});
        writer->addAnonymousSale(makeAnonymousSale("2010-12-01", 5'000, "536544", 1'000));
        writer->commit();
        writer.reset();
        storage::copyDatabase(*source, repo());
    }
    EXPECT_EQ(repo().episode(invoice.id), invoice);
    EXPECT_EQ(repo().episode(cancellation.id), cancellation);
    EXPECT_EQ(repo().anonymousSalesTotals().revenueMinor, 5'000);

    auto back = storage::openRepository(file("back.sqlite"));
    const auto summary = storage::copyDatabase(repo(), *back);
    EXPECT_EQ(summary.counts.anonymousSales, 1);
    EXPECT_EQ(back->episode(cancellation.id), cancellation);
    EXPECT_EQ(back->anonymousSalesTotals(), repo().anonymousSalesTotals());
    EXPECT_TRUE(back->check().ok());
}

INSTANTIATE_TEST_SUITE_P(IndexesKeptOrDeferred, InvoiceBulkTest, ::testing::Bool());
