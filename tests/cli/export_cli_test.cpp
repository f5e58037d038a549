// rapport-cli export: what a spreadsheet or a script reads back from the files it writes.
#include "cli/cli_runner.h"
#include "storage/fixtures.h"
#include "storage/repository.h"
#include "support/office.h"
#include "support/temp_dir.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace rapport;
using namespace rapport::test;

namespace {

class ExportCli : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(cli({"demo", "--customers", "300", "--seed", "4", "--end", "2025-12-31"}).exitCode, 0);
        auto repository = storage::openRepository(m_dir.file("export.sqlite"));
        core::Customer tricky;
        tricky.displayName = "=HYPERLINK(\"http://x\"), \"Ltd\"";
        tricky.notes = "first line\nsecond line, with a comma";
        tricky.phones = {{"+48 601 234 567", "mobile"}};
        m_trickyId = repository->addCustomer(tricky);
        m_customers = repository->counts().customers;
        m_episodes = repository->counts().episodes;
    }
    RunResult cli(std::vector<std::string> arguments) {
        arguments.insert(arguments.begin(), {"--db", m_dir.file("export.sqlite")});
        return run(m_dir, RAPPORT_CLI, arguments);
    }
    TempDir m_dir;
    core::CustomerId m_trickyId = 0;
    std::int64_t m_customers = 0;
    std::int64_t m_episodes = 0;
};

} // namespace

TEST_F(ExportCli, CustomersAsCsvReadBackRowForRowWithFormulasNeutralised) {
    const auto file = m_dir.file("customers.csv");
    const auto result = cli({"export", "customers", "-o", file});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto rows = parseCsv(readBytes(file));
    ASSERT_EQ(static_cast<std::int64_t>(rows.size()), m_customers + 1);
    EXPECT_EQ(rows[0][0], "rapport_id");
    EXPECT_EQ(rows[0][2], "display_name");
    for (const auto& row : rows) {
        ASSERT_EQ(row.size(), rows[0].size());
    }
    const auto& tricky = rows.back();
    EXPECT_EQ(tricky[0], std::to_string(m_trickyId));
    // The name survives quoting (comma, quotes) and cannot run as a formula; notes keep their line break.
    EXPECT_EQ(tricky[2], "'=HYPERLINK(\"http://x\"), \"Ltd\"");
    const auto notes = std::find(rows[0].begin(), rows[0].end(), "notes") - rows[0].begin();
    EXPECT_EQ(tricky[static_cast<std::size_t>(notes)], "first line\nsecond line, with a comma");
    EXPECT_EQ(rows[0].back(), "currency"); // the demo base's, from the locale the tests run in (or none)
    EXPECT_EQ(tricky[14], "'+48 601 234 567");
    EXPECT_FALSE(std::filesystem::exists(file + ".partial"));
}

TEST_F(ExportCli, EpisodesKeepNegativeAmountsAsNumbersAndJsonHasEveryObject) {
    const auto csvFile = m_dir.file("episodes.csv");
    ASSERT_EQ(cli({"export", "episodes", "-o", csvFile}).exitCode, 0);
    const auto rows = parseCsv(readBytes(csvFile));
    ASSERT_EQ(static_cast<std::int64_t>(rows.size()), m_episodes + 1);
    bool sawReturn = false;
    for (const auto& row : rows) {
        if (row[4] == "return") {
            sawReturn = true;
            ASSERT_EQ(row[6].front(), '-') << row[6]; // a refund, as a number, not "'-..."
        }
    }
    EXPECT_TRUE(sawReturn);

    const auto jsonFile = m_dir.file("customers.json");
    ASSERT_EQ(cli({"export", "customers", "--format", "json", "-o", jsonFile}).exitCode, 0);
    const auto customers = nlohmann::json::parse(readBytes(jsonFile));
    ASSERT_EQ(static_cast<std::int64_t>(customers.size()), m_customers);
    EXPECT_EQ(customers.back().at("display_name"), "=HYPERLINK(\"http://x\"), \"Ltd\""); // JSON is data, as typed

    const auto partnerships = m_dir.file("partnerships.json");
    ASSERT_EQ(cli({"export", "partnerships", "--format", "json", "-o", partnerships}).exitCode, 0);
    for (const auto& p : nlohmann::json::parse(readBytes(partnerships))) {
        EXPECT_FALSE(p.at("stage_history").empty());
    }
}

TEST_F(ExportCli, AnonymousSalesAndTheEpisodesDocumentsAreExported) {
    {
        auto repository = storage::openRepository(m_dir.file("export.sqlite"));
        auto invoice = makePurchase(m_trickyId, "2025-12-01", 13'950);
        invoice.reference = "536365";
        invoice.lineCount = 7;
        invoice.id = repository->addEpisode(invoice);
        auto writer = repository->beginBulk({});
        core::AnonymousSale sale;
        sale.occurredOn = core::Date::fromYmd(2025, 12, 2);
        sale.revenue = core::Money::fromMinor(5'025);
        sale.reference = "C536379";
        sale.lineCount = 3;
        sale.customerText = "(blank)";
        writer->addAnonymousSale(sale);
        writer->commit();
    }
    const auto csvFile = m_dir.file("anonymous.csv");
    ASSERT_EQ(cli({"export", "anonymous-sales", "-o", csvFile}).exitCode, 0);
    const auto rows = parseCsv(readBytes(csvFile));
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"rapport_id", "occurred_on", "channel", "revenue", "margin",
                                                 "reference", "line_count", "customer_text", "currency"}));
    EXPECT_EQ(rows[1][1], "2025-12-02");
    EXPECT_EQ(rows[1][3], "50.25");
    EXPECT_EQ(rows[1][5], "C536379");
    EXPECT_EQ(rows[1][6], "3");
    EXPECT_EQ(rows[1][7], "(blank)");

    const auto jsonFile = m_dir.file("episodes.json");
    ASSERT_EQ(cli({"export", "episodes", "--format", "json", "-o", jsonFile}).exitCode, 0);
    const auto episodes = nlohmann::json::parse(readBytes(jsonFile));
    const auto invoice =
        std::find_if(episodes.begin(), episodes.end(), [](const auto& e) { return e.at("reference") == "536365"; });
    ASSERT_NE(invoice, episodes.end());
    EXPECT_EQ(invoice->at("line_count"), 7);
    EXPECT_TRUE(invoice->at("cancels_episode_id").is_null());
}

TEST_F(ExportCli, AnExistingFileIsNotOverwrittenWithoutForce) {
    const auto file = m_dir.file("keep.csv");
    std::ofstream(file) << "mine";
    const auto refused = cli({"export", "customers", "-o", file});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_NE(refused.err.find("exists"), std::string::npos) << refused.err;
    EXPECT_EQ(readBytes(file), "mine");
    EXPECT_EQ(cli({"export", "customers", "-o", file, "--force"}).exitCode, 0);
    EXPECT_NE(readBytes(file), "mine");
    EXPECT_EQ(cli({"export", "clients", "-o", m_dir.file("x.csv")}).exitCode, 2);
}

TEST_F(ExportCli, APersonalDataExportHoldsEverythingAboutTheCustomer) {
    // The customer with the most episodes, so that paging through them is exercised.
    auto repository = storage::openRepository(m_dir.file("export.sqlite"));
    storage::CustomerPageRequest busiest;
    busiest.sort = storage::CustomerSort::Purchases;
    busiest.order = storage::SortOrder::Descending;
    busiest.limit = 1;
    const auto row = repository->customerPage(busiest).rows.front();

    const auto file = m_dir.file("subject.json");
    const auto result = cli({"gdpr", "export", std::to_string(row.id), "-o", file});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto document = nlohmann::json::parse(readBytes(file));
    EXPECT_EQ(document.at("customer").at("id"), row.id);
    EXPECT_EQ(document.at("customer").at("display_name"), row.displayName);
    EXPECT_EQ(static_cast<std::int64_t>(document.at("episodes").size()), row.episodes);
    EXPECT_EQ(document.at("contact_persons").size(), repository->contactPersons(row.id).size());
    EXPECT_EQ(document.at("relationship_costs").size(), repository->relationshipCosts(row.id).size());
    for (const auto& episode : document.at("episodes")) {
        ASSERT_EQ(episode.at("customer_id"), row.id); // nobody else's data
    }
    EXPECT_EQ(cli({"gdpr", "export", "999999", "-o", m_dir.file("none.json")}).exitCode, 1);
    EXPECT_FALSE(std::filesystem::exists(m_dir.file("none.json")));
}

TEST_F(ExportCli, XlsxHoldsTheSameCustomersAsCsvAndLibreOfficeOpensIt) {
    if (!haveLibreOffice()) {
        GTEST_SKIP() << "LibreOffice (soffice) is not installed; cmake/test.cmake installs libreoffice-calc-nogui";
    }
    const auto csvFile = m_dir.file("customers.csv");
    const auto xlsxFile = m_dir.file("customers.xlsx");
    ASSERT_EQ(cli({"export", "customers", "-o", csvFile}).exitCode, 0);
    const auto result = cli({"export", "customers", "-o", xlsxFile}); // the format follows the file name
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.err.find("(xlsx)"), std::string::npos);
    const auto csv = parseCsv(readBytes(csvFile));
    const auto sheets = sheetsViaLibreOffice(xlsxFile, m_dir.path(), true);
    ASSERT_EQ(sheets.size(), 1U);
    const auto& xlsx = sheets.begin()->second;
    ASSERT_EQ(xlsx.size(), csv.size());
    ASSERT_EQ(xlsx[0], csv[0]);
    const auto column = [&](const std::string& name) {
        return static_cast<std::size_t>(std::find(csv[0].begin(), csv[0].end(), name) - csv[0].begin());
    };
    for (std::size_t r = 1; r < csv.size(); ++r) {
        EXPECT_EQ(xlsx[r][column("rapport_id")], csv[r][column("rapport_id")]);
        EXPECT_EQ(xlsx[r][column("acquired_on")], csv[r][column("acquired_on")]);
        EXPECT_EQ(xlsx[r][column("postcode")], csv[r][column("postcode")]);
        // CSV neutralises formulas with an apostrophe; XLSX needs none: its text cells are never formulas.
        const auto& name = csv[r][column("display_name")];
        EXPECT_EQ(xlsx[r][column("display_name")], name.rfind("'=", 0) == 0 ? name.substr(1) : name);
        // Money is typed: LibreOffice shows it with thousands separators, the same amount.
        auto shown = xlsx[r][column("revenue")];
        shown.erase(std::remove(shown.begin(), shown.end(), ','), shown.end());
        EXPECT_EQ(shown, csv[r][column("revenue")]);
    }
}

TEST_F(ExportCli, CustomerFiltersSelectWhatIsExported) {
    const auto file = m_dir.file("selected.csv");
    auto result = cli({"export", "customers", "-o", file, "--search", "HYPERLINK"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto rows = parseCsv(readBytes(file));
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[1][0], std::to_string(m_trickyId));
    result = cli({"export", "episodes", "-o", m_dir.file("e.csv"), "--owner", "x"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("do not apply to episodes"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(m_dir.file("e.csv")));
}

TEST_F(ExportCli, ReimportingAnExportGivesBackTheSameCustomersAndEpisodes) {
    const auto customers = m_dir.file("customers.csv");
    const auto episodes = m_dir.file("episodes.csv");
    ASSERT_EQ(cli({"export", "customers", "-o", customers}).exitCode, 0);
    ASSERT_EQ(cli({"export", "episodes", "-o", episodes}).exitCode, 0);

    const auto copy = m_dir.file("copy.sqlite");
    const auto inCopy = [&](std::vector<std::string> arguments) {
        arguments.insert(arguments.begin(), {"--db", copy});
        return run(m_dir, RAPPORT_CLI, arguments);
    };
    ASSERT_EQ(inCopy({"init"}).exitCode, 0);
    auto result = inCopy({"import", "customers", customers});
    ASSERT_EQ(result.exitCode, 0) << result.out << result.err;
    result = inCopy({"import", "episodes", episodes});
    ASSERT_EQ(result.exitCode, 0) << result.out << result.err;
    // A second import of the same files changes nothing.
    result = inCopy({"import", "episodes", episodes});
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_NE(result.out.find("Added 0"), std::string::npos) << result.out;

    const auto again = m_dir.file("again.csv");
    const auto episodesAgain = m_dir.file("episodes-again.csv");
    ASSERT_EQ(inCopy({"export", "customers", "-o", again}).exitCode, 0);
    ASSERT_EQ(inCopy({"export", "episodes", "-o", episodesAgain}).exitCode, 0);
    const auto before = parseCsv(readBytes(customers));
    const auto after = parseCsv(readBytes(again));
    ASSERT_EQ(after.size(), before.size());
    for (std::size_t r = 0; r < before.size(); ++r) {
        EXPECT_EQ(after[r], before[r]) << "row " << r; // the same ids too: a new base numbers them in order
    }
    auto episodesBefore = parseCsv(readBytes(episodes));
    auto episodesAfter = parseCsv(readBytes(episodesAgain));
    ASSERT_EQ(episodesAfter.size(), episodesBefore.size());
    const auto withoutId = [](std::vector<std::vector<std::string>> rows) {
        for (auto& row : rows) {
            row.erase(row.begin()); // episode ids are the new base's own
        }
        std::sort(rows.begin() + 1, rows.end());
        return rows;
    };
    EXPECT_EQ(withoutId(episodesAfter), withoutId(episodesBefore));
}

TEST_F(ExportCli, CustomersAsVCardImportBackIntoTheSameCards) {
    const auto cards = m_dir.file("customers.vcf");
    const auto result = cli({"export", "customers", "--format", "vcard", "-o", cards});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto text = readBytes(cards);
    std::size_t count = 0;
    for (auto at = text.find("BEGIN:VCARD\r\n"); at != std::string::npos; at = text.find("BEGIN:VCARD\r\n", at + 1)) {
        ++count;
    }
    EXPECT_GE(static_cast<std::int64_t>(count), m_customers);
    EXPECT_NE(text.find("KIND:org\r\n"), std::string::npos);
    EXPECT_NE(text.find("FN:=HYPERLINK(\"http://x\")\\, \"Ltd\"\r\n"), std::string::npos) << "escaped, not neutralised";
    EXPECT_NE(text.find("NOTE:first line\\nsecond line\\, with a comma\r\n"), std::string::npos);
    EXPECT_NE(text.find("TEL;TYPE=cell:+48 601 234 567\r\n"), std::string::npos);
    for (std::size_t start = 0; start < text.size();) {
        const auto end = text.find("\r\n", start);
        ASSERT_NE(end, std::string::npos) << "every line ends in CRLF";
        ASSERT_LE(end - start, 75u) << text.substr(start, end - start);
        start = end + 2;
    }
    EXPECT_NE(cli({"export", "episodes", "--format", "vcard", "-o", m_dir.file("episodes.vcf")}).exitCode, 0)
        << "vCard holds customers only";

    const auto copy = m_dir.file("copy.sqlite");
    const auto inCopy = [&](std::vector<std::string> arguments) {
        arguments.insert(arguments.begin(), {"--db", copy});
        return run(m_dir, RAPPORT_CLI, arguments);
    };
    ASSERT_EQ(inCopy({"init"}).exitCode, 0);
    auto imported = inCopy({"import", "vcard", cards});
    ASSERT_EQ(imported.exitCode, 0) << imported.out << imported.err;
    EXPECT_NE(imported.out.find("Read " + std::to_string(count) + " cards (utf-8)."), std::string::npos)
        << imported.out;
    EXPECT_EQ(imported.out.find("delimiter"), std::string::npos) << imported.out;
    EXPECT_NE(imported.out.find("Rejected 0 of"), std::string::npos) << imported.out;
    imported = inCopy({"import", "vcard", cards});
    ASSERT_EQ(imported.exitCode, 0) << imported.out << imported.err;
    EXPECT_NE(imported.out.find("Customers: added 0, updated 0"), std::string::npos) << imported.out;
    EXPECT_NE(imported.out.find("Contact persons at organisations: added 0, updated 0"), std::string::npos)
        << imported.out;

    // Exported again from the copy, the cards are the same (contact persons' ids are the copy's own).
    const auto again = m_dir.file("again.vcf");
    ASSERT_EQ(inCopy({"export", "customers", "-o", again}).exitCode, 0);
    const auto withoutContactUids = [](const std::string& cardsText) {
        std::string out;
        for (std::size_t start = 0; start < cardsText.size();) {
            const auto end = cardsText.find("\r\n", start) + 2;
            const auto line = cardsText.substr(start, end - start);
            if (!line.starts_with("UID:urn:rapport:contact:")) {
                out += line;
            }
            start = end;
        }
        return out;
    };
    EXPECT_EQ(withoutContactUids(readBytes(again)), withoutContactUids(text));
}
