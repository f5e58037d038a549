// rapport-cli gdpr erase, duplicates, merge, report and import: exit codes, what changes and what must not.
#include "cli/cli_runner.h"
#include "storage/fixtures.h"
#include "storage/repository.h"
#include "support/temp_dir.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace rapport;
using namespace rapport::test;

namespace {

class DataCareCli : public ::testing::Test {
protected:
    void SetUp() override {
        auto repository = storage::openRepository(m_dir.file("base.sqlite"));
        auto anna = makeCustomer("Anna Nowak");
        anna.emails = {{"anna.nowak@example.pl", ""}};
        anna.phones = {{"+48 601 234 567", "mobile"}};
        anna.notes = "prefers calls after 5 pm";
        m_anna = repository->addCustomer(anna);
        auto duplicate = makeCustomer("Nowak, Anna");
        duplicate.emails = {{"Anna.Nowak@example.pl", "work"}};
        duplicate.legalName = "Anna Nowak Consulting";
        m_duplicate = repository->addCustomer(duplicate);
        m_other = repository->addCustomer(makeCustomer("Olof Lindqvist"));
        repository->addEpisode(makePurchase(m_anna, "2025-03-01", 10'000));
        repository->addEpisode(makePurchase(m_anna, "2025-09-01", 20'000));
        repository->addEpisode(makePurchase(m_duplicate, "2025-06-01", 5'000));
        repository->addEpisode(makePurchase(m_other, "2025-06-01", 7'000));
        core::ContactPerson person;
        person.customerId = m_duplicate;
        person.name = "Jan Nowak";
        person.emails = {{"jan@example.pl", ""}};
        repository->addContactPerson(person);
    }
    RunResult cli(std::vector<std::string> arguments) {
        arguments.insert(arguments.begin(), {"--db", m_dir.file("base.sqlite")});
        return run(m_dir, RAPPORT_CLI, arguments);
    }
    std::unique_ptr<storage::Repository> open() { return storage::openRepository(m_dir.file("base.sqlite")); }

    TempDir m_dir;
    core::CustomerId m_anna = 0;
    core::CustomerId m_duplicate = 0;
    core::CustomerId m_other = 0;
};

} // namespace

TEST_F(DataCareCli, EraseNeedsYesThenRemovesPersonalDataAndKeepsTheTotals) {
    auto result = cli({"gdpr", "erase", std::to_string(m_anna)});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("Nothing was changed"), std::string::npos);
    EXPECT_EQ(open()->customer(m_anna)->displayName, "Anna Nowak");

    result = cli({"gdpr", "erase", std::to_string(m_anna), "--yes"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto repository = open();
    const auto erased = repository->customer(m_anna);
    EXPECT_EQ(erased->displayName, "Erased customer #" + std::to_string(m_anna));
    EXPECT_TRUE(erased->emails.empty());
    EXPECT_TRUE(erased->phones.empty());
    EXPECT_TRUE(erased->notes.empty());
    EXPECT_EQ(repository->customerRow(m_anna)->revenue, core::Money::fromMinor(30'000)); // totals stay
    storage::CustomerFilter byEmail;
    byEmail.search = "anna.nowak";
    EXPECT_EQ(repository->customerCount(byEmail), 1); // only the duplicate still holds that address
    const auto events = repository->customerEvents(m_anna);
    ASSERT_EQ(events.size(), 1U);
    EXPECT_EQ(events[0].kind, "erasure");
    EXPECT_EQ(events[0].details.find("Nowak"), std::string::npos); // the record never repeats what was erased

    const auto exported = m_dir.file("anna.json");
    ASSERT_EQ(cli({"gdpr", "export", std::to_string(m_anna), "-o", exported}).exitCode, 0);
    const auto document = nlohmann::json::parse(readBytes(exported));
    EXPECT_EQ(document["merges_and_erasures"].size(), 1U);
    EXPECT_EQ(readBytes(exported).find("Nowak"), std::string::npos);
}

TEST_F(DataCareCli, DuplicatesAreFoundAndMergedWithEverythingTheyHad) {
    auto result = cli({"duplicates", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto candidates = nlohmann::json::parse(result.out);
    ASSERT_EQ(candidates.size(), 1U) << result.out; // same e-mail; the same name is not reported twice
    EXPECT_EQ(candidates[0]["customers"], nlohmann::json({m_anna, m_duplicate}));
    EXPECT_NE(candidates[0]["reason"].get<std::string>().find("anna.nowak@example.pl"), std::string::npos);

    result = cli({"merge", std::to_string(m_anna), std::to_string(m_duplicate)});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(open()->customer(m_duplicate).has_value());

    result = cli({"merge", std::to_string(m_anna), std::to_string(m_duplicate), "--yes"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto repository = open();
    EXPECT_FALSE(repository->customer(m_duplicate).has_value());
    const auto kept = repository->customer(m_anna);
    EXPECT_EQ(kept->legalName, "Anna Nowak Consulting"); // a blank field filled from the duplicate
    EXPECT_EQ(kept->emails.size(), 1U);                  // the same address once, whatever its case
    EXPECT_EQ(repository->customerRow(m_anna)->revenue, core::Money::fromMinor(35'000));
    EXPECT_EQ(repository->customerRow(m_anna)->purchases, 3);
    ASSERT_EQ(repository->contactPersons(m_anna).size(), 1U);
    EXPECT_EQ(repository->contactPersons(m_anna)[0].name, "Jan Nowak");
    EXPECT_EQ(repository->counts().customers, 2);
    EXPECT_EQ(repository->counts().episodes, 4);
    const auto events = repository->customerEvents(m_duplicate);
    ASSERT_EQ(events.size(), 1U);
    EXPECT_EQ(events[0].kind, "merge");
    EXPECT_EQ(events[0].otherCustomerId, m_duplicate);
    EXPECT_NE(events[0].details.find("1 episodes"), std::string::npos);
    EXPECT_TRUE(repository->check().ok());

    result = cli({"duplicates", "--json"});
    EXPECT_EQ(nlohmann::json::parse(result.out).size(), 0U);
    EXPECT_EQ(cli({"merge", std::to_string(m_anna), "999999", "--yes"}).exitCode, 1);
}

TEST_F(DataCareCli, ReportCommandWritesEachFormatAndRefusesWhatItCannotDo) {
    for (const auto* format : {"pdf", "html", "xlsx", "csv"}) {
        const auto file = m_dir.file(std::string("churn.") + format);
        const auto result = cli({"report", "churn", "--language", "en", "-o", file});
        ASSERT_EQ(result.exitCode, 0) << format << ": " << result.err;
        EXPECT_GT(std::filesystem::file_size(file), 50U) << format;
        EXPECT_NE(result.err.find("Churn report"), std::string::npos);
    }
    const auto profile = m_dir.file("anna.html");
    ASSERT_EQ(cli({"report", "profile", std::to_string(m_anna), "-o", profile}).exitCode, 0);
    EXPECT_NE(readBytes(profile).find("anna.nowak@example.pl"), std::string::npos);

    EXPECT_EQ(cli({"report", "profile", "999999", "-o", m_dir.file("x.pdf")}).exitCode, 1);
    EXPECT_EQ(cli({"report", "profile", "-o", m_dir.file("x.pdf")}).exitCode, 2);
    auto result = cli({"report", "loyalty", "-o", m_dir.file("x.doc")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("--format"), std::string::npos);
    EXPECT_EQ(cli({"report", "churn", "-o", m_dir.file("churn.pdf")}).exitCode, 2); // exists, no --force
    result = cli({"report", "loyalty", "-o", m_dir.file("late.html"), "--from", "2031-01-01"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("after the last purchase"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(m_dir.file("late.html")));

    // The period as asked, in the report language's dates: Swedish writes them as ISO dates.
    result = cli({"report", "loyalty", "-o", m_dir.file("period.html"), "--from", "2025-01-01", "--to", "2025-12-31",
                  "--language", "sv"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto period = readBytes(m_dir.file("period.html"));
    EXPECT_NE(period.find("<html lang=\"sv\">"), std::string::npos);
    EXPECT_NE(period.find("2025-01-01"), std::string::npos);
    EXPECT_NE(period.find("2025-12-31"), std::string::npos);
}

TEST_F(DataCareCli, ReportsAreWrittenInTheLanguageAskedForAndOnlyInRapportsLanguages) {
    auto result = cli({"report", "loyalty", "--language", "xx", "-o", m_dir.file("xx.html")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("en, pl, ru, uk or sv"), std::string::npos) << result.err;
    EXPECT_FALSE(std::filesystem::exists(m_dir.file("xx.html")));

    result = cli({"report", "loyalty", "--language", "pl", "-o", m_dir.file("pl.html"), "--from", "2025-01-01", "--to",
                  "2025-12-31"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto html = readBytes(m_dir.file("pl.html"));
    EXPECT_NE(html.find("<html lang=\"pl\">"), std::string::npos);
    EXPECT_NE(html.find("31.12.2025"), std::string::npos); // Polish short dates
    EXPECT_NE(result.err.find("written in"), std::string::npos) << "the command line's own messages stay English";

    // XLSX and CSV in any language keep plain numbers; PDF needs the off-screen application, made as for English.
    for (const auto* file : {"pl.csv", "pl.xlsx", "pl.pdf"}) {
        result = cli({"report", "churn", "--language", "pl", "-o", m_dir.file(file)});
        ASSERT_EQ(result.exitCode, 0) << file << ": " << result.err;
        EXPECT_GT(std::filesystem::file_size(m_dir.file(file)), 50U) << file;
    }
    EXPECT_EQ(readBytes(m_dir.file("pl.csv")).find("zł"), std::string::npos);

    // Without --language the locale's language: LC_ALL, LC_MESSAGES or LANG, English where Rapport has none.
    const std::vector<std::string> loyalty{"--db", m_dir.file("base.sqlite"), "report", "loyalty", "-o"};
    const auto inLocale = [&](const std::string& locale, const std::string& file) {
        auto arguments = loyalty;
        arguments.push_back(m_dir.file(file));
        return run(m_dir, RAPPORT_CLI, arguments, {{"LC_ALL", locale}});
    };
    ASSERT_EQ(inLocale("sv_SE.UTF-8", "sv.html").exitCode, 0);
    EXPECT_NE(readBytes(m_dir.file("sv.html")).find("<html lang=\"sv\">"), std::string::npos);
    ASSERT_EQ(inLocale("de_DE.UTF-8", "de.html").exitCode, 0);
    EXPECT_NE(readBytes(m_dir.file("de.html")).find("<html lang=\"en\">"), std::string::npos);
}

TEST_F(DataCareCli, ImportExitCodesSayWhatHappened) {
    writeBytes(m_dir.file("good.csv"), "name,email\r\nEwa Kowalska,ewa@example.pl\r\n");
    writeBytes(m_dir.file("mixed.csv"), "name,email\r\nPiotr Zieliński,piotr@example.pl\r\n,nobody@example.pl\r\n");

    auto result = cli({"import", "customers", m_dir.file("mixed.csv"), "--dry-run"});
    EXPECT_EQ(result.exitCode, 1) << result.err;
    EXPECT_EQ(open()->counts().customers, 3); // a dry run writes nothing

    result = cli({"import", "customers", m_dir.file("good.csv")});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(open()->counts().customers, 4);

    result = cli({"import", "customers", m_dir.file("mixed.csv"), "--rejects", m_dir.file("mixed.rejects.csv")});
    EXPECT_EQ(result.exitCode, 1) << result.err;
    EXPECT_EQ(open()->counts().customers, 5);
    const auto rejects = readBytes(m_dir.file("mixed.rejects.csv"));
    EXPECT_NE(rejects.find("nobody@example.pl"), std::string::npos);
    EXPECT_NE(rejects.find("import_problem"), std::string::npos);

    result = cli({"import", "customers", m_dir.file("missing.csv")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("missing.csv"), std::string::npos);
    result = cli({"import", "customers", m_dir.file("good.csv"), "--map", "name=no_such_field"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(open()->counts().customers, 5);
}

TEST_F(DataCareCli, AReportForOneSalesManagerCoversOnlyTheirCustomers) {
    {
        auto repository = open();
        auto anna = *repository->customer(m_anna);
        anna.owner = "Zofia Dąbrowska";
        repository->updateCustomer(anna);
    }
    const auto file = m_dir.file("zofia.csv");
    auto result = cli({"report", "profitability", "--owner", "Zofia Dąbrowska", "--language", "en", "-o", file});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto ranking = readBytes(m_dir.file("zofia.ranking.csv"));
    EXPECT_NE(ranking.find("Anna Nowak"), std::string::npos);
    EXPECT_EQ(ranking.find("Olof Lindqvist"), std::string::npos);
    EXPECT_NE(readBytes(m_dir.file("zofia.about.csv")).find("the 1 customer of sales manager Zofia Dąbrowska"),
              std::string::npos);
    result = cli({"report", "churn", "--owner", "Nobody", "-o", m_dir.file("nobody.csv")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("no customers of sales manager"), std::string::npos);
}
