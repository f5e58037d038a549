// Names in the order a reader of the database's language expects (issue 17, item 6): Polish, Swedish, Russian and
// Ukrainian lists page by name on an index of ICU sort keys. The CollationTest cases run on an SQLite file and, in
// the postgres: run, on the team database; the SqliteCollation cases look inside the file (its query plans, its
// migration from v7, keys written by other programs).
#include "core/validation.h"
#include "storage/database_copy.h"
#include "storage/errors.h"
#include "storage/fixtures.h"
#include "storage/name_collation.h"
#include "storage/released_schema.h"
#include "storage/sqlite/customer_paging.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/schema.h"
#include "storage/sqlite/sqlite_repository.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

using namespace rapport;
using namespace rapport::test;
using storage::CustomerSort;
using storage::SortOrder;

namespace {

class CollationTest : public RepositoryTest {
protected:
    /** Adds the names in the order given: half through the repository, half through a bulk writer. */
    std::vector<core::CustomerId> add(const std::vector<std::string>& names) {
        std::vector<core::CustomerId> ids;
        for (std::size_t i = 0; i < names.size(); i += 2) {
            ids.push_back(repo().addCustomer(makeCustomer(names[i])));
        }
        auto writer = repo().beginBulk({});
        for (std::size_t i = 1; i < names.size(); i += 2) {
            ids.push_back(writer->addCustomer(makeCustomer(names[i])));
        }
        writer->commit();
        return ids;
    }

    /** The list by name, a page of `pageSize` at a time, as the app reads it. */
    std::vector<storage::CustomerRow> rowsByName(SortOrder order = SortOrder::Ascending, int pageSize = 3,
                                                 storage::CustomerFilter filter = {}) {
        storage::CustomerPageRequest request;
        request.filter = std::move(filter);
        request.sort = CustomerSort::Name;
        request.order = order;
        request.limit = pageSize;
        std::vector<storage::CustomerRow> rows;
        for (int guard = 0; guard < 10'000; ++guard) {
            const auto page = repo().customerPage(request);
            EXPECT_LE(static_cast<int>(page.rows.size()), pageSize);
            rows.insert(rows.end(), page.rows.begin(), page.rows.end());
            if (!page.next) {
                break;
            }
            request.after = page.next;
        }
        return rows;
    }

    std::vector<std::string> namesByName(SortOrder order = SortOrder::Ascending, int pageSize = 3) {
        std::vector<std::string> names;
        for (const auto& row : rowsByName(order, pageSize)) {
            names.push_back(row.displayName);
        }
        return names;
    }

    /** Adds the names shuffled, then expects them back in `expected` order both ways, across pages. */
    void expectOrder(const std::string& language, const std::vector<std::string>& expected) {
        repo().setCollation(language);
        EXPECT_EQ(repo().collation(), language);
        auto shuffled = expected;
        std::reverse(shuffled.begin(), shuffled.end());
        std::rotate(shuffled.begin(), shuffled.begin() + static_cast<std::ptrdiff_t>(shuffled.size() / 3),
                    shuffled.end());
        add(shuffled);
        for (const int pageSize : {1, 3, 100}) {
            EXPECT_EQ(namesByName(SortOrder::Ascending, pageSize), expected) << language << ", pages of " << pageSize;
            auto reversed = expected;
            std::reverse(reversed.begin(), reversed.end());
            EXPECT_EQ(namesByName(SortOrder::Descending, pageSize), reversed) << language << ", pages of " << pageSize;
        }
    }
};

} // namespace

TEST_F(CollationTest, PolishNamesFollowThePolishAlphabet) {
    // ć after c, ł after l (every Ł after every L), ó after o, ś after s, ź and ż after z; case only breaks ties.
    expectOrder("pl", {"Czarnecki", "Ćwik", "Lucyna", "Lżewski", "Łabędź", "Łukasz", "Maciej", "Ołów", "Ozon", "Óskar",
                       "Sobczak", "Szymański", "Ściegienny", "zenon", "Zyta", "Źdźbło", "Żak"});
}

TEST_F(CollationTest, SwedishNamesPutÅÄÖAfterZ) {
    expectOrder("sv",
                {"Adams", "Olsson", "Zetterlund", "zorn", "Åberg", "åström", "Ärlig", "ärna", "Öberg", "Östlund"});
}

TEST_F(CollationTest, RussianNamesFollowTheCyrillicAlphabetWhateverTheirCase) {
    // Ё is Е with a diaeresis: beside Елкин, before Ершов; lower case first among names equal but for case.
    expectOrder("ru", {"абрамов", "Абрамов", "елисеев", "Елкин", "Ёлкин", "ЁЛКИН", "Ершов", "Жуков", "Шишкин", "Щукин",
                       "Эйхе", "Юрьев", "Яковлев"});
}

TEST_F(CollationTest, UkrainianNamesPutҐЄІЇInTheirPlaces) {
    // Ґ after Г, Є after Е, І and Ї after И, as the Ukrainian alphabet has them (Unicode's own order mixes Ґ with Г).
    expectOrder("uk", {"Гаврилюк", "Гусак", "Ґудзь", "Дмитренко", "Ежов", "Євич", "Єременко", "Жук", "Ивасюк", "Іванов",
                       "Їжак", "Йосипенко", "Кравець", "Щербак", "Юрченко", "Ящук"});
}

TEST_F(CollationTest, AChangeOfLanguageReordersEveryStoredName) {
    repo().setCollation("en");
    add({"Zetterlund", "Łabędź", "Åberg", "Lżewski", "Adams"});
    EXPECT_EQ(namesByName(), (std::vector<std::string>{"Åberg", "Adams", "Łabędź", "Lżewski", "Zetterlund"}));
    repo().setCollation("sv");
    EXPECT_EQ(repo().collation(), "sv");
    EXPECT_EQ(namesByName(), (std::vector<std::string>{"Adams", "Łabędź", "Lżewski", "Zetterlund", "Åberg"}));
    repo().setCollation("pl_PL.UTF-8"); // a locale name is taken for its language
    EXPECT_EQ(repo().collation(), "pl");
    EXPECT_EQ(namesByName(), (std::vector<std::string>{"Åberg", "Adams", "Lżewski", "Łabędź", "Zetterlund"}));
    reopen();
    EXPECT_EQ(repo().collation(), "pl") << "the collation belongs to the database";
    EXPECT_EQ(namesByName(SortOrder::Ascending, 1).size(), 5U);
    EXPECT_EQ(namesByName(), (std::vector<std::string>{"Åberg", "Adams", "Lżewski", "Łabędź", "Zetterlund"}));
    EXPECT_TRUE(repo().check().ok());

    EXPECT_THROW(repo().setCollation("xx"), core::ValidationError);
    EXPECT_THROW(repo().setCollation("polish"), core::ValidationError);
    EXPECT_EQ(repo().collation(), "pl") << "a refused language changes nothing";
    EXPECT_EQ(namesByName(), (std::vector<std::string>{"Åberg", "Adams", "Lżewski", "Łabędź", "Zetterlund"}));
}

TEST_F(CollationTest, EveryWayANameIsWrittenKeepsItsPlace) {
    repo().setCollation("pl");
    const auto zak = repo().addCustomer(makeCustomer("Żak"));
    const auto maciej = repo().addCustomer(makeCustomer("Maciej"));
    core::CustomerId lucyna = 0;
    core::CustomerId lukasz = 0;
    {
        auto writer = repo().beginBulk({});
        lucyna = writer->addCustomer(makeCustomer("Lucyna"));
        lukasz = writer->addCustomer(makeCustomer("Łukasz"));
        writer->commit();
    }
    EXPECT_EQ(namesByName(), (std::vector<std::string>{"Lucyna", "Łukasz", "Maciej", "Żak"}));

    auto renamed = *repo().customer(maciej);
    renamed.displayName = "Ćwik";
    repo().updateCustomer(renamed);
    EXPECT_EQ(namesByName(), (std::vector<std::string>{"Ćwik", "Lucyna", "Łukasz", "Żak"}));

    {
        auto writer = repo().beginBulk({});
        auto customer = *writer->customer(lucyna);
        customer.displayName = "Źdźbło";
        writer->updateCustomer(customer);
        writer->commit();
    }
    EXPECT_EQ(namesByName(), (std::vector<std::string>{"Ćwik", "Łukasz", "Źdźbło", "Żak"}));

    // A merge keeps the kept customer's name (and key); an erasure renames, and the new name sorts where it belongs.
    repo().mergeCustomers(lukasz, zak, "tester");
    EXPECT_EQ(namesByName(), (std::vector<std::string>{"Ćwik", "Łukasz", "Źdźbło"}));
    repo().erasePersonalData(lukasz, "tester");
    const auto erased = repo().customer(lukasz)->displayName;
    EXPECT_EQ(namesByName(), (std::vector<std::string>{"Ćwik", erased, "Źdźbło"}));
    EXPECT_TRUE(repo().check().ok());
}

TEST_F(CollationTest, PagingAcrossPageBoundariesGivesOneSortedList) {
    repo().setCollation("pl");
    // Ties (the same name, and names equal but for case or accents) at every page boundary.
    const std::vector<std::string> stems{"Łukasz", "Lucyna",     "lucyna",    "Maciej", "Żak",
                                         "Zenon",  "Ściegienny", "Sobczak",   "Anna",   "anna",
                                         "Ánna",   "Ćwik",       "Czarnecki", "Óla",    "Ola"};
    std::vector<std::string> names;
    for (int i = 0; i < 150; ++i) {
        names.push_back(stems[static_cast<std::size_t>(i * 7) % stems.size()] +
                        (i % 3 == 0 ? "" : " " + std::to_string(i % 4)));
    }
    add(names);
    auto all = rowsByName(SortOrder::Ascending, 10'000);
    ASSERT_EQ(all.size(), names.size());
    // Computed independently: the keys of ICU's Polish collation, ties by id.
    const storage::NameCollation polish("pl");
    std::stable_sort(all.begin(), all.end(), [&](const auto& a, const auto& b) {
        const auto ka = polish.sortKey(a.displayName);
        const auto kb = polish.sortKey(b.displayName);
        return ka != kb ? ka < kb : a.id < b.id;
    });
    std::vector<core::CustomerId> expected;
    for (const auto& row : all) {
        expected.push_back(row.id);
    }
    const auto ids = [](const std::vector<storage::CustomerRow>& rows) {
        std::vector<core::CustomerId> result;
        for (const auto& row : rows) {
            result.push_back(row.id);
        }
        return result;
    };
    auto reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    for (const int pageSize : {1, 7, 50, 149, 150, 151}) {
        EXPECT_EQ(ids(rowsByName(SortOrder::Ascending, pageSize)), expected) << "pages of " << pageSize;
        EXPECT_EQ(ids(rowsByName(SortOrder::Descending, pageSize)), reversed) << "pages of " << pageSize;
    }
    // With a search, and with archived customers left out, the same order holds for what remains.
    storage::CustomerFilter search;
    search.search = "lucyna";
    std::vector<core::CustomerId> lucynas;
    for (const auto& row : all) {
        if (row.displayName.find("ucyna") != std::string::npos) {
            lucynas.push_back(row.id);
        }
    }
    EXPECT_EQ(ids(rowsByName(SortOrder::Ascending, 4, search)), lucynas);
}

TEST_F(CollationTest, PartnershipsSortByPartnerNameInTheLanguage) {
    repo().setCollation("pl");
    for (const auto* partner : {"Żabka", "Łódź Trans", "Zenit", "Lotos", "Ósemka", "Orlen"}) {
        core::Partnership p;
        p.partnerName = partner;
        p.direction = core::PartnerDirection::Supplier;
        p.form = core::PartnershipForm::SupplyContract;
        p.stageHistory = {{core::PartnershipStage::Formation, core::Date::fromYmd(2026, 1, 5), ""}};
        repo().addPartnership(p);
    }
    std::vector<std::string> partners;
    for (const auto& p : repo().partnerships()) {
        partners.push_back(p.partnerName);
    }
    EXPECT_EQ(partners, (std::vector<std::string>{"Lotos", "Łódź Trans", "Orlen", "Ósemka", "Zenit", "Żabka"}));
}

TEST_F(CollationTest, ANewDatabaseTakesTheLanguageItIsCreatedWith) {
    TestDatabase other;
    storage::OpenOptions options;
    options.collation = "sv_SE.UTF-8";
    {
        auto created = storage::openRepository(other.location(), options);
        EXPECT_TRUE(created->wasCreated());
        EXPECT_EQ(created->collation(), "sv");
        created->addCustomer(makeCustomer("Åberg"));
        created->addCustomer(makeCustomer("Zetterlund"));
    }
    options.collation = "pl";
    auto reopened = storage::openRepository(other.location(), options);
    EXPECT_EQ(reopened->collation(), "sv") << "an existing database keeps its own";
    storage::CustomerPageRequest request;
    EXPECT_EQ(reopened->customerPage(request).rows.front().displayName, "Zetterlund");

    TestDatabase refused;
    options.collation = "xx";
    EXPECT_THROW(storage::openRepository(refused.location(), options), core::ValidationError);
    if (refused.isPostgres()) {
        EXPECT_EQ(refused.queryInt("SELECT count(*) FROM pg_namespace WHERE nspname = 'rapport'"), 0);
    } else {
        EXPECT_FALSE(std::filesystem::exists(refused.location())) << "nothing is created for an unknown language";
    }
}

TEST_F(CollationTest, ACopyOfTheBaseSortsAsTheOriginal) {
    repo().setCollation("uk");
    add({"Ґудзь", "Гусак", "Іванов", "Ивасюк"});
    const auto copy = file("copy.sqlite");
    repo().backupTo(copy); // a team base is copied through the Repository (copyDatabase), a file page by page
    storage::OpenOptions options;
    options.collation = "en"; // what the copy would get if it did not take the original's
    auto restored = storage::openRepository(copy, options);
    EXPECT_EQ(restored->collation(), "uk");
    std::vector<std::string> names;
    for (const auto& row : restored->customerPage({}).rows) {
        names.push_back(row.displayName);
    }
    EXPECT_EQ(names, (std::vector<std::string>{"Гусак", "Ґудзь", "Ивасюк", "Іванов"}));
}

// --- the collation itself

TEST(NameCollation, NormalizesLanguageNamesAndRefusesUnknownOnes) {
    EXPECT_EQ(storage::normalizeCollationLanguage("pl"), "pl");
    EXPECT_EQ(storage::normalizeCollationLanguage("PL"), "pl");
    EXPECT_EQ(storage::normalizeCollationLanguage("pl_PL.UTF-8"), "pl");
    EXPECT_EQ(storage::normalizeCollationLanguage("sv-SE"), "sv");
    EXPECT_EQ(storage::normalizeCollationLanguage("uk_UA@euro"), "uk");
    EXPECT_EQ(storage::normalizeCollationLanguage("en_GB"), "en");
    EXPECT_EQ(storage::normalizeCollationLanguage("C"), "root");
    EXPECT_EQ(storage::normalizeCollationLanguage("C.UTF-8"), "root");
    EXPECT_EQ(storage::normalizeCollationLanguage("POSIX"), "root");
    EXPECT_EQ(storage::normalizeCollationLanguage("root"), "root");
    EXPECT_EQ(storage::normalizeCollationLanguage("de"), "de") << "known to ICU, Unicode's order";
    for (const auto* bad : {"", "xx", "polish", "p", "12", "zz_ZZ"}) {
        EXPECT_THROW(static_cast<void>(storage::normalizeCollationLanguage(bad)), core::ValidationError) << bad;
    }
}

TEST(NameCollation, TheDefaultComesFromTheLocaleAsSetlocaleReadsIt) {
    const auto set = [](const char* all, const char* collate, const char* lang) {
        for (const auto& [name, value] : {std::pair{"LC_ALL", all}, {"LC_COLLATE", collate}, {"LANG", lang}}) {
            if (value == nullptr) {
                ::unsetenv(name);
            } else {
                ::setenv(name, value, 1);
            }
        }
    };
    set(nullptr, nullptr, "pl_PL.UTF-8");
    EXPECT_EQ(storage::defaultCollationLanguage(), "pl");
    set(nullptr, "sv_SE.UTF-8", "pl_PL.UTF-8");
    EXPECT_EQ(storage::defaultCollationLanguage(), "sv");
    set("uk_UA.UTF-8", "sv_SE.UTF-8", "pl_PL.UTF-8");
    EXPECT_EQ(storage::defaultCollationLanguage(), "uk");
    set("", "", "ru_RU.UTF-8"); // empty counts as unset
    EXPECT_EQ(storage::defaultCollationLanguage(), "ru");
    set(nullptr, nullptr, "C.UTF-8");
    EXPECT_EQ(storage::defaultCollationLanguage(), "root");
    set(nullptr, nullptr, "xx_YY");
    EXPECT_EQ(storage::defaultCollationLanguage(), "root");
    set(nullptr, nullptr, nullptr);
    EXPECT_EQ(storage::defaultCollationLanguage(), "root");
}

TEST(NameCollation, KeysCompareAsTheNamesSort) {
    const storage::NameCollation polish("pl");
    EXPECT_LT(polish.sortKey("Lucyna"), polish.sortKey("Łukasz"));
    EXPECT_LT(polish.sortKey("Lżewski"), polish.sortKey("Łabędź"));
    EXPECT_LT(polish.sortKey("Łukasz"), polish.sortKey("Maciej"));
    EXPECT_LT(polish.sortKey("anna"), polish.sortKey("Anna")) << "case breaks the tie, lower case first";
    EXPECT_LT(polish.sortKey("Anna"), polish.sortKey("Anny"));
    EXPECT_LT(polish.compare("Sobczak", "Ściegienny"), 0);
    // A decomposed Ł (L + combining stroke is not one, but Ó as O + U+0301 is) sorts as the composed letter.
    EXPECT_EQ(polish.sortKey("O\xcc\x81la"), polish.sortKey("Óla"));
    EXPECT_FALSE(polish.sortKey("x").empty());
    EXPECT_EQ(polish.sortKey("x").find('\0'), std::string::npos) << "ICU's terminating zero is left out";
    EXPECT_EQ(polish.language(), "pl");
    EXPECT_NE(polish.version().find("/r1"), std::string::npos) << polish.version();
    const storage::NameCollation unicode("root");
    EXPECT_LT(unicode.sortKey("Łabędź"), unicode.sortKey("Lżewski")) << "without Polish rules Ł is an L";
    EXPECT_EQ(storage::fromHex(storage::toHex(polish.sortKey("Żak"))), polish.sortKey("Żak"));
    EXPECT_EQ(storage::fromHex("\\x01ff"), std::string("\x01\xff"));
}

// --- inside the desktop file (the postgres: run leaves these out)

namespace {

std::vector<std::string> namesInOrder(storage::Repository& repository) {
    storage::CustomerPageRequest request;
    request.limit = 7;
    std::vector<std::string> names;
    for (;;) {
        const auto page = repository.customerPage(request);
        for (const auto& row : page.rows) {
            names.push_back(row.displayName);
        }
        if (!page.next) {
            return names;
        }
        request.after = page.next;
    }
}

} // namespace

TEST(SqliteCollation, ThePageByNameWalksTheIndexInBothDirections) {
    TempDir dir;
    const auto path = dir.file("plan.sqlite");
    storage::OpenOptions options;
    options.collation = "pl";
    auto repository = storage::openRepository(path, options);
    auto writer = repository->beginBulk({});
    for (int i = 0; i < 500; ++i) {
        writer->addCustomer(makeCustomer((i % 2 ? "Łukasz " : "Lucyna ") + std::to_string(i)));
    }
    writer->commit();
    storage::sqlite::Database db(path, storage::sqlite::Database::Mode::ReadOnly);
    for (const auto order : {SortOrder::Ascending, SortOrder::Descending}) {
        for (const auto archive : {storage::ArchiveFilter::Active, storage::ArchiveFilter::All}) {
            storage::CustomerPageRequest request;
            request.order = order;
            request.filter.archive = archive;
            request.limit = 50;
            const auto first = repository->customerPage(request);
            ASSERT_TRUE(first.next.has_value());
            for (const bool later : {false, true}) {
                if (later) {
                    request.after = first.next;
                }
                std::vector<std::string> plans;
                const auto page = storage::sqlite::selectCustomerPage(db, request, &plans);
                EXPECT_EQ(page.rows.size(), 50U);
                ASSERT_FALSE(plans.empty());
                std::string all;
                for (const auto& plan : plans) {
                    all += plan + "\n";
                }
                EXPECT_NE(all.find("USING INDEX customer_by_name"), std::string::npos) << all;
                EXPECT_EQ(all.find("TEMP B-TREE"), std::string::npos) << "sorted instead of walking the index:\n"
                                                                      << all;
                if (later) {
                    EXPECT_NE(all.find("name_sort_key"), std::string::npos) << "the cursor is a range on the index:\n"
                                                                            << all;
                }
            }
        }
    }
}

TEST(SqliteCollation, AVersionSevenFileGetsSortKeysInTheLanguageItIsOpenedWith) {
    TempDir dir;
    const auto path = dir.file("v7.sqlite");
    execRaw(path, releasedSchemaScript(7));
    ASSERT_EQ(queryRawInt(path, "PRAGMA user_version"), 7);
    // Names a v7 program sorted wrongly (NOCASE folds ASCII only), with their search rows as v7 wrote them.
    execRaw(path, "INSERT INTO customer (kind, display_name, market) VALUES ('person', 'Łukasz Zieliński', 'b2c'), "
                  "('person', 'Lucyna Wrona', 'b2c'), ('person', 'Żaneta Adamska', 'b2c'), "
                  "('person', 'Ścibor Nowak', 'b2c'), ('person', 'Sobiesław Kot', 'b2c');"
                  "INSERT INTO customer_search (rowid, name, contacts, tags, people) "
                  "SELECT id, name, contacts, tags, people FROM customer_search_source WHERE id > 40");
    const auto customers = queryRawInt(path, "SELECT count(*) FROM customer");

    storage::OpenOptions options;
    options.collation = "pl";
    storage::sqlite::SqliteRepository repository(path, options);
    EXPECT_EQ(repository.migratedFrom(), 7);
    EXPECT_EQ(queryRawInt(path, "PRAGMA user_version"), storage::sqlite::kSchemaVersion);
    EXPECT_EQ(queryRawInt(repository.migrationBackup(), "PRAGMA user_version"), 7);
    EXPECT_EQ(repository.collation(), "pl");
    EXPECT_EQ(queryRawInt(path, "SELECT count(*) FROM customer WHERE name_sort_key = x''"), 0);
    EXPECT_EQ(queryRawInt(path, "SELECT count(*) FROM rapport_meta WHERE key IN ('collation', 'collation_version')"),
              2);
    EXPECT_EQ(queryRawInt(path, "SELECT count(*) FROM pragma_index_info('customer_by_name') WHERE name = "
                                "'name_sort_key'"),
              1);

    // Every name, the fixture's demo base included, in ICU's Polish order.
    auto names = namesInOrder(repository);
    ASSERT_EQ(static_cast<long long>(names.size()), customers);
    const storage::NameCollation polish("pl");
    EXPECT_TRUE(std::is_sorted(names.begin(), names.end(),
                               [&](const auto& a, const auto& b) { return polish.sortKey(a) < polish.sortKey(b); }));
    const auto at = [&](const std::string& name) {
        return std::find(names.begin(), names.end(), name) - names.begin();
    };
    EXPECT_LT(at("Lucyna Wrona"), at("Łukasz Zieliński"));
    EXPECT_LT(at("Sobiesław Kot"), at("Ścibor Nowak"));
    EXPECT_LT(at("Łukasz Wójcik"), at("Żaneta Adamska")) << "ż is the last letter";
    EXPECT_LT(at("Żaneta Adamska"), at("Андрій Кравчук")) << "Latin before Cyrillic";
    EXPECT_LT(at("Åsa Öberg"), at("Baltic Distribution АО")) << "Polish has no å: an a with a ring";
    EXPECT_TRUE(repository.check().ok());
}

TEST(SqliteCollation, KeysOfAnotherIcuAndRowsOfAnotherProgramAreMendedOnOpen) {
    TempDir dir;
    const auto path = dir.file("mend.sqlite");
    storage::OpenOptions options;
    options.collation = "sv";
    {
        auto repository = storage::openRepository(path, options);
        repository->addCustomer(makeCustomer("Öberg"));
        repository->addCustomer(makeCustomer("Zetterlund"));
        repository->addCustomer(makeCustomer("Adams"));
    }
    // Keys as an older ICU might have made them, and a customer sqlite3 added (no key: it has no ICU collation).
    execRaw(path, "UPDATE rapport_meta SET value = '1.0/r0' WHERE key = 'collation_version'; "
                  "UPDATE customer SET name_sort_key = x'01' || name_sort_key WHERE id = 3; "
                  "INSERT INTO customer (kind, display_name, market) VALUES ('person', 'Åkesson', 'b2c'); "
                  "INSERT INTO customer_search (rowid, name) VALUES (4, 'Åkesson')");
    {
        storage::OpenOptions readOnly;
        readOnly.readOnly = true;
        const auto report = storage::openRepository(path, readOnly)->check();
        ASSERT_FALSE(report.notes.empty());
        EXPECT_NE(report.notes.back().find("1.0/r0"), std::string::npos) << report.notes.back();
    }
    auto repository = storage::openRepository(path);
    const storage::NameCollation swedish("sv");
    EXPECT_EQ(queryRawInt(path, "SELECT count(*) FROM rapport_meta WHERE key = 'collation_version' AND value = '" +
                                    swedish.version() + "'"),
              1);
    EXPECT_EQ(namesInOrder(*repository), (std::vector<std::string>{"Adams", "Zetterlund", "Åkesson", "Öberg"}));
    EXPECT_TRUE(repository->check().ok());

    // A name changed by another program keeps its old key: check says so, a recompute mends it.
    execRaw(path, "INSERT INTO customer (kind, display_name, market) VALUES ('person', 'Ärlig', 'b2c'); "
                  "INSERT INTO customer_search (rowid, name) VALUES (5, 'Ärlig'); "
                  "UPDATE customer SET display_name = 'Bengtsson' WHERE id = 1");
    auto report = repository->check();
    EXPECT_FALSE(report.ok());
    ASSERT_EQ(report.consistencyProblems.size(), 1U);
    EXPECT_NE(report.consistencyProblems.front().find("collation --set sv"), std::string::npos)
        << report.consistencyProblems.front();
    EXPECT_NE(report.notes.back().find("no sort key yet"), std::string::npos) << report.notes.back();
    repository->setCollation("sv");
    EXPECT_TRUE(repository->check().ok());
    EXPECT_EQ(namesInOrder(*repository),
              (std::vector<std::string>{"Adams", "Bengtsson", "Zetterlund", "Åkesson", "Ärlig"}));
}

TEST(SqliteCollation, AConnectionFollowsAChangeMadeByAnotherProgram) {
    TempDir dir;
    const auto path = dir.file("two.sqlite");
    storage::OpenOptions options;
    options.collation = "pl";
    auto app = storage::openRepository(path, options);
    auto cli = storage::openRepository(path);
    cli->setCollation("sv");
    EXPECT_EQ(app->collation(), "sv");
    // The app still had Polish loaded; its next write takes the database's Swedish.
    app->addCustomer(makeCustomer("Åberg"));
    app->addCustomer(makeCustomer("Zetterlund"));
    {
        auto writer = app->beginBulk({});
        writer->addCustomer(makeCustomer("Östlund"));
        writer->commit();
    }
    EXPECT_EQ(namesInOrder(*cli), (std::vector<std::string>{"Zetterlund", "Åberg", "Östlund"}));
    EXPECT_TRUE(cli->check().ok());
}
