// An analyst's shop export through the command line: one import command with no preparation, the dry run that
// writes nothing, the fields listed in --help, and ltv reading the same file the same way.
#include "cli/cli_runner.h"
#include "core/date.h"
#include "storage/repository.h"
#include "support/temp_dir.h"

#include <cmath>
#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace rapport;
using namespace rapport::test;

namespace {

// The UK online retailer's columns and conventions: M/D/YYYY H:MM, cancellations "C...", customers missing.
struct ShopExport {
    std::string text = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";
    int rows = 0;
    int invoices = 0;
};

/** M/D/YYYY H:MM as the shop writes it. */
std::string shopDate(int daysAfterStart, int minute) {
    const auto date = core::Date::fromDays(core::Date::fromYmd(2010, 11, 1).days() + daysAfterStart);
    const auto iso = date.toIso(); // YYYY-MM-DD
    return std::to_string(std::stoi(iso.substr(5, 2))) + "/" + std::to_string(std::stoi(iso.substr(8, 2))) + "/" +
           iso.substr(0, 4) + " 9:" + std::to_string(10 + minute % 50);
}

ShopExport shopExport() {
    ShopExport file;
    int invoice = 536365;
    // Sixty customers buying from once to six times, at their own pace, over half a year; each invoice has three
    // lines of 1-3 units at a price of the customer's own, so spend per purchase varies (Gamma-Gamma needs it).
    for (int customer = 0; customer < 60; ++customer) {
        const int purchases = 1 + (customer * 7) % 6;
        const int pace = 5 + (customer * 11) % 30;
        const auto price = std::to_string(1 + customer % 4) + "." + std::to_string(2533 + 97 * customer);
        for (int purchase = 0; purchase < purchases; ++purchase) {
            const auto date = shopDate(customer % 20 + purchase * pace, customer + purchase);
            for (int line = 0; line < 3; ++line) {
                file.text += std::to_string(invoice) + ",2212" + std::to_string(line) + ",ITEM " +
                             std::to_string(line) + "," + std::to_string(line + 1 + purchase % 3) + "," + date + "," +
                             price + "," + std::to_string(17850 + customer) + ",United Kingdom\n";
                ++file.rows;
            }
            ++file.invoices;
            ++invoice;
        }
    }
    file.text += "536999,22633,HAND WARMER,12,12/29/2010 10:00,2.10,,United Kingdom\n";
    // 17850 (one purchase of quantities 1, 2 and 3 on 11/1) cancels it.
    for (int line = 0; line < 3; ++line) {
        file.text += "C537000,2212" + std::to_string(line) + ",ITEM," + std::to_string(-(line + 1)) +
                     ",12/30/2010 10:00,1.2533,17850,United Kingdom\n";
    }
    file.rows += 4;
    file.invoices += 2;
    return file;
}

} // namespace

TEST(SalesExportCli, OneCommandImportsTheShopExportAndTheDryRunWritesNothing) {
    TempDir dir;
    const auto shop = shopExport();
    writeBytes(dir.file("online_retail.csv"), shop.text);
    const auto db = dir.file("shop.sqlite");

    auto result =
        run(dir, RAPPORT_CLI,
            {"--db", db, "import", "transactions", dir.file("online_retail.csv"), "--create-customers", "--dry-run"});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_FALSE(std::filesystem::exists(db)) << "a dry run creates no database";
    EXPECT_FALSE(std::filesystem::exists(dir.file("online_retail.csv.rejects.csv")));
    EXPECT_NE(result.out.find("Dry run, nothing written"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("1 rows have no real customer"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("would be stored as 1 anonymous sales worth 25.20"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("InvoiceDate -> occurred_on"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("UnitPrice -> unit_price"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("dates mdy"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Would create 60 customers not yet in the base."), std::string::npos) << result.out;

    result = run(dir, RAPPORT_CLI,
                 {"--db", db, "import", "transactions", dir.file("online_retail.csv"), "--create-customers"});
    ASSERT_EQ(result.exitCode, 0) << result.err << result.out;
    EXPECT_NE(result.out.find(std::to_string(shop.rows) + " rows made " + std::to_string(shop.invoices) + " sales (" +
                              std::to_string(shop.rows - 1) + " rows were lines of invoices"),
              std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("1 of them are cancellations or returns"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Created 60 customers that were not in the base."), std::string::npos) << result.out;
    auto repository = storage::openRepository(db);
    EXPECT_EQ(repository->counts().customers, 60);
    EXPECT_EQ(repository->counts().episodes, shop.invoices - 1); // the anonymous sale is nobody's episode
    EXPECT_EQ(repository->anonymousSalesTotals().revenueMinor, 2520);
}

TEST(SalesExportCli, ImportHelpListsTheFieldsAColumnCanMapTo) {
    TempDir dir;
    const auto result = run(dir, RAPPORT_CLI, {"import", "--help"});
    EXPECT_EQ(result.exitCode, 0);
    for (const char* field : {"unit_price", "quantity", "invoice", "cancels", "gross_amount", "customer_ref",
                              "display_name", "decision_maker"}) {
        EXPECT_NE(result.out.find(field), std::string::npos) << field << "\n" << result.out;
    }
}

TEST(SalesExportCli, LtvReadsTheShopExportAsTheImportDoes) {
    TempDir dir;
    const auto shop = shopExport();
    writeBytes(dir.file("online_retail.csv"), shop.text);
    const auto fromFile = run(dir, RAPPORT_CLI,
                              {"ltv", "--transactions", dir.file("online_retail.csv"), "--until", "2011-06-30",
                               "--unit", "day", "--json", "--out", dir.file("file.csv")});
    // Sixty customers are few for a fit: whether it converges does not matter here, only that both reads agree.
    ASSERT_NE(fromFile.exitCode, 2) << fromFile.err;
    const auto fileReport = nlohmann::json::parse(fromFile.out);
    EXPECT_EQ(fileReport.at("file").at("rows"), shop.rows);
    EXPECT_EQ(fileReport.at("file").at("anonymous_rows"), 1);
    EXPECT_EQ(fileReport.at("file").at("cancellations"), 1);
    EXPECT_EQ(fileReport.at("file").at("date_order"), "mdy");
    EXPECT_EQ(fileReport.at("customers"), 59) << "17850 cancelled its only purchase";
    EXPECT_EQ(fileReport.at("file").at("cancellations_linked"), 1);

    const auto db = dir.file("shop.sqlite");
    ASSERT_EQ(run(dir, RAPPORT_CLI,
                  {"--db", db, "import", "transactions", dir.file("online_retail.csv"), "--create-customers", "-q"})
                  .exitCode,
              0);
    const auto fromBase =
        run(dir, RAPPORT_CLI,
            {"--db", db, "ltv", "--until", "2011-06-30", "--unit", "day", "--json", "--out", dir.file("base.csv")});
    EXPECT_EQ(fromBase.exitCode, fromFile.exitCode) << fromBase.err;
    const auto baseReport = nlohmann::json::parse(fromBase.out);
    // The same purchases give the same summaries and so the same fits, whichever way they were read.
    for (const char* key : {"customers", "repeat_buyers", "patterns", "lines", "observation_end"}) {
        EXPECT_EQ(baseReport.at(key), fileReport.at(key)) << key;
    }
    const double base = baseReport.at("purchases").at("log_likelihood").get<double>();
    const double file = fileReport.at("purchases").at("log_likelihood").get<double>();
    EXPECT_NEAR(base, file, 1e-9 * std::abs(file));
}
