// How a search that matches many customers is paged on SQLite: by walking the sort index, never by skip-scanning
// it once per match. A bounded ANALYZE (what a bulk load runs) leaves statistics saying a sort index holds a few
// hundred keys of a thousand rows each; with them SQLite 3.40 skip-scanned `customer_by_value` for every match
// of "anna" at a million customers, 22.9 s for one page.

#include "storage/fixtures.h"
#include "storage/sqlite/customer_paging.h"
#include "storage/sqlite/database.h"

#include <string>
#include <vector>

using namespace rapport;
using namespace rapport::test;
using storage::CustomerSort;
using storage::SortOrder;

TEST(SqliteSearchPlan, ADenseSearchWalksTheSortIndexEvenWithApproximateStatistics) {
    TempDir dir;
    const auto path = dir.file("search-plan.sqlite");
    auto repository = storage::openRepository(path, {});
    auto writer = repository->beginBulk({});
    std::vector<storage::CustomerScore> scores;
    for (int i = 0; i < 3300; ++i) {
        const auto id = writer->addCustomer(makeCustomer((i % 3 ? "Common " : "Rare ") + std::to_string(i)));
        writer->addEpisode(makePurchase(id, "2024-01-01", 10 + (i * 31) % 500));
        storage::CustomerScore score;
        score.id = id;
        score.predictedValue = core::Money::fromMinor((i * 7919) % 100'000);
        scores.push_back(score);
    }
    writer->commit();
    repository->storeScores(scores);
    {
        // The shape `PRAGMA analysis_limit = 1000; PRAGMA optimize` gives a million-customer base's sort indexes.
        storage::sqlite::Database db(path, storage::sqlite::Database::Mode::ReadWrite);
        db.exec("ANALYZE");
        db.exec("UPDATE sqlite_stat1 SET stat = '1000000 1001 1' WHERE idx IN "
                "('customer_by_name', 'customer_by_value', 'customer_by_revenue')");
        db.exec("ANALYZE sqlite_schema"); // loads the edited statistics
    }
    storage::sqlite::Database db(path, storage::sqlite::Database::Mode::ReadOnly);
    for (const auto& [sort, index] : {std::pair{CustomerSort::Name, "customer_by_name"},
                                      std::pair{CustomerSort::PredictedValue, "customer_by_value"},
                                      std::pair{CustomerSort::Revenue, "customer_by_revenue"}}) {
        storage::CustomerPageRequest request;
        request.filter.search = "common";
        request.sort = sort;
        request.order = SortOrder::Descending;
        request.limit = 100;
        for (int pageNumber = 0; pageNumber < 2; ++pageNumber) { // the first page, then one after a cursor
            std::vector<std::string> plans;
            const auto page = storage::sqlite::selectCustomerPage(db, request, &plans);
            EXPECT_EQ(page.rows.size(), 100U) << index;
            ASSERT_TRUE(page.next.has_value()) << index;
            std::string all;
            for (const auto& plan : plans) {
                all += plan + "\n";
            }
            EXPECT_NE(all.find(std::string("USING INDEX ") + index), std::string::npos) << all;
            EXPECT_EQ(all.find("ANY("), std::string::npos) << "skip-scans the sort index per match:\n" << all;
            for (const auto& row : page.rows) {
                EXPECT_EQ(row.displayName.rfind("Common ", 0), 0U) << row.displayName;
            }
            request.after = page.next;
        }
    }
}
