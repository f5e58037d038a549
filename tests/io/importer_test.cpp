// Imports real files into a real SQLite database and checks what arrived, what was rejected and why, and
// that a failed import leaves the database exactly as it was.
#include "io/import_summary.h"
#include "io/importer.h"
#include "storage/errors.h"
#include "storage/repository.h"
#include "support/sqlite_dump.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace rapport;
using io::ImportKind;
using io::ImportOptions;

namespace {

class ImportTest : public ::testing::Test {
protected:
    std::string write(const std::string& name, const std::string& bytes) {
        const auto path = m_dir.file(name);
        test::writeBytes(path, bytes);
        return path;
    }
    io::ImportReport run(const std::string& file, ImportKind kind, ImportOptions options = {}) {
        options.kind = kind;
        if (options.rejectsPath.empty()) {
            options.rejectsPath = file + ".rejects";
        }
        return io::importFile(*m_repository, file, options);
    }
    core::Customer customerByRef(const std::string& ref) {
        const auto id = m_repository->customerByExternalRef(ref);
        EXPECT_TRUE(id) << ref;
        return id ? *m_repository->customer(*id) : core::Customer{};
    }

    /**
     * Everything the import could have changed, read through the repository, so the matching tests compare the
     * stored rows on either backend: every customer in full, every episode.
     */
    struct Contents {
        std::vector<core::Customer> customers;
        std::vector<core::Episode> episodes;
        bool operator==(const Contents&) const = default;
    };
    Contents contents() {
        Contents c;
        storage::CustomerPageRequest request;
        request.sort = storage::CustomerSort::Id;
        request.limit = 10'000;
        for (const auto& row : m_repository->customerPage(request).rows) {
            c.customers.push_back(*m_repository->customer(row.id));
        }
        storage::EpisodeQuery all;
        all.limit = 100'000;
        c.episodes = m_repository->episodes(all).rows;
        return c;
    }

    // An SQLite file, or a database on the PostgreSQL test server when the suite runs against it.
    test::TestDatabase m_database;
    test::TempDir m_dir; // the files imported
    std::string m_db = m_database.location();
    std::unique_ptr<storage::Repository> m_repository = storage::openRepository(m_db);
};

const std::string kCustomers =
    "external_ref,display_name,email,phone,postcode,city,notes\n"
    "9007199254740993,O'Brien,obrien@example.com,0048 22 555 01 02,00-950,Warszawa,\n"
    "C2,\"Robert'); DROP TABLE customers;--\",bobby@example.com,,01234,,\"line one\nline two\"\n"
    "C3,\"Ünïcödé 🎉 שלום\",,+46 8 123 45,,Malmö,\n";

} // namespace

TEST_F(ImportTest, StoresNamesIdsPostcodesAndPhonesExactly) {
    const auto report = run(write("c.csv", kCustomers), ImportKind::Customers);
    EXPECT_EQ(report.added, 3);
    EXPECT_EQ(report.rejected, 0);
    EXPECT_TRUE(report.written);
    const auto big = customerByRef("9007199254740993"); // past 2^53: a double would make it ...992
    EXPECT_EQ(big.displayName, "O'Brien");
    EXPECT_EQ(big.address.postcode, "00-950");
    ASSERT_EQ(big.phones.size(), 1u);
    EXPECT_EQ(big.phones[0].value, "0048 22 555 01 02");
    const auto bobby = customerByRef("C2");
    EXPECT_EQ(bobby.displayName, "Robert'); DROP TABLE customers;--");
    EXPECT_EQ(bobby.address.postcode, "01234");
    EXPECT_EQ(bobby.notes, "line one\nline two");
    EXPECT_EQ(customerByRef("C3").displayName, "Ünïcödé 🎉 שלום");
    EXPECT_EQ(m_repository->counts().customers, 3);
}

TEST_F(ImportTest, SameFileTwiceChangesNothing) {
    const auto file = write("c.csv", kCustomers);
    run(file, ImportKind::Customers);
    const auto before = contents();
    const auto again = run(file, ImportKind::Customers);
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 3);
    EXPECT_TRUE(contents() == before);
}

TEST_F(ImportTest, MatchesOnEmailThenPhoneAndMergesWhatIsNew) {
    run(write("c.csv", kCustomers), ImportKind::Customers);
    const auto report = run(write("u.csv", "name;e-mail;telefon;miasto\n"
                                           "Bobby Tables;BOBBY@example.com;;Kraków\n"
                                           "Someone;;+46 8 123 45;Lund\n"),
                            ImportKind::Customers);
    EXPECT_EQ(report.layout.delimiter, ';');
    EXPECT_EQ(report.updated, 2);
    EXPECT_EQ(report.added, 0);
    EXPECT_EQ(customerByRef("C2").address.city, "Kraków");
    EXPECT_EQ(customerByRef("C2").displayName, "Bobby Tables");
    EXPECT_EQ(customerByRef("C3").address.city, "Lund");
}

TEST_F(ImportTest, DuplicatesInsideTheFileAreReported) {
    const auto report =
        run(write("d.csv", "name,email\nAnna,anna@example.com\nAnna K.,ANNA@example.com\n"), ImportKind::Customers);
    EXPECT_EQ(report.added, 1);
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(report.duplicateCount, 1);
    ASSERT_EQ(report.duplicatesInFile.size(), 1u);
    EXPECT_EQ(report.duplicatesInFile[0], "row 2 describes the same customer as row 1 (same e-mail)");
}

TEST_F(ImportTest, BadRowsGoToTheRejectsFileWithTheirReasonAndTheRestImports) {
    const auto file = write("bad.csv", "name,email,household_size\n"
                                       "Good One,good@example.com,2\n"
                                       "Too,few\n"
                                       "Bad Mail,not-an-address,1\n"
                                       "Too,many,1,extra\n"
                                       "Big House,big@example.com,many\n"
                                       "Last \"Quote\",x@example.com,3\n");
    const auto report = run(file, ImportKind::Customers);
    EXPECT_EQ(report.rows, 6);
    EXPECT_EQ(report.added, 2); // Good One; the last row's stray quote is inside an unquoted field: kept as text
    EXPECT_EQ(report.rejected, 4);
    ASSERT_GE(report.problems.size(), 4u);
    EXPECT_EQ(report.problems[0].row, 2);
    EXPECT_EQ(report.problems[0].line, 3u);
    EXPECT_NE(report.problems[0].expected.find("the row has 2 fields, the header 3"), std::string::npos);

    // Without a header the width is what most rows have: a broken row is not measured against "the header".
    ImportOptions byPosition;
    byPosition.header = false;
    byPosition.fieldOfEveryColumn = {"display_name", "emails", "household_size"};
    const auto headerless = run(write("bare.csv", "Other One,other@example.com,2\nToo,few\nToo,many,1,extra\n"),
                                ImportKind::Customers, byPosition);
    EXPECT_EQ(headerless.added, 1);
    ASSERT_EQ(headerless.problems.size(), 2u);
    EXPECT_EQ(headerless.problems[0].expected,
              "the row has 2 fields, most rows 3 (a missing delimiter, or a line break outside quotes?)");
    EXPECT_EQ(headerless.problems[1].expected, "the row has 4 fields, most rows 3 (an unquoted , inside a value?)");
    EXPECT_EQ(report.problems[1].column, "email");
    EXPECT_EQ(report.problems[1].value, "not-an-address");
    EXPECT_EQ(report.problems[3].column, "household_size");
    EXPECT_EQ(report.problems[3].expected, "a whole number of people from 1 to 50");
    EXPECT_EQ(report.problems[3].describe(),
              "row 5 (line 6), column \"household_size\", value \"many\": a whole number of people from 1 to 50");

    const auto rejects = test::readBytes(report.rejectsPath);
    EXPECT_EQ(rejects.substr(0, rejects.find('\n')), "name,email,household_size,import_problem\r");
    EXPECT_NE(rejects.find("Bad Mail,not-an-address,1,"), std::string::npos);
    EXPECT_NE(rejects.find("Big House,big@example.com,many,"), std::string::npos);

    // Fixing the rejects file and importing it brings the rows in; the problem column is ignored.
    std::string fixed = rejects;
    fixed.replace(fixed.find("not-an-address"), 14, "bad@example.com");
    fixed.replace(fixed.find("com,many,"), 9, "com,3,");
    fixed.replace(fixed.find("Too,few,,"), 9, "Too,few@example.com,1,");
    fixed.replace(fixed.find("Too,many,1,extra"), 16, "Many,many@example.com,1");
    const auto second = run(write("fixed.csv", fixed), ImportKind::Customers);
    EXPECT_EQ(second.rejected, 0) << (second.problems.empty() ? "" : second.problems[0].describe());
    EXPECT_EQ(second.added, 4);
}

TEST_F(ImportTest, UnterminatedQuoteRejectsTheRestAndSaysWhere) {
    const auto report =
        run(write("q.csv", "name,email\nA,a@example.com\n\"B,b@example.com\nC,c@example.com\n"), ImportKind::Customers);
    EXPECT_EQ(report.added, 1);
    EXPECT_EQ(report.rejected, 1);
    EXPECT_EQ(report.problems[0].expected, "a quote opened on line 3 is never closed");
}

TEST_F(ImportTest, EmptyFileAndMissingNameColumnAreRefusedWhole) {
    EXPECT_THROW(run(write("empty.csv", ""), ImportKind::Customers), io::ImportError);
    EXPECT_THROW(run(write("blank.csv", "\n\n"), ImportKind::Customers), io::ImportError);
    try {
        run(write("noname.csv", "email,phone\na@example.com,1234\n"), ImportKind::Customers);
        FAIL() << "a customers file without a name column must be refused";
    } catch (const io::ImportError& e) {
        EXPECT_NE(std::string(e.what()).find("no column holds the customer's name"), std::string::npos) << e.what();
    }
    EXPECT_EQ(m_repository->counts().customers, 0);
}

TEST_F(ImportTest, HeaderOnlyImportsNothingAndSucceeds) {
    const auto report = run(write("h.csv", "name,email\n"), ImportKind::Customers);
    EXPECT_EQ(report.rows, 0);
    EXPECT_TRUE(report.rejectsPath.empty());
}

TEST(ImportSummary, CreatedCustomersAreCountedInTheirOwnWordsForOneAndMany) {
    io::ImportReport report;
    report.customersCreated = 1;
    EXPECT_NE(io::importSummary(report, true).find("Would create 1 customer not yet in the base."), std::string::npos);
    EXPECT_NE(io::importSummary(report, false).find("Created 1 customer that was not in the base."), std::string::npos);
    report.customersCreated = 2;
    EXPECT_NE(io::importSummary(report, false).find("Created 2 customers that were not in the base."),
              std::string::npos);
}

TEST_F(ImportTest, RepeatedAndEmptyHeadersAreNamedAndTheFirstWins) {
    const auto report =
        run(write("r.csv", "name,email,,Email\nAnna,a@example.com,x,b@example.com\n"), ImportKind::Customers);
    EXPECT_EQ(report.added, 1);
    const auto& layout = report.layout;
    // Two notes: the repeated column is named once, for the repeat, not again as a column no field matches.
    ASSERT_EQ(layout.ignoredColumns.size(), 2u);
    EXPECT_EQ(io::ignoredColumnNote(layout, layout.ignoredColumns[0]), "column 3 has no header and is ignored");
    EXPECT_EQ(io::ignoredColumnNote(layout, layout.ignoredColumns[1]),
              "column 4 \"Email\" repeats column 2 and is ignored");
    EXPECT_EQ(layout.ignoredColumns[1].earlierColumn, 1u);
    const auto page = m_repository->customerPage({});
    ASSERT_EQ(page.rows.size(), 1u);
    EXPECT_EQ(page.rows[0].email, "a@example.com");
}

TEST_F(ImportTest, BomInvalidUtf8AndNulBytesRejectOnlyTheirRows) {
    std::string bytes = "\xEF\xBB\xBFname,email\nŁucja,l@example.com\n";
    bytes += "Bad\xC3(,bad@example.com\n";
    bytes += std::string("Nul\0Byte,n@example.com\n", 23);
    bytes += "Zoë,z@example.com\n";
    const auto report = run(write("enc.csv", bytes), ImportKind::Customers);
    EXPECT_EQ(report.layout.columns[0], "name") << "the BOM is not part of the first header";
    EXPECT_EQ(report.added, 2);
    EXPECT_EQ(report.rejected, 2);
    EXPECT_EQ(report.problems[0].column, "name");
    EXPECT_EQ(report.problems[0].expected, "UTF-8 text without control characters (NUL, ...)");
}

TEST_F(ImportTest, LegacyCodePagesAndUtf16AreConverted) {
    // Windows-1250 Polish with a decimal comma and day-first dates, as Excel in Poland saves CSV.
    const auto polish = run(write("pl.csv", "Nazwa;Miasto;Data\n\xA3ucja \xAF\xF3\xB3w;\xA3\xF3\x64\x9F;31.12.2023\n"),
                            ImportKind::Customers, [] {
                                ImportOptions o;
                                o.corrections["Data"] = "acquired_on";
                                return o;
                            }());
    EXPECT_EQ(polish.layout.encoding.encoding, io::TextEncoding::Windows1250);
    ASSERT_EQ(polish.added, 1) << (polish.problems.empty() ? "" : polish.problems[0].describe());
    const auto page = m_repository->customerPage({});
    EXPECT_EQ(page.rows[0].displayName, "Łucja Żółw");
    EXPECT_EQ(page.rows[0].city, "Łódź");

    // Windows-1251 Russian.
    const auto russian = run(
        write(
            "ru.csv",
            "\xC8\xEC\xFF,\xC3\xEE\xF0\xEE\xE4\n\xC8\xE2\xE0\xED \xCF\xE5\xF2\xF0\xEE\xE2,\xCC\xEE\xF1\xEA\xE2\xE0\n"),
        ImportKind::Customers);
    EXPECT_EQ(russian.layout.encoding.encoding, io::TextEncoding::Windows1251);
    EXPECT_EQ(russian.added, 1);

    // UTF-16LE with BOM, as Excel's "Unicode text" writes it (tab-separated).
    const std::u16string text = u"name\tcity\nÅsa Öberg\tMalmö\n";
    std::string utf16 = "\xFF\xFE";
    for (const char16_t c : text) {
        utf16 += static_cast<char>(c & 0xFF);
        utf16 += static_cast<char>(c >> 8);
    }
    const auto swedish = run(write("sv.txt", utf16), ImportKind::Customers);
    EXPECT_EQ(swedish.layout.encoding.encoding, io::TextEncoding::Utf16LE);
    EXPECT_EQ(swedish.layout.delimiter, '\t');
    EXPECT_EQ(swedish.added, 1);
    EXPECT_EQ(m_repository->counts().customers, 3);
}

TEST_F(ImportTest, AmbiguousDatesAskAndAnAnswerSettlesThem) {
    run(write("c.csv", kCustomers), ImportKind::Customers);
    const auto file = write("t.csv", "customer,date,amount\nC2,03/04/2024,\"1 234,50\"\nC2,05/06/2024,\"10,00\"\n");
    try {
        run(file, ImportKind::Transactions);
        FAIL() << "ambiguous dates must be asked about";
    } catch (const io::ImportError& e) {
        EXPECT_NE(std::string(e.what()).find("--date-order"), std::string::npos) << e.what();
    }
    ImportOptions options;
    options.dateOrder = io::DateOrder::DayMonthYear;
    const auto report = run(file, ImportKind::Transactions, options);
    EXPECT_EQ(report.added, 2);
    EXPECT_EQ(report.layout.decimalSeparator, io::DecimalSeparator::Comma);
    storage::EpisodeQuery query;
    query.customerId = customerByRef("C2").id;
    const auto episodes = m_repository->episodes(query).rows;
    ASSERT_EQ(episodes.size(), 2u);
    EXPECT_EQ(episodes[1].occurredOn, core::Date::fromYmd(2024, 4, 3));
    EXPECT_EQ(episodes[1].revenue, core::Money::fromMinor(123450));
}

TEST_F(ImportTest, TransactionsForUnknownCustomersAreRejectedOrCreatedOnRequest) {
    run(write("c.csv", kCustomers), ImportKind::Customers);
    const auto file = write("t.csv", "customer_id,date,amount\nC2,2024-01-05,10.00\nNOBODY,2024-01-06,5.00\n"
                                     "C2,2024-01-07,-3.50\nC2,2024-01-05,10.00\n");
    const auto report = run(file, ImportKind::Transactions);
    EXPECT_EQ(report.added, 3); // the repeated purchase on 01-05 is a second purchase, not a duplicate
    EXPECT_EQ(report.rejected, 1);
    EXPECT_EQ(report.problems[0].column, "customer_id");
    EXPECT_EQ(report.problems[0].value, "NOBODY");

    const auto again = run(file, ImportKind::Transactions);
    EXPECT_EQ(again.added, 0) << "a re-import recognises every row it brought in, the repeated one too";
    EXPECT_EQ(again.unchanged, 3);

    ImportOptions create;
    create.createMissingCustomers = true;
    const auto created = run(file, ImportKind::Transactions, create);
    EXPECT_EQ(created.customersCreated, 1);
    EXPECT_EQ(created.added, 1);
    EXPECT_EQ(customerByRef("NOBODY").displayName, "Customer NOBODY");
    // The app names them in the user's language; a pattern without "%1" is followed by the reference.
    create.createdCustomerName = "Klient %1 (z importu)";
    run(write("t2.csv", "customer_id,date,amount\nK-23,2024-01-06,5.00\n"), ImportKind::Transactions, create);
    EXPECT_EQ(customerByRef("K-23").displayName, "Klient K-23 (z importu)");
    create.createdCustomerName = "Kund";
    run(write("t3.csv", "customer_id,date,amount\nK-24,2024-01-06,5.00\n"), ImportKind::Transactions, create);
    EXPECT_EQ(customerByRef("K-24").displayName, "Kund K-24");
    storage::EpisodeQuery query;
    query.customerId = customerByRef("C2").id;
    const auto episodes = m_repository->episodes(query).rows;
    ASSERT_EQ(episodes.size(), 3u);
    EXPECT_EQ(episodes[0].kind, core::EpisodeKind::Return);
}

TEST_F(ImportTest, DryRunCountsEverythingAndWritesNothing) {
    run(write("first.csv", "name,email\nAlready Here,here@example.com\n"), ImportKind::Customers);
    const auto before = contents();
    ImportOptions options;
    options.dryRun = true;
    const auto report = run(write("c.csv", kCustomers + "C4,,bad,,,,\n"), ImportKind::Customers, options);
    EXPECT_EQ(report.added, 3);
    EXPECT_EQ(report.rejected, 1);
    EXPECT_FALSE(report.written);
    EXPECT_TRUE(report.rejectsPath.empty()) << "a dry run writes nothing at all, not even the rejects file";
    EXPECT_FALSE(
        std::filesystem::exists(options.rejectsPath.empty() ? m_dir.file("c.csv.rejects") : options.rejectsPath));
    ASSERT_FALSE(report.problems.empty()) << "the summary lists what a real import would reject";
    EXPECT_EQ(report.problems[0].row, 4);
    EXPECT_TRUE(contents() == before);
}

TEST_F(ImportTest, CancelLeavesTheDatabaseAsItWas) {
    run(write("c.csv", kCustomers), ImportKind::Customers);
    const auto before = test::dumpDatabase(m_db);
    std::string many = "name,email\n";
    for (int i = 0; i < 40000; ++i) {
        many += "Person " + std::to_string(i) + ",p" + std::to_string(i) + "@example.com\n";
    }
    ImportOptions options;
    int calls = 0;
    options.progress = [&calls](const io::ImportProgress& p) {
        ++calls;
        return p.rows < 20000;
    };
    EXPECT_THROW(run(write("many.csv", many), ImportKind::Customers, options), io::ImportCancelled);
    EXPECT_GE(calls, 2);
    EXPECT_EQ(test::dumpDatabase(m_db), before);
}

TEST_F(ImportTest, FullDiskMidImportLeavesTheDatabaseAsItWas) {
    run(write("c.csv", kCustomers), ImportKind::Customers);
    m_repository.reset();
    const auto before = test::dumpDatabase(m_db);
    storage::OpenOptions capped;
    capped.maxSizeBytes = static_cast<std::int64_t>(std::filesystem::file_size(m_db)) + 256 * 1024;
    m_repository = storage::openRepository(m_db, capped);
    std::string many = "name,email,notes\n";
    for (int i = 0; i < 5000; ++i) {
        many +=
            "Person " + std::to_string(i) + ",p" + std::to_string(i) + "@example.com," + std::string(500, 'n') + "\n";
    }
    try {
        run(write("many.csv", many), ImportKind::Customers);
        FAIL() << "the capped database cannot hold 2.5 MB of notes";
    } catch (const storage::StorageError& e) {
        EXPECT_NE(std::string(e.what()).find("full"), std::string::npos) << e.what();
    }
    m_repository.reset();
    EXPECT_EQ(test::dumpDatabase(m_db), before);
}

TEST_F(ImportTest, HundredMegabyteFieldIsRejectedWithItsSize) {
    std::string bytes = "name,email,notes\nSmall,s@example.com,ok\nHuge,h@example.com,\"";
    bytes.append(100u << 20, 'z');
    bytes += "\"\n";
    const auto report = run(write("huge.csv", bytes), ImportKind::Customers);
    EXPECT_EQ(report.added, 1);
    EXPECT_EQ(report.rejected, 1);
    EXPECT_EQ(report.problems[0].column, "notes");
    EXPECT_NE(report.problems[0].value.find("(104857600 bytes)"), std::string::npos) << report.problems[0].value;
}

TEST_F(ImportTest, MappingCorrectionsAndUnknownFieldsAreChecked) {
    const auto file = write("m.csv", "Kunde,Kontakt\nAnna,anna@example.com\n");
    ImportOptions options;
    options.corrections = {{"Kunde", "display_name"}, {"2", "emails"}};
    const auto report = run(file, ImportKind::Customers, options);
    EXPECT_EQ(report.added, 1);
    options.corrections = {{"Kunde", "shoe_size"}};
    EXPECT_THROW(run(file, ImportKind::Customers, options), io::ImportError);
    options.corrections = {{"Nope", "display_name"}};
    EXPECT_THROW(run(file, ImportKind::Customers, options), io::ImportError);
}

TEST_F(ImportTest, AColumnNumberInTheMappingDoesNotMakeAHeaderOfAFirstRowHoldingThatNumber) {
    // Invoice lines without a header, mapped by column number ("--map 4=quantity"): the first line's quantity is 4.
    const auto file = write("lines.csv", "FV/1;2025-01-20;K-17;4;49.90\nFV/2;2025-01-21;K-18;1;19.90\n");
    ImportOptions options;
    options.createMissingCustomers = true;
    options.corrections = {
        {"1", "invoice"}, {"2", "occurred_on"}, {"3", "customer_ref"}, {"4", "quantity"}, {"5", "unit_price"}};
    const auto report = run(file, ImportKind::Transactions, options);
    EXPECT_FALSE(report.layout.header);
    EXPECT_EQ(report.rows, 2) << "the first line is data";
    EXPECT_EQ(report.rejected, 0);
    EXPECT_EQ(m_repository->counts().episodes, 2);
}

TEST_F(ImportTest, EveryColumnsFieldByPositionIsTheWholeMappingAndMustFitTheFile) {
    // The import dialog's table: a field for each column by position, whatever the header's cells say. This file's
    // header has its two columns the wrong way round; the user's table and not the header, nor a correction left
    // from elsewhere, decides.
    const auto file = write("n.csv", "email,name\nAnna,anna@example.com\n");
    ImportOptions options;
    options.header = true;
    options.corrections = {{"email", "emails"}, {"2", "display_name"}};
    options.fieldOfEveryColumn = {"display_name", "emails"};
    const auto report = run(file, ImportKind::Customers, options);
    EXPECT_EQ(report.added, 1);
    const auto stored = contents().customers;
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].displayName, "Anna");
    ASSERT_EQ(stored[0].emails.size(), 1u);
    EXPECT_EQ(stored[0].emails[0].value, "anna@example.com");
    options.fieldOfEveryColumn = {"display_name"};
    try {
        run(file, ImportKind::Customers, options);
        ADD_FAILURE() << "one column too few";
    } catch (const io::ImportError& error) {
        EXPECT_EQ(error.stop(), io::ImportStop::ColumnsChanged);
        EXPECT_EQ(error.path(), file);
    }
    options.fieldOfEveryColumn = {"display_name", "display_name"};
    EXPECT_THROW(run(file, ImportKind::Customers, options), io::ImportError) << "one field twice";
    options.fieldOfEveryColumn = {"display_name", "shoe_size"};
    EXPECT_THROW(run(file, ImportKind::Customers, options), io::ImportError);
    options.fieldOfEveryColumn = {"display_name", "ignore"};
    EXPECT_EQ(run(write("o.csv", "x,y\nBertil,b@example.com\n"), ImportKind::Customers, options).added, 1);
    EXPECT_EQ(contents().customers.size(), 2U);
}

TEST_F(ImportTest, AContradictedOrUndecidedDateOrderStopsTheImportNamingRowColumnAndValue) {
    const auto contents0 = contents();
    ImportOptions options;
    options.createMissingCustomers = true;
    options.dateOrder = io::DateOrder::MonthDayYear;
    const auto sales = write("s.csv", "customer_ref,Data,revenue\nK-1,03/04/2024,10\nK-2,13/04/2024,20\n");
    try {
        run(sales, ImportKind::Transactions, options);
        ADD_FAILURE() << "13/04/2024 cannot be month first";
    } catch (const io::ImportError& error) {
        EXPECT_EQ(error.stop(), io::ImportStop::DateOrderContradicted);
        EXPECT_EQ(error.path(), sales);
        ASSERT_TRUE(error.contradiction());
        EXPECT_EQ(error.contradiction()->row, 2);
        EXPECT_EQ(error.contradiction()->columnNumber, 2U);
        EXPECT_EQ(error.contradiction()->column, "Data");
        EXPECT_EQ(error.contradiction()->value, "13/04/2024");
        EXPECT_TRUE(error.contradiction()->dayFirst);
        EXPECT_EQ(std::string(error.what()), sales + ": the dates were said to be month first (mdy), but row 2 of "
                                                     "column \"Data\" has \"13/04/2024\", which is day first; "
                                                     "choose the order the file uses (dmy or mdy)");
    }
    options.dateOrder.reset();
    options.header = false;
    const auto open = write("o.csv", "K-1;03/04/2024;10\nK-2;04/03/2024;20\nK-3;05/06/2024;30\n");
    options.corrections = {{"1", "customer_ref"}, {"2", "occurred_on"}, {"3", "revenue"}};
    try {
        run(open, ImportKind::Transactions, options);
        ADD_FAILURE() << "every date reads both ways";
    } catch (const io::ImportError& error) {
        EXPECT_EQ(error.stop(), io::ImportStop::DateOrderUndecided);
        EXPECT_EQ(error.doubt(), io::DateOrderDoubt::EveryDateAmbiguous);
        EXPECT_EQ(error.rowsExamined(), 3);
        EXPECT_NE(std::string(error.what()).find("all 3 rows have dates such as 03/04/2024"), std::string::npos)
            << error.what();
    }
    options.dateOrder = io::DateOrder::DayMonthYear;
    try {
        run(write("m.csv", "K-1;03/04/2024;10\nK-2;04/13/2024;20\n"), ImportKind::Transactions, options);
        ADD_FAILURE() << "04/13/2024 is not day first";
    } catch (const io::ImportError& error) {
        ASSERT_TRUE(error.contradiction());
        EXPECT_EQ(error.contradiction()->column, "") << "a file without a header names its columns by number";
        EXPECT_NE(std::string(error.what()).find("row 2 of column 2 has \"04/13/2024\", which is month first"),
                  std::string::npos)
            << error.what();
    }
    // An episode's date day first and its follow-up month first: the columns disagree.
    ImportOptions episodes;
    try {
        run(write("e.csv", "customer_ref,occurred_on,kind,follow_up_on\nK-1,13/04/2024,call,04/15/2024\n"),
            ImportKind::Episodes, episodes);
        ADD_FAILURE() << "the columns disagree";
    } catch (const io::ImportError& error) {
        EXPECT_EQ(error.stop(), io::ImportStop::DateOrderUndecided);
        EXPECT_EQ(error.doubt(), io::DateOrderDoubt::ColumnsDisagree);
        EXPECT_NE(std::string(error.what()).find("the date columns disagree"), std::string::npos) << error.what();
    }
    EXPECT_EQ(contents(), contents0);
}

TEST_F(ImportTest, ContactPersonsJoinTheirCustomerAndReimportUpdatesThem) {
    run(write("c.csv", kCustomers), ImportKind::Customers);
    const auto file = write("p.csv", "customer_ref,name,role,email\nC2,Jan Nowak,buyer,jan@example.com\n"
                                     "C9,Nobody,buyer,\n");
    const auto report = run(file, ImportKind::ContactPersons);
    EXPECT_EQ(report.added, 1);
    EXPECT_EQ(report.rejected, 1);
    const auto again =
        run(write("p2.csv", "customer_ref,name,role\nC2,jan nowak,purchasing manager\n"), ImportKind::ContactPersons);
    EXPECT_EQ(again.updated, 1);
    const auto people = m_repository->contactPersons(customerByRef("C2").id);
    ASSERT_EQ(people.size(), 1u);
    EXPECT_EQ(people[0].role, "purchasing manager");
    EXPECT_EQ(people[0].emails.at(0).value, "jan@example.com");
}

TEST_F(ImportTest, VCardsFromPhonesAndAddressBooks) {
    const std::string cards =
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Lindqvist\r\nN:Lindqvist;Anna;;;\r\n"
        "EMAIL;TYPE=INTERNET:anna@example.se\r\nTEL;TYPE=CELL:+46 70 123 45 67\r\n"
        "ADR;TYPE=HOME:;;Storgatan 1;Malm\xC3\xB6;;211 34;Sweden\r\n"
        "NOTE:Met at the fair\\, liked\\nthe samples\r\nUID:urn:uuid:1234\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=81ukasz;=\r\n"
        "Kowalski\r\nFN;ENCODING=QUOTED-PRINTABLE:Kowalski =C5=81ukasz\r\n"
        "TEL;CELL:0048601234567\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Broken\r\nEMAIL:not-an-address\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:No End\r\n";
    const auto report = run(write("contacts.vcf", cards), ImportKind::VCard);
    EXPECT_EQ(report.rows, 4);
    EXPECT_EQ(report.added, 2);
    EXPECT_EQ(report.rejected, 2);
    const auto anna = customerByRef("urn:uuid:1234");
    EXPECT_EQ(anna.displayName, "Anna Lindqvist");
    EXPECT_EQ(anna.address.city, "Malmö");
    EXPECT_EQ(anna.address.postcode, "211 34");
    EXPECT_EQ(anna.notes, "Met at the fair, liked\nthe samples");
    EXPECT_EQ(anna.phones.at(0).value, "+46 70 123 45 67");
    const auto page = m_repository->customerPage({});
    ASSERT_EQ(page.rows.size(), 2u);
    EXPECT_TRUE(page.rows[0].displayName == "Kowalski Łukasz" || page.rows[1].displayName == "Kowalski Łukasz");
    const auto rejects = test::readBytes(report.rejectsPath);
    EXPECT_NE(rejects.find("X-RAPPORT-IMPORT-PROBLEM:"), std::string::npos);
    EXPECT_NE(rejects.find("FN:Broken"), std::string::npos);
    EXPECT_EQ(run(write("contacts.vcf", cards), ImportKind::VCard).added, 0) << "the same cards twice";
}
