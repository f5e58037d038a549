// How sale lines become documents: grouping an invoice's lines, cancellations and what they cancel.
#include "io/sale_assembler.h"

#include <gtest/gtest.h>
#include <vector>

using namespace rapport;
using io::Sale;
using io::SaleAssembler;
using io::SaleLine;

namespace {

struct Seen {
    std::string customer;
    std::string reference;
    std::int64_t revenue = 0;
    int lines = 0;
    bool cancellation = false;
    std::optional<std::int64_t> cancels;
};

class Collector {
public:
    SaleAssembler assembler(bool track = true) {
        return SaleAssembler(
            [this](const Sale& sale) -> std::optional<std::int64_t> {
                seen.push_back({sale.customer, sale.reference, sale.revenue.minor(), sale.lineCount, sale.cancellation,
                                sale.cancelsHandle});
                return static_cast<std::int64_t>(seen.size()); // the handle: the sale's position, from 1
            },
            track);
    }
    std::vector<Seen> seen;
};

SaleLine line(std::string customer, std::string invoice, std::int64_t cents, int day = 1, std::string cancels = {}) {
    SaleLine l;
    l.customer = std::move(customer);
    l.invoice = std::move(invoice);
    l.amount = core::Money::fromMinor(cents);
    l.date = core::Date::fromYmd(2024, 1, static_cast<unsigned>(day));
    l.cancels = std::move(cancels);
    return l;
}

} // namespace

TEST(SaleAssembler, ConsecutiveLinesOfOneInvoiceAndCustomerAreOneSale) {
    Collector c;
    auto a = c.assembler();
    a.add(line("A", "1", 100));
    a.add(line("A", "1", 250));
    a.add(line("B", "1", 10)); // the same number for another customer is another document
    a.add(line("A", "", 5));   // without invoice numbers every line is a sale
    a.add(line("A", "", 6));
    a.finish();
    ASSERT_EQ(c.seen.size(), 4u);
    EXPECT_EQ(c.seen[0].revenue, 350);
    EXPECT_EQ(c.seen[0].lines, 2);
    EXPECT_EQ(c.seen[1].customer, "B");
    EXPECT_EQ(c.seen[2].lines, 0);
    EXPECT_EQ(a.sales(), 4);
    EXPECT_EQ(a.groupedLines(), 2);
}

TEST(SaleAssembler, ACancellationCancelsTheLatestPurchaseOfTheOppositeAmountOnce) {
    Collector c;
    auto a = c.assembler();
    a.add(line("A", "1", 900, 1));
    a.add(line("A", "2", 900, 2));
    a.add(line("A", "C3", -900, 5));
    a.add(line("A", "C4", -900, 6));
    a.add(line("A", "C5", -900, 7)); // nothing left to cancel
    a.add(line("A", "C6", -100, 7)); // a partial return names nothing
    a.finish();
    ASSERT_EQ(c.seen.size(), 6u);
    EXPECT_TRUE(c.seen[2].cancellation);
    EXPECT_EQ(c.seen[2].cancels, 2) << "the latest: invoice 2";
    EXPECT_EQ(c.seen[3].cancels, 1);
    EXPECT_FALSE(c.seen[4].cancels);
    EXPECT_FALSE(c.seen[5].cancels);
    EXPECT_EQ(a.cancellations(), 4);
    EXPECT_EQ(a.linkedCancellations(), 2);
}

TEST(SaleAssembler, ANamedInvoiceIsCancelledWhateverTheAmountAndNeverAFutureOne) {
    Collector c;
    auto a = c.assembler();
    a.add(line("A", "FV/1", 1000, 1));
    a.add(line("A", "FV/2", 400, 2));
    a.add(line("A", "K/1", -300, 3, "FV/1")); // a correction of part of FV/1
    a.add(line("B", "C9", -50, 3));           // before B bought anything: nothing to cancel
    a.add(line("B", "9", 50, 4));
    a.finish();
    EXPECT_EQ(c.seen[2].cancels, 1);
    EXPECT_FALSE(c.seen[3].cancels);
}

// The purchases are remembered by a hash of their document number: long numbers that differ only at the end,
// as ERPs print them, still find their own invoice, and the prefix rule compares the whole number.
TEST(SaleAssembler, LongDocumentNumbersFindTheirOwnInvoice) {
    Collector c;
    auto a = c.assembler();
    a.add(line("A", "FV/2024/01/000123", 1000, 1));
    a.add(line("A", "FV/2024/01/000124", 700, 2));
    a.add(line("A", "FV/2024/01/000125", 1000, 3));
    a.add(line("A", "KOR/2024/01/000001", -200, 4, "FV/2024/01/000123"));
    a.add(line("A", "20240100000012", 500, 5));
    a.add(line("A", "20240100000013", 500, 6));
    a.add(line("A", "C20240100000012", -500, 7)); // by its number the earlier one; by amount it would be the later
    a.finish();
    ASSERT_EQ(c.seen.size(), 7u);
    EXPECT_EQ(c.seen[3].cancels, 1) << "the named one, not the later one of the same amount";
    EXPECT_EQ(c.seen[6].cancels, 5) << "the number after the prefix, whole";
}

TEST(SaleAssembler, WithoutTrackingNothingIsLinked) {
    Collector c;
    auto a = c.assembler(false);
    a.add(line("A", "1", 900, 1));
    a.add(line("A", "C2", -900, 2));
    a.finish();
    EXPECT_FALSE(c.seen[1].cancels);
    EXPECT_EQ(a.cancellations(), 1);
}
