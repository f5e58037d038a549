// Real sales exports as shops and ERPs write them: invoice line items with quantity and unit price,
// cancellations, placeholder customer ids, dates whose order shows only deep in the file, legacy code pages
// with Polish and Russian headers. Each file is built here, imported into a real database, and the stored
// rows, the report's counts and the messages are checked.
#include "analytics/customer_summary.h"
#include "analytics/purchase_sources.h"
#include "io/import_summary.h"
#include "io/importer.h"
#include "io/sales_file.h"
#include "storage/repository.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <map>
#include <set>

using namespace rapport;
using io::ImportKind;
using io::ImportOptions;

namespace {

class SalesImportTest : public ::testing::Test {
protected:
    std::string write(const std::string& name, const std::string& bytes) {
        const auto path = m_dir.file(name);
        test::writeBytes(path, bytes);
        return path;
    }
    io::ImportReport run(const std::string& file, ImportOptions options = {}) {
        options.kind = ImportKind::Transactions;
        if (options.rejectsPath.empty()) {
            options.rejectsPath = file + ".rejects.csv";
        }
        return io::importFile(*m_repository, file, options);
    }
    io::ImportReport runCreating(const std::string& file, ImportOptions options = {}) {
        options.createMissingCustomers = true;
        return run(file, options);
    }
    std::vector<core::Episode> episodesOf(const std::string& ref) {
        const auto id = m_repository->customerByExternalRef(ref);
        EXPECT_TRUE(id) << ref;
        if (!id) {
            return {};
        }
        storage::EpisodeQuery query;
        query.customerId = *id;
        query.limit = 1000;
        auto rows = m_repository->episodes(query).rows;
        std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
        return rows;
    }
    /** The model summaries of the stored purchases, by the customer's reference in the file. */
    std::map<std::string, analytics::CustomerSummary> storedSummaries(core::Date until) {
        analytics::SummaryBuilder builder({analytics::TimeUnit::Day, until});
        analytics::addRepositoryPurchases(*m_repository, builder);
        std::map<std::string, analytics::CustomerSummary> byRef;
        for (auto& summary : builder.finish()) {
            const auto customer = m_repository->customer(builder.id(summary));
            byRef[customer->externalRef] = summary;
        }
        return byRef;
    }

    test::TestDatabase m_database;
    test::TempDir m_dir;
    std::unique_ptr<storage::Repository> m_repository = storage::openRepository(m_database.location());
};

core::Date day(int y, unsigned m, unsigned d) {
    return core::Date::fromYmd(y, m, d);
}

// Shaped like the UK online retailer's export: one row per invoice line, M/D/YYYY H:MM, cancellations "C...".
const std::string kRetailLines = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                                 "536365,85123A,WHITE HANGING HEART,6,12/1/2010 8:26,2.55,17850,United Kingdom\n"
                                 "536365,71053,WHITE METAL LANTERN,6,12/1/2010 8:26,3.39,17850,United Kingdom\n"
                                 "536365,84406B,CREAM CUPID HEARTS,3,12/1/2010 8:26,4.8533,17850,United Kingdom\n"
                                 "536366,22633,HAND WARMER UNION JACK,1,12/1/2010 8:28,0.125,17850,United Kingdom\n"
                                 "536367,22745,POPPY'S PLAYHOUSE,10,12/1/2010 8:34,2.10,13047,United Kingdom\n"
                                 "C536368,22745,POPPY'S PLAYHOUSE,-10,12/1/2010 9:01,2.10,13047,United Kingdom\n"
                                 "536369,21756,BATH BUILDING BLOCK,4,12/3/2010 10:00,5.95,13047,United Kingdom\n"
                                 "536370,22728,ALARM CLOCK,24,12/5/2010 9:45,3.75,12583,France\n"
                                 "C536371,22728,ALARM CLOCK,-24,12/9/2010 11:00,3.75,12583,France\n"
                                 "536372,22726,ALARM CLOCK GREEN,12,12/10/2010 9:00,3.75,12583,France\n"
                                 "536373,22086,PAPER CHAIN KIT,2,12/13/2010 9:00,2.95,,United Kingdom\n"
                                 "536374,22086,PAPER CHAIN KIT,1,12/13/2010 9:05,2.95,(blank),United Kingdom\n"
                                 "536375,22086,PAPER CHAIN KIT,1,12/13/2010 9:07,2.95,0,United Kingdom\n";

} // namespace

TEST_F(SalesImportTest, InvoiceLinesBecomeOnePurchaseWithItsNumberLineCountAndRoundedAmount) {
    const auto report = runCreating(write("retail.csv", kRetailLines));
    EXPECT_EQ(report.rows, 13);
    EXPECT_EQ(report.rejected, 0) << (report.problems.empty() ? "" : report.problems[0].describe());
    EXPECT_EQ(report.layout.dateOrder, io::DateOrder::MonthDayYear) << "12/13/2010 decides";
    EXPECT_EQ(report.sales, 11); // 536365 has three lines
    EXPECT_EQ(report.groupedLines, 3);
    EXPECT_EQ(report.roundedAmounts, 2); // 3 x 4.8533 = 14.5599; 1 x 0.125

    const auto episodes = episodesOf("17850");
    ASSERT_EQ(episodes.size(), 2u);
    EXPECT_EQ(episodes[0].reference, "536365");
    EXPECT_EQ(episodes[0].lineCount, 3);
    EXPECT_EQ(episodes[0].kind, core::EpisodeKind::Purchase);
    EXPECT_EQ(episodes[0].occurredOn, day(2010, 12, 1));
    // 6 x 2.55 + 6 x 3.39 + 3 x 4.8533 = 15.30 + 20.34 + 14.5599 -> 14.56: 50.20
    EXPECT_EQ(episodes[0].revenue, core::Money::fromMinor(5020));
    // 0.125 is half a cent: half to even gives 0.12, not 0.13.
    EXPECT_EQ(episodes[1].revenue, core::Money::fromMinor(12));
    EXPECT_EQ(episodes[1].lineCount, 1);

    const auto summary = io::importSummary(report, false);
    EXPECT_NE(summary.find("13 rows made 11 sales"), std::string::npos) << summary;
    EXPECT_NE(summary.find("rounded half to even to 0.01"), std::string::npos) << summary;
}

TEST_F(SalesImportTest, CancellationsAreLinkedAndACancelledPurchaseIsNoPurchaseDay) {
    const auto report = runCreating(write("retail.csv", kRetailLines));
    EXPECT_EQ(report.cancellations, 2);
    EXPECT_EQ(report.linkedCancellations, 2);

    const auto sameDay = episodesOf("13047");
    ASSERT_EQ(sameDay.size(), 3u);
    EXPECT_EQ(sameDay[1].kind, core::EpisodeKind::Return);
    EXPECT_EQ(sameDay[1].reference, "C536368");
    EXPECT_EQ(sameDay[1].revenue, core::Money::fromMinor(-2100));
    EXPECT_EQ(sameDay[1].cancels, sameDay[0].id);

    const auto later = episodesOf("12583");
    ASSERT_EQ(later.size(), 3u);
    EXPECT_EQ(later[1].cancels, later[0].id) << "the 90.00 cancelled four days later is the 90.00 bought";

    // The models see 13047 buy once (12/3; 12/1 netted to nothing) and 12583 once (12/10; 12/5 cancelled).
    const auto summaries = storedSummaries(day(2010, 12, 31));
    EXPECT_EQ(summaries.at("13047").purchaseDays, 1);
    EXPECT_EQ(summaries.at("13047").firstPurchase, day(2010, 12, 3));
    EXPECT_EQ(summaries.at("12583").purchaseDays, 1);
    EXPECT_EQ(summaries.at("12583").firstPurchase, day(2010, 12, 10));
    EXPECT_EQ(summaries.at("17850").purchaseDays, 1) << "two invoices on one day are one purchase day";
}

TEST_F(SalesImportTest, PlaceholderCustomersBecomeAnonymousSalesNeverACustomer) {
    const auto report = runCreating(write("retail.csv", kRetailLines));
    EXPECT_EQ(report.anonymousRows, 3); // empty, "(blank)" and "0"
    EXPECT_EQ(report.anonymousSales, 3);
    EXPECT_EQ(report.anonymousRevenueMinor, 590 + 295 + 295);
    EXPECT_EQ(report.customersCreated, 3) << "17850, 13047 and 12583; no customer \"0\" or \"(blank)\"";
    EXPECT_FALSE(m_repository->customerByExternalRef("0"));
    EXPECT_FALSE(m_repository->customerByExternalRef("(blank)"));
    const auto totals = m_repository->anonymousSalesTotals();
    EXPECT_EQ(totals.sales, 3);
    EXPECT_EQ(totals.revenueMinor, 1180);
    const auto summary = io::importSummary(report, false);
    EXPECT_NE(summary.find("3 rows have no real customer"), std::string::npos) << summary;
    EXPECT_NE(summary.find("anonymous sales worth 11.80"), std::string::npos) << summary;
}

TEST_F(SalesImportTest, AnonymousRowsCanBeSkippedAndThePlaceholderListConfigured) {
    ImportOptions options;
    options.anonymousRows = io::AnonymousRows::Skip;
    const auto report = runCreating(write("retail.csv", kRetailLines), options);
    EXPECT_EQ(report.anonymousRows, 3);
    EXPECT_EQ(report.anonymousSkipped, 3);
    EXPECT_EQ(m_repository->anonymousSalesTotals().sales, 0);

    // A shop whose real customer 0 exists: only "(blank)" and empty mean nobody.
    ImportOptions mine;
    mine.anonymousCustomerValues = {"", "(blank)"};
    const auto second = runCreating(write("retail2.csv", kRetailLines), mine);
    EXPECT_EQ(second.anonymousRows, 2);
    EXPECT_TRUE(m_repository->customerByExternalRef("0"));
}

TEST_F(SalesImportTest, TheSameExportTwiceChangesNothing) {
    const auto file = write("retail.csv", kRetailLines);
    runCreating(file);
    const auto counts = m_repository->counts();
    const auto anonymous = m_repository->anonymousSalesTotals();
    const auto again = runCreating(file);
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.anonymousSales, 0);
    EXPECT_EQ(again.unchanged, 11);
    EXPECT_EQ(m_repository->counts().episodes, counts.episodes);
    EXPECT_EQ(m_repository->anonymousSalesTotals().sales, anonymous.sales);
}

// A cancellation keyed in twice: the first cancels the invoice, the second finds nothing left to cancel and stays
// unlinked. Both are stored once, and a second import of the file recognises each, linked or not.
TEST_F(SalesImportTest, AnInvoiceCancelledTwiceIsRecognisedOnTheSecondImport) {
    const std::string lines = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                              "540001,A,LANTERN,2,1/15/2011 10:00,5.00,12345,United Kingdom\n"
                              "540002,B,HEART,1,1/15/2011 11:00,3.00,17850,United Kingdom\n"
                              "C540001,A,LANTERN,-2,1/16/2011 9:00,5.00,12345,United Kingdom\n"
                              "540003,B,HEART,1,1/16/2011 9:10,3.00,17850,United Kingdom\n"
                              "C540001,A,LANTERN,-2,1/16/2011 9:30,5.00,12345,United Kingdom\n";
    const auto file = write("retail.csv", lines);
    const auto first = runCreating(file);
    EXPECT_EQ(first.added, 5);
    const auto stored = episodesOf("12345");
    ASSERT_EQ(stored.size(), 3U);
    EXPECT_EQ(stored[1].cancels, stored[0].id);
    EXPECT_FALSE(stored[2].cancels) << "the invoice was already cancelled by the first";

    const auto again = runCreating(file);
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.unchanged, 5);
    EXPECT_EQ(episodesOf("12345").size(), 3U);
}

TEST_F(SalesImportTest, ADryRunWritesNothingAtAllButCountsEverything) {
    const auto file = write("retail.csv", kRetailLines + "536399,1,X,1,12/14/2010 9:00,abc,17850,UK\n");
    ImportOptions options;
    options.dryRun = true;
    const auto report = runCreating(file, options);
    EXPECT_FALSE(report.written);
    EXPECT_EQ(report.rejected, 1);
    EXPECT_EQ(report.anonymousRows, 3);
    EXPECT_EQ(report.sales, 11);
    EXPECT_TRUE(report.rejectsPath.empty());
    EXPECT_FALSE(std::filesystem::exists(file + ".rejects.csv")) << "a dry run writes no rejects file";
    EXPECT_EQ(m_repository->counts().customers, 0);
    EXPECT_EQ(m_repository->anonymousSalesTotals().sales, 0);
    const auto summary = io::importSummary(report, true);
    EXPECT_NE(summary.find("would be stored as 3 anonymous sales"), std::string::npos) << summary;
}

TEST_F(SalesImportTest, AnUnknownCustomerRejectsTheWholeInvoiceWithAReason) {
    const auto report = run(write("retail.csv", kRetailLines));
    // Without creating customers, every line of a real customer is rejected, all three lines of 536365 too.
    EXPECT_EQ(report.rejected, 10);
    ASSERT_FALSE(report.problems.empty());
    EXPECT_EQ(report.problems[0].describe(),
              "row 1 (line 2), column \"CustomerID\", value \"17850\": no customer in the base has it (import the "
              "customers first, or allow creating missing customers)");
    const auto rejects = test::readBytes(report.rejectsPath);
    EXPECT_NE(rejects.find("536365,84406B,CREAM CUPID HEARTS,3,12/1/2010 8:26,4.8533,17850"), std::string::npos);
}

TEST_F(SalesImportTest, TheDateOrderIsDecidedByTheWholeColumnAndAContradictedChoiceRefused) {
    // 1,082 rows allow both orders; row 1,083 is the first 12/13/2010.
    std::string file = "order,date,customer,amount\n";
    for (int row = 1; row <= 1082; ++row) {
        file += std::to_string(row) + "," + std::to_string(row % 12 + 1) + "/" + std::to_string(row % 12 + 1) +
                "/2010,K" + std::to_string(row % 7) + ",10.00\n";
    }
    file += "1083,12/13/2010,K1,10.00\n";
    const auto path = write("late.csv", file);
    const auto report = runCreating(path);
    EXPECT_EQ(report.layout.dateOrder, io::DateOrder::MonthDayYear);
    EXPECT_EQ(report.layout.rowsExamined, 1083);
    EXPECT_EQ(report.layout.dateDecidingRows, 1);
    EXPECT_EQ(report.rejected, 0);

    ImportOptions dmy;
    dmy.dateOrder = io::DateOrder::DayMonthYear;
    try {
        runCreating(path, dmy);
        FAIL() << "day first contradicts row 1,083";
    } catch (const io::ImportError& e) {
        EXPECT_NE(std::string(e.what()).find("row 1,083 of column \"date\" has \"12/13/2010\", which is month first"),
                  std::string::npos)
            << e.what();
    }
    EXPECT_EQ(m_repository->counts().episodes, 1083) << "the refused import wrote nothing more";

    // When no row decides, the message says so for the whole column.
    const auto ambiguous = write("ambiguous.csv", "date,customer,amount\n01/02/2010,K1,5\n03/04/2010,K2,6\n");
    try {
        runCreating(ambiguous);
        FAIL() << "two ambiguous dates cannot decide";
    } catch (const io::ImportError& e) {
        EXPECT_NE(std::string(e.what()).find("all 2 rows have dates such as 03/04/2024"), std::string::npos)
            << e.what();
    }
}

TEST_F(SalesImportTest, PolishWindows1250ExportWithDecimalCommaAndNetValue) {
    const auto path = write("faktury.csv", "Nr faktury;Data wystawienia;Kontrahent;Ilo\x9C\xE6;Cena netto;Warto\x9C\xE6"
                                           " netto;Uwagi\n"
                                           "FV/1/2024;05.03.2024;K-01;2;12,50;;Za\xBF\xF3\xB3\xE6\n"
                                           "FV/1/2024;05.03.2024;K-01;1;;7,25;\n"
                                           "FV/2/2024;13.03.2024;K-02;3;1,3333;;\n");
    const auto report = runCreating(path);
    EXPECT_EQ(report.layout.encoding.encoding, io::TextEncoding::Windows1250);
    EXPECT_EQ(report.layout.decimalSeparator, io::DecimalSeparator::Comma);
    EXPECT_EQ(report.layout.mapping.fieldOfColumn[0], "invoice");
    EXPECT_EQ(report.layout.mapping.fieldOfColumn[1], "occurred_on");
    EXPECT_EQ(report.layout.mapping.fieldOfColumn[2], "customer_ref");
    EXPECT_EQ(report.layout.mapping.fieldOfColumn[3], "quantity");
    EXPECT_EQ(report.layout.mapping.fieldOfColumn[4], "unit_price");
    EXPECT_EQ(report.layout.mapping.fieldOfColumn[5], "revenue");
    EXPECT_EQ(report.rejected, 0) << (report.problems.empty() ? "" : report.problems[0].describe());
    const auto first = episodesOf("K-01");
    ASSERT_EQ(first.size(), 1u);
    EXPECT_EQ(first[0].revenue, core::Money::fromMinor(3225)); // 2 x 12,50 + 7,25
    EXPECT_EQ(first[0].reference, "FV/1/2024");
    EXPECT_EQ(first[0].occurredOn, day(2024, 3, 5));
    EXPECT_EQ(first[0].notes, "Zażółć");
    const auto second = episodesOf("K-02");
    ASSERT_EQ(second.size(), 1u);
    EXPECT_EQ(second[0].revenue, core::Money::fromMinor(400)); // 3 x 1,3333 = 3,9999
}

TEST_F(SalesImportTest, AMarginAboveTheAmountIsReportedUnderTheMarginsColumnWithTheSalesMargin) {
    // Two lines of one invoice whose margins add up to more than its value: the fault is the margin's.
    const auto path = write("marza.csv", "Nr dokumentu;Data;Kontrahent;Wartość netto;Marża\n"
                                         "FV/7/2024;05.03.2024;K-01;100,00;80,00\n"
                                         "FV/7/2024;05.03.2024;K-01;50,00;90,50\n"
                                         "FV/8/2024;06.03.2024;K-01;40,00;10,00\n");
    const auto report = runCreating(path);
    EXPECT_EQ(report.layout.mapping.fieldOfColumn[4], "margin");
    EXPECT_EQ(report.added, 1);
    EXPECT_EQ(report.rejected, 2) << "both lines of the invoice";
    ASSERT_FALSE(report.problems.empty());
    EXPECT_EQ(report.problems[0].column, "Marża");
    EXPECT_EQ(report.problems[0].value, "170.50");
    EXPECT_EQ(report.problems[0].expected, "cannot exceed the revenue (150.00)");
}

TEST_F(SalesImportTest, RussianWindows1251ExportWithQuantityAndPrice) {
    const auto path =
        write("nakladnye.csv", "\xCD\xEE\xEC\xE5\xF0 \xE4\xEE\xEA\xF3\xEC\xE5\xED\xF2\xE0;\xC4\xE0\xF2\xE0;\xCA\xEE\xED"
                               "\xF2\xF0\xE0\xE3\xE5\xED\xF2;\xCA\xEE\xEB\xE8\xF7\xE5\xF1\xF2\xE2\xEE;\xD6\xE5\xED\xE0;"
                               "\xD1\xF3\xEC\xEC\xE0\n"
                               "\xD0\xCD-1;15.04.2024;\xC8\xE2\xE0\xED\xEE\xE2;1;100,00;\n"
                               "\xD0\xCD-1;15.04.2024;\xC8\xE2\xE0\xED\xEE\xE2;2;50,00;\n");
    const auto report = runCreating(path);
    EXPECT_EQ(report.layout.encoding.encoding, io::TextEncoding::Windows1251);
    EXPECT_EQ(report.rejected, 0) << (report.problems.empty() ? "" : report.problems[0].describe());
    const auto episodes = episodesOf("Иванов");
    ASSERT_EQ(episodes.size(), 1u);
    EXPECT_EQ(episodes[0].revenue, core::Money::fromMinor(20000));
    EXPECT_EQ(episodes[0].reference, "РН-1");
    EXPECT_EQ(episodes[0].lineCount, 2);
}

TEST_F(SalesImportTest, PlaceholdersAreFoundInAnyCaseAndOnlyWhole) {
    const auto path = write("guests.csv", "customer,date,amount\n"
                                          "GOŚĆ,2024-03-01,10.00\n"
                                          "Guest,2024-03-02,11.00\n"
                                          "Guests,2024-03-03,12.00\n"
                                          "gość1,2024-03-04,13.00\n"
                                          "ANONYMOUS,2024-03-05,14.00\n"
                                          "K-7,2024-03-06,15.00\n");
    std::vector<std::string> customers;
    const auto read =
        io::readSalesFile(path, io::ImportOptions{}, [&](const io::Sale& sale) { customers.push_back(sale.customer); });
    EXPECT_EQ(read.anonymousRows, 3);
    EXPECT_EQ(customers, (std::vector<std::string>{"Guests", "gość1", "K-7"}));
}

TEST_F(SalesImportTest, LtvReadsTheFileAsTheImportStoresIt) {
    const auto path = write("retail.csv", kRetailLines);
    runCreating(path);
    const auto until = day(2010, 12, 31);
    analytics::SummaryBuilder builder({analytics::TimeUnit::Day, until});
    std::map<std::string, std::int64_t> fileRevenue; // every sale, also returns on days without purchases
    io::ImportOptions options;
    const auto read = io::readSalesFile(path, options, [&](const io::Sale& sale) {
        builder.add(sale.customer, sale.cancelsHandle ? sale.cancelsDate : sale.date, sale.revenue.minor());
        fileRevenue[sale.customer] += sale.revenue.minor();
    });
    EXPECT_EQ(read.rows, 13);
    EXPECT_EQ(read.anonymousRows, 3);
    EXPECT_EQ(read.linkedCancellations, 2);
    const auto stored = storedSummaries(until);
    const auto fromFile = builder.finish();
    ASSERT_EQ(fromFile.size(), stored.size());
    for (const auto& summary : fromFile) {
        const std::string customer(builder.key(summary));
        const auto& twin = stored.at(customer);
        EXPECT_EQ(summary.purchaseDays, twin.purchaseDays) << customer;
        EXPECT_EQ(summary.firstPurchase, twin.firstPurchase) << customer;
        EXPECT_EQ(summary.lastPurchase, twin.lastPurchase) << customer;
        EXPECT_DOUBLE_EQ(summary.monetary, twin.monetary) << customer;
        EXPECT_DOUBLE_EQ(summary.T, twin.T) << customer;
    }
    // The amounts that make no purchase day (unlinked returns) are read alike too: the revenue per customer.
    std::vector<storage::PurchaseRecord> records;
    m_repository->scanPurchases([&](std::span<const storage::PurchaseRecord> batch) {
        records.insert(records.end(), batch.begin(), batch.end());
        return true;
    });
    std::map<std::string, std::int64_t> storedRevenue;
    for (const auto& record : records) {
        storedRevenue[m_repository->customer(record.customerId)->externalRef] += record.revenueMinor;
    }
    EXPECT_EQ(fileRevenue.size(), fromFile.size());
    EXPECT_EQ(fileRevenue, storedRevenue);
}

TEST_F(SalesImportTest, AFileOfManyBatchesGivesEveryInvoiceWholeAndInOrderAndAFailingSinkStopsTheReading) {
    // 12,000 invoices of one to three lines (24,000 lines): far more than one batch of lines handed from the
    // reading thread to the assembling one, with invoices split across the batches' edges; every tenth invoice is
    // a cancellation (its number with a C, its quantities negative). The file (0.9 MB) is too small for the
    // reader to let go of mapped memory, and no row makes the reading itself throw.
    std::string file = "InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID\n";
    struct Expected {
        std::string customer;
        std::int64_t revenueMinor = 0;
        std::string reference;
    };
    std::vector<Expected> expected;
    int lines = 0;
    for (int invoice = 0; invoice < 12'000; ++invoice) {
        const auto customer = "K" + std::to_string(invoice % 97);
        const auto date = std::to_string(invoice % 28 + 1) + "/2/2023";
        const auto number = (invoice % 10 == 9 ? "C" : "") + std::to_string(100'000 + invoice);
        const int quantity = invoice % 10 == 9 ? -1 : 1;
        Expected sale{customer, 0, number};
        for (int line = 0; line <= invoice % 3; ++line) {
            const int cents = 100 + (invoice * 7 + line * 13) % 900;
            file += number + "," + std::to_string(quantity) + "," + date + "," + std::to_string(cents / 100) + "." +
                    (cents % 100 < 10 ? "0" : "") + std::to_string(cents % 100) + "," + customer + "\n";
            sale.revenueMinor += quantity * cents;
            ++lines;
        }
        expected.push_back(sale);
    }
    const auto path = write("many.csv", file);
    io::ImportOptions options;
    std::vector<Expected> seen;
    const auto read = io::readSalesFile(path, options, [&](const io::Sale& sale) {
        seen.push_back({sale.customer, sale.revenue.minor(), sale.reference});
    });
    EXPECT_EQ(read.rows, lines);
    EXPECT_EQ(read.rejected, 0);
    EXPECT_EQ(read.sales, 12'000);
    EXPECT_EQ(read.cancellations, 1'200);
    ASSERT_EQ(seen.size(), expected.size());
    for (std::size_t i = 0; i < seen.size(); ++i) {
        ASSERT_EQ(seen[i].customer, expected[i].customer) << "sale " << i;
        ASSERT_EQ(seen[i].revenueMinor, expected[i].revenueMinor) << "sale " << i;
        ASSERT_EQ(seen[i].reference, expected[i].reference) << "sale " << i;
    }

    int handed = 0;
    EXPECT_THROW(io::readSalesFile(path, options,
                                   [&](const io::Sale&) {
                                       if (++handed == 5'000) {
                                           throw std::runtime_error("the summary is full");
                                       }
                                   }),
                 std::runtime_error);
    EXPECT_EQ(handed, 5'000) << "no sale is handed on after the sink failed";
}

TEST_F(SalesImportTest, ALargeExportIsStoredInCustomerOrderWithEveryCancellationOnTheInvoiceItNames) {
    // Large enough for the bulk path that rebuilds the indexes at the end, and so writes the episodes by customer
    // and day with ids of its own: an export day by day with customers mixed, where every tenth document cancels
    // that customer's invoice before ("C" and its number, the same amount negative).
    constexpr int kInvoices = 6'000;
    constexpr int kCustomers = 97;
    std::string file = "InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID\n";
    const auto cents = [](int invoice) { return 100 + invoice * 7 % 900; };
    int cancellations = 0;
    for (int invoice = 0; invoice < kInvoices; ++invoice) {
        const bool cancels = invoice % 10 == 9 && invoice >= kCustomers && (invoice - kCustomers) % 10 != 9;
        const int priced = cancels ? invoice - kCustomers : invoice;
        const auto date = day(2023, 1, 1).addDays(invoice / 200).toIso();
        file += (cancels ? "C" : "") + std::to_string(100'000 + priced) + "," + (cancels ? "-1" : "1") + "," + date +
                "," + std::to_string(cents(priced) / 100) + "." + (cents(priced) % 100 < 10 ? "0" : "") +
                std::to_string(cents(priced) % 100) + ",K" + std::to_string(invoice % kCustomers) + "\n";
        cancellations += cancels ? 1 : 0;
    }
    const auto report = runCreating(write("large.csv", file));
    EXPECT_EQ(report.rejected, 0);
    EXPECT_EQ(report.added, kInvoices);
    EXPECT_EQ(report.cancellations, cancellations);
    EXPECT_EQ(report.linkedCancellations, cancellations);
    int linked = 0;
    for (int customer = 0; customer < kCustomers; ++customer) {
        const auto episodes = episodesOf("K" + std::to_string(customer));
        for (const auto& e : episodes) {
            if (!e.cancels) {
                continue;
            }
            const auto purchase =
                std::find_if(episodes.begin(), episodes.end(), [&](const auto& p) { return p.id == *e.cancels; });
            ASSERT_NE(purchase, episodes.end()) << e.reference << " cancels a purchase of K" << customer;
            EXPECT_EQ("C" + purchase->reference, e.reference);
            EXPECT_EQ(purchase->revenue->minor(), -e.revenue->minor()) << e.reference;
            ++linked;
        }
    }
    EXPECT_EQ(linked, cancellations);
    if (!m_database.isPostgres()) {
        // Ids follow the customers and their days, not the file's order.
        EXPECT_EQ(m_database.queryInt("SELECT count(*) FROM episode e JOIN episode n ON n.id = e.id + 1 "
                                      "WHERE (n.customer_id, n.occurred_on) < (e.customer_id, e.occurred_on)"),
                  0);
    }
}

namespace {

// Shaped like Shopify's orders export (its own header, shortened to the columns up to "Lineitem discount" and a
// few after): a row per line item, the order's number in "Name", buyers known only by e-mail, order totals on
// an order's first row only, times with their offset.
const std::string kShopifyOrders =
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,"
    "Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,"
    "Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,"
    "Lineitem fulfillment status,Billing Name,Billing City,Billing Zip,Billing Country,Notes,Cancelled at,"
    "Payment Method,Refunded Amount,Vendor,Id,Tags,Risk Level,Source,Lineitem discount,Phone\n"
    "#1003,anna.nowak@example.pl,paid,2025-03-04 12:01:11 +0100,fulfilled,2025-03-05 08:00:00 +0100,yes,PLN,"
    "150.00,12.00,36.96,198.96,,0.00,Kurier,2025-03-04 12:00:43 +0100,2,Kubek,50.00,,KUB-1,true,true,fulfilled,"
    "Anna Nowak,Gdańsk,80-001,PL,,,Przelewy24,0.00,Sklep,5623451003,,Low,web,0.00,+48 600 100 200\n"
    "#1003,anna.nowak@example.pl,,,,,,,,,,,,,,2025-03-04 12:00:43 +0100,1,Herbata,50.00,,HER-2,true,true,"
    "fulfilled,,,,,,,,,Sklep,,,,,0.00,\n"
    "#1002,jan.kowalski@example.pl,paid,2025-02-11 09:30:00 +0100,fulfilled,2025-02-12 10:00:00 +0100,no,PLN,"
    "80.00,12.00,21.16,113.16,WIOSNA10,8.00,Kurier,2025-02-11 09:29:12 +0100,1,Czajnik,88.00,,CZA-1,true,true,"
    "fulfilled,Jan Kowalski,Kraków,30-001,PL,,,Przelewy24,0.00,Sklep,5623451002,,Low,web,8.00,\n"
    "#1001,Anna.Nowak@Example.pl,paid,2025-01-20 18:00:00 +0100,fulfilled,2025-01-21 10:00:00 +0100,yes,PLN,"
    "40.00,12.00,11.96,63.96,,0.00,Kurier,2025-01-20 17:59:01 +0100,1,Kubek,40.00,,KUB-1,true,true,fulfilled,"
    "Anna Nowak,Gdańsk,80-001,PL,,,Przelewy24,0.00,Sklep,5623451001,,Low,web,0.00,+48 600 100 200\n";

} // namespace

TEST_F(SalesImportTest, AShopifyOrdersExportImportsAsItComesWithBuyersFoundOrCreatedByEMail) {
    const auto path = write("orders_export_1.csv", kShopifyOrders);
    const auto report = runCreating(path);
    EXPECT_EQ(report.rows, 4);
    EXPECT_EQ(report.rejected, 0) << (report.problems.empty() ? "" : report.problems[0].describe());
    EXPECT_EQ(report.sales, 3);
    EXPECT_EQ(report.customersCreated, 2) << "Anna's two spellings of her address are one buyer";

    std::map<std::string, core::CustomerId> byName;
    std::map<std::string, std::string> addressOf;
    for (core::CustomerId id = 1; id <= 3; ++id) {
        if (const auto customer = m_repository->customer(id)) {
            byName[customer->displayName] = id;
            ASSERT_EQ(customer->emails.size(), 1u);
            addressOf[customer->displayName] = customer->emails[0].value;
        }
    }
    ASSERT_EQ(byName.size(), 2u);
    ASSERT_TRUE(byName.count("Anna Nowak")) << "named by the order's Billing Name";
    EXPECT_EQ(addressOf.at("Anna Nowak"), "anna.nowak@example.pl") << "the address of the first row read";
    EXPECT_EQ(addressOf.at("Jan Kowalski"), "jan.kowalski@example.pl");
    // Listed newest first: acquired at her first order (#1001), not at the row that created her (#1003).
    EXPECT_EQ(m_repository->customer(byName.at("Anna Nowak"))->acquiredOn, day(2025, 1, 20));
    const auto purchasesOf = [this](core::CustomerId id) {
        storage::EpisodeQuery query;
        query.customerId = id;
        auto rows = m_repository->episodes(query).rows;
        std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.occurredOn < b.occurredOn; });
        return rows;
    };
    const auto anna = purchasesOf(byName.at("Anna Nowak"));
    ASSERT_EQ(anna.size(), 2u);
    EXPECT_EQ(anna[0].reference, "#1001");
    EXPECT_EQ(anna[0].occurredOn, day(2025, 1, 20));
    EXPECT_EQ(anna[0].revenue, core::Money::fromMinor(4000));
    // The order's two lines, 2 x 50.00 and 1 x 50.00, make its subtotal; the subtotal column is not added to them.
    EXPECT_EQ(anna[1].reference, "#1003");
    EXPECT_EQ(anna[1].lineCount, 2);
    EXPECT_EQ(anna[1].revenue, core::Money::fromMinor(15000));
    const auto jan = purchasesOf(byName.at("Jan Kowalski"));
    ASSERT_EQ(jan.size(), 1u);
    EXPECT_EQ(jan[0].revenue, core::Money::fromMinor(8000)) << "88.00 less the line's discount of 8.00";

    // The next export holds the same orders: its buyers are found by their addresses, nothing doubles, and a
    // billing name written otherwise there does not rename a customer the base has.
    auto next = kShopifyOrders;
    for (auto at = next.find("Anna Nowak"); at != std::string::npos; at = next.find("Anna Nowak", at)) {
        next.replace(at, 10, "A. Nowak");
    }
    const auto again = runCreating(write("orders_export_2.csv", next));
    EXPECT_EQ(again.rejected, 0);
    EXPECT_EQ(again.customersCreated, 0);
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.unchanged, 3);
    EXPECT_EQ(m_repository->customer(byName.at("Anna Nowak"))->displayName, "Anna Nowak");
}

TEST_F(SalesImportTest, ACreatedBuyerIsNamedByTheFirstNameItsOrderGivesElseByTheAddress) {
    // The order's first line has no name, its second has; the other buyer has none anywhere.
    const auto report = runCreating(write("orders.csv", "Name,Email,Created at,Lineitem quantity,Lineitem price,"
                                                        "Billing Name\n"
                                                        "#7,ewa@example.pl,2025-05-02 10:00:00 +0200,1,20.00,\n"
                                                        "#7,ewa@example.pl,2025-05-02 10:00:00 +0200,1,5.00,Ewa Lis\n"
                                                        "#8,olaf@example.se,2025-05-03 11:00:00 +0200,1,9.00,\n"));
    EXPECT_EQ(report.rejected, 0) << (report.problems.empty() ? "" : report.problems[0].describe());
    ASSERT_EQ(report.customersCreated, 2);
    std::set<std::string> names;
    for (core::CustomerId id = 1; id <= 2; ++id) {
        const auto customer = m_repository->customer(id);
        ASSERT_TRUE(customer) << id;
        names.insert(customer->displayName);
    }
    EXPECT_EQ(names, (std::set<std::string>{"Ewa Lis", "olaf@example.se"}));
}

TEST_F(SalesImportTest, AnErpsSalesNameTheirCustomersAndANameNoCustomerMayHaveIsLeftForTheDefault) {
    // An ERP's sales with the customer's code and name; the third name is longer than a name may be.
    const std::string tooLong(250, 'x');
    const auto report = runCreating(write("sprzedaz.csv", "Numer dokumentu;Data sprzedaży;Kod kontrahenta;"
                                                          "Nazwa kontrahenta;Wartość netto\n"
                                                          "FV/1/2025;2025-04-01;K-1;Hurtownia Bursztyn;100,00\n"
                                                          "FV/2/2025;2025-04-02;K-2;Sklep Pod Lipą;40,00\n"
                                                          "FV/3/2025;2025-04-03;K-3;" +
                                                              tooLong + ";15,00\n"));
    EXPECT_EQ(report.rejected, 0) << (report.problems.empty() ? "" : report.problems[0].describe());
    EXPECT_EQ(report.customersCreated, 3);
    const auto nameOf = [this](const std::string& ref) {
        const auto id = m_repository->customerByExternalRef(ref);
        return id ? m_repository->customer(*id)->displayName : std::string("(none)");
    };
    EXPECT_EQ(nameOf("K-1"), "Hurtownia Bursztyn");
    EXPECT_EQ(nameOf("K-2"), "Sklep Pod Lipą");
    EXPECT_EQ(nameOf("K-3"), "Customer K-3") << "the sale is kept under the default name";
}

TEST_F(SalesImportTest, AnErpsCustomerNameNamesTheCustomersItsEpisodesCreate) {
    ImportOptions options;
    options.kind = ImportKind::Episodes;
    options.createMissingCustomers = true;
    const auto report = io::importFile(*m_repository,
                                       write("wizyty.csv", "Kod kontrahenta;Nazwa kontrahenta;Data;Rodzaj\n"
                                                           "K-101;Hurtownia Bursztyn sp. z o.o.;2025-04-01;meeting\n"
                                                           "K-102;;2025-04-02;call\n"),
                                       options);
    EXPECT_EQ(report.rejected, 0) << (report.problems.empty() ? "" : report.problems[0].describe());
    ASSERT_EQ(report.customersCreated, 2);
    const auto named = m_repository->customerByExternalRef("K-101");
    ASSERT_TRUE(named);
    EXPECT_EQ(m_repository->customer(*named)->displayName, "Hurtownia Bursztyn sp. z o.o.");
    const auto unnamed = m_repository->customerByExternalRef("K-102");
    ASSERT_TRUE(unnamed);
    EXPECT_EQ(m_repository->customer(*unnamed)->displayName, "Customer K-102");
}

TEST_F(SalesImportTest, WithoutCreationAnUnknownAddressIsRejectedWithTheWayOut) {
    const auto report = run(write("orders_export.csv", kShopifyOrders));
    EXPECT_EQ(report.rejected, 4);
    ASSERT_FALSE(report.problems.empty());
    EXPECT_NE(report.problems[0].describe().find(
                  "no customer in the base has it (import the customers first, or allow creating missing customers)"),
              std::string::npos)
        << report.problems[0].describe();
}

TEST_F(SalesImportTest, BesideACustomerColumnAGuestsAddressKeepsTheSaleAnonymous) {
    // A shop export with both: the customer number decides, a guest checkout's address is no customer.
    const auto report = runCreating(write("shop.csv", "Order ID,Order Date,Customer ID,Email,Total\n"
                                                      "A-1,2025-03-01,C-7,ewa@example.pl,120.00\n"
                                                      "A-2,2025-03-02,guest,gosc@example.pl,45.50\n"));
    EXPECT_EQ(report.rejected, 0) << (report.problems.empty() ? "" : report.problems[0].describe());
    EXPECT_EQ(report.customersCreated, 1);
    EXPECT_EQ(report.anonymousSales, 1);
    EXPECT_EQ(m_repository->anonymousSalesTotals().revenueMinor, 4550);
    EXPECT_TRUE(m_repository->customerByExternalRef("C-7"));
}

TEST_F(SalesImportTest, ARapportNumberNotInTheBaseIsRejectedWithoutSuggestingCreation) {
    const auto report = runCreating(write("numbers.csv", "Rapport customer id,Date,Amount\n999,2025-03-01,10.00\n"));
    ASSERT_EQ(report.rejected, 1);
    EXPECT_EQ(report.problems[0].describe(), "row 1 (line 2), column \"Rapport customer id\", value \"999\": no "
                                             "customer in the base has it (import the customers first)");
}

TEST_F(SalesImportTest, ReadingAFileGroupsAnAddressWrittenInTwoCasesUnderOneBuyer) {
    // What ltv --transactions sums per buyer.
    ImportOptions options;
    options.kind = ImportKind::Transactions;
    std::set<std::string> buyers;
    const auto read = io::readSalesFile(write("orders_export.csv", kShopifyOrders), options,
                                        [&buyers](const io::Sale& sale) { buyers.insert(sale.customer); });
    EXPECT_EQ(read.rejected, 0);
    EXPECT_EQ(buyers, (std::set<std::string>{"email:anna.nowak@example.pl", "email:jan.kowalski@example.pl"}));
}

TEST(SalesHeaders, ShopErpAndAccountingNamesInFiveLanguagesMapToTheirFields) {
    const auto fields = [](std::vector<std::string> header) {
        const auto mapping = io::mapByHeader(ImportKind::Transactions, header);
        std::vector<std::string> names;
        for (const auto& field : mapping.fieldOfColumn) {
            names.push_back(field.value_or("-"));
        }
        return names;
    };
    using V = std::vector<std::string>;
    EXPECT_EQ(
        fields({"InvoiceNo", "InvoiceDate", "CustomerID", "Quantity", "UnitPrice", "Discount", "Net value",
                "Gross value"}),
        (V{"invoice", "occurred_on", "customer_ref", "quantity", "unit_price", "discount", "revenue", "gross_amount"}));
    EXPECT_EQ(fields({"Order ID", "Order Date", "Buyer", "Qty", "Price", "Total"}),
              (V{"invoice", "occurred_on", "customer_ref", "quantity", "unit_price", "revenue"}));
    EXPECT_EQ(
        fields({"Numer dokumentu", "Data sprzedaży", "Nabywca", "Ilość", "Cena netto", "Rabat", "Wartość brutto",
                "Faktura korygowana"}),
        (V{"invoice", "occurred_on", "customer_ref", "quantity", "unit_price", "discount", "gross_amount", "cancels"}));
    EXPECT_EQ(fields({"Номер документа", "Дата документа", "Покупатель", "Кол-во", "Цена", "Скидка", "Сумма"}),
              (V{"invoice", "occurred_on", "customer_ref", "quantity", "unit_price", "discount", "revenue"}));
    EXPECT_EQ(fields({"Номер рахунку", "Дата продажу", "Покупець", "Кількість", "Ціна", "Знижка", "Сума"}),
              (V{"invoice", "occurred_on", "customer_ref", "quantity", "unit_price", "discount", "revenue"}));
    EXPECT_EQ(fields({"Fakturanummer", "Fakturadatum", "Kundnummer", "Antal", "À-pris", "Rabatt", "Belopp",
                      "Täckningsbidrag"}),
              (V{"invoice", "occurred_on", "customer_ref", "quantity", "unit_price", "discount", "revenue", "margin"}));
    // Shopify's orders: the lines' columns, not the order's totals; "Name" is the order's number there.
    EXPECT_EQ(fields({"Name", "Email", "Subtotal", "Total", "Created at", "Lineitem quantity", "Lineitem name",
                      "Lineitem price", "Lineitem discount", "Billing Name", "Shipping Name"}),
              (V{"invoice", "customer_email", "-", "-", "occurred_on", "quantity", "-", "unit_price", "discount",
                 "customer_name", "-"}));
    // An ERP's name beside its customer code: read to name a customer the import creates.
    EXPECT_EQ(fields({"Kod kontrahenta", "Nazwa kontrahenta", "Data sprzedaży", "Wartość netto"}),
              (V{"customer_ref", "customer_name", "occurred_on", "revenue"}));
    // A bare "Email" is the buyer's in a sales or episode file, the person's own in a contact persons file.
    EXPECT_EQ(io::mapByHeader(ImportKind::Episodes, std::vector<std::string>{"Email"}).fieldOfColumn[0],
              "customer_email");
    EXPECT_EQ(io::mapByHeader(ImportKind::ContactPersons, std::vector<std::string>{"Email"}).fieldOfColumn[0],
              "emails");
    // Beside a customer column it is not read; a customer's e-mail column by that name still is.
    EXPECT_EQ(fields({"CustomerID", "Email", "Date", "Amount"}), (V{"customer_ref", "-", "occurred_on", "revenue"}));
    EXPECT_EQ(fields({"CustomerID", "Customer email", "Date"}), (V{"customer_ref", "customer_email", "occurred_on"}));
    // "Created at" is Shopify's order time, not every file's date.
    EXPECT_EQ(fields({"Created at", "Date", "Amount"}), (V{"-", "occurred_on", "revenue"}));
}
